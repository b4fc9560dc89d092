#include "storage/transfer.h"

#include "common/error.h"
#include "storage/atomicfile.h"
#include "storage/crc64.h"
#include "storage/parallel.h"
#include "storage/picprocess.h"
#include "style/parser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace ad::storage
{

namespace
{

[[noreturn]] void ioError(const QString &message)
{
    throw ProcessingError(ErrorCode::IoError, message);
}

void checkCancelled(const TransferOptions &o, const QString &what)
{
    if (o.cancelled && o.cancelled->load())
        throw ProcessingError(ErrorCode::Cancelled,
                              QCoreApplication::translate("ad::Error", "%1: cancelled").arg(what));
}

QString checkpointPath(const TransferOptions &o, const QString &localPath, const QString &bucket,
                       const QString &key)
{
    if (o.checkpointDir.isEmpty()) return {};
    const QByteArray id =
        QCryptographicHash::hash((QFileInfo(localPath).absoluteFilePath() + QLatin1Char('\n') +
                                  bucket + QLatin1Char('\n') + key)
                                     .toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex();
    return QDir(o.checkpointDir).filePath(QString::fromLatin1(id) + QStringLiteral(".json"));
}

QByteArray readRange(const QString &path, qint64 offset, qint64 length)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        ioError(QCoreApplication::translate("ad::Error", "cannot read '%1'").arg(path));
    QByteArray data = f.read(length);
    if (data.size() != length)
        ioError(QCoreApplication::translate("ad::Error", "'%1' changed while it was being read")
                    .arg(path));
    return data;
}

} // namespace

qint64 choosePartSize(qint64 fileSize, qint64 requested)
{
    const qint64 mb = 1LL << 20;
    qint64 size = requested > 0 ? requested : 8 * mb;
    const qint64 minimumForLimit = (fileSize + 9999) / 10000; // at most 10000 parts
    size = std::max({size, minimumForLimit, mb});
    return (size + mb - 1) / mb * mb;
}

void checkPicRules(const Endpoint &endpoint, const QString &key, const QList<style::PicRule> &rules)
{
    if (rules.isEmpty()) return;
    if (endpoint.flavor != Endpoint::Flavor::Cos)
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error",
                                        "%1: processing on upload needs a COS bucket (cos://); "
                                        "S3 storage has no Pic-Operations")
                .arg(key));
    style::picOperationsJson(rules); // refuses more than 5 rules
    const QString folder = key.left(key.lastIndexOf(QLatin1Char('/')) + 1);
    for (int i = 0; i < rules.size(); ++i) {
        const style::PicRule &r = rules[i];
        const QString resolved =
            r.fileId.startsWith(QLatin1Char('/')) ? r.fileId.mid(1) : folder + r.fileId;
        const QString why =
            r.fileId.isEmpty() || r.fileId.endsWith(QLatin1Char('/'))
                ? QCoreApplication::translate("ad::Error", "fileid '%1' names no file")
                      .arg(r.fileId)
            : resolved == key
                ? QCoreApplication::translate("ad::Error", "fileid '%1' would replace the original")
                      .arg(r.fileId)
                : QString();
        if (!why.isEmpty())
            throw ProcessingError(ErrorCode::InvalidArgument,
                                  QCoreApplication::translate("ad::Error", "%1: rule %2: %3")
                                      .arg(key)
                                      .arg(i + 1)
                                      .arg(why));
        try {
            style::parse(r.rule);
        } catch (const ProcessingError &e) {
            Error error = e.error();
            error.message = QCoreApplication::translate("ad::Error", "%1: rule %2 '%3': %4")
                                .arg(key)
                                .arg(i + 1)
                                .arg(r.rule, error.message);
            throw ProcessingError(error);
        }
    }
}

