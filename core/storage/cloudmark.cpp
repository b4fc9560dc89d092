#include "storage/cloudmark.h"

#include "common/error.h"
#include "storage/atomicfile.h"
#include "storage/objecturl.h"
#include "storage/picprocess.h"
#include "storage/storage.h"
#include "style/cloudcheck.h"
#include "style/parser.h"
#include "style/values.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace ad::storage
{

namespace
{

std::optional<ObjectInfo> headIfAny(ObjectClient &client, const QString &bucket, const QString &key)
{
    try {
        return client.head(bucket, key);
    } catch (const ProcessingError &e) {
        if (e.error().code == ErrorCode::NotFound) return std::nullopt;
        throw;
    }
}

void checkPlace(const CloudPlace &place)
{
    if (place.endpoint.flavor != Endpoint::Flavor::Cos)
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error",
                                        "the blind watermark in the cloud needs a COS connection"));
    if (place.bucket.isEmpty())
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("ad::Error", "no bucket is chosen"));
}

void checkMark(const CloudMark &mark, bool embed)
{
    if (mark.type < 1 || mark.type > 3)
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "blind watermark type %1: it is 1, 2 or 3")
                .arg(mark.type));
    if (embed && mark.type == 3 && !style::blindTextAllowed(mark.text))
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "ad::Error",
                                  "the text of a blind watermark is 1 to %1 letters A-Z, a-z and "
                                  "digits 0-9")
                                  .arg(style::kMaxBlindText));
    if (mark.type != 3 && mark.image.isEmpty())
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            embed || mark.type == 2
                ? QCoreApplication::translate("ad::Error", "type %1 needs a mark image")
                      .arg(mark.type)
                : QCoreApplication::translate("ad::Error",
                                              "type 1 extraction needs the unmarked original"));
}

QString markUrlFor(ObjectClient &client, const CloudPlace &place, const CloudMark &mark,
                   const CloudStep &step)
{
    if (mark.type == 3) return {};
    return cloudMarkUrl(place.endpoint, place.bucket, cloudKeyOf(client, place, mark.image, step));
}

// "prefix/" joined to a name with one '/'.
QString underPrefix(const QString &prefix, const QString &name)
{
    QString p = prefix.trimmed();
    while (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    if (!p.isEmpty() && !p.endsWith(QLatin1Char('/'))) p += QLatin1Char('/');
    return p + name;
}

} // namespace

QString cloudMarkUrl(const Endpoint &endpoint, const QString &bucket, const QString &key)
{
    // The cloud takes only http:// and only its own bucket host, whatever the connection uses.
    return QStringLiteral("http://%1.%2/%3").arg(bucket, endpoint.url.host(), key);
}

QString cloudEmbedRule(const CloudMark &mark, const QString &markUrl)
{
    QString rule = QStringLiteral("watermark/3/type/%1").arg(mark.type);
    if (mark.type == 3)
        return rule + QStringLiteral("/text/") + style::encodeBase64Param(mark.text.toUtf8());
    rule += QStringLiteral("/image/") + style::encodeBase64Param(markUrl.toUtf8());
    if (mark.type == 2 && mark.level > 1) rule += QStringLiteral("/level/%1").arg(mark.level);
    return rule;
}

QString cloudExtractRule(const CloudMark &mark, const QString &markUrl)
{
    QString rule = QStringLiteral("watermark/4/type/%1").arg(mark.type);
    if (mark.type != 3)
        rule += QStringLiteral("/image/") + style::encodeBase64Param(markUrl.toUtf8());
    return rule;
}

QString cloudKeyOf(ObjectClient &client, const CloudPlace &place, const QString &location,
                   const CloudStep &step)
{
    if (isRemoteLocation(location)) {
        const ObjectUrl url = parseObjectUrl(location);
        if (url.flavor != Endpoint::Flavor::Cos || url.bucket != place.bucket)
            throw ProcessingError(ErrorCode::InvalidArgument,
                                  QCoreApplication::translate(
                                      "ad::Error",
                                      "%1 is not in bucket %2; the cloud reads the picture and its "
                                      "mark from one bucket")
                                      .arg(location, place.bucket));
        if (url.key.isEmpty() || url.key.endsWith(QLatin1Char('/')))
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ad::Error", "%1 names a folder, not a picture")
                    .arg(location));
        return url.key;
    }
    QFile file(location);
    if (!file.open(QIODevice::ReadOnly))
        throw ProcessingError(ErrorCode::NotFound,
                              QCoreApplication::translate("ad::Error", "cannot read %1: %2")
                                  .arg(location, file.errorString()));
    if (file.size() > style::kCloudMaxSourceBytes)
        throw ProcessingError(
            ErrorCode::FileTooLarge,
            QCoreApplication::translate("ad::Error", "%1 is over the 32 MB the cloud processes")
                .arg(location));
    const QByteArray data = file.readAll();
    // Named by content: the same picture is uploaded once, another never replaces it.
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(16));
    const QString key =
        underPrefix(place.uploadPrefix, digest + QLatin1Char('/') + QFileInfo(location).fileName());
    if (const auto there = headIfAny(client, place.bucket, key);
        there && there->size == data.size())
        return key;
    if (step)
        step(QCoreApplication::translate("ad::Error", "Uploading %1…")
                 .arg(QFileInfo(location).fileName()));
    client.put(place.bucket, key, data);
    return key;
}

