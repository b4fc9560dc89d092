#include "server/picoperations.h"

#include "imaging/encoder.h"
#include "imaging/executor.h"
#include "imaging/info.h"
#include "imaging/jpegquality.h"
#include "server/cierror.h"
#include "style/cloudcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <vips/vips8>

namespace ad::server
{

CiRefusal::CiRefusal(int status, QString code, QString message, int errNo)
    : m_status(status), m_code(std::move(code)), m_message(std::move(message)), m_errNo(errNo),
      m_what((m_code + QStringLiteral(": ") + m_message).toUtf8())
{
}

HttpResponse CiRefusal::response(const HttpRequest &request) const
{
    return errorResponse(m_status, m_code, m_message, request, m_errNo);
}

namespace
{

[[noreturn]] void malformed(const QString &why)
{
    throw CiRefusal(400, QStringLiteral("InvalidPicOperations"),
                    QStringLiteral("Pic-Operations: %1").arg(why));
}

[[noreturn]] void badRule(int index, const QString &why)
{
    throw ProcessingError(ErrorCode::InvalidArgument,
                          QStringLiteral("Pic-Operations rule %1: %2").arg(index + 1).arg(why));
}

bool isPicInfoValue(const QJsonValue &v, bool *on)
{
    if (v.isUndefined() || v.isNull()) return true;
    const QString text = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
    if (text != QLatin1String("0") && text != QLatin1String("1")) return false;
    *on = text == QLatin1String("1");
    return true;
}

QJsonObject runJson(const imaging::ImageSource &source, const QString &processing)
{
    return QJsonDocument::fromJson(imaging::process(source, processing).data).object();
}

// 100 for anything but a JPEG, as D12 counts sources without a quality.
int jpegQuality(const QByteArray &bytes)
{
    return imaging::estimateJpegQuality(bytes).value_or(100);
}

// The quality a result was encoded with: measured from a JPEG (size-limit may have lowered it);
// for WebP, AVIF and HEIF what the encoder took (the last quality setting applied to the
// source's, D12); 100 for formats without one.
int qualityOf(const imaging::ProcessResult &result, const style::Pipeline &pipeline,
              const QByteArray &source)
{
    if (result.format == style::ImageFormat::Jpeg) return jpegQuality(result.data);
    if (!imaging::qualityApplies(result.format)) return 100;
    imaging::EncodeSettings settings;
    for (const style::Stage &stage : pipeline.stages) {
        if (const auto *mogr = std::get_if<style::MogrStage>(&stage.op))
            for (const style::MogrStep &step : mogr->steps)
                settings.collect(step.op);
        if (const auto *view = std::get_if<style::ImageView2>(&stage.op))
            for (const auto &q : {view->quality, view->rquality, view->lquality})
                if (q) settings.quality = q;
    }
    return imaging::effectiveQuality(settings.quality, jpegQuality(source));
}

QString locationOf(const QString &host, const QString &key)
{
    return host + QLatin1Char('/') + key;
}

} // namespace

QString resolveFileId(const QString &sourceKey, const QString &fileId)
{
    if (fileId.isEmpty() || fileId.endsWith(QLatin1Char('/')))
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QStringLiteral("fileid '%1' names no file").arg(fileId.left(200)));
    QString key;
    if (fileId.startsWith(QLatin1Char('/'))) {
        key = fileId.mid(1);
    } else {
        const int slash = sourceKey.lastIndexOf(QLatin1Char('/'));
        key = sourceKey.left(slash + 1) + fileId;
    }
    checkKey(key);
    return key;
}

