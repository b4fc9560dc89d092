#include "storage/styleapi.h"

#include "common/error.h"
#include "storage/accessdenied.h"
#include "style/cloudcheck.h"
#include "style/parser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QThread>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <functional>

namespace ad::storage
{

namespace
{

QByteArray flatBody(const QString &root, const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(root);
    for (const auto &[name, value] : fields)
        xml.writeTextElement(name, value);
    xml.writeEndElement();
    return out;
}

Pairs xmlHeaders(const QByteArray &body)
{
    const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64();
    return {{QStringLiteral("Content-Type"), QStringLiteral("application/xml")},
            {QStringLiteral("Content-MD5"), QString::fromLatin1(md5)}};
}

const Pairs kStyleQuery{{QStringLiteral("style"), QString()}};

} // namespace

QByteArray addStyleBody(const QString &name, const QString &body)
{
    return flatBody(QStringLiteral("AddStyle"),
                    {{QStringLiteral("StyleName"), name}, {QStringLiteral("StyleBody"), body}});
}

QByteArray deleteStyleBody(const QString &name)
{
    return flatBody(QStringLiteral("DeleteStyle"), {{QStringLiteral("StyleName"), name}});
}

std::optional<StyleMap> parseStyleListXml(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("StyleList"))
        return std::nullopt;
    StyleMap styles;
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("StyleRule")) {
            xml.skipCurrentElement();
            continue;
        }
        QString name;
        QString body;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("StyleName"))
                name = xml.readElementText();
            else if (xml.name() == QLatin1String("StyleBody"))
                body = xml.readElementText();
            else
                xml.skipCurrentElement();
        }
        if (name.isEmpty()) return std::nullopt;
        styles.insert(name, body.trimmed());
    }
    if (xml.hasError()) return std::nullopt;
    return styles;
}

Endpoint picEndpoint(const Endpoint &cos)
{
    Endpoint pic = cos;
    QString host = cos.url.host();
    if (host.startsWith(QLatin1String("cos."))) host.replace(0, 3, QStringLiteral("pic"));
    pic.url.setHost(host);
    return pic;
}

StyleDiff diffStyles(const StyleMap &local, const StyleMap &cloud, const QStringList &names)
{
    QStringList all = names;
    if (all.isEmpty()) all = local.keys() + cloud.keys();
    all.sort();
    all.removeDuplicates();
    StyleDiff d;
    for (const QString &name : std::as_const(all)) {
        const auto l = local.constFind(name);
        const auto c = cloud.constFind(name);
        if (l == local.constEnd() && c == cloud.constEnd()) continue;
        if (c == cloud.constEnd())
            d.localOnly << name;
        else if (l == local.constEnd())
            d.cloudOnly << name;
        else if (l->trimmed() != c->trimmed())
            d.differing << name;
        else
            d.same << name;
    }
    return d;
}

void checkStyleName(const QString &name)
{
    if (!style::isValidStyleName(name))
        throw ProcessingError(ErrorCode::InvalidStyleName,
                              QCoreApplication::translate("ad::Error",
                                                          "'%1' is not a style name the cloud "
                                                          "takes (1-64 of letters, digits, _ - .)")
                                  .arg(name.left(100)));
}

void checkStyle(const QString &name, const QString &body)
{
    checkStyleName(name);
    try {
        style::parse(body);
    } catch (const ProcessingError &e) {
        throw ProcessingError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("ad::Error", "style '%1': %2")
                                  .arg(name, e.error().message));
    }
}

QStringList referencedStyles(const QString &body)
{
    QStringList names;
    try {
        for (const style::Stage &stage : style::parse(body).stages)
            if (const auto *ref = std::get_if<style::StyleRef>(&stage.op)) names << ref->name;
    } catch (const ProcessingError &) {
    }
    return names;
}

QStringList referencesFirst(const QStringList &names, const StyleMap &styles)
{
    QStringList sorted = names;
    sorted.sort();
    const QSet<QString> wanted(sorted.cbegin(), sorted.cend());
    QStringList order;
    QSet<QString> done;
    QStringList path; // the styles being visited, to name a circle
    const std::function<void(const QString &)> visit = [&](const QString &name) {
        if (done.contains(name)) return;
        if (path.contains(name))
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ad::Error",
                                            "styles reference each other in a circle: %1")
                    .arg((path.mid(path.indexOf(name)) << name).join(QStringLiteral(" -> "))));
        path << name;
        for (const QString &used : referencedStyles(styles.value(name)))
            if (wanted.contains(used)) visit(used);
        path.removeLast();
        done.insert(name);
        order << name;
    };
    for (const QString &name : std::as_const(sorted))
        visit(name);
    return order;
}

