#include "storage/fidelityreport.h"

#include "common/error.h"
#include "imaging/outputname.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace ad::storage
{

namespace
{

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
QByteArray csvField(const QString &text)
{
    QByteArray f = text.toUtf8();
    if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r'))
        f = '"' + f.replace("\"", "\"\"") + '"';
    return f;
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

} // namespace

QStringList picturesUnder(ObjectClient &client, const QString &bucket, const QString &prefix,
                          bool recursive)
{
    // The delimiter folds deeper keys into common prefixes, which are not compared.
    const QString delimiter = recursive ? QString() : QStringLiteral("/");
    QStringList keys;
    QString marker;
    for (;;) {
        const ListObjectsPage page = client.listObjects(bucket, prefix, delimiter, marker);
        for (const ObjectEntry &o : page.objects)
            if (!o.key.endsWith(QLatin1Char('/')) && imaging::formatOfName(o.key)) keys << o.key;
        if (!page.truncated || page.nextMarker <= marker) break;
        marker = page.nextMarker;
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

FidelityReport runFidelityReport(const Endpoint &endpoint, const QString &bucket,
                                 const QString &prefix, const QStringList &styles,
                                 const style::StyleLookup &lookup, double minPsnr, bool recursive,
                                 const FidelityProgress &progress, CompareCancel *cancel)
{
    ObjectClient client(endpoint);
    if (cancel) client.setCancelFlag(&cancel->requested);
    FidelityReport report;
    report.minPsnr = minPsnr;
    const QStringList keys = picturesUnder(client, bucket, prefix, recursive);
    const int total = int(keys.size() * styles.size());
    for (const QString &key : keys) {
        QByteArray original;
        QString readError;
        try {
            original = client.get(bucket, key);
        } catch (const ProcessingError &e) {
            if (cancel && cancel->requested) throw;
            readError = e.error().message;
        }
        for (const QString &style : styles) {
            if (progress) progress(int(report.rows.size()), total, key);
            FidelityRow row{key, style, {}, readError, false};
            if (readError.isEmpty()) {
                try {
                    row.fidelity =
                        compareOriginal(client, bucket, key, original, style, lookup, cancel)
                            .fidelity;
                    row.pass = passes(*row.fidelity, minPsnr);
                    if (!row.fidelity->sameSize())
                        row.error = QCoreApplication::translate(
                            "ad::Error", "the local and cloud results differ in size");
                } catch (const ProcessingError &e) {
                    if (cancel && cancel->requested) throw;
                    row.error = e.error().message;
                }
            }
            report.rows << row;
        }
    }
    return report;
}

QByteArray fidelityCsv(const FidelityReport &report)
{
    QByteArray csv = "key,style,local_width,local_height,local_format,local_bytes,cloud_width,"
                     "cloud_height,cloud_format,cloud_bytes,psnr_db,ssim,pass,error\r\n";
    for (const FidelityRow &row : report.rows) {
        QStringList fields{row.key, row.style};
        for (const imaging::PictureFacts *side : {row.fidelity ? &row.fidelity->local : nullptr,
                                                  row.fidelity ? &row.fidelity->cloud : nullptr}) {
            if (side)
                fields << QString::number(side->width) << QString::number(side->height)
                       << side->format << QString::number(side->bytes);
            else
                fields << QString() << QString() << QString() << QString();
        }
        fields << (row.fidelity ? number(row.fidelity->psnr, 2) : QString())
               << (row.fidelity ? number(row.fidelity->ssim, 5) : QString())
               << (row.pass ? QStringLiteral("1") : QStringLiteral("0")) << row.error;
        QList<QByteArray> encoded;
        for (const QString &f : fields)
            encoded << csvField(f);
        csv += encoded.join(',') + "\r\n";
    }
    return csv;
}

QList<StyleSummary> summarise(const FidelityReport &report)
{
    QList<StyleSummary> out;
    for (const FidelityRow &row : report.rows) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const StyleSummary &s) { return s.style == row.style; });
        if (it == out.end()) {
            StyleSummary s;
            s.style = row.style;
            it = out.insert(out.end(), s);
        }
        ++it->pairs;
        if (row.pass) ++it->passed;
        if (!row.fidelity) ++it->failed;
    }
    for (StyleSummary &s : out) {
        QList<double> psnr, ssim;
        for (const FidelityRow &row : report.rows)
            if (row.style == s.style && row.fidelity && row.fidelity->psnr) {
                psnr << *row.fidelity->psnr;
                ssim << *row.fidelity->ssim;
            }
        if (psnr.isEmpty()) continue;
        s.minPsnr = *std::min_element(psnr.begin(), psnr.end());
        s.maxPsnr = *std::max_element(psnr.begin(), psnr.end());
        s.meanPsnr = std::accumulate(psnr.begin(), psnr.end(), 0.0) / double(psnr.size());
        s.meanSsim = std::accumulate(ssim.begin(), ssim.end(), 0.0) / double(ssim.size());
    }
    return out;
}

} // namespace ad::storage
