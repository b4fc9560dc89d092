#pragma once

// What a marked picture meets on its way: re-encoding, rescaling, cropping, rotation, colour and
// noise. The robustness report runs these (and any saved style) against a marked picture.

#include <QString>
#include <functional>
#include <optional>
#include <vector>
#include <vips/vips8>

namespace ad::imaging::blind
{

struct Attack {
    QString id;    // stable, for CSV
    QString label; // for people (translated by the caller)
    std::function<vips::VImage(const vips::VImage &)> apply;
};

const std::vector<Attack> &standardAttacks();
const Attack *findAttack(const QString &id);

// An attack with its parameters, as wmreport --attacks takes it: jpeg:Q, webp:Q, scale:PCT,
// stretch:XPCT:YPCT, crop:KEEP_PCT[:tl|t|tr|l|c|r|bl|b|br], rotate:DEG (corners filled),
// blur:SIGMA, noise:SIGMA, grey, levels:BLACK:WHITE, contrast:PCT, or a standard id; joined with
// '+' they run one after another. nullopt when the spec is not understood.
std::optional<Attack> attackFromSpec(const QString &spec);

// A processing string as an attack: the picture goes through the executor as PNG.
Attack styleAttack(const QString &name, const QString &processing);

// PSNR of b against a in dB (same size; infinity when identical).
double psnr(const vips::VImage &a, const vips::VImage &b);

} // namespace ad::imaging::blind
