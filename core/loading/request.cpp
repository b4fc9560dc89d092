#include "loading/request.h"

#include <QFileInfo>

namespace ad::loading
{

QString Request::key() const
{
    const QString version = isRemote() ? etag : QString::number(modified.toMSecsSinceEpoch());
    QString key = QStringLiteral("%1|%2|%3x%4|%5")
                      .arg(location, version)
                      .arg(bound.width())
                      .arg(bound.height())
                      .arg(int(purpose));
    if (coverSeconds) key += QLatin1Char('@') + QString::number(*coverSeconds);
    return key;
}

Request localRequest(const QString &path, QSize bound, Purpose purpose)
{
    Request r;
    r.location = path;
    r.modified = QFileInfo(path).lastModified();
    r.bound = bound;
    r.purpose = purpose;
    return r;
}

Request objectCopyRequest(const QString &location, const QString &etag, qint64 size)
{
    Request r;
    r.location = location;
    r.etag = etag;
    r.size = size;
    r.purpose = Purpose::Preview;
    return r;
}

qint64 Result::bytes() const
{
    qint64 total = image.sizeInBytes() + localPath.size() * 2 + 64;
    for (const QImage &frame : frames.frames)
        total += frame.sizeInBytes();
    return total;
}

} // namespace ad::loading