ObjectInfo uploadFile(const Endpoint &endpoint, const QString &localPath, const QString &bucket,
                      const QString &key, const TransferOptions &o, UploadResult *processed)
{
    const QFileInfo info(localPath);
    if (!info.isFile())
        throw ProcessingError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ad::Error", "'%1' is not a file").arg(localPath));
    checkPicRules(endpoint, key, o.picRules);
    // Original facts come back too, for the report.
    const Pairs picHeaders =
        o.picRules.isEmpty() ? Pairs() : Pairs{picOperationsHeader(o.picRules, true)};
    const auto takeResult = [&](const HttpReply &reply, const QString &what) {
        if (o.picRules.isEmpty()) return;
        const UploadResult result = uploadResultFrom(reply, what);
        if (processed) *processed = result;
    };
    const qint64 size = info.size();
    if (o.progress) o.progress(0, size); // the size is known before the first byte goes
    ObjectClient client(endpoint);
    client.setCancelFlag(o.cancelled);
    if (size < o.multipartThreshold) {
        checkCancelled(o, key);
        if (o.limiter) o.limiter->acquire(size, o.cancelled);
        HttpReply reply;
        const ObjectInfo result =
            client.put(bucket, key, readRange(localPath, 0, size),
                       QStringLiteral("application/octet-stream"), picHeaders, &reply);
        takeResult(reply, QStringLiteral("PUT %1").arg(key));
        if (o.progress) o.progress(size, size);
        return result;
    }

    const qint64 partSize = choosePartSize(size, o.partSize);
    const int partCount = int((size + partSize - 1) / partSize);
    const QString checkpoint = checkpointPath(o, localPath, bucket, key);
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();

    // Resume: the same file (size, mtime) and part size under a still-open upload id.
    QString uploadId;
    QMap<int, UploadPart> done;
    if (!checkpoint.isEmpty()) {
        QFile f(checkpoint);
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject cp = QJsonDocument::fromJson(f.readAll()).object();
            if (cp.value(QStringLiteral("size")).toInteger() == size &&
                cp.value(QStringLiteral("mtime")).toInteger() == mtime &&
                cp.value(QStringLiteral("partSize")).toInteger() == partSize) {
                uploadId = cp.value(QStringLiteral("uploadId")).toString();
                const auto usable = [&](int number, qint64 partBytes) {
                    return number >= 1 && number <= partCount &&
                           partBytes == std::min(partSize, size - (number - 1) * partSize);
                };
                try {
                    // The server's list is the authority where it has one.
                    for (const UploadPart &p : client.listParts(bucket, key, uploadId)) {
                        if (usable(p.number, p.size)) done.insert(p.number, p);
                    }
                } catch (const ProcessingError &e) {
                    if (e.error().code == ErrorCode::NotFound) {
                        uploadId.clear(); // completed, aborted or expired: start over
                    } else {
                        // No ListParts here (some S3 peers): trust the parts this checkpoint
                        // recorded; completion fails loudly if the server disagrees.
                        for (const QJsonValue &v : cp.value(QStringLiteral("parts")).toArray()) {
                            const QJsonObject p = v.toObject();
                            const int number = p.value(QStringLiteral("n")).toInt();
                            const qint64 bytes = p.value(QStringLiteral("size")).toInteger();
                            if (usable(number, bytes))
                                done.insert(number,
                                            UploadPart{number,
                                                       p.value(QStringLiteral("etag")).toString(),
                                                       bytes});
                        }
                    }
                }
            }
        }
    }
    if (uploadId.isEmpty()) {
        uploadId = client.initiateMultipart(bucket, key);
        done.clear();
    }
    // The checkpoint names the upload and the parts finished so far; rewritten after each part.
    const auto saveCheckpoint = [&] {
        if (checkpoint.isEmpty()) return;
        QJsonArray parts;
        for (const UploadPart &p : std::as_const(done))
            parts.append(QJsonObject{{QStringLiteral("n"), p.number},
                                     {QStringLiteral("etag"), p.etag},
                                     {QStringLiteral("size"), p.size}});
        const QJsonObject cp{{QStringLiteral("uploadId"), uploadId},
                             {QStringLiteral("size"), size},
                             {QStringLiteral("mtime"), mtime},
                             {QStringLiteral("partSize"), partSize},
                             {QStringLiteral("bucket"), bucket},
                             {QStringLiteral("key"), key},
                             {QStringLiteral("file"), info.absoluteFilePath()},
                             {QStringLiteral("parts"), parts}};
        QDir().mkpath(QFileInfo(checkpoint).absolutePath());
        writeFileAtomically(checkpoint, QJsonDocument(cp).toJson());
    };
    saveCheckpoint();

    QMutex mutex;
    qint64 transferred = 0;
    for (const UploadPart &p : std::as_const(done))
        transferred += p.size;
    QList<int> missing;
    for (int n = 1; n <= partCount; ++n) {
        if (!done.contains(n)) missing << n;
    }
    // Each part runs on a pool thread with its own client (and network manager); a failure
    // leaves the checkpoint for a resume.
    runInParallel(o.partsInFlight, missing.size(), [&](qsizetype i) {
        const int n = missing[i];
        checkCancelled(o, key);
        const qint64 offset = (n - 1) * partSize;
        const QByteArray data = readRange(localPath, offset, std::min(partSize, size - offset));
        if (o.limiter) o.limiter->acquire(data.size(), o.cancelled);
        ObjectClient partClient(endpoint);
        partClient.setCancelFlag(o.cancelled);
        const QString etag = partClient.uploadPart(bucket, key, uploadId, n, data);
        const QString md5 =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
        if (!etag.isEmpty() && etag.compare(md5, Qt::CaseInsensitive) != 0)
            ioError(QCoreApplication::translate("ad::Error",
                                                "part %1 of %2: ETag does not match the MD5 sent")
                        .arg(n)
                        .arg(key));
        QMutexLocker lock(&mutex);
        done.insert(n, UploadPart{n, etag, data.size()});
        saveCheckpoint();
        transferred += data.size();
        if (o.progress) o.progress(transferred, size);
        if (o.partUploaded) o.partUploaded(n);
    });
    checkCancelled(o, key);
    ObjectInfo result;
    HttpReply reply;
    result.etag =
        client.completeMultipart(bucket, key, uploadId, done.values(), picHeaders, &reply);
    result.size = size;
    if (!checkpoint.isEmpty()) QFile::remove(checkpoint); // completed: nothing left to resume
    takeResult(reply, QStringLiteral("complete %1").arg(key));
    // Verify the whole object where the store reports CRC-64 (COS).
    const ObjectInfo stored = client.head(bucket, key);
    if (stored.size != size)
        ioError(QCoreApplication::translate("ad::Error", "%1: stored size %2 differs from %3")
                    .arg(key)
                    .arg(stored.size)
                    .arg(size));
    if (stored.crc64) {
        Crc64 crc;
        for (qint64 offset = 0; offset < size; offset += partSize)
            crc.update(readRange(localPath, offset, std::min(partSize, size - offset)));
        if (crc.value() != *stored.crc64)
            ioError(QCoreApplication::translate(
                        "ad::Error", "%1: CRC-64 of the stored object differs from the file")
                        .arg(key));
    }
    return result;
}

