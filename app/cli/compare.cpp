// assetdesk-cli compare and fidelity: a style's local result against the cloud's answer to
// GET <key>?<processing> (storage/cloudcompare), for one object or styles × pictures.

#include "cli/commands.h"
#include "cli/output.h"
#include "cli/stylelibrary.h"
#include "storage/fidelitychart.h"
#include "storage/fidelityreport.h"
#include "storage/objecturl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace ad::cli
{

using namespace storage;

namespace
{

const char *kCompareUsage =
    "assetdesk-cli compare cos://BUCKET/KEY 'PROCESSING' [--local FILE] [--scratch PREFIX]\n"
    "        [--max-delta-db N] [--styles FILE] [--diff OUT.png]\n"
    "  passes when PSNR is at least N dB (default 40); with --local FILE the URL names the\n"
    "  bucket only (cos://BUCKET/) and FILE is uploaded below PREFIX (default assetdesk-compare/)\n"
    "  for the comparison, then removed";
const char *kFidelityUsage =
    "assetdesk-cli fidelity cos://BUCKET/PREFIX/ --style 'PROCESSING' [--style ...]\n"
    "        [--csv OUT.csv] [--chart OUT.svg|OUT.png] [--max-delta-db N] [--styles FILE]\n"
    "        [--recursive]\n"
    "  compares the pictures directly under PREFIX, as ls lists them; --recursive takes those\n"
    "  in sub-prefixes too";

struct Args {
    QStringList positional;
    QStringList styles; // fidelity's --style
    QString local, scratch = kDefaultScratchPrefix, stylesFile, diff, csv, chart;
    QString minPsnr;
    bool recursive = false; // fidelity's
    QString unknown;        // the first option neither command takes
};

Args parseArgs(const QStringList &args)
{
    Args a;
    const QList<QPair<const char *, QString *>> valued{
        {"--local", &a.local},         {"--scratch", &a.scratch}, {"--styles", &a.stylesFile},
        {"--diff", &a.diff},           {"--csv", &a.csv},         {"--chart", &a.chart},
        {"--max-delta-db", &a.minPsnr}};
    for (int i = 0; i < args.size(); ++i) {
        const auto it = std::find_if(valued.begin(), valued.end(), [&](const auto &v) {
            return args[i] == QLatin1String(v.first);
        });
        if (it != valued.end() && i + 1 < args.size())
            *it->second = args[++i];
        else if (args[i] == QLatin1String("--style") && i + 1 < args.size())
            a.styles << args[++i];
        else if (args[i] == QLatin1String("--recursive"))
            a.recursive = true;
        else if (args[i].startsWith(QLatin1String("--")) && a.unknown.isEmpty())
            a.unknown = args[i];
        else
            a.positional << args[i];
    }
    return a;
}

// "PSNR at least N dB"; N from 0 to the identical cap.
std::optional<double> threshold(const QString &text)
{
    if (text.isEmpty()) return kDefaultMinPsnr;
    bool ok = false;
    const double n = text.toDouble(&ok);
    if (!ok || n < 0 || n > imaging::kIdenticalPsnr) return std::nullopt;
    return n;
}

ObjectUrl cosUrl(const QString &text)
{
    const ObjectUrl url = parseObjectUrl(text);
    if (!url.remote || url.flavor != Endpoint::Flavor::Cos)
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QStringLiteral("%1: a cos:// address is needed; only Cloud Infinite "
                                             "processes pictures on download")
                                  .arg(text));
    return url;
}

QJsonValue optionalNumber(const std::optional<double> &v, int decimals)
{
    return v ? QJsonValue(QString::number(*v, 'f', decimals).toDouble()) : QJsonValue();
}

QJsonObject factsJson(const imaging::PictureFacts &f)
{
    return {{QStringLiteral("width"), f.width},
            {QStringLiteral("height"), f.height},
            {QStringLiteral("format"), f.format},
            {QStringLiteral("bytes"), f.bytes}};
}

} // namespace

