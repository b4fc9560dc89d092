#pragma once

// Processing on upload: the styles a user picks for files going to a COS bucket, and the
// Pic-Operations rules each uploaded file gets (one result object per style, named by a
// template and stored beside the original unless the template says otherwise).

#include "storage/objecturl.h"
#include "style/cloudcheck.h"
#include "style/parser.h"

#include <QDate>

namespace ad::jobs
{

// A style to run on upload: `label` fills {style} in the result's name; `rule` is what the
// cloud runs (a processing string, or style/<name> for a style kept in the bucket).
struct UploadStyle {
    QString label;
    QString rule;
};

// Results are named `<name>-<style>.<ext>` next to the original by default.
inline const QString kUploadResultTemplate = QStringLiteral("{name}-{style}.{ext}");

// What the user typed (`cp --process`, a style picked in a window), resolved and checked before
// any byte is sent. With a library (`lookup`), a bare style name gives that style's body, and
// style/<name> references the library holds are expanded, so the cloud runs what the desktop
// checked whether or not the bucket holds the style; other references go as written, for the
// bucket's own styles. Throws ProcessingError naming the style: more than 5 styles (one
// request takes 5 rules), a processing string that does not parse, or one that answers
// information (imageInfo, exif, imageAve), which the cloud stores no result of.
QList<UploadStyle> resolveUploadStyles(const QStringList &styles,
                                       const style::StyleLookup &lookup = {});

// Whether a file is a picture the cloud can process, as the asset kind decides it (content
// first, then name); other files of an upload with processing go up as they are.
bool isProcessablePicture(const QString &path);

// The rules for one uploaded object `key` from the local file `sourcePath`: fileid from
// `nameTemplate` (fields {name} {ext} {style} {index} {date}; {dir} is empty), relative to the
// object's folder. {ext} is the style's format, else the key's extension, else the source
// file's (a key `up2` from logo.png gives up2-<style>.png); a name never ends in '.'. Throws
// InvalidArgument for a template that is bad or names the original itself (originals are never
// replaced) or gives two results one name.
QList<style::PicRule> picRulesFor(const QList<UploadStyle> &styles, const QString &key,
                                  const QString &sourcePath,
                                  const QString &nameTemplate = kUploadResultTemplate,
                                  int index = 1, const QDate &date = QDate::currentDate());

// One result the cloud stored: "<where>: <w>×<h> <format>, <n> bytes, ETag <etag>" with the
// WatermarkStatus and extracted Text when the UploadResult has them.
QString processedLine(const QString &where, const storage::PicProcessed &result);

// The report of one upload: the original ("cos://b/a.jpg: original 640×427 JPEG, ETag ...") and
// each result (location, width×height format, bytes, ETag, WatermarkStatus), one line each.
QStringList uploadResultLines(const storage::ObjectUrl &destination,
                              const storage::UploadResult &result);

// Rules as a job item keeps them (its variant), and back.
QString picRulesToText(const QList<style::PicRule> &rules);
QList<style::PicRule> picRulesFromText(const QString &text);

} // namespace ad::jobs
