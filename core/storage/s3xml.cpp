#include "storage/s3xml.h"

#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace ad::storage
{

namespace
{

// A tiny tree: enough for these small, flat documents, and simple to check strictly.
struct Node {
    QString name;
    QString text;
    QList<Node> children;

    const Node *child(QLatin1String n) const
    {
        for (const Node &c : children) {
            if (c.name == n) return &c;
        }
        return nullptr;
    }
    QString value(QLatin1String n) const
    {
        const Node *c = child(n);
        return c ? c->text : QString();
    }
    QList<const Node *> all(QLatin1String n) const
    {
        QList<const Node *> out;
        for (const Node &c : children) {
            if (c.name == n) out << &c;
        }
        return out;
    }
};

constexpr int kMaxDepth = 16;

bool readNode(QXmlStreamReader &xml, Node &node, int depth)
{
    if (depth > kMaxDepth) return false;
    node.name = xml.name().toString();
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            Node child;
            if (!readNode(xml, child, depth + 1)) return false;
            node.children.append(std::move(child));
            break;
        }
        case QXmlStreamReader::Characters:
            node.text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            return true;
        default:
            break;
        }
    }
    return false;
}

std::optional<Node> parseRoot(const QByteArray &data, QLatin1String root)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) {
    }
    if (xml.atEnd() || xml.hasError() || xml.name() != root) return std::nullopt;
    Node node;
    if (!readNode(xml, node, 0)) return std::nullopt;
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return std::nullopt;
    return node;
}

QString unquote(QString etag)
{
    etag = etag.trimmed();
    if (etag.size() >= 2 && etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')))
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

std::optional<qint64> number(const QString &text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < 0) return std::nullopt;
    return v;
}

} // namespace

std::optional<ListObjectsPage> parseListObjects(const QByteArray &data)
{
    const auto root = parseRoot(data, QLatin1String("ListBucketResult"));
    if (!root) return std::nullopt;
    const bool urlEncoded = root->value(QLatin1String("EncodingType")) == QLatin1String("url");
    auto decode = [urlEncoded](const QString &s) {
        return urlEncoded ? QUrl::fromPercentEncoding(s.toUtf8()) : s;
    };
    ListObjectsPage page;
    page.bucket = root->value(QLatin1String("Name"));
    page.prefix = decode(root->value(QLatin1String("Prefix")));
    page.truncated = root->value(QLatin1String("IsTruncated")).trimmed() == QLatin1String("true");
    page.nextMarker = decode(root->value(QLatin1String("NextMarker")));
    for (const Node *c : root->all(QLatin1String("Contents"))) {
        ObjectEntry e;
        e.key = decode(c->value(QLatin1String("Key")));
        const auto size = number(c->value(QLatin1String("Size")));
        if (e.key.isEmpty() || !size) return std::nullopt;
        e.size = *size;
        e.etag = unquote(c->value(QLatin1String("ETag")));
        e.lastModified =
            QDateTime::fromString(c->value(QLatin1String("LastModified")), Qt::ISODateWithMs);
        e.storageClass = c->value(QLatin1String("StorageClass"));
        page.objects << e;
    }
    for (const Node *p : root->all(QLatin1String("CommonPrefixes")))
        page.commonPrefixes << decode(p->value(QLatin1String("Prefix")));
    // S3 without a delimiter leaves NextMarker out: the last key is where the next page starts.
    if (page.truncated && page.nextMarker.isEmpty() && !page.objects.isEmpty())
        page.nextMarker = page.objects.last().key;
    if (page.truncated && page.nextMarker.isEmpty() && !page.commonPrefixes.isEmpty())
        page.nextMarker = page.commonPrefixes.last();
    return page;
}

