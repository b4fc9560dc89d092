#include "document/pagedevice.h"

#include <cmath>
#include <cstring>
#include <poppler/GfxState.h>
#include <splash/Splash.h>
#include <splash/SplashBitmap.h>
#include <splash/SplashFont.h>
#include <splash/SplashGlyphBitmap.h>
#include <splash/SplashMath.h>

namespace ad::document
{

namespace
{

constexpr size_t maxGlyphBytes = 32 << 20;

// Blends a packed RGB page over white paper where Splash left it transparent, as
// Splash::compositeBackground does (div255 of the same sums, so the same bytes), but a run of
// eight untouched (alpha 0) or opaque (alpha 255) pixels costs one test: on a text page nearly
// every pixel is one or the other, and the per-pixel blend was a fifth of the instructions.
void compositeOverWhite(SplashBitmap *bitmap)
{
    const auto div255 = [](int x) { return uchar((x + (x >> 8) + 0x80) >> 8); };
    const int width = bitmap->getWidth();
    for (int y = 0; y < bitmap->getHeight(); ++y) {
        uchar *p = bitmap->getDataPtr() + qsizetype(y) * bitmap->getRowSize();
        const uchar *a = bitmap->getAlphaPtr() + qsizetype(y) * width;
        int x = 0;
        while (x < width) {
            if (x + 8 <= width) {
                quint64 run;
                std::memcpy(&run, a + x, 8);
                if (run == 0) {
                    std::memset(p + 3 * x, 255, 24);
                    x += 8;
                    continue;
                }
                if (run == ~quint64(0)) {
                    x += 8;
                    continue;
                }
            }
            const int alpha = a[x];
            uchar *q = p + 3 * x;
            if (alpha == 0) {
                q[0] = q[1] = q[2] = 255;
            } else if (alpha != 255) {
                const int paper = (255 - alpha) * 255;
                q[0] = div255(paper + alpha * q[0]);
                q[1] = div255(paper + alpha * q[1]);
                q[2] = div255(paper + alpha * q[2]);
            }
            ++x;
        }
    }
}

} // namespace

PageDevice::PageDevice(PixelFormat format, SplashColorPtr paper)
    : SplashOutputDev(format == PixelFormat::Rgb24 ? splashModeRGB8 : splashModeXBGR8,
                      format == PixelFormat::Rgb24 ? 1 : 4, false, paper),
      m_format(format)
{
}

void PageDevice::startPage(int pageNum, GfxState *state, XRef *xref)
{
    m_inputs = {}; // a new page has new font objects: the next character updates the font
    SplashOutputDev::startPage(pageNum, state, xref);
}

void PageDevice::endPage()
{
    // Called once the page, annotations included, is drawn; the base class only blends.
    if (m_format == PixelFormat::Rgb24 && getBitmap()->getAlphaPtr())
        compositeOverWhite(getBitmap());
    else
        SplashOutputDev::endPage();
}

// The font doUpdateFont() would choose now. The base class updates it on the first character
// after any state change (a flag we cannot read); here it is updated when what it is made
// from changed: the font object, the text matrix, size, horizontal scaling and the
// transformation.
SplashFont *PageDevice::currentFont(GfxState *state)
{
    const SplashCoord *ctm = getSplash()->getMatrix();
    const double *tm = state->getTextMat();
    FontInputs &in = m_inputs;
    const bool same = in.result && in.result == getCurrentFont() && in.font == state->getFont() &&
                      std::equal(tm, tm + 4, in.textMat) && in.fontSize == state->getFontSize() &&
                      in.horizScaling == state->getHorizScaling() &&
                      std::equal(ctm, ctm + 6, in.ctm);
    if (same) return in.result;
    doUpdateFont(state);
    in.font = state->getFont();
    std::copy(tm, tm + 4, in.textMat);
    in.fontSize = state->getFontSize();
    in.horizScaling = state->getHorizScaling();
    std::copy(ctm, ctm + 6, in.ctm);
    in.result = getCurrentFont();
    return in.result;
}

// Splash's font engine keeps 16 scaled fonts and deletes the oldest for a new one, which may
// then be made at its address: a cache keyed by address would give the old font's glyphs.
// A font update makes at most two fonts (a substituted font is made again with its widths
// adjusted), so while 8 fonts or fewer were seen none was deleted; past that, Splash draws
// alone.
void PageDevice::noteFont(SplashFont *font)
{
    if (!font || !m_caching) return;
    m_fontsSeen.insert(font);
    if (m_fontsSeen.size() > 8) {
        m_caching = false;
        m_glyphs.clear();
    }
}

// The font's glyph, rasterised as Splash::fillChar has it done, or null when it lies outside
// the clip (the font then rendered nothing to keep).
const PageDevice::Glyph *PageDevice::glyph(SplashFont *font, int c, int xFrac, int yFrac, int x0,
                                           int y0)
{
    auto &glyphs = m_glyphs[font];
    const quint64 key = quint64(quint32(c)) << 4 | quint64(xFrac) << 2 | quint64(yFrac);
    if (const auto found = glyphs.find(key); found != glyphs.end()) return &found->second;

    SplashGlyphBitmap made;
    SplashClipResult clipRes;
    // No glyph (a space renders to nothing) is as much the font's answer as a glyph is.
    if (!font->getGlyph(c, xFrac, yFrac, &made, x0, y0, getSplash()->getClip(), &clipRes))
        return &glyphs.emplace(key, Glyph{0, 0, 0, 0, false, true, {}}).first->second;
    if (clipRes == splashClipAllOutside) {
        if (made.freeData) gfree(made.data);
        return nullptr;
    }
    Glyph g{made.x, made.y, made.w, made.h, made.aa, false, {}};
    const size_t bytes = size_t(made.aa ? made.w : (made.w + 7) >> 3) * size_t(made.h);
    if (made.data) g.data.assign(made.data, made.data + bytes);
    if (made.freeData) gfree(made.data);
    if (m_glyphBytes + bytes > maxGlyphBytes) { // many fonts at many sizes: start again
        for (auto &entry : m_glyphs)
            entry.second.clear();
        m_glyphBytes = 0;
    }
    m_glyphBytes += bytes;
    return &glyphs.emplace(key, std::move(g)).first->second;
}

// Filled text (render mode 0) is drawn as Splash::fillChar draws it, the glyph's position and
// sub-pixel fraction computed the same way, but from a cache that holds every glyph of the
// fonts in use; everything else is the base class's.
void PageDevice::drawChar(GfxState *state, double x, double y, double dx, double dy, double originX,
                          double originY, CharCode code, int nBytes, const Unicode *u, int uLen)
{
    if (!m_caching || state->getRender() != 0 || state->getFillColorSpace()->isNonMarking()) {
        SplashOutputDev::drawChar(state, x, y, dx, dy, originX, originY, code, nBytes, u, uLen);
        noteFont(getCurrentFont());
        return;
    }
    SplashFont *font = currentFont(state);
    noteFont(font);
    if (!font) return;
    Splash *splash = getSplash();
    x -= originX;
    y -= originY;
    if (!m_caching) { // this font was one too many
        splash->fillChar(x, y, int(code), font);
        return;
    }
    const SplashCoord *m = splash->getMatrix();
    const SplashCoord xt = x * m[0] + y * m[2] + m[4];
    const SplashCoord yt = x * m[1] + y * m[3] + m[5];
    const int x0 = splashFloor(xt), y0 = splashFloor(yt);
    const int xFrac = splashFloor((xt - x0) * splashFontFraction);
    const int yFrac = splashFloor((yt - y0) * splashFontFraction);
    const Glyph *g = glyph(font, int(code), xFrac, yFrac, x0, y0);
    if (!g) { // nothing to keep: exactly what the base class does
        splash->fillChar(x, y, int(code), font);
        return;
    }
    if (g->none) return; // fillChar draws nothing either
    SplashGlyphBitmap bitmap{
        g->x, g->y, g->w, g->h, g->aa, const_cast<unsigned char *>(g->data.data()), false};
    splash->fillGlyph(x, y, &bitmap);
}

} // namespace ad::document
