#include "style/cloudcheck.h"

#include "common/error.h"
#include "style/values.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ad::style
{

namespace
{

QString say(const char *text)
{
    return QCoreApplication::translate("CloudCheck", text);
}

bool isCloudAddress(const QString &image)
{
    return image.startsWith(QLatin1String("http://")) ||
           image.startsWith(QLatin1String("https://")) || image.startsWith(QLatin1String("cos://"));
}

void checkFormat(QStringList &out, ImageFormat f)
{
    if (isCloudOnly(f))
        out << say(QT_TRANSLATE_NOOP(
                       "CloudCheck",
                       "%1 is produced only by the cloud: the preview here cannot show it."))
                   .arg(formatName(f));
}

void checkImage(QStringList &out, const QString &image)
{
    if (!image.isEmpty() && !isCloudAddress(image))
        out << say(QT_TRANSLATE_NOOP(
                       "CloudCheck",
                       "The cloud fetches watermark images from an object URL of the same bucket; "
                       "'%1' is a local file."))
                   .arg(image);
}

} // namespace

QStringList cloudWarnings(const Pipeline &pipeline, const SourceFacts &source, const QSize &output)
{
    QStringList out;
    if (source.bytes > kCloudMaxSourceBytes)
        out << say(QT_TRANSLATE_NOOP(
                       "CloudCheck",
                       "The source is %1 MB; the cloud processes at most 32 MB (-167)."))
                   .arg(double(source.bytes) / (1024 * 1024), 0, 'f', 1);
    if (source.size.isValid()) {
        const qint64 pixels = qint64(source.size.width()) * source.size.height();
        if (source.size.width() > kCloudMaxSourceSide || source.size.height() > kCloudMaxSourceSide)
            out << say(QT_TRANSLATE_NOOP("CloudCheck", "The source is %1 x %2; the cloud accepts "
                                                       "at most 30000 px a side (-447)."))
                       .arg(source.size.width())
                       .arg(source.size.height());
        else if (pixels * std::max(1, source.frames) > kCloudMaxSourcePixels)
            out << say(QT_TRANSLATE_NOOP("CloudCheck", "The source has %1 million pixels (all "
                                                       "frames); the cloud accepts at most "
                                                       "250 million (-447)."))
                       .arg(pixels * std::max(1, source.frames) / 1000000);
    }
    if (output.isValid() && (output.width() > 9999 || output.height() > 9999))
        out << say(QT_TRANSLATE_NOOP(
                       "CloudCheck",
                       "The result is %1 x %2; the cloud writes at most 9999 px a side (-442)."))
                   .arg(output.width())
                   .arg(output.height());
    for (const Stage &stage : pipeline.stages) {
        if (const auto *m = std::get_if<MogrStage>(&stage.op)) {
            for (const MogrStep &step : m->steps)
                if (const auto *f = std::get_if<Format>(&step.op)) checkFormat(out, f->format);
        } else if (const auto *v = std::get_if<ImageView2>(&stage.op)) {
            if (v->format) checkFormat(out, *v->format);
        } else if (const auto *w = std::get_if<ImageWatermark>(&stage.op)) {
            checkImage(out, w->image);
        } else if (const auto *b = std::get_if<BlindEmbed>(&stage.op)) {
            checkImage(out, b->image);
        } else if (const auto *x = std::get_if<BlindExtract>(&stage.op)) {
            checkImage(out, x->image);
            if (x->type == 3)
                out << say(QT_TRANSLATE_NOOP(
                    "CloudCheck",
                    "The cloud answers type 3 extraction with a status only; the recovered "
                    "text is shown here alone."));
        } else if (const auto *r = std::get_if<StyleRef>(&stage.op)) {
            out << say(QT_TRANSLATE_NOOP("CloudCheck",
                                         "style/%1 must also be saved in the bucket's style list."))
                       .arg(r->name);
        }
    }
    out.removeDuplicates();
    return out;
}

QString cloudUrl(const QString &objectUrl, const QString &processing)
{
    if (processing.isEmpty()) return objectUrl;
    return objectUrl + QLatin1Char('?') +
           QString::fromLatin1(QUrl::toPercentEncoding(processing, "/|!:@,=*"));
}

QByteArray picOperationsJson(const QList<PicRule> &rules, bool picInfo)
{
    if (rules.size() > kCloudMaxRules)
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "ad::Error", "Pic-Operations holds at most %1 rules (-60997)")
                                  .arg(kCloudMaxRules));
    QJsonArray list;
    for (const PicRule &r : rules)
        list.append(
            QJsonObject{{QStringLiteral("fileid"), r.fileId}, {QStringLiteral("rule"), r.rule}});
    const QJsonObject root{{QStringLiteral("is_pic_info"), picInfo ? 1 : 0},
                           {QStringLiteral("rules"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace ad::style
