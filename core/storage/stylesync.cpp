#include "storage/stylesync.h"

#include "common/error.h"
#include "style/cloudcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ad::storage
{

QString bucketWithAppId(const QString &bucket, const QString &appId)
{
    static const QRegularExpression suffix(QStringLiteral("-[0-9]+$"));
    if (appId.isEmpty() || bucket.isEmpty() || suffix.match(bucket).hasMatch()) return bucket;
    return bucket + QLatin1Char('-') + appId;
}

QList<SyncEntry> syncEntries(const StyleMap &local, const StyleMap &cloud)
{
    const StyleDiff d = diffStyles(local, cloud);
    QList<SyncEntry> entries;
    const auto add = [&](const QStringList &names, SyncState state, SyncAction action) {
        for (const QString &name : names)
            entries.append({name, state, local.value(name), cloud.value(name), action});
    };
    add(d.localOnly, SyncState::LocalOnly, SyncAction::Push);
    add(d.cloudOnly, SyncState::CloudOnly, SyncAction::Pull);
    add(d.differing, SyncState::Differs, SyncAction::Skip);
    add(d.same, SyncState::Same, SyncAction::Skip);
    std::sort(entries.begin(), entries.end(),
              [](const SyncEntry &a, const SyncEntry &b) { return a.name < b.name; });
    return entries;
}

QList<SyncAction> syncActions(SyncState state)
{
    switch (state) {
    case SyncState::LocalOnly:
        return {SyncAction::Skip, SyncAction::Push};
    case SyncState::CloudOnly:
        return {SyncAction::Skip, SyncAction::Pull, SyncAction::DeleteInCloud};
    case SyncState::Same:
        return {SyncAction::Skip, SyncAction::DeleteInCloud};
    case SyncState::Differs:
        break;
    }
    return {SyncAction::Skip, SyncAction::Push, SyncAction::Pull, SyncAction::DeleteInCloud};
}

QList<SyncStep> planSync(const QList<SyncEntry> &entries, const StyleMap &cloud)
{
    QList<SyncStep> pulls;
    QStringList deletes;
    StyleMap pushes;
    QList<ProcessingError> refused;
    for (const SyncEntry &e : entries) {
        if (!syncActions(e.state).contains(e.action)) continue;
        switch (e.action) {
        case SyncAction::Skip:
            break;
        case SyncAction::Pull:
            pulls.append({e.action, e.name, e.cloud});
            break;
        case SyncAction::DeleteInCloud:
            deletes << e.name;
            break;
        case SyncAction::Push:
            try {
                checkStyle(e.name, e.local);
                pushes.insert(e.name, e.local.trimmed());
            } catch (const ProcessingError &error) {
                refused.append(error);
            }
            break;
        }
    }
    if (!refused.isEmpty()) {
        QStringList messages;
        for (const ProcessingError &e : std::as_const(refused))
            messages << e.error().message;
        throw ProcessingError(refused.first().error().code, messages.join(QStringLiteral("; ")));
    }
    StyleMap after = cloud;
    for (const QString &name : std::as_const(deletes))
        after.remove(name);
    after.insert(pushes);
    if (after.size() > style::kCloudMaxStyles)
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate(
                                  "ad::Error", "the bucket would hold %1 styles; the cloud allows "
                                               "%2: choose fewer to push or some to delete")
                                  .arg(after.size())
                                  .arg(style::kCloudMaxStyles));
    QStringList dangling;
    for (auto it = pushes.cbegin(); it != pushes.cend(); ++it)
        for (const QString &used : referencedStyles(it.value()))
            if (!after.contains(used))
                dangling << QStringLiteral("'%1' uses style/%2").arg(it.key(), used);
    if (!dangling.isEmpty())
        throw ProcessingError(ErrorCode::StyleNotFound,
                              QCoreApplication::translate(
                                  "ad::Error", "%1, which the bucket would not have: push it too")
                                  .arg(dangling.join(QStringLiteral("; "))));
    const QMap<QString, QStringList> users = referrersLeft(deletes, after);
    if (!users.isEmpty()) {
        QStringList said;
        for (auto it = users.cbegin(); it != users.cend(); ++it)
            said << QCoreApplication::translate("ad::Error", "%1 is used as style/%1 by %2")
                        .arg(it.key(), it.value().join(QStringLiteral(", ")));
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error", "%1: delete those too, or keep it")
                .arg(said.join(QStringLiteral("; "))));
    }
    QList<SyncStep> steps = pulls;
    for (const QString &name : std::as_const(deletes))
        steps.append({SyncAction::DeleteInCloud, name, {}});
    for (const QString &name : referencesFirst(pushes.keys(), pushes))
        steps.append({SyncAction::Push, name, pushes.value(name)});
    return steps;
}

} // namespace ad::storage
