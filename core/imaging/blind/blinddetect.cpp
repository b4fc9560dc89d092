#include "imaging/blind/blinddetect.h"

#include <QMutex>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <complex>
#include <fftw3.h>
#include <functional>
#include <memory>
#include <numeric>
#include <optional>

namespace ad::imaging::blind
{

namespace
{
constexpr int kBinsPerCell = 4;
constexpr int kFold = kGrid * kBinsPerCell;
constexpr double kSureConfidence = 16; // no other candidate lattice needs trying
constexpr double kMinPeriod = 40;      // pixels: below what any supported picture halved still has
// Pixels: a suspect smaller than this on its shorter side (30 % of 800x600 is 240x180) is searched
// for upright periods by folding.
constexpr int kSmallSide = 300;

// FFTW's planner is not thread-safe; executing a plan is.
QMutex &plannerLock()
{
    static QMutex m;
    return m;
}

struct Vec {
    double x = 0, y = 0;
};
Vec operator+(Vec a, Vec b)
{
    return {a.x + b.x, a.y + b.y};
}
Vec operator-(Vec a, Vec b)
{
    return {a.x - b.x, a.y - b.y};
}
Vec operator*(double k, Vec a)
{
    return {k * a.x, k * a.y};
}
double norm(Vec a)
{
    return std::hypot(a.x, a.y);
}

// The autocorrelation of a window of the residual, linear (zero-padded), normalised to 1 at 0.
class Autocorrelation
{
public:
    explicit Autocorrelation(const Plane &r)
    {
        m_w = std::min(r.width, 1024);
        m_h = std::min(r.height, 1024);
        m_nx = 2 * m_w;
        m_ny = 2 * m_h;
        const int x0 = (r.width - m_w) / 2, y0 = (r.height - m_h) / 2;
        float *in = fftwf_alloc_real(size_t(m_nx) * size_t(m_ny));
        const int cx = m_nx / 2 + 1;
        fftwf_complex *spec = fftwf_alloc_complex(size_t(cx) * size_t(m_ny));
        fftwf_plan forward, backward;
        {
            QMutexLocker lock(&plannerLock());
            forward = fftwf_plan_dft_r2c_2d(m_ny, m_nx, in, spec, FFTW_ESTIMATE);
            backward = fftwf_plan_dft_c2r_2d(m_ny, m_nx, spec, in, FFTW_ESTIMATE);
        }
        std::fill(in, in + size_t(m_nx) * size_t(m_ny), 0.0f);
        for (int y = 0; y < m_h; ++y)
            std::copy_n(&r.v[size_t(y0 + y) * size_t(r.width) + size_t(x0)], m_w,
                        in + size_t(y) * size_t(m_nx));
        fftwf_execute(forward);
        for (int fy = 0; fy < m_ny; ++fy) {
            for (int fx = 0; fx < cx; ++fx) {
                fftwf_complex &c = spec[size_t(fy) * size_t(cx) + size_t(fx)];
                c[0] = jpegGridLine(fx, m_nx) || jpegGridLine(fy, m_ny) ? 0.0f
                                                                        : c[0] * c[0] + c[1] * c[1];
                c[1] = 0;
            }
        }
        fftwf_execute(backward);
        // Only lags up to maxLag() matter; they are kept centred on zero lag, band-passed: the
        // picture's own correlation varies slowly with lag, the tile's peaks are a cell wide.
        const int reach = pairLag() + kMargin;
        m_side = 2 * reach + 1;
        Plane lags(m_side, m_side);
        const float zero = std::max(in[0], 1e-12f);
        for (int y = -reach; y <= reach; ++y)
            for (int x = -reach; x <= reach; ++x)
                lags.at(x + reach, y + reach) =
                    in[size_t((y + m_ny) % m_ny) * size_t(m_nx) + size_t((x + m_nx) % m_nx)] / zero;
        const Plane fine = boxBlur(lags, 1), coarse = boxBlur(lags, kMargin);
        m_acf.resize(fine.v.size());
        for (size_t i = 0; i < m_acf.size(); ++i)
            m_acf[i] = fine.v[i] - coarse.v[i];
        {
            QMutexLocker lock(&plannerLock());
            fftwf_destroy_plan(forward);
            fftwf_destroy_plan(backward);
        }
        fftwf_free(in);
        fftwf_free(spec);
    }

    int maxLag() const { return std::min(m_w, m_h) / 2; }
    // Peaks for the stretched lattices are sought a little further: a picture stretched along
    // its longer side and cropped (120 % x 100 %, then 85 %, of 640x480) has a lattice vector of
    // 230 px on a 408-px side. Only there: among the single peaks they displaced the tile's own
    // on a rotated, scaled copy.
    int pairLag() const { return std::min(m_w, m_h) * 3 / 5; }

    float at(int x, int y) const
    {
        const int reach = m_side / 2;
        if (std::abs(x) > reach || std::abs(y) > reach) return 0;
        return m_acf[size_t(y + reach) * size_t(m_side) + size_t(x + reach)];
    }

