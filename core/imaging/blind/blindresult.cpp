#include "imaging/blind/blindresult.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ad::imaging::blind
{

QString verdictFor(int status)
{
    if (status > 75) return QStringLiteral("present");
    if (status >= 60) return QStringLiteral("suspected");
    return QStringLiteral("absent");
}

QByteArray blindResultJson(int type, const Extraction &e)
{
    QJsonObject o;
    o[QStringLiteral("Type")] = type;
    if (type == 2) {
        o[QStringLiteral("WatermarkStatus")] = e.status;
        o[QStringLiteral("Verdict")] = verdictFor(e.status);
        o[QStringLiteral("BitAccuracy")] = std::round(e.bitAccuracy * 1000) / 1000;
    }
    // Types 1 and 3 carry a checksum: the mark is either recovered whole or not at all.
    if (type != 2) o[QStringLiteral("Detected")] = e.decoded;
    if (type == 3) o[QStringLiteral("Text")] = e.text.value_or(QString());
    QJsonObject sync;
    sync[QStringLiteral("Found")] = e.synced;
    sync[QStringLiteral("Confidence")] = std::round(e.confidence * 10) / 10;
    if (e.synced) {
        sync[QStringLiteral("Period")] = std::round(e.period * 100) / 100;
        sync[QStringLiteral("Rotation")] = std::round(e.rotation * 100) / 100;
    }
    if (e.otherType) sync[QStringLiteral("OtherType")] = e.otherType;
    o[QStringLiteral("Sync")] = sync;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace ad::imaging::blind
