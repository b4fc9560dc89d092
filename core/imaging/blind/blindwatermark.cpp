#include "imaging/blind/blindwatermark.h"

#include "common/error.h"
#include "imaging/blind/blinddetect.h"
#include "imaging/blind/blindembed.h"
#include "imaging/blind/plane.h"
#include "imaging/vipsutil.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace ad::imaging::blind
{

using vips::VImage;

void requireMarkableSize(int width, int height)
{
    if (std::min(width, height) >= kMinPictureSide) return;
    throw ProcessingError(ErrorCode::InvalidArgument,
                          QCoreApplication::translate(
                              "ad::Error", "blind watermark needs at least %1 px on the shorter "
                                           "side; the picture is %2x%3")
                              .arg(kMinPictureSide)
                              .arg(width)
                              .arg(height));
}

namespace
{
constexpr int kMarkSide = 16;
static_assert(kMarkSide * kMarkSide == kPayloadBits);
constexpr double kWorkingSide = 1080; // detection runs at most at this shorter side

// Shrinks a large suspect so the tile period lands in the range the detector searches. Kept in
// memory, so the suspect itself is read once, in order (it may be a sequential decode).
VImage workingCopy(const VImage &picture)
{
    const VImage srgb = toSrgb(picture);
    const int side = std::min(srgb.width(), srgb.height());
    if (side <= kWorkingSide * 1.1) return srgb.copy_memory();
    return srgb.resize(kWorkingSide / side).copy_memory();
}

// Type 1: the original is subtracted, which removes the host picture entirely when the suspect
// kept its geometry (resized at most).
std::optional<Plane> informedResidual(const VImage &suspect, const VImage &original)
{
    const double aspectS = double(suspect.width()) / suspect.height();
    const double aspectO = double(original.width()) / original.height();
    if (std::abs(aspectS / aspectO - 1) > 0.01) return std::nullopt;
    const VImage o = toSrgb(original).resize(
        double(suspect.width()) / original.width(),
        VImage::option()->set("vscale", double(suspect.height()) / original.height()));
    const Plane s = lumaOf(suspect), ref = lumaOf(o);
    if (ref.width != s.width || ref.height != s.height) return std::nullopt;
    Plane d(s.width, s.height);
    for (size_t i = 0; i < d.v.size(); ++i)
        d.v[i] = std::clamp(s.v[i] - ref.v[i], -12.0f, 12.0f);
    return d;
}

std::vector<float> softBits(const TileReading &reading, const Layout &layout)
{
    std::vector<float> soft(static_cast<size_t>(layout.codedBits));
    double energy = 0;
    for (int j = 0; j < layout.codedBits; ++j) {
        for (int k = 0; k < layout.repeat; ++k) {
            const int cell = layout.dataCell[size_t(j * layout.repeat + k)];
            soft[size_t(j)] += reading.cells[size_t(cell)] * layout.chip[size_t(cell)];
        }
        energy += double(soft[size_t(j)]) * soft[size_t(j)];
    }
    const float scale = float(1.0 / std::sqrt(std::max(1e-20, energy / layout.codedBits)));
    for (float &s : soft)
        s *= scale;
    return soft;
}

// How far the soft bits lean towards these coded bits, in standard deviations of what bits
// unrelated to them give: soft bits of unit power against pseudo-random signs sum to a normal
// variable of variance n.
double leaning(const std::vector<float> &soft, const std::vector<bool> &coded)
{
    double sum = 0;
    for (size_t j = 0; j < soft.size(); ++j)
        sum += coded[j] ? -soft[j] : soft[j]; // a positive soft value reads as bit 0
    return sum / std::sqrt(double(soft.size()));
}

// Standard deviations of lean per point of WatermarkStatus for a seal whose frame did not decode:
// 6.1 deviations (unrelated bits reach that once in two billion) make 76, present.
constexpr double kStatusPerDeviation = 12.5;

Extraction extractionOf(const TileReading &reading, const Layout &fallback, int type,
                        const std::optional<Payload> &expected, double scale)
{
    const Layout &layout = reading.layout ? *reading.layout : fallback;
    Extraction e;
    e.synced = reading.synced;
    e.confidence = reading.confidence;
    e.period = reading.period * scale;
    e.rotation = reading.rotation;
    e.format = layout.format;
    const std::vector<float> soft = softBits(reading, layout);
    const Decoded d = decodeFrame(soft, layout.format);
    e.decoded = reading.synced && d.crcOk;
    e.payload = d.payload;
    if (type == 3 && e.decoded) e.text = payloadText(d.payload);
    if (!expected) return e;
    // A seal's frame holds the seal of the expected mark, any other frame the mark itself.
    const bool sealFrame = layout.format == kSealFormat;
    const Payload written = sealFrame ? sealOf(*expected) : *expected;
    const std::vector<bool> coded = encodeFrame(written, layout.format);
    int agree = 0;
    for (size_t j = 0; j < coded.size(); ++j)
        agree += (soft[j] < 0) == coded[j];
    e.bitAccuracy = double(agree) / double(coded.size());
    if (sealFrame) {
        // The seal says only whether this mark is present: a frame that decodes to it is; one
        // that does not decode is judged by how far its bits lean towards the seal's, which
        // needs no sync (unrelated bits lean alike whether or not the tile was found).
        const bool sealed = e.decoded && d.payload == written;
        e.status = sealed ? 100
                          : std::clamp(int(std::lround(kStatusPerDeviation * leaning(soft, coded))),
                                       0, 100);
        e.decoded = e.status > 75;
        e.payload = e.decoded ? *expected : Payload{};
        return e;
    }
    // The status compares the decoded payload, after error correction: chance agreement
    // (half the bits) scores 0, full agreement 100.
    const int bits = payloadBitsOf(layout.format);
    int same = 0;
    for (int i = 0; i < bits; ++i)
        same += d.payload[size_t(i)] == (*expected)[size_t(i)];
    const double share = reading.synced ? double(same) / bits : 0.5;
    e.status = std::clamp(int(std::lround((share - 0.5) * 200)), 0, 100);
    return e;
}
} // namespace

double strengthFor(int type, int level)
{
    if (type != 2) return 3.0;
    return level >= 3 ? 5.6 : level == 2 ? 3.9 : 3.0;
}

Payload markPayload(const VImage &mark)
{
    VImage grey = toSrgb(mark);
    if (grey.has_alpha()) grey = flattenOnto(grey, 0xff000000);
    grey = grey.colourspace(VIPS_INTERPRETATION_B_W).extract_band(0);
    const VImage small = grey.thumbnail_image(
        kMarkSide, VImage::option()->set("height", kMarkSide)->set("size", VIPS_SIZE_FORCE));
    const VImage mem = small.cast(VIPS_FORMAT_UCHAR).copy_memory();
    const auto *px = static_cast<const quint8 *>(mem.data());
    const double threshold = std::max(32.0, small.avg());
    Payload p{};
    for (int i = 0; i < kPayloadBits; ++i)
        p[size_t(i)] = px[i] > threshold;
    return p;
}

VImage markPicture(const Payload &payload, int size)
{
    std::vector<quint8> px(static_cast<size_t>(kPayloadBits));
    for (int i = 0; i < kPayloadBits; ++i)
        px[size_t(i)] = payload[size_t(i)] ? 255 : 0;
    const VImage small =
        VImage::new_from_memory(px.data(), px.size(), kMarkSide, kMarkSide, 1, VIPS_FORMAT_UCHAR);
    const double k = double(std::max(size, kMarkSide)) / kMarkSide;
    return small.resize(k, VImage::option()->set("kernel", VIPS_KERNEL_NEAREST))
        .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_B_W))
        .copy_memory();
}

