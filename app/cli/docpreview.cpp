// assetdesk-cli docpreview: documents to page images with doc-preview's parameters.

#include "document/docpreview.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "document/docformats.h"
#include "imaging/outputname.h"
#include "jobs/batchplan.h"
#include "jobs/nametemplate.h"
#include "storage/atomicfile.h"
#include "style/values.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <malloc.h>

namespace ad::cli
{

namespace
{
const char kUsage[] =
    "assetdesk-cli docpreview FILE [--page N | --start-page A --end-page B] "
    "--dst-type png|jpg|pdf [--scale S --image-dpi D --quality Q --sheet N --password P "
    "--pagination K --src-type T --name PATTERN --conflict skip|overwrite|rename] -o OUT_OR_DIR\n"
    "  -o is the output file when one output is made and OUT has an extension, else a folder;\n"
    "  PATTERN fields: ${Number} ${Page} ${SheetID}; existing files follow --conflict (rename)";

QString fieldsHint()
{
    return QCoreApplication::translate("docpreview",
                                       "the fields are ${Number}, ${Page} and ${SheetID}");
}

bool toInt(const QString &text, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok;
}
} // namespace

int docPreviewCommand(const QStringList &args)
{
    // Page bitmaps and decoded images (several MB each) are allocated and freed per page on
    // worker threads, where glibc returned them to the kernel each time: the next page paid a
    // page fault per 4 KiB (0.12 s of system time on an 8-page image PDF, 0.03 s kept). This
    // process is short-lived, so it keeps them.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    document::DocRequest r;
    QString input, output, pattern;
    bool dstTypeGiven = false;
    jobs::ConflictPolicy conflict = jobs::ConflictPolicy::Rename;
    const QMap<QString, int *> ints{{QStringLiteral("--page"), &r.page},
                                    {QStringLiteral("--start-page"), &r.startPage},
                                    {QStringLiteral("--end-page"), &r.endPage},
                                    {QStringLiteral("--scale"), &r.scale},
                                    {QStringLiteral("--image-dpi"), &r.imageDpi},
                                    {QStringLiteral("--quality"), &r.quality},
                                    {QStringLiteral("--sheet"), &r.sheet}};
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (ints.contains(a) && hasValue) {
            if (!toInt(args[++i], ints[a]))
                return usageError(QStringLiteral("%1 needs a number, got \"%2\"").arg(a, args[i]));
        } else if (a == QLatin1String("--pagination") && hasValue) {
            int k = 0;
            if (!toInt(args[++i], &k))
                return usageError(QStringLiteral("--pagination needs 0 or 1"));
            r.pagination = k != 0;
        } else if (a == QLatin1String("--dst-type") && hasValue) {
            r.dstType = args[++i];
            dstTypeGiven = true;
        } else if (a == QLatin1String("--password") && hasValue) {
            r.password = args[++i];
        } else if (a == QLatin1String("--src-type") && hasValue) {
            r.srcType = args[++i];
        } else if (a == QLatin1String("--name") && hasValue) {
            pattern = args[++i];
        } else if (a == QLatin1String("--conflict") && hasValue) {
            const auto policy = jobs::conflictPolicyFromName(args[++i]);
            if (!policy)
                return usageError(QStringLiteral("--conflict takes skip, overwrite or rename"));
            conflict = *policy;
        } else if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && hasValue) {
            output = args[++i];
        } else if (input.isEmpty() && !a.startsWith(QLatin1String("--"))) {
            input = a;
        } else {
            return usageError(QString::fromLatin1(kUsage));
        }
    }
    if (input.isEmpty() || output.isEmpty()) return usageError(QString::fromLatin1(kUsage));
    // "{page}" looks like a field but would be kept literally, giving every page one name.
    const QRegularExpressionMatch unknown =
        QRegularExpression(QStringLiteral("(?<!\\$)\\{\\w+\\}")).match(pattern);
    if (unknown.hasMatch())
        return reportError(
            {ErrorCode::InvalidArgument,
             QCoreApplication::translate("docpreview", "--name: %1 is not a field; %2")
                 .arg(unknown.captured(), fieldsHint())});

    // -o names the file when there is one output and it has an extension, else the folder the
    // outputs go into (made if missing), so "-o out/docs" never becomes a file called "docs".
    const bool allSheets =
        r.sheet == 0 &&
        document::docKind(r.srcType.isEmpty() ? QFileInfo(input).suffix() : r.srcType) ==
            document::DocKind::Sheet;
    const bool oneOutput = (!r.hasRange() && !allSheets) || r.pagination ||
                           r.dstType.toLower() == QLatin1String("pdf");
    const QFileInfo outInfo(output);
    const bool single = oneOutput && !outInfo.isDir() && !output.endsWith(QLatin1Char('/')) &&
                        !outInfo.suffix().isEmpty();
    // One output named "page.png": the name says the format unless --dst-type does; the two
    // must agree, or the file would carry the other format's bytes.
    if (single && r.dstType.toLower() != QLatin1String("pdf")) {
        const auto named = imaging::formatOfName(output);
        const auto asked = style::formatFromName(r.dstType);
        if (named && !dstTypeGiven &&
            (*named == style::ImageFormat::Png || *named == style::ImageFormat::Jpeg))
            r.dstType = style::formatName(*named);
        else if (named && asked)
            try {
                imaging::checkOutputName(output, *asked);
            } catch (const ProcessingError &e) {
                return reportError(e.error());
            }
    }
    if (pattern.isEmpty()) pattern = document::defaultPattern(input, r);
    QJsonArray written;
    QMutex mutex; // the sink runs on several threads at once
    // Files there before are not replaced unless --conflict overwrite says so: under rename all
    // pages take one counter ("report (1)_1.jpg", "page3 (1).jpg"), under skip they are left.
    QHash<int, QString> nameOf; // output number -> path, set before any page renders
    int skipped = 0;
    const auto planNames = [&](const QList<document::DocPage> &outputs) {
        const auto candidates = [&](int n) {
            if (single) return QStringList{n == 0 ? output : jobs::withCounter(output, n)};
            const QString p = n == 0 ? pattern : jobs::withCounter(pattern, n);
            QStringList paths;
            for (const document::DocPage &page : outputs)
                paths << QDir(output).filePath(document::outputName(p, page));
            return paths;
        };
        // Two pages of one run on one path would lose all but the last: refuse before rendering.
        const QStringList planned = candidates(0);
        if (QSet<QString>(planned.begin(), planned.end()).size() < planned.size())
            throw ProcessingError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "docpreview",
                    "the name pattern gives every page the same name; add ${Page} or ${Number}"));
        const auto exists = [](const QString &path) { return QFileInfo::exists(path); };
        const QStringList paths = jobs::NameReservation().claim(
            candidates, conflict == jobs::ConflictPolicy::Rename
                            ? jobs::NameReservation::Unavailable(exists)
                            : jobs::NameReservation::Unavailable());
        for (int i = 0; i < outputs.size(); ++i)
            nameOf.insert(outputs[i].number, paths[i]);
    };
    // Pages become visible together, after one sync: a failed or killed run leaves none.
    storage::AtomicBatch outputs;
    try {
        const document::DocSummary s = document::convertDocument(
            input, r,
            [&](const document::DocPage &page) {
                const QString path = nameOf.value(page.number);
                if (conflict == jobs::ConflictPolicy::Skip && QFileInfo::exists(path)) {
                    const QMutexLocker lock(&mutex);
                    ++skipped;
                    return;
                }
                QDir().mkpath(QFileInfo(path).absolutePath());
                outputs.write(path, page.bytes);
                QJsonObject o{{QStringLiteral("PageNo"), page.page},
                              {QStringLiteral("PicIndex"), page.number},
                              {QStringLiteral("TgtUri"), path}};
                if (page.sheet) o[QStringLiteral("SheetId")] = page.sheet;
                const QMutexLocker lock(&mutex);
                written.append(o);
            },
            nullptr, planNames);
        outputs.commit();
        // Outputs arrive in the order workers finish them; report them in page order.
        QList<QJsonValue> sorted(written.begin(), written.end());
        std::sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
            return a[QStringLiteral("PicIndex")].toInt() < b[QStringLiteral("PicIndex")].toInt();
        });
        written = QJsonArray();
        for (const QJsonValue &v : sorted)
            written.append(v);
        QJsonObject result{{QStringLiteral("TotalPage"), s.totalPages},
                           {QStringLiteral("SuccPageCount"), s.outputs - skipped},
                           {QStringLiteral("PageInfo"), written}};
        if (skipped) result[QStringLiteral("SkippedPageCount")] = skipped;
        if (s.totalSheets) {
            result[QStringLiteral("TotalSheet")] = s.totalSheets;
            if (!s.sheetName.isEmpty()) result[QStringLiteral("SheetName")] = s.sheetName;
        }
        writeStdout(QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
        return 0;
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
}

} // namespace ad::cli
