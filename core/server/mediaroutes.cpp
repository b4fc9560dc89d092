#include "server/mediaroutes.h"

#include "document/docpreview.h"
#include "imaging/encoder.h"
#include "imaging/executor.h"
#include "media/ciprocess.h"
#include "media/snapshot.h"
#include "server/cierror.h"
#include "style/printer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QXmlStreamWriter>
#include <cmath>

namespace ad::server
{

namespace
{

[[noreturn]] void badParameter(const QString &message)
{
    throw ProcessingError(ErrorCode::InvalidArgument, message);
}

QByteArray imageContentType(const QString &format)
{
    if (format == QLatin1String("png")) return "image/png";
    if (format == QLatin1String("pdf")) return "application/pdf";
    return "image/jpeg";
}

// videoinfo's JSON (objects; several streams of a kind as an array) as CI's XML: one element
// per key, in the alphabetical order the cloud's example shows and QJsonObject keeps.
void writeXml(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            writeXml(xml, name, item);
        return;
    }
    xml.writeStartElement(name);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeXml(xml, it.key(), it.value());
    } else {
        xml.writeCharacters(value.toVariant().toString());
    }
    xml.writeEndElement();
}

CachedResult snapshotResult(const QString &path, const media::SnapshotRequest &request)
{
    const media::Still still = media::snapshot(path, request);
    CachedResult result;
    result.body = still.bytes;
    result.headers.append({"Content-Type", imageContentType(still.format)});
    return result;
}

CachedResult videoInfoResult(const QString &path)
{
    CachedResult result;
    QXmlStreamWriter xml(&result.body);
    xml.writeStartDocument();
    writeXml(xml, QStringLiteral("Response"), media::videoInfo(path));
    xml.writeEndDocument();
    result.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")});
    return result;
}

CachedResult docPreviewResult(const QString &path, const document::DocRequest &request,
                              const std::optional<style::Pipeline> &imageParams)
{
    QMutex mutex;
    QList<document::DocPage> pages;
    const document::DocSummary summary =
        document::convertDocument(path, request, [&](const document::DocPage &page) {
            const QMutexLocker lock(&mutex);
            pages.append(page);
        });
    if (pages.isEmpty())
        throw ProcessingError(ErrorCode::DocConversionFailed,
                              QStringLiteral("the document gave no output"));
    CachedResult result;
    result.body = pages.first().bytes;
    QByteArray contentType = imageContentType(pages.first().format);
    if (imageParams && pages.first().format != QLatin1String("pdf")) {
        imaging::ImageSource page;
        page.bytes = result.body;
        const imaging::ProcessResult processed = imaging::process(page, *imageParams, {});
        result.body = processed.data;
        contentType = processed.isJson ? QByteArrayLiteral("application/json")
                                       : imaging::mimeFor(processed.format).toLatin1();
    }
    result.headers.append({"Content-Type", contentType});
    result.headers.append({"X-Total-Page", QByteArray::number(summary.totalPages)});
    if (summary.totalSheets > 0) {
        result.headers.append({"X-Total-Sheet", QByteArray::number(summary.totalSheets)});
        if (!summary.sheetName.isEmpty())
            result.headers.append({"X-Sheet-Name", summary.sheetName.toUtf8().toPercentEncoding()});
    }
    return result;
}

} // namespace

HttpResponse ciProcess(const ProcessingContext &context, const HttpRequest &request)
{
    const QString process = request.queryValue(QStringLiteral("ci-process"));
    const bool isDoc = process == QLatin1String("doc-preview");
    if (!isDoc && process != QLatin1String("snapshot") && process != QLatin1String("videoinfo"))
        badParameter(QStringLiteral("ci-process must be snapshot, videoinfo or doc-preview, got "
                                    "'%1'")
                         .arg(process.left(40)));
    const std::optional<ObjectStat> stat = context.backing.stat(request.key);
    if (!stat) {
        if (isDoc)
            throw ProcessingError(ErrorCode::DocNotFound,
                                  QStringLiteral("no such document '%1'").arg(request.key));
        return noSuchKey(request, MissingKey::Processing);
    }
    const auto localPath = [&] { return context.backing.localPath(request.key, *stat); };
    const QByteArray version = stat->etag + '\n';

    const media::CiProcess parsed =
        media::ciProcessFrom([&request](const QString &name) -> std::optional<QString> {
            if (!request.hasQuery(name)) return std::nullopt;
            return request.queryValue(name);
        });
    if (parsed.kind == media::CiProcess::Kind::Snapshot) {
        const media::SnapshotRequest &r = parsed.snapshot;
        const QByteArray key = "snapshot " + version + QByteArray::number(r.time, 'g', 17) + ' ' +
                               QByteArray::number(r.width) + 'x' + QByteArray::number(r.height) +
                               ' ' + r.format.toLatin1() + ' ' + char('0' + r.keyFrame) +
                               char('0' + r.autoRotate);
        return cachedAnswer(context, request, key, [&] {
            return withRenderSlot(context.renders, [&] { return snapshotResult(localPath(), r); });
        });
    }
    if (parsed.kind == media::CiProcess::Kind::VideoInfo) {
        return cachedAnswer(context, request, "videoinfo " + version, [&] {
            return withRenderSlot(context.renders, [&] { return videoInfoResult(localPath()); });
        });
    }

    const document::DocRequest &r = parsed.doc;
    std::optional<style::Pipeline> imageParams;
    QByteArray key = "doc-preview " + version + QJsonDocument(r.toJson()).toJson();
    if (!parsed.imageParams.isEmpty()) {
        imageParams =
            style::expandStyles(style::parse(parsed.imageParams), context.styles.lookup());
        refuseExtraction(*imageParams);
        key += style::print(*imageParams).toUtf8();
        key += resolveMarks(context, *imageParams);
    }
    return cachedAnswer(context, request, key, [&] {
        return withRenderSlot(context.renders,
                              [&] { return docPreviewResult(localPath(), r, imageParams); });
    });
}

} // namespace ad::server