int textCapacity(int width, int height)
{
    return std::min(width, height) < kFullCapacitySide ? kTinyTextLength : kMaxTextLength;
}

VImage embed(const VImage &picture, int type, const Payload &payload, int level)
{
    // A type-3 text takes the shortest frame it fits, whose bits each get the most cells; type 2
    // writes its mark's seal.
    if (type == 2) {
        const Layout &seal = sealLayout();
        return embedTile(toSrgb(picture),
                         tileValues(seal, encodeFrame(sealOf(payload), seal.format)),
                         strengthFor(type, level), seal.format);
    }
    const Layout &layout = type != 3               ? layoutFor(type)
                           : fitsFrame(payload, 3) ? tinyTextLayout()
                           : fitsFrame(payload, 2) ? shortTextLayout()
                                                   : layoutFor(type);
    return embedTile(toSrgb(picture), tileValues(layout, encodeFrame(payload, layout.format)),
                     strengthFor(type, level), layout.format);
}

namespace
{
// How much better another type's chips must sync on a tile for it to be that type's.
constexpr double kOtherTypeMargin = 1.5;
// A tile this close to syncing is matched against the other types' chips: a type-2 mark whose
// calm pixels carry a fraction of a level syncs at 8.4 deviations with text chips; unmarked
// pictures stay under 6.
constexpr double kOtherTypeFrom = 7;

// The layouts a mark of these types may have: type 3 any of the three formats, type 2 its seal
// or the first format (the chips found say which).
std::vector<const Layout *> layoutsOf(const std::vector<int> &types)
{
    std::vector<const Layout *> layouts;
    for (const int type : types) {
        if (type == 3) layouts.insert(layouts.end(), {&tinyTextLayout(), &shortTextLayout()});
        if (type == 2) layouts.push_back(&sealLayout());
        layouts.push_back(&layoutFor(type));
    }
    return layouts;
}

int typeOf(const Layout &layout)
{
    for (int type = 1; type <= 3; ++type) {
        const std::vector<const Layout *> of = layoutsOf({type});
        if (std::find(of.begin(), of.end(), &layout) != of.end()) return type;
    }
    return 0;
}
} // namespace

