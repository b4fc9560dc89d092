#include "media/ciprocess.h"

#include "common/error.h"
#include "imaging/executor.h"
#include "style/values.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMutex>
#include <QUrlQuery>
#include <cmath>

namespace ad::media
{

namespace
{

[[noreturn]] void badParameter(const QString &message)
{
    throw ProcessingError(ErrorCode::InvalidArgument, message);
}

// A whole number; absent: `fallback`. Anything else (huge numbers too) is refused instead of
// being read as 0.
int intParameter(const ParameterLookup &parameter, const QString &name, int fallback)
{
    const std::optional<QString> text = parameter(name);
    if (!text) return fallback;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok)
        badParameter(QCoreApplication::translate("ad::Error", "%1 must be a whole number, got '%2'")
                         .arg(name, text->left(40)));
    return value;
}

QString choice(const ParameterLookup &parameter, const QString &name, const QStringList &allowed)
{
    const std::optional<QString> value = parameter(name);
    if (!value) return allowed.first();
    if (!allowed.contains(*value))
        badParameter(QCoreApplication::translate("ad::Error", "%1 must be %2, got '%3'")
                         .arg(name, allowed.join(QLatin1String(" or ")), value->left(40)));
    return *value;
}

const QStringList &knownParameters(CiProcess::Kind kind)
{
    static const QStringList snapshot{"ci-process", "time", "width", "height",
                                      "format",     "mode", "rotate"};
    static const QStringList videoInfo{"ci-process"};
    static const QStringList doc{"ci-process", "page",  "dstType",  "scale",   "imageDpi",
                                 "quality",    "sheet", "password", "srcType", "ImageParams"};
    return kind == CiProcess::Kind::Snapshot    ? snapshot
           : kind == CiProcess::Kind::VideoInfo ? videoInfo
                                                : doc;
}

} // namespace

CiProcess ciProcessFrom(const ParameterLookup &parameter)
{
    CiProcess p;
    const QString process = parameter(QStringLiteral("ci-process")).value_or(QString());
    if (process == QLatin1String("snapshot")) {
        p.kind = CiProcess::Kind::Snapshot;
        SnapshotRequest &r = p.snapshot;
        const QString time = parameter(QStringLiteral("time")).value_or(QString());
        bool timeOk = false;
        r.time = time.toDouble(&timeOk);
        if (!timeOk || !std::isfinite(r.time))
            badParameter(
                QCoreApplication::translate("ad::Error", "time (seconds) is required, got '%1'")
                    .arg(time.left(40)));
        r.width = intParameter(parameter, QStringLiteral("width"), 0);
        r.height = intParameter(parameter, QStringLiteral("height"), 0);
        r.format = choice(parameter, QStringLiteral("format"),
                          {QStringLiteral("jpg"), QStringLiteral("png")});
        r.keyFrame = choice(parameter, QStringLiteral("mode"),
                            {QStringLiteral("exactframe"), QStringLiteral("keyframe")}) ==
                     QLatin1String("keyframe");
        r.autoRotate =
            choice(parameter, QStringLiteral("rotate"),
                   {QStringLiteral("auto"), QStringLiteral("off")}) == QLatin1String("auto");
        return p;
    }
    if (process == QLatin1String("videoinfo")) {
        p.kind = CiProcess::Kind::VideoInfo;
        return p;
    }
    if (process != QLatin1String("doc-preview"))
        badParameter(
            QCoreApplication::translate(
                "ad::Error", "ci-process must be snapshot, videoinfo or doc-preview, got '%1'")
                .arg(process.left(40)));
    p.kind = CiProcess::Kind::DocPreview;
    document::DocRequest &r = p.doc;
    r.page = intParameter(parameter, QStringLiteral("page"), 1);
    if (r.page < 1)
        badParameter(
            QCoreApplication::translate("ad::Error", "page counts from 1, got %1").arg(r.page));
    // Unknown types fall back to jpg, as in the cloud.
    r.dstType = parameter(QStringLiteral("dstType")).value_or(QString()).toLower();
    if (r.dstType != QLatin1String("png") && r.dstType != QLatin1String("pdf"))
        r.dstType = QStringLiteral("jpg");
    r.scale = intParameter(parameter, QStringLiteral("scale"), 100);
    r.imageDpi = intParameter(parameter, QStringLiteral("imageDpi"), 96);
    r.quality = intParameter(parameter, QStringLiteral("quality"), 100);
    r.sheet = intParameter(parameter, QStringLiteral("sheet"), 1);
    if (r.sheet < 1)
        badParameter(
            QCoreApplication::translate("ad::Error", "sheet counts from 1, got %1").arg(r.sheet));
    r.password = parameter(QStringLiteral("password")).value_or(QString());
    r.srcType = parameter(QStringLiteral("srcType")).value_or(QString());
    p.imageParams = parameter(QStringLiteral("ImageParams")).value_or(QString());
    return p;
}

std::optional<CiProcess> parseCiProcess(const QString &text)
{
    if (!text.startsWith(QLatin1String("ci-process="))) return std::nullopt;
    const QUrlQuery query(text);
    QMap<QString, QString> values;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (values.contains(name))
            badParameter(QCoreApplication::translate("ad::Error", "%1 is given twice").arg(name));
        values.insert(name, value);
    }
    CiProcess p = ciProcessFrom([&values](const QString &name) -> std::optional<QString> {
        const auto it = values.constFind(name);
        return it == values.constEnd() ? std::nullopt : std::optional<QString>(*it);
    });
    const QStringList &known = knownParameters(p.kind);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!known.contains(it.key()))
            badParameter(
                QCoreApplication::translate("ad::Error", "unknown parameter '%1'; %2 takes %3")
                    .arg(it.key().left(40), values.value(QStringLiteral("ci-process")),
                         known.mid(1).join(QLatin1String(", "))));
    return p;
}

bool appliesToVideo(const CiProcess &process)
{
    return process.kind != CiProcess::Kind::DocPreview;
}

CiOutput runCiProcess(const QString &path, const CiProcess &process,
                      const style::StyleLookup &styles)
{
    CiOutput out;
    switch (process.kind) {
    case CiProcess::Kind::Snapshot: {
        const Still still = snapshot(path, process.snapshot);
        out.bytes = still.bytes;
        out.format = still.format;
        return out;
    }
    case CiProcess::Kind::VideoInfo:
        out.bytes = QJsonDocument(videoInfo(path)).toJson(QJsonDocument::Compact);
        out.format = QStringLiteral("json");
        return out;
    case CiProcess::Kind::DocPreview:
        break;
    }
    // The first output page: one request gives one picture, as the cloud's GET does.
    QMutex mutex;
    std::optional<document::DocPage> first;
    const document::DocSummary summary =
        document::convertDocument(path, process.doc, [&](const document::DocPage &page) {
            const QMutexLocker lock(&mutex);
            if (!first || page.number < first->number) first = page;
        });
    if (!first)
        throw ProcessingError(
            ErrorCode::DocConversionFailed,
            QCoreApplication::translate("ad::Error", "the document gave no output"));
    out.bytes = first->bytes;
    out.format = first->format;
    out.totalPages = summary.totalPages;
    if (!process.imageParams.isEmpty() && out.format != QLatin1String("pdf")) {
        imaging::ProcessOptions options;
        options.styles = styles;
        const imaging::ProcessResult r =
            imaging::process({QString(), out.bytes}, process.imageParams, options);
        out.bytes = r.data;
        out.format = r.isJson ? QStringLiteral("json") : style::formatName(r.format);
    }
    return out;
}

} // namespace ad::media