namespace
{
QByteArray rangeHeader(qint64 from, qint64 length)
{
    return QStringLiteral("bytes=%1-%2").arg(from).arg(from + length - 1).toLatin1();
}

// POSIX calls rather than QFile: a short write on a full disk must keep its errno for the message.
void writeAt(const QString &path, qint64 offset, const QByteArray &data)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    int errnum = fd < 0 ? errno : 0;
    for (qsizetype written = 0; errnum == 0 && written < data.size();) {
        const ssize_t n = ::pwrite(fd, data.constData() + written, size_t(data.size() - written),
                                   offset + written);
        if (n > 0)
            written += n;
        else if (n == 0 || errno != EINTR)
            errnum = n == 0 ? ENOSPC : errno;
    }
    // Start writing the slice back now, while the network fills the next ones: the sync before
    // the rename then finds little left to do instead of the whole file.
    if (errnum == 0) ::sync_file_range(fd, offset, data.size(), SYNC_FILE_RANGE_WRITE);
    if (fd >= 0) ::close(fd);
    if (errnum != 0)
        ioError(QCoreApplication::translate("ad::Error", "cannot write '%1': %2")
                    .arg(path, writeErrorText(errnum)));
}

// The resume list: replaced whole (temporary file + rename) but not synced; the finished
// download itself is synced once before it becomes visible.
void writeSliceList(const QString &path, const QByteArray &list)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile f(temporary);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(list) == list.size() &&
        f.flush()) {
        f.close();
        ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData());
    }
}
} // namespace

