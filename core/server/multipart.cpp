#include "server/multipart.h"

#include "server/cierror.h"
#include "server/persistroutes.h"
#include "server/picoperations.h"
#include "storage/atomicfile.h"
#include "storage/s3xml.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace ad::server
{

namespace
{

const QString kKeyFile = QStringLiteral("key");

QString partName(int number)
{
    return QStringLiteral("part-%1").arg(number, 5, 10, QLatin1Char('0'));
}

QString uploadsDir(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/uploads");
}

HttpResponse noSuchUpload(const HttpRequest &request)
{
    return errorResponse(404, QStringLiteral("NoSuchUpload"),
                         QStringLiteral("The specified upload does not exist."), request);
}

// The folder of the request's upload, or empty when the id is not one this endpoint gave for
// this key. Ids are checked before they name a path, so none can point outside the cache.
QString uploadFolder(const QString &cacheDir, const HttpRequest &request)
{
    static const QRegularExpression id(QStringLiteral("^[0-9a-f]{32}$"));
    const QString uploadId = request.queryValue(QStringLiteral("uploadId"));
    if (cacheDir.isEmpty() || !id.match(uploadId).hasMatch()) return {};
    const QString folder = uploadsDir(cacheDir) + QLatin1Char('/') + uploadId;
    QFile keyFile(folder + QLatin1Char('/') + kKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(keyFile.readAll()) == request.key ? folder : QString();
}

QByteArray md5Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Md5);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) return {};
    return hash.result().toHex();
}

// The bucket name of a virtual-hosted address ("photos-125.cos.local:8080" → photos-125);
// empty for an address without one (127.0.0.1, localhost).
QString bucketOf(const HttpRequest &request)
{
    const QString host = hostOf(request).section(QLatin1Char(':'), 0, 0);
    const QString first = host.section(QLatin1Char('.'), 0, 0);
    bool numeric = false;
    first.toInt(&numeric);
    return host.contains(QLatin1Char('.')) && !numeric ? first : QString();
}

// Puts the upload's folder back when Complete fails after claiming it, so the client may retry.
class Claim
{
public:
    Claim(QString folder, QString claimed)
        : m_folder(std::move(folder)), m_claimed(std::move(claimed))
    {
        m_held = QDir().rename(m_folder, m_claimed);
    }
    ~Claim()
    {
        if (m_held && !m_done) QDir().rename(m_claimed, m_folder);
    }
    bool held() const { return m_held; }
    void finish()
    {
        m_done = true;
        QDir(m_claimed).removeRecursively();
    }

private:
    QString m_folder, m_claimed;
    bool m_held = false, m_done = false;
};

} // namespace

HttpResponse initiateUpload(const QString &cacheDir, const HttpRequest &request)
{
    checkKey(request.key);
    if (cacheDir.isEmpty()) // parts never go anywhere but a cache folder
        return errorResponse(501, QStringLiteral("NotImplemented"),
                             QStringLiteral("multipart uploads need a cache folder (--cache)"),
                             request);
    const QString uploadId = QUuid::createUuid().toString(QUuid::Id128);
    const QString folder = uploadsDir(cacheDir) + QLatin1Char('/') + uploadId;
    if (!QDir().mkpath(folder))
        throw ProcessingError(ErrorCode::IoError,
                              QStringLiteral("cannot create the upload folder in the cache"));
    storage::writeFileAtomically(folder + QLatin1Char('/') + kKeyFile, request.key.toUtf8());
    HttpResponse response;
    QXmlStreamWriter xml(&response.body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("InitiateMultipartUploadResult"));
    xml.writeTextElement(QStringLiteral("Bucket"), bucketOf(request));
    xml.writeTextElement(QStringLiteral("Key"), request.key);
    xml.writeTextElement(QStringLiteral("UploadId"), uploadId);
    xml.writeEndElement();
    xml.writeEndDocument();
    response.setHeader("Content-Type", "application/xml");
    return response;
}