Extraction extract(const VImage &suspect, int type, const std::optional<VImage> &original,
                   const std::optional<Payload> &expected)
{
    const std::vector<const Layout *> layouts = layoutsOf({type});
    const VImage work = workingCopy(suspect);
    auto periodsOf = [&](const std::vector<const Layout *> &of) {
        std::vector<double> periods;
        for (const Layout *l : of) {
            const double p = kGrid * cellSizeFor(suspect.width(), suspect.height(), l->format) *
                             double(work.width()) / suspect.width();
            if (std::find(periods.begin(), periods.end(), p) == periods.end()) periods.push_back(p);
        }
        return periods;
    };
    const std::vector<double> asEmbedded = periodsOf(layouts);
    auto extraction = [&](const TileReading &reading) {
        return extractionOf(reading, *layouts.back(), type, expected,
                            double(suspect.width()) / work.width());
    };
    const Plane luma = lumaOf(work);
    // Turned and stretched lattices are searched in both readings on web-sized copies, and only
    // in the second on larger ones: the copies whose lattice the autocorrelation misses there
    // are textured everywhere (the moss stretched and re-encoded synced at 20.7 deviations in
    // the second, 5.3 in the first), and two searches took an unmarked 12 Mpx picture over a
    // second.
    const bool webSized = std::min(work.width(), work.height()) < kWebSizedBelow;
    const Plane residual = whitenedResidual(luma);
    TileReading reading = readTile(residual, layouts, asEmbedded, webSized);
    if (original) {
        if (const auto informed = informedResidual(work, *original)) {
            const TileReading r = readTile(*informed, layouts, asEmbedded);
            if (r.confidence > reading.confidence) reading = r;
        }
    }
    Extraction e = extraction(reading);
    // A strongly textured picture (moss) leaks into the cells less when its pixels count by the
    // inverse of their local variance, but smooth ones lose rotated, re-encoded copies that way
    // (measured at web sizes: 77-83 of 90 alone, 73-77 the usual way, 78-83 either): a mark not
    // recovered is read again so, and that reading kept only if it recovers the mark (or, for
    // type 2, scores higher).
    if (!e.decoded) {
        const Extraction second =
            extraction(readTile(whitenedResidual(luma, true), layouts, asEmbedded));
        if (second.decoded || second.status > e.status) e = second;
    }
    // A strongly marked picture nearly syncs on its own lattice with another type's chips too
    // (8-10 deviations at 800x600): a tile that does not read as this type is matched against
    // the others' chips, and is theirs when those sync far better.
    if (e.confidence >= kOtherTypeFrom && !e.decoded) {
        std::vector<int> others; // the seal and the small pictures' text first: see readTile
        for (const int t : {2, 3, 1})
            if (t != type) others.push_back(t);
        const std::vector<const Layout *> theirs = layoutsOf(others);
        const TileReading r = readTile(residual, theirs, periodsOf(theirs), false);
        if (r.synced && r.confidence > kOtherTypeMargin * e.confidence) {
            e.synced = false;
            e.otherType = typeOf(*r.layout);
        }
    }
    return e;
}

} // namespace ad::imaging::blind