void downloadFile(const Endpoint &endpoint, const QString &bucket, const QString &key,
                  const QString &localPath, const TransferOptions &o)
{
    const qint64 slice = 8LL << 20;
    ObjectClient client(endpoint);
    client.setCancelFlag(o.cancelled);
    checkCancelled(o, key);
    // The first slice also tells size, ETag and CRC-64: no separate HEAD, one request for
    // a small object.
    const HttpReply first =
        client.send("GET", bucket, key, {},
                    {{QStringLiteral("Range"), QString::fromLatin1(rangeHeader(0, slice))}});
    qint64 total = first.body.size();
    if (o.limiter) o.limiter->acquire(first.body.size(), o.cancelled);    // paid after the fact
    const QByteArray contentRange = first.headers.value("content-range"); // bytes 0-x/total
    if (first.status == 206 && contentRange.contains('/'))
        total = contentRange.mid(contentRange.lastIndexOf('/') + 1).toLongLong();
    QString etag = QString::fromLatin1(first.headers.value("etag"));
    etag.remove(QLatin1Char('"'));
    std::optional<uint64_t> crc64;
    if (first.headers.contains("x-cos-hash-crc64ecma"))
        crc64 = first.headers.value("x-cos-hash-crc64ecma").toULongLong();

    QDir().mkpath(QFileInfo(localPath).absolutePath());
    // A partial download belongs to one ETag (a changed object starts over); the slices it
    // already holds are listed beside it, so an interrupted download continues.
    const QString partial = partialPathFor(localPath, QStringLiteral("dl-") + etag.left(32));
    const QString sidecar = partial + QStringLiteral(".slices");
    const int slices = int(std::max<qint64>(1, (total + slice - 1) / slice));
    QSet<int> done;
    if (QFile::exists(partial)) {
        QFile f(sidecar);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &n : f.readAll().split(' ')) {
                if (!n.trimmed().isEmpty()) done.insert(n.trimmed().toInt());
            }
        }
    }
    {
        QFile out(partial);
        if (!out.open(QIODevice::ReadWrite) || !out.resize(total))
            ioError(QCoreApplication::translate("ad::Error", "cannot write '%1': %2")
                        .arg(partial, out.errorString()));
    }
    QMutex mutex;
    qint64 have = 0;
    const auto record = [&](int index, qint64 bytes) {
        QMutexLocker lock(&mutex);
        done.insert(index);
        have += bytes;
        if (slices > 1) { // a one-slice object has nothing to resume
            QByteArray list;
            for (int n : std::as_const(done))
                list += QByteArray::number(n) + ' ';
            writeSliceList(sidecar, list);
        }
        if (o.progress) o.progress(have, total);
    };
    if (!done.contains(0)) {
        writeAt(partial, 0, first.body);
        record(0, first.body.size());
    }
    QList<int> missing;
    for (int i = 1; i < slices; ++i) {
        if (!done.contains(i)) missing << i;
    }
    // A failure leaves the partial file and its slice list for a resume.
    runInParallel(o.partsInFlight, missing.size(), [&](qsizetype index) {
        const int i = missing[index];
        checkCancelled(o, key);
        ObjectClient worker(endpoint);
        worker.setCancelFlag(o.cancelled);
        const qint64 offset = i * slice;
        const qint64 length = std::min(slice, total - offset);
        if (o.limiter) o.limiter->acquire(length, o.cancelled);
        const HttpReply r = worker.send(
            "GET", bucket, key, {},
            {{QStringLiteral("Range"), QString::fromLatin1(rangeHeader(offset, length))},
             {QStringLiteral("If-Match"), QLatin1Char('"') + etag + QLatin1Char('"')}});
        if (r.body.size() != length)
            ioError(
                QCoreApplication::translate("ad::Error", "%1: slice at %2 came back with %3 bytes")
                    .arg(key)
                    .arg(offset)
                    .arg(r.body.size()));
        writeAt(partial, offset, r.body);
        record(i, length);
    });
    QFile out(partial);
    if (!out.open(QIODevice::ReadOnly) || out.size() != total)
        ioError(QCoreApplication::translate("ad::Error", "%1: downloaded %2 bytes, expected %3")
                    .arg(key)
                    .arg(out.size())
                    .arg(total));
    if (crc64) {
        Crc64 crc;
        while (!out.atEnd())
            crc.update(out.read(slice));
        if (crc.value() != *crc64) {
            out.close();
            QFile::remove(partial);
            QFile::remove(sidecar);
            ioError(QCoreApplication::translate("ad::Error", "%1: CRC-64 mismatch after download")
                        .arg(key));
        }
    }
    ::fdatasync(out.handle()); // durable before visible
    out.close();
    if (::rename(QFile::encodeName(partial).constData(),
                 QFile::encodeName(localPath).constData()) != 0)
        ioError(QCoreApplication::translate("ad::Error", "cannot rename the download to '%1'")
                    .arg(localPath));
    QFile::remove(sidecar);
}

QString localPathForKey(const QString &root, const QString &key)
{
    const QString cleanRoot = QDir::cleanPath(QDir(root).absolutePath());
    if (key.isEmpty() || key.startsWith(QLatin1Char('/')) || key.contains(QLatin1Char('\\')) ||
        key.contains(QChar(0)))
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "object key '%1' is not a relative path")
                .arg(key));
    const QString target = QDir::cleanPath(cleanRoot + QLatin1Char('/') + key);
    if (!target.startsWith(cleanRoot + QLatin1Char('/')))
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "ad::Error", "object key '%1' would be written outside '%2'")
                                  .arg(key, cleanRoot));
    return target;
}

} // namespace ad::storage
