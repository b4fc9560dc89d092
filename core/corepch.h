// The Qt and standard headers most of the core parses, compiled once per build: CI builds
// everything twice on two cores, and these headers are most of each file's compile time.
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