PicOperations parsePicOperations(const QByteArray &header, const QString &sourceKey,
                                 const style::StyleLookup &styles)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(header, &error);
    if (error.error != QJsonParseError::NoError)
        malformed(QStringLiteral("not JSON (%1 at %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject()) malformed(QStringLiteral("not a JSON object"));
    const QJsonObject top = doc.object();
    PicOperations operations;
    if (!isPicInfoValue(top.value(QLatin1String("is_pic_info")), &operations.picInfo))
        malformed(QStringLiteral("is_pic_info must be 0 or 1"));
    const QJsonValue rules = top.value(QLatin1String("rules"));
    if (rules.isUndefined() || rules.isNull()) return operations;
    if (!rules.isArray()) malformed(QStringLiteral("rules must be an array"));
    const QJsonArray list = rules.toArray();
    if (list.size() > style::kCloudMaxRules)
        throw CiRefusal(400, QStringLiteral("InvalidArgument"),
                        QStringLiteral("Pic-Operations has %1 rules; at most %2 are allowed")
                            .arg(list.size())
                            .arg(style::kCloudMaxRules),
                        -60997);
    for (int i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) malformed(QStringLiteral("rule %1 is not an object").arg(i + 1));
        const QJsonObject r = list[i].toObject();
        for (const char *name : {"fileid", "rule", "bucket"}) {
            const QJsonValue v = r.value(QLatin1String(name));
            if (!v.isUndefined() && !v.isString())
                malformed(QStringLiteral("rule %1: %2 must be a string").arg(i + 1).arg(name));
        }
        const QString fileId = r.value(QLatin1String("fileid")).toString();
        const QString processing = r.value(QLatin1String("rule")).toString();
        if (fileId.isEmpty()) badRule(i, QStringLiteral("fileid is missing"));
        if (processing.trimmed().isEmpty()) badRule(i, QStringLiteral("rule is missing"));
        PicRule rule;
        rule.key = resolveFileId(sourceKey, fileId);
        rule.pipeline = style::expandStyles(style::parse(processing), styles);
        for (const style::Stage &stage : rule.pipeline.stages)
            if (std::holds_alternative<style::InfoQuery>(stage.op))
                badRule(i, QStringLiteral("imageInfo, exif and imageAve give no picture to "
                                          "store"));
        operations.rules << std::move(rule);
    }
    return operations;
}

PicImageInfo describePicture(const QByteArray &bytes)
{
    const imaging::ImageSource source{QString(), bytes};
    const QJsonObject info = runJson(source, QStringLiteral("imageInfo"));
    PicImageInfo p;
    p.format = info.value(QLatin1String("format")).toString().toUpper();
    p.size = QSize(info.value(QLatin1String("width")).toString().toInt(),
                   info.value(QLatin1String("height")).toString().toInt());
    p.frames = qMax(1, info.value(QLatin1String("frame_count")).toString().toInt());
    p.ave = runJson(source, QStringLiteral("imageAve")).value(QLatin1String("RGB")).toString();
    p.quality =
        p.format == QLatin1String("JPEG") ? imaging::estimateJpegQuality(bytes).value_or(100) : 100;
    try { // the header only: libvips decodes lazily
        const vips::VImage header =
            vips::VImage::new_from_buffer(bytes.constData(), size_t(bytes.size()), "");
        if (header.get_typeof("orientation") == G_TYPE_INT)
            p.orientation = header.get_int("orientation");
    } catch (const vips::VError &) {
        // imageInfo read it: a header without orientation means upright
    }
    return p;
}

void checkSourceSize(qint64 bytes)
{
    if (bytes > style::kCloudMaxSourceBytes)
        throw CiRefusal(413, QStringLiteral("FileTooLarge"),
                        QStringLiteral("the source is %1 bytes; persistent processing takes at "
                                       "most 32 MB")
                            .arg(bytes),
                        -60996);
}

