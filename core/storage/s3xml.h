#pragma once

// The XML bodies COS and S3 answer with, parsed strictly: malformed input gives an error,
// never a partial result taken for a whole one.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace ad::storage
{

struct ObjectEntry {
    QString key;
    qint64 size = 0;
    QString etag; // without quotes
    QDateTime lastModified;
    QString storageClass;
};

struct ListObjectsPage {
    QString bucket;
    QString prefix;
    QList<ObjectEntry> objects;
    QStringList commonPrefixes; // "folders" when a delimiter was given
    bool truncated = false;
    QString nextMarker; // COS sends it whenever truncated; S3 only with a delimiter
};

struct BucketEntry {
    QString name;
    QString region;
    QDateTime created;
};

struct ServiceError {
    QString code;
    QString message;
    QString requestId;
    QString resource;
};

struct UploadPart {
    int number = 0;
    QString etag;
    qint64 size = 0;
};

struct PartsPage {
    QList<UploadPart> parts;
    bool truncated = false;
    int nextMarker = 0;
};

// What persistent processing answers (PUT, POST ?image_process, Complete Multipart Upload with
// a Pic-Operations header): the original and one entry per rule, in rule order.
struct PicImageFacts {
    QString format; // JPEG, PNG, ...
    int width = 0;
    int height = 0;
    int quality = 0;
    QString ave; // 0xRRGGBB
    int orientation = 1;
    int frames = 1;
};

struct PicProcessed {
    QString key;
    QString location; // <bucket host>/<key>, no scheme
    QString format;   // png, jpeg, ... (empty when nothing was written, e.g. an extraction)
    int width = 0;
    int height = 0;
    qint64 size = -1; // bytes; -1 when not reported
    int quality = 0;
    QString etag;                       // without quotes
    std::optional<int> watermarkStatus; // blind watermark extraction, type 2
    std::optional<QString> text;        // type-3 text (the local endpoint reports it)
};

struct UploadResult {
    QString originalKey;
    QString originalEtag;                      // without quotes
    std::optional<PicImageFacts> originalInfo; // absent when is_pic_info was 0
    QList<PicProcessed> results;
};

// Each returns nullopt for a body that is not well-formed XML of the expected root.
std::optional<ListObjectsPage> parseListObjects(const QByteArray &xml);
std::optional<QList<BucketEntry>> parseListBuckets(const QByteArray &xml);
std::optional<ServiceError> parseError(const QByteArray &xml);
std::optional<QString> parseUploadId(const QByteArray &xml);
std::optional<UploadResult> parseUploadResult(const QByteArray &xml);
std::optional<PartsPage> parseListParts(const QByteArray &xml);
// Multi-delete answer: the keys that failed, with their error codes.
std::optional<QList<QPair<QString, QString>>> parseDeleteErrors(const QByteArray &xml);

QByteArray completeMultipartBody(const QList<UploadPart> &parts);
// The parts a CompleteMultipartUpload body lists, in the order written (size unknown: 0).
std::optional<QList<UploadPart>> parseCompleteMultipart(const QByteArray &xml);
// A flat request body <root><Name>text</Name>...</root> (the style API's AddStyle, GetStyle,
// DeleteStyle): each child's text by name.
std::optional<QMap<QString, QString>> parseFlatElement(const QByteArray &xml, QLatin1String root);
QByteArray deleteObjectsBody(const QStringList &keys);
// Object tags: <Tagging><TagSet><Tag><Key/><Value/></Tag>...</TagSet></Tagging>.
using Tags = QList<QPair<QString, QString>>;
std::optional<Tags> parseTagging(const QByteArray &xml);
QByteArray taggingBody(const Tags &tags);

} // namespace ad::storage