std::optional<QList<BucketEntry>> parseListBuckets(const QByteArray &data)
{
    const auto root = parseRoot(data, QLatin1String("ListAllMyBucketsResult"));
    if (!root) return std::nullopt;
    QList<BucketEntry> out;
    if (const Node *buckets = root->child(QLatin1String("Buckets"))) {
        for (const Node *b : buckets->all(QLatin1String("Bucket"))) {
            BucketEntry e;
            e.name = b->value(QLatin1String("Name"));
            e.region = b->value(QLatin1String("Location"));
            e.created =
                QDateTime::fromString(b->value(QLatin1String("CreationDate")), Qt::ISODateWithMs);
            if (e.name.isEmpty()) return std::nullopt;
            out << e;
        }
    }
    return out;
}

std::optional<ServiceError> parseError(const QByteArray &data)
{
    const auto root = parseRoot(data, QLatin1String("Error"));
    if (!root) return std::nullopt;
    return ServiceError{root->value(QLatin1String("Code")), root->value(QLatin1String("Message")),
                        root->value(QLatin1String("RequestId")),
                        root->value(QLatin1String("Resource"))};
}

std::optional<QString> parseUploadId(const QByteArray &data)
{
    const auto root = parseRoot(data, QLatin1String("InitiateMultipartUploadResult"));
    if (!root || root->value(QLatin1String("UploadId")).isEmpty()) return std::nullopt;
    return root->value(QLatin1String("UploadId"));
}

std::optional<UploadResult> parseUploadResult(const QByteArray &data)
{
    auto root = parseRoot(data, QLatin1String("UploadResult"));
    // Complete Multipart Upload with Pic-Operations answers the same children under its own root.
    if (!root) root = parseRoot(data, QLatin1String("CompleteMultipartUploadResult"));
    const Node *original = root ? root->child(QLatin1String("OriginalInfo")) : nullptr;
    if (!original || original->value(QLatin1String("Key")).isEmpty()) return std::nullopt;
    // Numbers the cloud sends must read as numbers; a missing one stays at its default.
    bool ok = true;
    const auto integer = [&ok](const Node &node, QLatin1String name, qint64 fallback) -> qint64 {
        const Node *c = node.child(name);
        if (!c) return fallback;
        const auto v = number(c->text);
        if (!v) ok = false;
        return v.value_or(fallback);
    };
    UploadResult out;
    out.originalKey = original->value(QLatin1String("Key"));
    out.originalEtag = unquote(original->value(QLatin1String("ETag")));
    if (const Node *info = original->child(QLatin1String("ImageInfo"))) {
        PicImageFacts facts;
        facts.format = info->value(QLatin1String("Format"));
        facts.width = int(integer(*info, QLatin1String("Width"), 0));
        facts.height = int(integer(*info, QLatin1String("Height"), 0));
        facts.quality = int(integer(*info, QLatin1String("Quality"), 0));
        facts.ave = info->value(QLatin1String("Ave"));
        facts.orientation = int(integer(*info, QLatin1String("Orientation"), 1));
        facts.frames = int(integer(*info, QLatin1String("FrameCount"), 1));
        out.originalInfo = facts;
    }
    if (const Node *results = root->child(QLatin1String("ProcessResults"))) {
        for (const Node *object : results->all(QLatin1String("Object"))) {
            PicProcessed r;
            r.key = object->value(QLatin1String("Key"));
            if (r.key.isEmpty()) return std::nullopt;
            r.location = object->value(QLatin1String("Location"));
            r.format = object->value(QLatin1String("Format"));
            r.width = int(integer(*object, QLatin1String("Width"), 0));
            r.height = int(integer(*object, QLatin1String("Height"), 0));
            r.size = integer(*object, QLatin1String("Size"), -1);
            r.quality = int(integer(*object, QLatin1String("Quality"), 0));
            r.etag = unquote(object->value(QLatin1String("ETag")));
            if (object->child(QLatin1String("WatermarkStatus")))
                r.watermarkStatus = int(integer(*object, QLatin1String("WatermarkStatus"), 0));
            if (const Node *text = object->child(QLatin1String("Text"))) r.text = text->text;
            out.results << r;
        }
    }
    if (!ok) return std::nullopt;
    return out;
}