QList<PicResult> runRules(const ProcessingContext &context, const PicOperations &operations,
                          const QByteArray &source)
{
    checkSourceSize(source.size());
    QList<PicResult> results;
    for (const PicRule &rule : operations.rules) {
        style::Pipeline pipeline = rule.pipeline;
        resolveMarks(context, pipeline);
        const imaging::ProcessResult r = withRenderSlot(context.renders, [&] {
            return imaging::process(imaging::ImageSource{QString(), source}, pipeline);
        });
        PicResult out;
        out.key = rule.key;
        if (r.isJson) { // watermark/4: the recovered mark is the result, when there is one
            const QJsonObject json = QJsonDocument::fromJson(r.data).object();
            if (json.contains(QLatin1String("WatermarkStatus")))
                out.watermarkStatus = json.value(QLatin1String("WatermarkStatus")).toInt();
            if (json.contains(QLatin1String("Text")))
                out.text = json.value(QLatin1String("Text")).toString();
            if (!r.extractedMark.isEmpty()) {
                out.data = r.extractedMark;
                out.format = imaging::infoFormatName(style::ImageFormat::Png);
                const QJsonObject info =
                    runJson(imaging::ImageSource{QString(), out.data}, QStringLiteral("imageInfo"));
                out.size = QSize(info.value(QLatin1String("width")).toString().toInt(),
                                 info.value(QLatin1String("height")).toString().toInt());
            }
        } else {
            out.data = r.data;
            out.format = imaging::infoFormatName(r.format);
            out.size = r.size;
            out.quality = qualityOf(r, pipeline, source);
        }
        results << std::move(out);
    }
    return results;
}

void writeResults(const ObjectBacking &backing, QList<PicResult> &results)
{
    for (PicResult &r : results)
        if (!r.data.isEmpty()) r.etag = backing.write(r.key, r.data).etag;
}

void writeOriginalInfo(QXmlStreamWriter &xml, const QString &host, const QString &key,
                       const QByteArray &etag, const std::optional<PicImageInfo> &info)
{
    xml.writeStartElement(QStringLiteral("OriginalInfo"));
    xml.writeTextElement(QStringLiteral("Key"), key);
    xml.writeTextElement(QStringLiteral("Location"), locationOf(host, key));
    if (info) {
        xml.writeStartElement(QStringLiteral("ImageInfo"));
        xml.writeTextElement(QStringLiteral("Format"), info->format);
        xml.writeTextElement(QStringLiteral("Width"), QString::number(info->size.width()));
        xml.writeTextElement(QStringLiteral("Height"), QString::number(info->size.height()));
        xml.writeTextElement(QStringLiteral("Quality"), QString::number(info->quality));
        xml.writeTextElement(QStringLiteral("Ave"), info->ave);
        xml.writeTextElement(QStringLiteral("Orientation"), QString::number(info->orientation));
        xml.writeTextElement(QStringLiteral("FrameCount"), QString::number(info->frames));
        xml.writeEndElement();
    }
    xml.writeTextElement(QStringLiteral("ETag"), QString::fromLatin1(etag));
    xml.writeEndElement();
}

void writeProcessResults(QXmlStreamWriter &xml, const QString &host,
                         const QList<PicResult> &results)
{
    xml.writeStartElement(QStringLiteral("ProcessResults"));
    for (const PicResult &r : results) {
        xml.writeStartElement(QStringLiteral("Object"));
        xml.writeTextElement(QStringLiteral("Key"), r.key);
        if (!r.data.isEmpty()) {
            xml.writeTextElement(QStringLiteral("Location"), locationOf(host, r.key));
            xml.writeTextElement(QStringLiteral("Format"), r.format);
            xml.writeTextElement(QStringLiteral("Width"), QString::number(r.size.width()));
            xml.writeTextElement(QStringLiteral("Height"), QString::number(r.size.height()));
            xml.writeTextElement(QStringLiteral("Size"), QString::number(r.data.size()));
            xml.writeTextElement(QStringLiteral("Quality"), QString::number(r.quality));
            xml.writeTextElement(QStringLiteral("ETag"), QString::fromLatin1(r.etag));
        }
        if (r.watermarkStatus)
            xml.writeTextElement(QStringLiteral("WatermarkStatus"),
                                 QString::number(*r.watermarkStatus));
        if (r.text) xml.writeTextElement(QStringLiteral("Text"), *r.text);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace ad::server
