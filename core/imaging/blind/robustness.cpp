#include "imaging/blind/robustness.h"

#include "common/error.h"
#include "files/regularfile.h"
#include "imaging/fidelity.h"
#include "imaging/limits.h"
#include "imaging/vipsutil.h"
#include "style/errortext.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace ad::imaging::blind
{

using vips::VImage;

Payload markPayloadOfFile(const QString &path)
{
    ensureVips();
    const QByteArray bytes = files::readRegularFile(path, Limits::maxFileBytes);
    try {
        return markPayload(VImage::new_from_buffer(bytes.constData(), size_t(bytes.size()), ""));
    } catch (const vips::VError &e) {
        rethrowVips(e);
    }
}

namespace
{
// The attacks model copies made for the web: 8-bit sRGB in three bands, transparency flattened
// onto white as a page shows it. A 16-bit logo with alpha failed every attack that saves
// without alpha, and the grey and screenshot attacks assume three bands.
VImage asPublished(const VImage &image)
{
    VImage v = flattenOnto(toSrgb(image), qRgb(255, 255, 255));
    if (v.bands() == 1) v = v.colourspace(VIPS_INTERPRETATION_sRGB);
    return v.copy_memory();
}
} // namespace

Report robustnessReport(const QString &sourcePath, int type, const Payload &payload, int level,
                        const std::vector<Attack> &attacks,
                        const std::function<bool(int, int)> &progress)
{
    ensureVips();
    Report report;
    report.source = sourcePath;
    report.type = type;
    try {
        const QByteArray bytes = files::readRegularFile(sourcePath, Limits::maxFileBytes);
        // Said as processing says it: a picture the cloud or the Embed page refuses is not
        // reported on (a 16x12 one read as 87 % of bits right, and counted in every bar).
        if (!findLoader(bytes)) throwNotAnImage();
        const VImage original =
            toSrgb(VImage::new_from_buffer(bytes.constData(), size_t(bytes.size()), "").autorot())
                .copy_memory();
        requireMarkableSize(original.width(), original.height());
        QElapsedTimer timer;
        timer.start();
        const VImage marked = embed(original, type, payload, level);
        report.embedSeconds = timer.nsecsElapsed() / 1e9;
        report.embedPsnr = psnr(original, marked);
        const auto colour = [](const VImage &image) {
            return image.extract_band(0, VImage::option()->set("n", std::min(3, image.bands())));
        };
        report.embedSsim = ssimOf(colour(original), colour(marked));
        const std::optional<VImage> reference =
            type == 1 ? std::optional<VImage>(asPublished(original)) : std::nullopt;
        const VImage published = asPublished(marked);
        for (size_t i = 0; i < attacks.size(); ++i) {
            if (progress && !progress(int(i), int(attacks.size()))) break;
            ReportRow row;
            row.attackId = attacks[i].id;
            row.attack = attacks[i].label;
            row.psnr = std::nan("");
            try {
                const VImage attacked = attacks[i].apply(published).copy_memory();
                if (attacked.width() == marked.width() && attacked.height() == marked.height())
                    row.psnr = psnr(published, attacked);
                timer.restart();
                const Extraction e = extract(attacked, type, reference, payload);
                row.seconds = timer.nsecsElapsed() / 1e9;
                row.decoded = e.decoded && e.payload == payload;
                row.bitAccuracy = e.bitAccuracy;
                row.status = e.status;
            } catch (const vips::VError &e) {
                row.error = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
            } catch (const ProcessingError &e) {
                row.error = localizedText(e.error());
            }
            report.rows.push_back(row);
        }
        if (progress) progress(int(report.rows.size()), int(attacks.size()));
    } catch (const vips::VError &e) {
        rethrowVips(e);
    }
    return report;
}

QByteArray reportCsv(const std::vector<Report> &reports)
{
    QByteArray csv = "source,type,embed_psnr_db,embed_ssim,attack,recovered,bit_accuracy,status,"
                     "attack_psnr_db,extract_seconds,error\n";
    auto quoted = [](QString s) {
        s.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    };
    for (const Report &r : reports) {
        for (const ReportRow &row : r.rows) {
            const QStringList fields = {quoted(QFileInfo(r.source).fileName()),
                                        QString::number(r.type),
                                        QString::number(r.embedPsnr, 'f', 2),
                                        QString::number(r.embedSsim, 'f', 4),
                                        quoted(row.attackId),
                                        row.decoded ? QStringLiteral("yes") : QStringLiteral("no"),
                                        QString::number(row.bitAccuracy, 'f', 4),
                                        QString::number(row.status),
                                        std::isnan(row.psnr) ? QString()
                                                             : QString::number(row.psnr, 'f', 2),
                                        QString::number(row.seconds, 'f', 3),
                                        quoted(row.error)};
            csv += fields.join(QLatin1Char(',')).toUtf8() + '\n';
        }
    }
    return csv;
}

} // namespace ad::imaging::blind