int compareCommand(const QStringList &args)
{
    const Args a = parseArgs(args);
    if (a.positional.size() != 2 || !a.unknown.isEmpty() || !a.styles.isEmpty() || a.recursive ||
        !a.csv.isEmpty() || !a.chart.isEmpty())
        return usageError(QString::fromLatin1(kCompareUsage));
    const std::optional<double> minPsnr = threshold(a.minPsnr);
    if (!minPsnr) return usageError(QStringLiteral("--max-delta-db: a PSNR in dB from 0 to 99"));
    try {
        const ObjectUrl url = cosUrl(a.positional[0]);
        CloudCompareRequest request;
        request.bucket = url.bucket;
        request.key = url.key;
        request.processing = a.positional[1];
        request.localFile = a.local;
        request.scratchPrefix = a.scratch;
        request.styles = styleLibrary(a.stylesFile);
        if (!a.local.isEmpty() && !url.key.isEmpty())
            return usageError(QStringLiteral("with --local the address names the bucket only "
                                             "(cos://BUCKET/); the picture goes below --scratch"));
        if (a.local.isEmpty() && (url.key.isEmpty() || url.key.endsWith(QLatin1Char('/'))))
            return usageError(QStringLiteral("compare needs an object (cos://BUCKET/KEY) or "
                                             "--local FILE"));
        const CloudComparison c = compareWithCloud(endpointFor(url), request);
        for (const QString &w : c.warnings)
            std::fprintf(stderr, "warning: %s\n", shown(w).constData());
        const imaging::Fidelity &f = c.fidelity;
        const bool pass = passes(f, *minPsnr);
        // The key the cloud processed (the scratch key for --local, since removed).
        QJsonObject answer{{QStringLiteral("key"), c.key},
                           {QStringLiteral("processing"), request.processing},
                           {QStringLiteral("local"), factsJson(f.local)},
                           {QStringLiteral("cloud"), factsJson(f.cloud)},
                           {QStringLiteral("same_size"), f.sameSize()},
                           {QStringLiteral("psnr"), optionalNumber(f.psnr, 2)},
                           {QStringLiteral("ssim"), optionalNumber(f.ssim, 5)},
                           {QStringLiteral("min_psnr"), *minPsnr},
                           {QStringLiteral("pass"), pass}};
        if (!a.local.isEmpty()) answer[QStringLiteral("local_file")] = a.local;
        if (!f.sameSize())
            std::fprintf(stderr, "the local result is %dx%d, the cloud's %dx%d: not compared\n",
                         f.local.width, f.local.height, f.cloud.width, f.cloud.height);
        if (!a.diff.isEmpty() && f.sameSize()) {
            writeAtomically(a.diff, imaging::differencePng(c.localResult, c.cloudResult));
            answer[QStringLiteral("diff")] = a.diff;
        }
        writeStdout(QJsonDocument(answer).toJson(QJsonDocument::Indented));
        return pass ? 0 : 1;
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
}

int fidelityCommand(const QStringList &args)
{
    const Args a = parseArgs(args);
    if (a.positional.size() != 1 || a.styles.isEmpty() || !a.unknown.isEmpty() ||
        !a.local.isEmpty() || !a.diff.isEmpty())
        return usageError(QString::fromLatin1(kFidelityUsage));
    const std::optional<double> minPsnr = threshold(a.minPsnr);
    if (!minPsnr) return usageError(QStringLiteral("--max-delta-db: a PSNR in dB from 0 to 99"));
    const bool png = a.chart.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    if (!a.chart.isEmpty() && !png && !a.chart.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return usageError(QStringLiteral("--chart: a file name ending in .svg or .png"));
    try {
        const ObjectUrl url = cosUrl(a.positional[0]);
        const FidelityReport report = runFidelityReport(
            endpointFor(url), url.bucket, url.key, a.styles, styleLibrary(a.stylesFile), *minPsnr,
            a.recursive, [](int done, int total, const QString &key) {
                std::fprintf(stderr, "[%d/%d] %s\n", done + 1, total, shown(key).constData());
            });
        if (report.rows.isEmpty())
            throw ProcessingError(ErrorCode::NotFound,
                                  QStringLiteral("no pictures below %1").arg(a.positional[0]));
        if (!a.csv.isEmpty()) writeAtomically(a.csv, fidelityCsv(report));
        if (!a.chart.isEmpty())
            writeAtomically(a.chart, png ? fidelityChartPng(report) : fidelityChartSvg(report));
        writeStdout("style\tpairs\tpassed\terrors\tmean_psnr\tmin_psnr\tmean_ssim\n");
        bool allPass = true;
        for (const StyleSummary &s : summarise(report)) {
            allPass = allPass && s.passed == s.pairs;
            const auto db = [](const std::optional<double> &v) {
                return v ? QString::number(*v, 'f', 2) : QStringLiteral("-");
            };
            QList<QByteArray> fields;
            for (const QString &f :
                 {s.style, QString::number(s.pairs), QString::number(s.passed),
                  QString::number(s.failed), db(s.meanPsnr), db(s.minPsnr),
                  s.meanSsim ? QString::number(*s.meanSsim, 'f', 4) : QStringLiteral("-")})
                fields << shown(f);
            writeStdout(fields.join('\t') + '\n');
        }
        for (const FidelityRow &row : report.rows)
            if (!row.error.isEmpty())
                std::fprintf(stderr, "%s %s: %s\n", shown(row.key).constData(),
                             shown(row.style).constData(), shown(row.error).constData());
        return allPass ? 0 : 1;
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
}

} // namespace ad::cli