CloudEmbedding embedInCloud(const CloudPlace &place, const QString &picture, const CloudMark &mark,
                            const QString &resultKey, const QString &saveTo,
                            const std::atomic<bool> *cancel, const CloudStep &step)
{
    checkPlace(place);
    checkMark(mark, true);
    if (resultKey.isEmpty() || resultKey.endsWith(QLatin1Char('/')))
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "name the marked copy's key in the bucket"));
    ObjectClient client(place.endpoint);
    client.setCancelFlag(cancel);
    const auto refuseOriginal = [&] {
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "ad::Error", "the marked copy would replace the original %1; choose another key")
                .arg(resultKey));
    };
    // Refused before any byte is uploaded.
    if (isRemoteLocation(picture) && parseObjectUrl(picture).key == resultKey) refuseOriginal();
    if (headIfAny(client, place.bucket, resultKey))
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "ad::Error", "%1 already exists in bucket %2; choose another key")
                                  .arg(resultKey, place.bucket));
    CloudEmbedding out;
    out.sourceKey = cloudKeyOf(client, place, picture, step);
    if (resultKey == out.sourceKey) refuseOriginal();
    const QString rule = cloudEmbedRule(mark, markUrlFor(client, place, mark, step));
    if (step) step(QCoreApplication::translate("ad::Error", "Marking in the cloud…"));
    const UploadResult r =
        processStored(client, place.bucket, out.sourceKey, {{QLatin1Char('/') + resultKey, rule}});
    if (r.results.size() != 1)
        throw ProcessingError(ErrorCode::IoError,
                              QCoreApplication::translate(
                                  "ad::Error", "POST %1?image_process: %2 results for one rule")
                                  .arg(out.sourceKey)
                                  .arg(r.results.size()));
    out.marked = r.results.first();
    if (!saveTo.isEmpty()) {
        if (step) step(QCoreApplication::translate("ad::Error", "Downloading the marked copy…"));
        writeFileAtomically(saveTo, client.get(place.bucket, out.marked.key));
        out.savedTo = saveTo;
    }
    return out;
}

CloudExtraction extractInCloud(const CloudPlace &place, const QString &suspect,
                               const CloudMark &mark, const std::atomic<bool> *cancel,
                               const CloudStep &step)
{
    checkPlace(place);
    checkMark(mark, false);
    ObjectClient client(place.endpoint);
    client.setCancelFlag(cancel);
    CloudExtraction out;
    out.suspectKey = cloudKeyOf(client, place, suspect, step);
    const QString rule = cloudExtractRule(mark, markUrlFor(client, place, mark, step));
    // One result name per suspect and rule: asking again rewrites the same recovered mark.
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash((out.suspectKey + QLatin1Char('\n') + rule).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(16));
    const QString fileId =
        QLatin1Char('/') +
        underPrefix(place.uploadPrefix, QStringLiteral("extracted/%1.png").arg(name));
    if (step) step(QCoreApplication::translate("ad::Error", "Reading the mark in the cloud…"));
    const UploadResult r = processStored(client, place.bucket, out.suspectKey, {{fileId, rule}});
    if (r.results.size() != 1)
        throw ProcessingError(ErrorCode::IoError,
                              QCoreApplication::translate(
                                  "ad::Error", "POST %1?image_process: %2 results for one rule")
                                  .arg(out.suspectKey)
                                  .arg(r.results.size()));
    const PicProcessed &p = r.results.first();
    out.status = p.watermarkStatus;
    out.text = p.text;
    // A stored result has a location (the recovered mark; for type 3 the cloud may write the
    // text as a picture): fetch it, it is small.
    if (!p.location.isEmpty()) {
        if (step)
            step(QCoreApplication::translate("ad::Error", "Downloading what the cloud extracted…"));
        out.resultKey = p.key;
        out.result = client.get(place.bucket, p.key);
    }
    return out;
}

} // namespace ad::storage
