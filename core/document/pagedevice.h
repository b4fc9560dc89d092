#pragma once

// Splash's output device as the document plugin uses it: the same pixels as Poppler's own,
// with two of its slow paths replaced (see pagedevice.cpp). Part of the Poppler plugin only.

#include "document/pdfrenderer.h"

#include <memory>
#include <poppler/SplashOutputDev.h>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ad::document
{

class PageDevice final : public SplashOutputDev
{
public:
    // `paper` must be white: endPage() blends packed RGB pages over white.
    PageDevice(PixelFormat format, SplashColorPtr paper);

    void startPage(int pageNum, GfxState *state, XRef *xref) override;
    void endPage() override;
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX,
                  double originY, CharCode code, int nBytes, const Unicode *u, int uLen) override;

private:
    struct Glyph {
        int x = 0, y = 0, w = 0, h = 0;
        bool aa = false;
        bool none = false; // the font has no glyph to draw for it
        std::vector<unsigned char> data;
    };
    // What doUpdateFont() made the current font from.
    struct FontInputs {
        std::shared_ptr<GfxFont> font; // held, so another font cannot take its address
        double textMat[4] = {}, fontSize = 0, horizScaling = 0;
        SplashCoord ctm[6] = {};
        SplashFont *result = nullptr;
    };

    SplashFont *currentFont(GfxState *state);
    void noteFont(SplashFont *font);
    const Glyph *glyph(SplashFont *font, int c, int xFrac, int yFrac, int x0, int y0);

    PixelFormat m_format;
    FontInputs m_inputs;
    // Every glyph drawn, by scaled font and character << 4 | xFrac << 2 | yFrac. Splash keeps
    // a font's glyphs in as few as eight slots (sized from its bounding box), so running text
    // was rasterised again for nearly every character.
    std::unordered_map<SplashFont *, std::unordered_map<quint64, Glyph>> m_glyphs;
    size_t m_glyphBytes = 0;
    std::unordered_set<SplashFont *> m_fontsSeen;
    bool m_caching = true;
};

} // namespace ad::document
