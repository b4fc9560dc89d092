#pragma once

// Syncing a style library with a bucket's styles one choice at a time (the Style Editor's Sync
// with Bucket): every style of either side with its state and the action chosen for it, and
// the whole set of actions checked against the cloud's limits before the first request.

#include "storage/styleapi.h"

namespace ad::storage
{

enum class SyncState { LocalOnly, CloudOnly, Same, Differs };
enum class SyncAction { Skip, Push, Pull, DeleteInCloud };

struct SyncEntry {
    QString name;
    SyncState state = SyncState::Same;
    QString local; // empty when only in the cloud
    QString cloud; // empty when only here
    SyncAction action = SyncAction::Skip;
};

// Both sides by name, each with its default action: a local-only style is pushed, a cloud-only
// one pulled, the others skipped (a differing style waits for the user's choice).
QList<SyncEntry> syncEntries(const StyleMap &local, const StyleMap &cloud);
// The actions that make sense in a state, Skip first.
QList<SyncAction> syncActions(SyncState state);

struct SyncStep {
    SyncAction action = SyncAction::Skip;
    QString name;
    QString body; // the body pushed or pulled
};
// The chosen actions in the order they run: pulls (no request), deletes (they make room), then
// pushes, each after the styles it references. Throws ProcessingError before anything runs when
// a pushed style fails checkStyle, the bucket would end with more than style::kCloudMaxStyles
// styles, a pushed style references one the bucket would not have (StyleNotFound), or a deleted
// style is still referenced by one the bucket keeps.
QList<SyncStep> planSync(const QList<SyncEntry> &entries, const StyleMap &cloud);

// A COS bucket name as typed, with the connection's APPID appended when it has none (no
// "-<digits>" ending), as the COS console names buckets: "photos" -> "photos-1250000000".
QString bucketWithAppId(const QString &bucket, const QString &appId);

} // namespace ad::storage