HttpResponse listParts(const QString &cacheDir, const HttpRequest &request)
{
    const QString folder = uploadFolder(cacheDir, request);
    if (folder.isEmpty()) return noSuchUpload(request);
    static const QRegularExpression part(QStringLiteral("^part-(\\d{5})$"));
    HttpResponse response;
    QXmlStreamWriter xml(&response.body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ListPartsResult"));
    xml.writeTextElement(QStringLiteral("Bucket"), bucketOf(request));
    xml.writeTextElement(QStringLiteral("Key"), request.key);
    xml.writeTextElement(QStringLiteral("UploadId"),
                         request.queryValue(QStringLiteral("uploadId")));
    xml.writeTextElement(QStringLiteral("IsTruncated"), QStringLiteral("false"));
    // Every part at once (at most 10000); sorted names are sorted numbers.
    for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = part.match(file.fileName());
        if (!m.hasMatch()) continue; // the key file, a part still being written
        xml.writeStartElement(QStringLiteral("Part"));
        xml.writeTextElement(QStringLiteral("PartNumber"), QString::number(m.captured(1).toInt()));
        xml.writeTextElement(QStringLiteral("ETag"),
                             QLatin1Char('"') + QString::fromLatin1(md5Of(file.filePath())) +
                                 QLatin1Char('"'));
        xml.writeTextElement(QStringLiteral("Size"), QString::number(file.size()));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    response.setHeader("Content-Type", "application/xml");
    return response;
}

HttpResponse uploadPart(const QString &cacheDir, const HttpRequest &request)
{
    const QString folder = uploadFolder(cacheDir, request);
    if (folder.isEmpty()) return noSuchUpload(request);
    bool ok = false;
    const int number = request.queryValue(QStringLiteral("partNumber")).toInt(&ok);
    if (!ok || number < 1 || number > kMaxPartNumber)
        return errorResponse(400, QStringLiteral("InvalidArgument"),
                             QStringLiteral("partNumber must be 1-10000"), request);
    storage::writeFileAtomically(folder + QLatin1Char('/') + partName(number), request.body,
                                 QUuid::createUuid().toString(QUuid::Id128));
    HttpResponse response;
    response.setHeader(
        "ETag",
        '"' + QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toHex() + '"');
    return response;
}

HttpResponse completeUpload(const ProcessingContext &context, const QString &cacheDir,
                            const HttpRequest &request)
{
    try {
        const QString folder = uploadFolder(cacheDir, request);
        if (folder.isEmpty()) return noSuchUpload(request);
        const auto parts = storage::parseCompleteMultipart(request.body);
        if (!parts || parts->isEmpty())
            return errorResponse(400, QStringLiteral("MalformedXML"),
                                 QStringLiteral("The XML you provided was not well-formed or did "
                                                "not validate against our published schema."),
                                 request);
        for (int i = 1; i < parts->size(); ++i)
            if (parts->at(i).number <= parts->at(i - 1).number)
                return errorResponse(400, QStringLiteral("InvalidPartOrder"),
                                     QStringLiteral("The list of parts was not in ascending "
                                                    "order."),
                                     request);
        qint64 total = 0;
        for (int i = 0; i < parts->size(); ++i) {
            const storage::UploadPart &part = parts->at(i);
            const QString path = folder + QLatin1Char('/') + partName(part.number);
            if (!QFile::exists(path) || md5Of(path) != part.etag.toLatin1().toLower())
                return errorResponse(
                    400, QStringLiteral("InvalidPart"),
                    QStringLiteral("Part %1 was not uploaded or its ETag does not match.")
                        .arg(part.number),
                    request);
            const qint64 size = QFileInfo(path).size();
            if (i + 1 < parts->size() && size < kMinPartBytes)
                return errorResponse(
                    400, QStringLiteral("EntityTooSmall"),
                    QStringLiteral("Part %1 is %2 bytes; every part but the last needs 1 MB.")
                        .arg(part.number)
                        .arg(size),
                    request);
            total += size;
        }
        if (total > kMaxMultipartBytes)
            return errorResponse(400, QStringLiteral("EntityTooLarge"),
                                 QStringLiteral("The object would be %1 bytes; this endpoint "
                                                "assembles at most 1 GB.")
                                     .arg(total),
                                 request);
        const QByteArray header = request.header("pic-operations");
        const std::optional<PicOperations> operations =
            header.isEmpty()
                ? std::nullopt
                : std::optional(parsePicOperations(header, request.key, context.styles.lookup()));

        Claim claim(folder, folder + QStringLiteral(".completing"));
        if (!claim.held()) return noSuchUpload(request); // another Complete took it
        const QString claimed = folder + QStringLiteral(".completing");
        QByteArray data;
        data.reserve(total);
        for (const storage::UploadPart &part : *parts) {
            QFile file(claimed + QLatin1Char('/') + partName(part.number));
            if (!file.open(QIODevice::ReadOnly))
                throw ProcessingError(ErrorCode::IoError,
                                      QStringLiteral("cannot read part %1").arg(part.number));
            data += file.readAll();
        }
        PicOutcome outcome;
        if (operations)
            outcome = persist(context, *operations, request.key, data,
                              [&] { return context.backing.write(request.key, data).etag; });
        else
            outcome.originalEtag = context.backing.write(request.key, data).etag;
        claim.finish();

        HttpResponse response;
        QXmlStreamWriter xml(&response.body);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("CompleteMultipartUploadResult"));
        xml.writeTextElement(QStringLiteral("Location"),
                             hostOf(request) + QLatin1Char('/') + request.key);
        xml.writeTextElement(QStringLiteral("Bucket"), bucketOf(request));
        xml.writeTextElement(QStringLiteral("Key"), request.key);
        xml.writeTextElement(QStringLiteral("ETag"), QString::fromLatin1(outcome.originalEtag));
        if (operations) {
            writeOriginalInfo(xml, hostOf(request), request.key, outcome.originalEtag,
                              outcome.info);
            writeProcessResults(xml, hostOf(request), outcome.results);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        response.setHeader("Content-Type", "application/xml");
        return response;
    } catch (const CiRefusal &e) {
        return e.response(request);
    }
}

HttpResponse abortUpload(const QString &cacheDir, const HttpRequest &request)
{
    const QString folder = uploadFolder(cacheDir, request);
    if (folder.isEmpty()) return noSuchUpload(request);
    QDir(folder).removeRecursively();
    HttpResponse response;
    response.status = 204;
    return response;
}

} // namespace ad::server
