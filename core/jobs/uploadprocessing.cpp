#include "jobs/uploadprocessing.h"

#include "assets/assetkind.h"
#include "common/error.h"
#include "jobs/batchplan.h"
#include "jobs/nametemplate.h"
#include "style/printer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ad::jobs
{

namespace
{

[[noreturn]] void rethrowFor(const QString &style, const ProcessingError &e)
{
    Error error = e.error();
    error.message =
        QCoreApplication::translate("ad::Error", "style '%1': %2").arg(style, error.message);
    throw ProcessingError(error);
}

template <typename Op> bool hasStage(const style::Pipeline &pipeline)
{
    return std::any_of(pipeline.stages.begin(), pipeline.stages.end(),
                       [](const auto &stage) { return std::holds_alternative<Op>(stage.op); });
}

} // namespace

QList<UploadStyle> resolveUploadStyles(const QStringList &styles, const style::StyleLookup &lookup)
{
    if (styles.size() > style::kCloudMaxRules)
        throw ProcessingError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ad::Error",
                                        "%1 styles on upload; one request takes at most %2 rules")
                .arg(styles.size())
                .arg(style::kCloudMaxRules));
    QList<UploadStyle> out;
    for (const QString &typed : styles) {
        const QString text = typed.trimmed();
        UploadStyle s;
        try {
            std::optional<QString> body;
            if (lookup && style::isValidStyleName(text)) body = lookup(text);
            s.label = body ? text : styleLabel(text);
            s.rule = body ? body->trimmed() : text;
            style::Pipeline pipeline = style::parse(s.rule);
            if (lookup && hasStage<style::StyleRef>(pipeline)) {
                try {
                    pipeline = style::expandStyles(pipeline, lookup);
                    s.rule = style::print(pipeline);
                } catch (const ProcessingError &e) {
                    // A style the library lacks is left for the bucket's own styles.
                    if (e.error().code != ErrorCode::StyleNotFound) throw;
                }
            }
            if (hasStage<style::InfoQuery>(pipeline))
                throw ProcessingError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("ad::Error",
                                                "it answers information, which the cloud does not "
                                                "store as a result"));
        } catch (const ProcessingError &e) {
            rethrowFor(typed, e);
        }
        out << s;
    }
    return out;
}

bool isProcessablePicture(const QString &path)
{
    return assets::isPicture(assets::kindOfPath(path));
}

QList<style::PicRule> picRulesFor(const QList<UploadStyle> &styles, const QString &key,
                                  const QString &sourcePath, const QString &nameTemplate, int index,
                                  const QDate &date)
{
    const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
    const QString fileName = key.mid(slash + 1);
    NameFields fields;
    fields.name =
        fileName.contains(QLatin1Char('.')) ? fileName.section(QLatin1Char('.'), 0, -2) : fileName;
    fields.index = index;
    fields.date = date;
    QList<style::PicRule> rules;
    QSet<QString> names;
    for (const UploadStyle &s : styles) {
        fields.style = s.label;
        fields.ext = outputExtension(style::parse(s.rule), fileName);
        if (fields.ext.isEmpty()) fields.ext = QFileInfo(sourcePath).suffix().toLower();
        QString fileId = expandNameTemplate(nameTemplate, fields);
        while (fileId.endsWith(QLatin1Char('.'))) // no extension anywhere: no trailing dot
            fileId.chop(1);
        if (fileId == fileName)
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ad::Error",
                                            "name template '%1' gives '%2' for %3, the original's "
                                            "own name; originals are never replaced")
                    .arg(nameTemplate, fileId, key));
        if (names.contains(fileId))
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ad::Error",
                                            "name template '%1' gives '%2' for two styles; add "
                                            "{style} to it")
                    .arg(nameTemplate, fileId));
        names.insert(fileId);
        rules.append({fileId, s.rule});
    }
    return rules;
}

QString processedLine(const QString &where, const storage::PicProcessed &p)
{
    QStringList facts;
    if (p.width > 0 && p.height > 0)
        facts << QStringLiteral("%1×%2 %3").arg(p.width).arg(p.height).arg(p.format);
    if (p.size >= 0) facts << QCoreApplication::translate("ad::Error", "%1 bytes").arg(p.size);
    if (!p.etag.isEmpty()) facts << QStringLiteral("ETag %1").arg(p.etag);
    if (p.watermarkStatus) facts << QStringLiteral("WatermarkStatus %1").arg(*p.watermarkStatus);
    if (p.text) facts << QStringLiteral("Text \"%1\"").arg(*p.text);
    return where + QStringLiteral(": ") + facts.join(QStringLiteral(", "));
}

QStringList uploadResultLines(const storage::ObjectUrl &destination,
                              const storage::UploadResult &result)
{
    QStringList lines;
    QStringList original{QCoreApplication::translate("ad::Error", "original")};
    if (const auto &info = result.originalInfo; info && info->width > 0)
        original.last() +=
            QStringLiteral(" %1×%2 %3").arg(info->width).arg(info->height).arg(info->format);
    if (!result.originalEtag.isEmpty())
        original << QStringLiteral("ETag %1").arg(result.originalEtag);
    lines << storage::objectLocation(destination, result.originalKey) + QStringLiteral(": ") +
                 original.join(QStringLiteral(", "));
    for (const storage::PicProcessed &p : result.results)
        lines << processedLine(storage::objectLocation(destination, p.key), p);
    return lines;
}

QString picRulesToText(const QList<style::PicRule> &rules)
{
    QJsonArray array;
    for (const style::PicRule &r : rules)
        array.append(
            QJsonObject{{QStringLiteral("fileid"), r.fileId}, {QStringLiteral("rule"), r.rule}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<style::PicRule> picRulesFromText(const QString &text)
{
    QList<style::PicRule> rules;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        rules.append({v[QLatin1String("fileid")].toString(), v[QLatin1String("rule")].toString()});
    return rules;
}

} // namespace ad::jobs
