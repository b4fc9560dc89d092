#pragma once

// A bucket's image styles through the CI style API (GET/PUT/DELETE /?style on the bucket's pic
// host): the XML bodies, the comparison of a local style library with the bucket's, and a
// blocking client that keeps to the cloud's limits before anything is sent (at most
// style::kCloudMaxStyles styles, D21 names, bodies that parse, one write per second).

#include "storage/objectclient.h"

#include <QElapsedTimer>
#include <QMap>
#include <QStringList>

namespace ad::storage
{

using StyleMap = QMap<QString, QString>; // name -> processing string

// --- Pure functions ------------------------------------------------------------------------
QByteArray addStyleBody(const QString &name, const QString &body);
QByteArray deleteStyleBody(const QString &name);
// <StyleList><StyleRule><StyleName/><StyleBody/></StyleRule>...</StyleList>; nullopt when the
// answer is not such a list.
std::optional<StyleMap> parseStyleListXml(const QByteArray &xml);

// The same bucket's style API host: <bucket>.pic.<region>.myqcloud.com in place of .cos.; an
// override (Endpoint::connectTo) stays where it is.
Endpoint picEndpoint(const Endpoint &cos);

struct StyleDiff {
    QStringList localOnly;
    QStringList cloudOnly;
    QStringList differing; // both have it, with other bodies
    QStringList same;
    bool empty() const { return localOnly.isEmpty() && cloudOnly.isEmpty() && differing.isEmpty(); }
};
// Bodies compare after trimming, as the cloud stores them. `names` non-empty: only those.
StyleDiff diffStyles(const StyleMap &local, const StyleMap &cloud, const QStringList &names = {});

// Throw InvalidStyleName for a name outside D21 and InvalidArgument for a body that does not
// parse, naming the style.
void checkStyleName(const QString &name);
void checkStyle(const QString &name, const QString &body);

// The styles a body uses as style/<name>, in the order written; none for a body that does not
// parse.
QStringList referencedStyles(const QString &body);

// `names` ordered so that each comes after the styles of `styles` it references (otherwise by
// name). Throws InvalidArgument naming the styles that reference each other in a circle.
QStringList referencesFirst(const QStringList &names, const StyleMap &styles);

// What pushing `toPush` onto `cloud` sends, in sending order (a style after those it
// references): the new styles, and the differing ones only with `force` (else they are
// conflicts). Throws, before anything is sent, for a style that fails checkStyle, a style that
// references one the bucket would not have (StyleNotFound), styles referencing each other in a
// circle, or when the bucket would hold more than style::kCloudMaxStyles styles.
struct PushPlan {
    QList<QPair<QString, QString>> send; // name, trimmed body
    QStringList unchanged;
    QStringList conflicts;
};
PushPlan planPush(const StyleMap &toPush, const StyleMap &cloud, bool force);

// Deleting `names` from `cloud`: the styles that stay and use one of them as style/<name>,
// by the deleted name. Empty: nothing would be left dangling.
QMap<QString, QStringList> referrersLeft(const QStringList &names, const StyleMap &cloud);

// `local` with `pulled` taken in: new styles added; differing ones replaced only with `force`
// (else they are conflicts and keep the local body). A pulled style that fails checkStyle here
// (an operation this version does not know) is refused, so the local file stays readable.
struct PullPlan {
    StyleMap result;
    QStringList added;
    QStringList replaced;
    QStringList unchanged;
    QStringList conflicts;
    QList<QPair<QString, QString>> refused; // name, why
};
PullPlan planPull(const StyleMap &local, const StyleMap &pulled, bool force);

// --- Requests ------------------------------------------------------------------------------
// Errors are ProcessingError with the service's code (SignatureDoesNotMatch, -60957, ...); a
// refused signature or permission (HTTP 403) says so in words first: "access denied: check the
// secret id and key (... HTTP 403 SignatureDoesNotMatch ...)".
class StyleClient
{
public:
    // `cos`: the bucket's COS endpoint (as endpointFor gives it); requests go to its pic host.
    StyleClient(const Endpoint &cos, QString bucket);

    StyleMap list();
    // Both wait as needed so that writes are at least kWriteIntervalMs apart.
    void put(const QString &name, const QString &body);
    void remove(const QString &name);

    static constexpr int kWriteIntervalMs = 1000; // the cloud allows one write per second

private:
    void paceWrite();
    HttpReply send(const QByteArray &method, const Pairs &headers = {},
                   const QByteArray &body = {});

    ObjectClient m_client;
    QString m_bucket;
    QElapsedTimer m_lastWrite; // invalid until the first write
};

} // namespace ad::storage
