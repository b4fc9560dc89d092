#include "imaging/jpegquality.h"

#include <array>
#include <cstdlib>

namespace ad::imaging
{

namespace
{
// IJG's standard luminance table (Annex K of the JPEG standard).
constexpr std::array<int, 64> kLuminance{
    16, 11, 10, 16, 24,  40,  51,  61,  12, 12, 14, 19, 26,  58,  60,  55,
    14, 13, 16, 24, 40,  57,  69,  56,  14, 17, 22, 29, 51,  87,  80,  62,
    18, 22, 37, 56, 68,  109, 103, 77,  24, 35, 55, 64, 81,  104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};

long tableSumAtQuality(int q)
{
    const int scale = q < 50 ? 5000 / q : 200 - 2 * q;
    long sum = 0;
    for (int v : kLuminance)
        sum += std::clamp((v * scale + 50) / 100, 1, 255);
    return sum;
}

// Sum of the 64 entries of quantisation table 0, or -1 when absent.
long luminanceTableSum(const QByteArray &d)
{
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(d[i]); };
    if (d.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8) return -1;
    qsizetype pos = 2;
    while (pos + 4 <= d.size()) {
        if (byte(pos) != 0xFF) return -1;
        const int marker = byte(pos + 1);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        if (marker == 0xDA || marker == 0xD9) // start of scan / end of image: no table seen
            return -1;
        const int length = (byte(pos + 2) << 8) | byte(pos + 3);
        if (length < 2 || pos + 2 + length > d.size()) return -1;
        if (marker == 0xDB) {
            qsizetype p = pos + 4;
            const qsizetype end = pos + 2 + length;
            while (p < end) {
                const int precision = byte(p) >> 4;
                const int id = byte(p) & 0x0F;
                const int entry = precision ? 2 : 1;
                if (p + 1 + 64 * entry > end) return -1;
                if (id == 0) {
                    long sum = 0;
                    for (int i = 0; i < 64; ++i)
                        sum += entry == 1 ? byte(p + 1 + i)
                                          : (byte(p + 1 + 2 * i) << 8) | byte(p + 2 + 2 * i);
                    return sum;
                }
                p += 1 + 64 * entry;
            }
        }
        pos += 2 + length;
    }
    return -1;
}
} // namespace

std::optional<int> estimateJpegQuality(const QByteArray &jpeg)
{
    const long sum = luminanceTableSum(jpeg);
    if (sum <= 0) return std::nullopt;
    int best = 100;
    long bestDiff = -1;
    for (int q = 100; q >= 1; --q) {
        const long diff = std::labs(tableSumAtQuality(q) - sum);
        if (bestDiff < 0 || diff < bestDiff) {
            best = q;
            bestDiff = diff;
        }
    }
    return best;
}

} // namespace ad::imaging