std::optional<PartsPage> parseListParts(const QByteArray &data)
{
    const auto root = parseRoot(data, QLatin1String("ListPartsResult"));
    if (!root) return std::nullopt;
    PartsPage page;
    page.truncated = root->value(QLatin1String("IsTruncated")).trimmed() == QLatin1String("true");
    page.nextMarker = root->value(QLatin1String("NextPartNumberMarker")).toInt();
    for (const Node *p : root->all(QLatin1String("Part"))) {
        const auto n = number(p->value(QLatin1String("PartNumber")));
        const auto size = number(p->value(QLatin1String("Size")));
        if (!n || !size || *n < 1 || *n > 10000) return std::nullopt;
        page.parts << UploadPart{int(*n), unquote(p->value(QLatin1String("ETag"))), *size};
    }
    return page;
}

std::optional<QList<QPair<QString, QString>>> parseDeleteErrors(const QByteArray &data)
{
    const auto root = parseRoot(data, QLatin1String("DeleteResult"));
    if (!root) return std::nullopt;
    QList<QPair<QString, QString>> errors;
    for (const Node *e : root->all(QLatin1String("Error")))
        errors.append({e->value(QLatin1String("Key")), e->value(QLatin1String("Code"))});
    return errors;
}

QByteArray completeMultipartBody(const QList<UploadPart> &parts)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("CompleteMultipartUpload"));
    for (const UploadPart &p : parts) {
        xml.writeStartElement(QStringLiteral("Part"));
        xml.writeTextElement(QStringLiteral("PartNumber"), QString::number(p.number));
        xml.writeTextElement(QStringLiteral("ETag"), QLatin1Char('"') + p.etag + QLatin1Char('"'));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return out;
}

std::optional<QList<UploadPart>> parseCompleteMultipart(const QByteArray &data)
{
    const auto root = parseRoot(data, QLatin1String("CompleteMultipartUpload"));
    if (!root) return std::nullopt;
    QList<UploadPart> parts;
    for (const Node *p : root->all(QLatin1String("Part"))) {
        const auto n = number(p->value(QLatin1String("PartNumber")));
        if (!n || *n < 1 || *n > 10000) return std::nullopt;
        parts << UploadPart{int(*n), unquote(p->value(QLatin1String("ETag"))), 0};
    }
    return parts;
}

std::optional<QMap<QString, QString>> parseFlatElement(const QByteArray &data, QLatin1String root)
{
    const auto node = parseRoot(data, root);
    if (!node) return std::nullopt;
    QMap<QString, QString> values;
    for (const Node &c : node->children)
        values.insert(c.name, c.text);
    return values;
}

QByteArray deleteObjectsBody(const QStringList &keys)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("Delete"));
    xml.writeTextElement(QStringLiteral("Quiet"), QStringLiteral("true"));
    for (const QString &key : keys) {
        xml.writeStartElement(QStringLiteral("Object"));
        xml.writeTextElement(QStringLiteral("Key"), key);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return out;
}

std::optional<Tags> parseTagging(const QByteArray &data)
{
    const auto root = parseRoot(data, QLatin1String("Tagging"));
    if (!root) return std::nullopt;
    Tags tags;
    for (const Node *set : root->all(QLatin1String("TagSet"))) {
        for (const Node *t : set->all(QLatin1String("Tag")))
            tags.append({t->value(QLatin1String("Key")), t->value(QLatin1String("Value"))});
    }
    return tags;
}

QByteArray taggingBody(const Tags &tags)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("Tagging"));
    xml.writeStartElement(QStringLiteral("TagSet"));
    for (const auto &[key, value] : tags) {
        xml.writeStartElement(QStringLiteral("Tag"));
        xml.writeTextElement(QStringLiteral("Key"), key);
        xml.writeTextElement(QStringLiteral("Value"), value);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    return out;
}

} // namespace ad::storage
