#include "storage/picprocess.h"

#include "common/error.h"

#include <QCoreApplication>

namespace ad::storage
{

QPair<QString, QString> picOperationsHeader(const QList<style::PicRule> &rules, bool picInfo)
{
    return {QStringLiteral("Pic-Operations"),
            QString::fromUtf8(style::picOperationsJson(rules, picInfo))};
}

UploadResult uploadResultFrom(const HttpReply &reply, const QString &what)
{
    if (auto result = parseUploadResult(reply.body)) return *result;
    throw ProcessingError(
        ErrorCode::IoError,
        QCoreApplication::translate("ad::Error", "%1: the answer is not an UploadResult")
            .arg(what));
}

UploadResult processStored(ObjectClient &client, const QString &bucket, const QString &key,
                           const QList<style::PicRule> &rules, bool picInfo)
{
    const HttpReply reply =
        client.send("POST", bucket, key, {{QStringLiteral("image_process"), QString()}},
                    {picOperationsHeader(rules, picInfo)});
    return uploadResultFrom(reply, QStringLiteral("POST %1?image_process").arg(key));
}

} // namespace ad::storage
