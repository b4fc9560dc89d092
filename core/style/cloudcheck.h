#pragma once

// What the cloud would refuse or do differently, said before anything is applied: the service's
// size, pixel, format and count limits, and the parts of a style that only resolve locally.
// Also the two forms in which a style travels to the cloud unchanged: a download URL and the
// Pic-Operations header of upload-time processing.

#include "style/ast.h"

#include <QByteArray>
#include <QSize>
#include <QStringList>

namespace ad::style
{

constexpr qint64 kCloudMaxSourceBytes = 32LL * 1024 * 1024;
constexpr int kCloudMaxSourceSide = 30000;
constexpr qint64 kCloudMaxSourcePixels = 250'000'000;
constexpr int kCloudMaxRules = 5;
constexpr int kCloudMaxStyles = 100;

struct SourceFacts {
    qint64 bytes = 0; // 0: unknown
    QSize size;       // upright size; invalid: unknown
    int frames = 1;
};

// Translated sentences (context "CloudCheck"), empty when the cloud would do the same.
QStringList cloudWarnings(const Pipeline &pipeline, const SourceFacts &source,
                          const QSize &output = {});

// <objectUrl>?<processing>, percent-encoding what a URL cannot carry (<, >, spaces, ...).
QString cloudUrl(const QString &objectUrl, const QString &processing);

struct PicRule {
    QString fileId; // result key; relative to the source object's folder unless it starts with /
    QString rule;   // processing string or style/<name>
};
// The Pic-Operations header JSON (compact, rules in order). Throws InvalidArgument beyond 5 rules.
QByteArray picOperationsJson(const QList<PicRule> &rules, bool picInfo = true);

} // namespace ad::style
