#pragma once

// Persistent processing: the Pic-Operations header of PUT, POST ?image_process and Complete
// Multipart Upload. The header is read and checked whole before anything is stored, every rule
// runs in memory before any result is written, and results go through the backing under keys
// checked like any other, so a bad request changes nothing and nothing lands outside the root.

#include "server/httpmessage.h"
#include "server/objectbacking.h"
#include "server/processroutes.h"
#include "style/parser.h"

#include <QSize>
#include <QXmlStreamWriter>
#include <exception>
#include <optional>

namespace ad::server
{

// A refusal in the cloud's own terms where no ErrorCode names it: a malformed header
// (InvalidPicOperations), too many rules (-60997), a source over 32 MB (-60996), ...
class CiRefusal : public std::exception
{
public:
    CiRefusal(int status, QString code, QString message, int errNo = 0);
    HttpResponse response(const HttpRequest &request) const;
    const char *what() const noexcept override { return m_what.constData(); }

private:
    int m_status;
    QString m_code;
    QString m_message;
    int m_errNo;
    QByteArray m_what;
};

struct PicRule {
    QString key;              // the result's key: fileid resolved against the source's folder
    style::Pipeline pipeline; // styles expanded
};

struct PicOperations {
    bool picInfo = false;
    QList<PicRule> rules;
};

// Throws CiRefusal (InvalidPicOperations, -60997) or ProcessingError (InvalidArgument -60998
// for a bad fileid or rule, StyleNotFound -60967).
PicOperations parsePicOperations(const QByteArray &header, const QString &sourceKey,
                                 const style::StyleLookup &styles);
// "/a/b.jpg" is the key a/b.jpg; "b.jpg" is next to the source. Throws InvalidArgument for an
// empty fileid, one ending in '/', or a key checkKey refuses.
QString resolveFileId(const QString &sourceKey, const QString &fileId);

struct PicImageInfo {
    QString format; // JPEG, PNG, ...
    QSize size;
    int quality = 100;
    QString ave; // 0xRRGGBB
    int orientation = 1;
    int frames = 1;
};

struct PicResult {
    QString key;
    QByteArray data; // empty: nothing to write (an extraction that found no mark)
    QString format;  // png, jpeg, ...
    QSize size;
    int quality = 100;
    QByteArray etag;                    // set once written
    std::optional<int> watermarkStatus; // watermark/4 type 2
    std::optional<QString> text;        // watermark/4 type 3 (a local extension)
};

// What the cloud reports about an original: ImageInfo. Throws InvalidImage (-62999) for bytes
// that are not a picture, and the executor's limits.
PicImageInfo describePicture(const QByteArray &bytes);

// Throws CiRefusal -60996 for a source over the 32 MB persistent processing takes.
void checkSourceSize(qint64 bytes);
// Runs every rule on `source`; nothing is written. Throws as checkSourceSize and the first
// failing rule's processing error.
// Renders take the context's render permits, as GET processing does.
QList<PicResult> runRules(const ProcessingContext &context, const PicOperations &operations,
                          const QByteArray &source);
// Writes the results that have data, atomically each, and records their ETags.
void writeResults(const ObjectBacking &backing, QList<PicResult> &results);

// <OriginalInfo> and <ProcessResults> as UploadResult and CompleteMultipartUploadResult carry
// them. `host` makes Location "<host>/<key>", as the cloud's "<bucket host>/<key>".
void writeOriginalInfo(QXmlStreamWriter &xml, const QString &host, const QString &key,
                       const QByteArray &etag, const std::optional<PicImageInfo> &info);
void writeProcessResults(QXmlStreamWriter &xml, const QString &host,
                         const QList<PicResult> &results);

} // namespace ad::server