    // Highest value within radius of p, refined to a fraction of a pixel.
    std::pair<float, Vec> peakNear(Vec p, int radius) const
    {
        const int px = int(std::lround(p.x)), py = int(std::lround(p.y));
        float best = -1e9f;
        int bx = px, by = py;
        for (int y = py - radius; y <= py + radius; ++y) {
            for (int x = px - radius; x <= px + radius; ++x) {
                if (at(x, y) > best) best = at(x, y), bx = x, by = y;
            }
        }
        auto offset = [](float l, float c, float r) {
            const float d = l - 2 * c + r;
            return d < 0 ? std::clamp(0.5f * (l - r) / d, -0.5f, 0.5f) : 0.0f;
        };
        return {best,
                {bx + offset(at(bx - 1, by), best, at(bx + 1, by)),
                 by + offset(at(bx, by - 1), best, at(bx, by + 1))}};
    }

    // Local maxima with lag between kMinPeriod and lag, strongest first.
    std::vector<std::pair<float, Vec>> peaks(int count, int lag) const
    {
        std::vector<std::pair<float, Vec>> found;
        for (int y = 0; y <= lag; ++y) {
            for (int x = -lag; x <= lag; ++x) {
                const int d2 = x * x + y * y; // squared: a root per lag cost more than the rest
                if (d2 < kMinPeriod * kMinPeriod || d2 > lag * lag || (y == 0 && x < 0)) continue;
                const float v = at(x, y);
                if (v <= 0) continue;
                bool isMax = true;
                for (int dy = -1; dy <= 1 && isMax; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        if ((dx || dy) && at(x + dx, y + dy) > v) {
                            isMax = false;
                            break;
                        }
                if (isMax) found.push_back({v, Vec{double(x), double(y)}});
            }
        }
        std::sort(found.begin(), found.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        if (int(found.size()) > count) found.resize(size_t(count));
        return found;
    }

private:
    // JPEG's 8x8 blocks add a lattice of their own; their spectral lines are removed.
    static bool jpegGridLine(int f, int n)
    {
        const int folded = std::min(f, n - f);
        if (folded <= 2) return true; // rows or columns of constant offset (banding)
        for (int k = 1; k <= 4; ++k) {
            if (std::abs(folded * 8 - k * n) <= 2 * 8) return true;
        }
        return false;
    }

    static constexpr int kMargin = 6;
    int m_w = 0, m_h = 0, m_nx = 0, m_ny = 0, m_side = 0;
    std::vector<float> m_acf;
};

struct Basis {
    Vec e1, e2;
    double score = 0;
};

// A basis scores by the autocorrelation at its two vectors, their sum and difference.
Basis scoredBasis(const Autocorrelation &acf, Vec v1, Vec v2)
{
    const int radius = std::max(2, int(norm(v1) * 0.03));
    const auto [a, p1] = acf.peakNear(v1, radius);
    const auto [b, p2] = acf.peakNear(v2, radius);
    return Basis{p1, p2,
                 a + b + acf.peakNear(p1 + p2, radius).first + acf.peakNear(p1 - p2, radius).first};
}

// Candidate lattices: a peak, the peak a quarter turn away, and their sum and difference.
std::vector<Basis> candidateBases(const Autocorrelation &acf)
{
    auto scored = [&](Vec v1, Vec v2) { return scoredBasis(acf, v1, v2); };
    std::vector<Basis> bases;
    const auto peaks = acf.peaks(24, acf.maxLag());
    // A picture stretched along one axis, or rotated and then stretched, has a lattice whose
    // vectors differ in length and are no longer a quarter turn apart: pairs of strong peaks
    // that are far from collinear are candidates too.
    const auto far = acf.peaks(24, acf.pairLag());
    const size_t pairs = std::min<size_t>(far.size(), 10);
    for (size_t i = 0; i < pairs; ++i) {
        for (size_t j = i + 1; j < pairs; ++j) {
            const Vec a = far[i].second, b = far[j].second;
            if (std::abs(a.x * b.y - a.y * b.x) < 0.7 * norm(a) * norm(b)) continue;
            if (std::max(norm(a), norm(b)) > 1.6 * std::min(norm(a), norm(b))) continue;
            bases.push_back(scored(a, b));
        }
    }
    for (const auto &[value, v] : peaks) {
        const Basis b = scored(v, {-v.y, v.x});
        // The tile's lattice hides inside coarser ones made of its points: the diagonal halves
        // and the halves of a basis are tried as well, first when they score nearly as well.
        for (const auto &[h1, h2] : {std::pair{0.5 * (b.e1 + b.e2), 0.5 * (b.e1 - b.e2)},
                                     std::pair{0.5 * b.e1, 0.5 * b.e2}}) {
            if (norm(h1) < kMinPeriod || norm(h2) < kMinPeriod) continue;
            Basis finer = scored(h1, h2);
            if (finer.score >= 0.7 * b.score) {
                finer.score = std::max(finer.score, b.score);
                bases.push_back(finer);
            }
        }
        bases.push_back(b);
    }
    std::stable_sort(bases.begin(), bases.end(),
                     [](const Basis &a, const Basis &b) { return a.score > b.score; });
    // Each lattice is kept once (a basis and its quarter turn score alike).
    auto area = [](const Basis &b) { return std::abs(b.e1.x * b.e2.y - b.e2.x * b.e1.y); };
    std::vector<Basis> distinct;
    for (const Basis &b : bases) {
        const bool seen = std::any_of(distinct.begin(), distinct.end(), [&](const Basis &d) {
            return std::abs(area(d) - area(b)) < 0.05 * area(b) &&
                   std::min(norm(d.e1 - b.e1), norm(d.e1 - b.e2)) < 3;
        });
        if (!seen) distinct.push_back(b);
    }
    // Try the best-scoring first, interleaved with the finest strong ones: coarser lattices made
    // of the tile's own points score about as well as the tile's lattice.
    const double strong = distinct.empty() ? 0 : distinct.front().score * 0.6;
    std::vector<Basis> finest;
    std::copy_if(distinct.begin(), distinct.end(), std::back_inserter(finest),
                 [&](const Basis &b) { return b.score >= strong; });
    std::stable_sort(finest.begin(), finest.end(),
                     [&](const Basis &a, const Basis &b) { return area(a) < area(b) * 0.9; });
    std::vector<Basis> order;
    for (size_t i = 0; i < std::max(distinct.size(), finest.size()); ++i) {
        for (const std::vector<Basis> *list : {&distinct, &finest}) {
            if (i >= list->size()) continue;
            const Basis &b = (*list)[i];
            const bool seen = std::any_of(order.begin(), order.end(), [&](const Basis &d) {
                return norm(d.e1 - b.e1) < 1 && norm(d.e2 - b.e2) < 1;
            });
            if (!seen) order.push_back(b);
        }
    }
    distinct = order;
    return distinct;
}

// Least squares over many lattice points: the far ones pin the period to a small fraction of a
// pixel, which the fold across the whole picture needs. Nothing when the fit leaves a non-finite
// lattice or vectors with no area between them: its mapping would divide by zero.
std::optional<Basis> refine(const Autocorrelation &acf, Basis b)
{
    // The reach grows pass by pass, so a first estimate a few pixels off still finds the right
    // far peaks.
    for (int reach : {1, 2, 4, 4}) {
        double skk = 0, skl = 0, sll = 0, skx = 0, sky = 0, slx = 0, sly = 0;
        for (int k = -reach; k <= reach; ++k) {
            for (int l = 0; l <= reach; ++l) {
                if (l == 0 && k <= 0) continue;
                const Vec p = double(k) * b.e1 + double(l) * b.e2;
                if (norm(p) > acf.maxLag() * 1.2) continue;
                const auto [value, q] = acf.peakNear(p, 2);
                if (value <= 0) continue;
                const double w = value;
                skk += w * k * k, skl += w * k * l, sll += w * l * l;
                skx += w * k * q.x, sky += w * k * q.y, slx += w * l * q.x, sly += w * l * q.y;
            }
        }
        const double det = skk * sll - skl * skl;
        if (std::abs(det) < 1e-9) break;
        b.e1 = {(sll * skx - skl * slx) / det, (sll * sky - skl * sly) / det};
        b.e2 = {(skk * slx - skl * skx) / det, (skk * sly - skl * sky) / det};
    }
    const double area = std::abs(b.e1.x * b.e2.y - b.e2.x * b.e1.y);
    if (!std::isfinite(b.e1.x + b.e1.y + b.e2.x + b.e2.y) || !(area >= 1)) return std::nullopt;
    return b;
}

// Chooses the lattice vectors nearest to the picture's axes: a small rotation stays small.
Basis canonical(Basis b)
{
    const Vec options[4] = {b.e1, b.e2, -1.0 * b.e1, -1.0 * b.e2};
    Vec x = options[0], y = options[1];
    for (const Vec &v : options)
        if (v.x > x.x) x = v;
    for (const Vec &v : options)
        if (v.y > y.y) y = v;
    b.e1 = x;
    b.e2 = y;
    return b;
}

// Pixel -> position in the tile, in bins (kFold bins per tile side, taken modulo kFold).
struct Mapping {
    double a = 0, b = 0, c = 0, d = 0; // u = a x + b y, v = c x + d y
};

Mapping mappingOf(const Basis &basis)
{
    const Vec e1 = basis.e1, e2 = basis.e2;
    const double det = e1.x * e2.y - e2.x * e1.y;
    return {e2.y / det * kFold, -e2.x / det * kFold, -e1.y / det * kFold, e1.x / det * kFold};
}

using Tile = std::vector<float>; // kFold x kFold bins

// Bins added to a position to make it positive (whole tiles, beyond any picture's reach): the
// truncation to int is then the floor, without a call per pixel.
constexpr double kPositive = kFold * 65536.0;

// Where the centre of the first pixel of row y falls, in bins made positive. A pixel's corner
// on a lattice as embedded lies exactly on a cell's edge, where the rounding of the running sum
// decided the cell; its centre never does.
std::pair<double, double> rowStart(const Mapping &m, int y)
{
    return {m.a * 0.5 + m.b * (y + 0.5) + kPositive, m.c * 0.5 + m.d * (y + 0.5) + kPositive};
}

// The residual folded into one tile, separately for each quarter of the picture (their drift
// against each other measures what the lattice estimate got wrong) and for the whole.
struct Folds {
    std::array<Tile, 4> quarter;
    std::array<Vec, 4> centre;
    Tile whole;
};

Folds fold(const Plane &r, const Mapping &m)
{
    const size_t bins = size_t(kFold) * kFold;
    std::array<std::vector<double>, 4> sum;
    std::array<std::vector<int>, 4> count;
    for (int q = 0; q < 4; ++q)
        sum[size_t(q)].assign(bins, 0.0), count[size_t(q)].assign(bins, 0);
    const int halfW = r.width / 2, halfH = r.height / 2;
    for (int y = 0; y < r.height; ++y) {
        auto [u, v] = rowStart(m, y);
        const float *row = &r.v[size_t(y) * size_t(r.width)];
        // The row's left half goes to the left quarter, the rest to the right one.
        for (int side = 0; side < 2; ++side) {
            const size_t q = size_t((y < halfH ? 0 : 2) + side);
            double *s = sum[q].data();
            int *n = count[q].data();
            for (int x = side ? halfW : 0; x < (side ? r.width : halfW); ++x, u += m.a, v += m.c) {
                const size_t k =
                    size_t(int(v) & (kFold - 1)) * kFold + size_t(int(u) & (kFold - 1));
                s[k] += row[x];
                ++n[k];
            }
        }
    }
    Folds f;
    f.whole.assign(bins, 0.0f);
    for (int q = 0; q < 4; ++q) {
        Tile &t = f.quarter[size_t(q)];
        t.assign(bins, 0.0f);
        for (size_t k = 0; k < bins; ++k)
            t[k] = count[size_t(q)][k] ? float(sum[size_t(q)][k] / count[size_t(q)][k]) : 0.0f;
        f.centre[size_t(q)] = {(q % 2 ? 1.5 : 0.5) * halfW, (q / 2 ? 1.5 : 0.5) * halfH};
    }
    for (size_t k = 0; k < bins; ++k) {
        double total = 0;
        int n = 0;
        for (int q = 0; q < 4; ++q)
            total += sum[size_t(q)][k], n += count[size_t(q)][k];
        f.whole[k] = n ? float(total / n) : 0.0f;
    }
    return f;
}

// The eight rotations and mirror images of a square tile.
std::pair<int, int> dihedral(int t, int i, int j)
{
    constexpr int n = kFold - 1;
    switch (t) {
    case 1:
        return {n - j, i};
    case 2:
        return {n - i, n - j};
    case 3:
        return {j, n - i};
    case 4:
        return {j, i};
    case 5:
        return {n - i, j};
    case 6:
        return {i, n - j};
    case 7:
        return {n - j, n - i};
    default:
        return {i, j};
    }
}

int inverseDihedral(int t)
{
    return t == 1 ? 3 : t == 3 ? 1 : t;
}

struct Alignment {
    int transform = 0;
    Vec shift; // fold(p + shift) matches the template in this orientation at p
    double confidence = 0;
};

// Cross-correlation of folded tiles with the synchronisation chips in each orientation.
class Correlator
{
public:
    explicit Correlator(const Layout &layout)
    {
        const size_t n = size_t(kFold) * kFold;
        m_in.resize(n), m_spec.resize(n), m_corr.resize(n);
        {
            QMutexLocker lock(&plannerLock());
            m_forward = fftwf_plan_dft_2d(kFold, kFold, raw(m_in), raw(m_spec), FFTW_FORWARD,
                                          FFTW_ESTIMATE);
            m_backward = fftwf_plan_dft_2d(kFold, kFold, raw(m_spec), raw(m_corr), FFTW_BACKWARD,
                                           FFTW_ESTIMATE);
        }
        for (int t = 0; t < 8; ++t) {
            for (int j = 0; j < kFold; ++j)
                for (int i = 0; i < kFold; ++i) {
                    const auto [ci, cj] = dihedral(t, i, j);
                    const int cell = (cj / kBinsPerCell) * kGrid + ci / kBinsPerCell;
                    m_in[size_t(j) * kFold + size_t(i)] =
                        layout.isSync[size_t(cell)] ? layout.chip[size_t(cell)] : 0.0f;
                }
            fftwf_execute(m_forward);
            m_templates[size_t(t)] = m_spec;
        }
    }

    ~Correlator()
    {
        QMutexLocker lock(&plannerLock());
        fftwf_destroy_plan(m_forward);
        fftwf_destroy_plan(m_backward);
    }

    Correlator(const Correlator &) = delete;
    Correlator &operator=(const Correlator &) = delete;

    // The best orientation, or only the given one.
    Alignment align(const Tile &tile, int onlyTransform = -1)
    {
        std::copy(tile.begin(), tile.end(), m_in.begin());
        fftwf_execute(m_forward);
        m_tileSpectrum = m_spec; // each orientation's product overwrites m_spec
        Alignment best;
        for (int t = 0; t < 8; ++t) {
            if (onlyTransform >= 0 && t != onlyTransform) continue;
            // The product with the chips' conjugate, written out on the floats (which
            // std::complex allows): its operator checks each product for NaN, a tenth of the
            // instructions of an unmarked 448x336 picture's extraction.
            const float *a = reinterpret_cast<const float *>(m_tileSpectrum.data());
            const float *b = reinterpret_cast<const float *>(m_templates[size_t(t)].data());
            float *out = reinterpret_cast<float *>(m_spec.data());
            for (size_t k = 0; k < 2 * m_spec.size(); k += 2) {
                const float ar = a[k], ai = a[k + 1], br = b[k], bi = b[k + 1];
                out[k] = ar * br + ai * bi;
                out[k + 1] = ai * br - ar * bi;
            }
            fftwf_execute(m_backward);
            double mean = 0, sq = 0;
            size_t top = 0;
            for (size_t k = 0; k < m_corr.size(); ++k) {
                const double v = m_corr[k].real();
                mean += v, sq += v * v;
                if (v > m_corr[top].real()) top = k;
            }
            mean /= double(m_corr.size());
            const double sd = std::sqrt(std::max(1e-20, sq / double(m_corr.size()) - mean * mean));
            const double z = (m_corr[top].real() - mean) / sd;
            if (z <= best.confidence) continue;
            const int x = int(top % size_t(kFold)), y = int(top / size_t(kFold));
            best = {t, {x + subBin(x, y, 1, 0), y + subBin(x, y, 0, 1)}, z};
        }
        return best;
    }

private:
    using C = std::complex<float>;
    static fftwf_complex *raw(std::vector<C> &v)
    {
        return reinterpret_cast<fftwf_complex *>(v.data());
    }

    float corrAt(int x, int y) const
    {
        return m_corr[size_t((y + kFold) % kFold) * kFold + size_t((x + kFold) % kFold)].real();
    }

    double subBin(int x, int y, int dx, int dy) const
    {
        const double l = corrAt(x - dx, y - dy), c = corrAt(x, y), r = corrAt(x + dx, y + dy);
        const double d = l - 2 * c + r;
        return d < 0 ? std::clamp(0.5 * (l - r) / d, -0.5, 0.5) : 0.0;
    }

    std::vector<C> m_in, m_spec, m_corr, m_tileSpectrum;
    std::array<std::vector<C>, 8> m_templates;
    fftwf_plan m_forward, m_backward;
};

// Fits the quarters' shifts as a linear function of position: the slope is the error of the
// mapping, which is removed. Returns false when the quarters are too weak to say.
bool correctDrift(const Folds &f, Correlator &corr, const Alignment &global, Mapping &m)
{
    std::array<Vec, 4> shift;
    for (int q = 0; q < 4; ++q) {
        const Alignment a = corr.align(f.quarter[size_t(q)], global.transform);
        if (a.confidence < 4.0) return false;
        // Shifts wrap around the tile: take the one nearest the whole picture's.
        auto unwrap = [](double s, double ref) {
            return s - kFold * std::round((s - ref) / kFold);
        };
        shift[size_t(q)] = {unwrap(a.shift.x, global.shift.x), unwrap(a.shift.y, global.shift.y)};
    }
    // shift = s0 - dM * centre, per component, least squares over the four quarters.
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (const Vec &c : f.centre)
        sx += c.x, sy += c.y, sxx += c.x * c.x, syy += c.y * c.y, sxy += c.x * c.y;
    auto solve = [&](auto component) {
        double s = 0, sxs = 0, sys = 0;
        for (int q = 0; q < 4; ++q) {
            const double v = component(shift[size_t(q)]);
            s += v, sxs += f.centre[size_t(q)].x * v, sys += f.centre[size_t(q)].y * v;
        }
        // Centre the regressors: with the mean removed the intercept drops out.
        const double n = 4, cxx = sxx - sx * sx / n, cyy = syy - sy * sy / n,
                     cxy = sxy - sx * sy / n;
        const double cxs = sxs - sx * s / n, cys = sys - sy * s / n;
        const double det = cxx * cyy - cxy * cxy;
        return std::pair{(cyy * cxs - cxy * cys) / det, (cxx * cys - cxy * cxs) / det};
    };
    const auto [gux, guy] = solve([](Vec v) { return v.x; });
    const auto [gvx, gvy] = solve([](Vec v) { return v.y; });
    m.a -= gux, m.b -= guy, m.c -= gvx, m.d -= gvy;
    return true;
}

std::array<float, kCells> cellValues(const Tile &tile, const Alignment &a)
{
    std::array<float, kCells> cells{};
    const int inv = inverseDihedral(a.transform);
    const int sx = int(std::lround(a.shift.x)), sy = int(std::lround(a.shift.y));
    for (int cy = 0; cy < kGrid; ++cy)
        for (int cx = 0; cx < kGrid; ++cx) {
            float sum = 0;
            for (int j = 0; j < kBinsPerCell; ++j)
                for (int i = 0; i < kBinsPerCell; ++i) {
                    // Canonical bin -> bin of the oriented template -> bin of the fold.
                    const auto [pi, pj] =
                        dihedral(inv, cx * kBinsPerCell + i, cy * kBinsPerCell + j);
                    const int fi = (pi + sx + 2 * kFold) % kFold;
                    const int fj = (pj + sy + 2 * kFold) % kFold;
                    sum += tile[size_t(fj) * kFold + size_t(fi)];
                }
            cells[size_t(cy * kGrid + cx)] = sum;
        }
    return cells;
}

// The whole picture folded alone: what a search scores its many lattices by.
Tile foldWhole(const Plane &r, const Mapping &m)
{
    const size_t bins = size_t(kFold) * kFold;
    std::vector<float> sum(bins, 0.0f);
    std::vector<int> count(bins, 0);
    for (int y = 0; y < r.height; ++y) {
        auto [u, v] = rowStart(m, y);
        const float *row = &r.v[size_t(y) * size_t(r.width)];
        for (int x = 0; x < r.width; ++x, u += m.a, v += m.c) {
            const size_t k = size_t(int(v) & (kFold - 1)) * kFold + size_t(int(u) & (kFold - 1));
            sum[k] += row[x];
            ++count[k];
        }
    }
    for (size_t k = 0; k < bins; ++k)
        sum[k] = count[k] ? sum[k] / float(count[k]) : 0.0f;
    return sum;
}

// How well the residual folded on this lattice syncs upright with these chips.
double uprightSync(const Plane &r, Correlator &corr, const Basis &b)
{
    return corr.align(foldWhole(r, mappingOf(b)), 0).confidence;
}

// The residual averaged over 2 x 2 pixels: a quarter of the cost to fold, and a cell of 4 px or
// more still spans two.
Plane halved(const Plane &r)
{
    Plane h(r.width / 2, r.height / 2);
    for (int y = 0; y < h.height; ++y)
        for (int x = 0; x < h.width; ++x)
            h.at(x, y) = 0.25f * (r.at(2 * x, 2 * y) + r.at(2 * x + 1, 2 * y) +
                                  r.at(2 * x, 2 * y + 1) + r.at(2 * x + 1, 2 * y + 1));
    return h;
}

// A lattice as a picture's geometry leaves it: periods across and down, turned by some degrees.
struct Shape {
    double across = 0, down = 0, turn = 0;

    bool operator==(const Shape &) const = default;

    // The square tile turned, then the picture stretched along its axes.
    Basis basis() const
    {
        const double c = std::cos(turn * M_PI / 180), s = std::sin(turn * M_PI / 180);
        return Basis{{across * c, down * s}, {-across * s, down * c}, 0};
    }
};

// A small copy of a marked picture (a thumbnail) holds two or three periods, too few for the
// autocorrelation: the picture's own peaks outrank the tile's. The residual is folded upright at
// every period instead (coarsely, then finely around the best), which costs little at this size,
// and the periods whose fold syncs best with these chips (the format small pictures are marked
// with) are returned.
std::vector<double> foldedPeriods(const Plane &r, Correlator &corr, size_t count)
{
    auto syncAt = [&](double p) { return uprightSync(r, corr, Shape{p, p}.basis()); };
    std::vector<std::pair<double, double>> coarse; // confidence, period
    for (double p = kMinPeriod; p <= std::min(r.width, r.height) / 2.0; p += 0.5)
        coarse.push_back({syncAt(p), p});
    std::sort(coarse.begin(), coarse.end(), std::greater<>());
    std::vector<double> periods;
    for (const auto &[confidence, p] : coarse) {
        if (periods.size() == count) break;
        if (std::any_of(periods.begin(), periods.end(),
                        [&](double q) { return std::abs(q - p) < 1; }))
            continue;
        double best = p, bestSync = confidence;
        for (double q = p - 0.375; q <= p + 0.375; q += 0.125) {
            const double sync = syncAt(q);
            if (sync > bestSync) best = q, bestSync = sync;
        }
        periods.push_back(best);
    }
    return periods;
}

using Correlators = std::vector<std::unique_ptr<Correlator>>; // one per layout

// A copy that was turned and rescaled (rotated 5 degrees, scaled to 70 %: 448x336 from 640x480)
// or stretched along one axis shows its lattice among the picture's own autocorrelation peaks,
// below the few the general search tries, on pictures textured everywhere (moss) at any size
// (at 1080p, the moss stretched by 120 % and saved at JPEG 40); and it is too large to fold at
// every period and angle. Square lattices turned by up to 12 degrees and upright ones whose
// periods differ by up to 36 % (a quarter off one axis makes 33 %) are ranked by the
// autocorrelation at both vectors, their sum and difference; the best 150 turned (300 on
// web-sized copies) and 100 stretched (1000 on web-sized copies) are folded on the residual halved
// (a quarter of the cost; the rotated copies' lattices ranked 11th to 57th in the readings that
// found them, summer_1am's type-2 copy at 480x640 beyond the 100th), a lane's worth at a time, and
// the one whose fold syncs best is refined at full resolution. Nothing is returned when no fold
// syncs better than unmarked pictures' best (4.4-5.6 deviations on 30 of them at 420-480 px; the
// marked copies' 6.7-10.5). lanes: one set of correlators per lane, the first layout's chips
// syncing.
std::optional<Basis> searchedLattice(const Plane &r, const Autocorrelation &acf,
                                     std::vector<Correlators> &lanes)
{
    // Degrees, and pixels of period: a fold drifts by the period's error at every period, and
    // at 1080 px a quarter pixel makes a quarter of a cell across the picture.
    constexpr double kMaxTurn = 12, kTurnStep = 0.5, step = 0.5;
    constexpr double kMaxStretch = 1.36;
    // Ten times the stretched folds below 800 px: the moss stretched by 120 %, cropped and saved
    // at JPEG 40 ranked its lattice between the 300th and the 1000th at 640x480 (JPEG 55 and
    // below hide it among the 100 first), and an unmarked 640x480 extraction takes 0.53 s with
    // them (0.36 s without).
    const bool webSized = std::min(r.width, r.height) < kWebSizedBelow;
    const size_t stretchedFolds = webSized ? 1000 : 100;
    // Twice the turned folds below 800 px, where they cost little: a foggy 640x480 picture's
    // rotated, scaled and re-encoded copy ranked between the 150th and the 300th.
    const size_t turnedFolds = webSized ? 300 : 150;
    constexpr double kFloor = 6;
    Correlator &corr = *lanes.front().front();
    auto score = [&](const Shape &shape) {
        const Basis b = shape.basis();
        double sum = 0;
        for (const Vec &lag : {b.e1, b.e2, b.e1 + b.e2, b.e1 - b.e2})
            sum += acf.peakNear(lag, 1).first;
        return sum;
    };
    // Items 0..count-1 shared out among the lanes, each calling work(lane, item).
    auto inLanes = [&](size_t count, const auto &work) {
        std::vector<size_t> lane(lanes.size());
        std::iota(lane.begin(), lane.end(), size_t(0));
        QtConcurrent::blockingMap(lane, [&](size_t l) {
            for (size_t i = l; i < count; i += lanes.size())
                work(l, i);
        });
    };
    const Plane half = halved(r);
    double bestSync = 0;
    Shape best;
    // Each family has its own share of folds: ranked together, the stretched lattices (more of
    // them) pushed turned copies' true lattices out of the hundred.
    auto foldBest = [&](std::vector<std::pair<double, Shape>> ranked, size_t count) {
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        std::vector<Shape> chosen;
        for (const auto &[value, shape] : ranked) {
            if (chosen.size() == count) break;
            // The neighbours of a lattice already chosen are the same peak seen again.
            if (std::none_of(chosen.begin(), chosen.end(), [&](const Shape &f) {
                    return std::abs(f.turn - shape.turn) <= kTurnStep &&
                           std::abs(f.across - shape.across) <= step &&
                           std::abs(f.down - shape.down) <= step;
                }))
                chosen.push_back(shape);
        }
        std::vector<double> sync(chosen.size());
        inLanes(chosen.size(), [&](size_t l, size_t i) {
            const Basis b = chosen[i].basis();
            sync[i] = uprightSync(half, *lanes[l].front(), Basis{0.5 * b.e1, 0.5 * b.e2, 0});
        });
        // In ranking order, the first of equals kept: what folding one by one finds.
        for (size_t i = 0; i < chosen.size(); ++i)
            if (sync[i] > bestSync) bestSync = sync[i], best = chosen[i];
    };
    // Scored a lane's share each (at 1080 px, 440 000 lattices took 90 ms on one core).
    auto scored = [&](const std::vector<Shape> &shapes) {
        std::vector<std::pair<double, Shape>> out(shapes.size()); // autocorrelation, lattice
        inLanes(shapes.size(), [&](size_t, size_t i) { out[i] = {score(shapes[i]), shapes[i]}; });
        return out;
    };
    std::vector<Shape> turned, stretched;
    for (double turn = -kMaxTurn; turn <= kMaxTurn; turn += kTurnStep)
        for (double p = kMinPeriod; p <= acf.maxLag(); p += step)
            turned.push_back({p, p, turn});
    for (double across = kMinPeriod; across <= acf.pairLag(); across += step)
        for (double down = kMinPeriod; down <= acf.pairLag(); down += step)
            if (down != across && std::max(across / down, down / across) <= kMaxStretch)
                stretched.push_back({across, down, 0});
    foldBest(scored(turned), turnedFolds);
    foldBest(scored(stretched), stretchedFolds);
    if (bestSync < kFloor) return std::nullopt;
    // A pattern search: a step that syncs better is taken, else the steps are halved. A fold
    // across three periods needs the period to about a tenth of a pixel.
    double sync = uprightSync(r, corr, best.basis());
    // A square lattice stays square (the steps of the search as turned copies were measured
    // with); a stretched one moves each period and its turn.
    const bool square = best.across == best.down;
    for (double dp = 0.5, dt = 0.25; dp >= 0.125;) {
        const Shape s0 = best;
        std::vector<Shape> steps = {{s0.across - dp, s0.down - dp, s0.turn},
                                    {s0.across + dp, s0.down + dp, s0.turn},
                                    {s0.across, s0.down, s0.turn - dt},
                                    {s0.across, s0.down, s0.turn + dt}};
        if (!square) {
            steps = {{s0.across - dp, s0.down, s0.turn}, {s0.across + dp, s0.down, s0.turn},
                     {s0.across, s0.down - dp, s0.turn}, {s0.across, s0.down + dp, s0.turn},
                     {s0.across, s0.down, s0.turn - dt}, {s0.across, s0.down, s0.turn + dt}};
        }
        for (const Shape &s : steps) {
            const double candidate = uprightSync(r, corr, s.basis());
            if (candidate > sync) sync = candidate, best = s;
        }
        if (best == s0) dp /= 2, dt /= 2;
    }
    return best.basis();
}

// Folds the residual on one candidate lattice and reads it with the chips that match best.
// exact: the lattice as embedded or as folded: refining it towards the picture's own peaks
// only moves it (0.7 px per tile on a moss photograph, enough to lose the sync).
std::optional<TileReading> tryLattice(const Plane &residual, const Autocorrelation &acf,
                                      const Basis &basis, bool exact,
                                      const std::vector<const Layout *> &layouts,
                                      Correlators &correlators)
{
    const std::optional<Basis> refined = exact ? basis : refine(acf, basis);
    if (!refined) return std::nullopt;
    const Basis b = canonical(*refined);
    Mapping m = mappingOf(b);
    Folds folds = fold(residual, m);
    // The layout whose chips match best; its correlator then corrects the drift.
    Alignment a;
    size_t which = 0;
    for (size_t i = 0; i < correlators.size(); ++i) {
        const Alignment ai = correlators[i]->align(folds.whole);
        if (i == 0 || ai.confidence > a.confidence) a = ai, which = i;
    }
    Correlator &corr = *correlators[which];
    // A drift correction is kept only when the sync improves: on an exact lattice the
    // quarters' shifts are noise, and removing them made the fold worse.
    for (int pass = 0; pass < 2; ++pass) {
        Mapping corrected = m;
        if (!correctDrift(folds, corr, a, corrected)) break;
        Folds refolded = fold(residual, corrected);
        const Alignment better = corr.align(refolded.whole);
        if (better.confidence <= a.confidence) break;
        m = corrected, folds = std::move(refolded), a = better;
    }
    TileReading reading;
    reading.confidence = a.confidence;
    reading.synced = a.confidence >= kSyncThreshold;
    reading.layout = layouts[which];
    // The mapping's inverse columns are the lattice vectors actually used.
    const double det = m.a * m.d - m.b * m.c;
    const Vec e1{m.d / det * kFold, -m.c / det * kFold};
    const Vec e2{-m.b / det * kFold, m.a / det * kFold};
    reading.period = (norm(e1) + norm(e2)) / 2;
    reading.rotation = std::atan2(e1.y, e1.x) * 180.0 / M_PI;
    reading.cells = cellValues(folds.whole, a);
    return reading;
}
} // namespace

TileReading readTile(const Plane &residual, const std::vector<const Layout *> &layouts,
                     const std::vector<double> &expectedPeriods, bool search)
{
    TileReading reading;
    if (std::min(residual.width, residual.height) < 2 * kMinPeriod) return reading;
    // A non-finite sample (none comes from an 8-bit picture) would spread through the
    // autocorrelation to every lag and through every fold into the reading: it carries nothing.
    auto finite = [](float v) { return std::isfinite(v); };
    if (!std::all_of(residual.v.begin(), residual.v.end(), finite)) {
        Plane cleaned = residual;
        std::replace_if(cleaned.v.begin(), cleaned.v.end(), std::not_fn(finite), 0.0f);
        return readTile(cleaned, layouts, expectedPeriods, search);
    }
    const Autocorrelation acf(residual);
    std::vector<Basis> bases = candidateBases(acf);
    // Most pictures keep their geometry: the lattice as embedded is tried first.
    size_t embedded = 0;
    for (auto p = expectedPeriods.rbegin(); p != expectedPeriods.rend(); ++p)
        if (*p > 0) bases.insert(bases.begin(), Shape{*p, *p}.basis()), ++embedded;
    // One set of correlators per lane: a correlator keeps its work buffers.
    const size_t lanes = size_t(std::clamp(QThread::idealThreadCount(), 1, 4));
    std::vector<Correlators> sets(lanes);
    for (Correlators &set : sets)
        for (const Layout *l : layouts)
            set.push_back(std::make_unique<Correlator>(*l));
    Correlators &correlators = sets.front();
    if (std::min(residual.width, residual.height) < kSmallSide) {
        for (const double p : foldedPeriods(residual, *correlators.front(), 2))
            bases.insert(bases.begin() + long(embedded), Shape{p, p}.basis()), ++embedded;
    }
    auto keepBetter = [&](const std::optional<TileReading> &r) {
        if (r && r->confidence > reading.confidence) reading = *r;
    };
    // The candidates are tried a lane's worth at a time and kept in their order, stopping at the
    // first sure one: the reading is the one trying them one by one gives.
    const size_t tries = std::min<size_t>(12 + embedded, bases.size());
    for (size_t k = 0; k < tries && reading.confidence < kSureConfidence; k += lanes) {
        std::vector<size_t> lane(std::min(lanes, tries - k));
        std::iota(lane.begin(), lane.end(), size_t(0));
        std::vector<std::optional<TileReading>> found(lane.size());
        QtConcurrent::blockingMap(lane, [&](size_t i) {
            found[i] = tryLattice(residual, acf, bases[k + i], k + i < embedded, layouts, sets[i]);
        });
        for (const auto &r : found)
            if (reading.confidence < kSureConfidence) keepBetter(r);
    }
    // A copy turned or stretched whose lattice none of those found.
    if (!reading.synced && search) {
        if (const auto b = searchedLattice(residual, acf, sets))
            keepBetter(tryLattice(residual, acf, *b, true, layouts, correlators));
    }
    return reading;
}

} // namespace ad::imaging::blind