PushPlan planPush(const StyleMap &toPush, const StyleMap &cloud, bool force)
{
    PushPlan plan;
    StyleMap after = cloud;
    StyleMap send;
    for (auto it = toPush.cbegin(); it != toPush.cend(); ++it) {
        checkStyle(it.key(), it.value());
        const QString body = it.value().trimmed();
        const auto there = cloud.constFind(it.key());
        if (there != cloud.constEnd() && there->trimmed() == body)
            plan.unchanged << it.key();
        else if (there == cloud.constEnd() || force)
            send.insert(it.key(), body);
        else
            plan.conflicts << it.key();
        if (there == cloud.constEnd() || force) after.insert(it.key(), body);
    }
    if (after.size() > style::kCloudMaxStyles)
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error",
                                        "the bucket would hold %1 styles; the cloud allows %2 "
                                        "(it has %3): nothing was sent")
                .arg(after.size())
                .arg(style::kCloudMaxStyles)
                .arg(cloud.size()));
    // A style sent must find every style it uses in the bucket once the push is done.
    QStringList dangling;
    for (auto it = send.cbegin(); it != send.cend(); ++it)
        for (const QString &used : referencedStyles(it.value()))
            if (!after.contains(used))
                dangling << QStringLiteral("'%1' uses style/%2").arg(it.key(), used);
    if (!dangling.isEmpty())
        throw ProcessingError(
            ErrorCode::StyleNotFound,
            QCoreApplication::translate("ad::Error",
                                        "%1, which is neither in the bucket nor pushed with it: "
                                        "nothing was sent")
                .arg(dangling.join(QStringLiteral("; "))));
    for (const QString &name : referencesFirst(send.keys(), send))
        plan.send.append({name, send.value(name)});
    return plan;
}

QMap<QString, QStringList> referrersLeft(const QStringList &names, const StyleMap &cloud)
{
    QMap<QString, QStringList> referrers;
    for (auto it = cloud.cbegin(); it != cloud.cend(); ++it) {
        if (names.contains(it.key())) continue;
        for (const QString &used : referencedStyles(it.value()))
            if (names.contains(used) && !referrers.value(used).contains(it.key()))
                referrers[used] << it.key();
    }
    return referrers;
}

PullPlan planPull(const StyleMap &local, const StyleMap &pulled, bool force)
{
    PullPlan plan;
    plan.result = local;
    for (auto it = pulled.cbegin(); it != pulled.cend(); ++it) {
        try {
            checkStyle(it.key(), it.value());
        } catch (const ProcessingError &e) {
            plan.refused.append({it.key(), e.error().message});
            continue;
        }
        const auto here = local.constFind(it.key());
        if (here == local.constEnd()) {
            plan.added << it.key();
            plan.result.insert(it.key(), it.value());
        } else if (here->trimmed() == it.value().trimmed()) {
            plan.unchanged << it.key();
        } else if (force) {
            plan.replaced << it.key();
            plan.result.insert(it.key(), it.value());
        } else {
            plan.conflicts << it.key();
        }
    }
    return plan;
}

StyleClient::StyleClient(const Endpoint &cos, QString bucket)
    : m_client(picEndpoint(cos)), m_bucket(std::move(bucket))
{
}

HttpReply StyleClient::send(const QByteArray &method, const Pairs &headers, const QByteArray &body)
{
    try {
        return m_client.send(method, m_bucket, QString(), kStyleQuery, headers, body);
    } catch (const ProcessingError &e) {
        // A wrong key is the likeliest cause and the user's to fix; say so before the details.
        throw ProcessingError(withAccessHint(
            e.error(), QCoreApplication::translate("ad::Error", "use the bucket's styles")));
    }
}

StyleMap StyleClient::list()
{
    const HttpReply r = send("GET");
    const auto styles = parseStyleListXml(r.body);
    if (!styles)
        throw ProcessingError(
            ErrorCode::IoError,
            QCoreApplication::translate("ad::Error", "styles of %1: the answer is not a style list")
                .arg(m_bucket));
    return *styles;
}

void StyleClient::paceWrite()
{
    if (m_lastWrite.isValid()) {
        const qint64 wait = kWriteIntervalMs - m_lastWrite.elapsed();
        if (wait > 0) QThread::msleep(static_cast<unsigned long>(wait));
    }
    m_lastWrite.start();
}

void StyleClient::put(const QString &name, const QString &body)
{
    checkStyle(name, body);
    paceWrite();
    const QByteArray xml = addStyleBody(name, body.trimmed());
    send("PUT", xmlHeaders(xml), xml);
}

void StyleClient::remove(const QString &name)
{
    checkStyleName(name);
    paceWrite();
    const QByteArray xml = deleteStyleBody(name);
    send("DELETE", xmlHeaders(xml), xml);
}

} // namespace ad::storage
