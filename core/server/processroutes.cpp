#include "server/processroutes.h"

#include "imaging/encoder.h"
#include "imaging/executor.h"
#include "server/cierror.h"
#include "server/objectroutes.h"
#include "style/cloudcheck.h"
#include "style/printer.h"

#include <QUrl>

namespace ad::server
{

namespace
{

struct Source {
    QString key;
    ObjectStat stat;
    QString style; // from a style URL, else empty
};

// Where `key` could split into an object and a known style, last separator first.
QList<qsizetype> styleSplits(const ProcessingContext &context, const QString &key)
{
    QList<qsizetype> splits;
    for (qsizetype i = key.size() - 1; i > 0; --i)
        if (context.styleSeparators.contains(key[i]) && context.styles.find(key.mid(i + 1)))
            splits.append(i);
    return splits;
}

// The object a request names: the key as given when it exists, else the last split at a
// separator whose left part exists and whose right part is a known style.
std::optional<Source> resolveSource(const ProcessingContext &context, const QString &key,
                                    const QList<qsizetype> &splits)
{
    if (const std::optional<ObjectStat> stat = context.backing.stat(key))
        return Source{key, *stat, {}};
    for (const qsizetype i : splits)
        if (const std::optional<ObjectStat> stat = context.backing.stat(key.left(i)))
            return Source{key.left(i), *stat, key.mid(i + 1)};
    return std::nullopt;
}

// The key a watermark image reference names inside the root or bucket: a URL's path, or the
// path itself. Absolute local paths are keys too, so a request never reads outside the root.
QString markKey(const QString &reference)
{
    const bool url = reference.contains(QLatin1String("://"));
    QString key = url ? QUrl(reference).path(QUrl::FullyDecoded) : reference;
    while (key.startsWith(QLatin1Char('/')))
        key.remove(0, 1);
    return key;
}

QByteArray contentTypeOf(const imaging::ProcessResult &result)
{
    return result.isJson ? QByteArrayLiteral("application/json")
                         : imaging::mimeFor(result.format).toLatin1();
}

} // namespace

void refuseExtraction(const style::Pipeline &pipeline)
{
    for (const style::Stage &stage : pipeline.stages)
        if (std::holds_alternative<style::BlindExtract>(stage.op))
            throw ProcessingError(ErrorCode::InvalidArgument,
                                  QStringLiteral("watermark/4 (blind watermark extraction) is not "
                                                 "available on download; use Pic-Operations or "
                                                 "POST ?image_process"),
                                  stage.span.offset, stage.span.length);
}

QByteArray resolveMarks(const ProcessingContext &context, style::Pipeline &pipeline)
{
    QByteArray etags;
    const auto resolve = [&](QString &reference) {
        if (reference.isEmpty()) return;
        const QString key = markKey(reference);
        checkKey(key);
        const std::optional<ObjectStat> stat = context.backing.stat(key);
        if (!stat)
            throw ProcessingError(ErrorCode::NotFound,
                                  QStringLiteral("watermark image '%1' does not exist").arg(key));
        if (stat->size > style::kCloudMaxSourceBytes)
            throw ProcessingError(ErrorCode::FileTooLarge,
                                  QStringLiteral("watermark image '%1' is over 32 MB").arg(key));
        reference = context.backing.localPath(key, *stat);
        etags += ' ' + stat->etag;
    };
    for (style::Stage &stage : pipeline.stages) {
        if (auto *mark = std::get_if<style::ImageWatermark>(&stage.op)) resolve(mark->image);
        if (auto *blind = std::get_if<style::BlindEmbed>(&stage.op)) resolve(blind->image);
        if (auto *extract = std::get_if<style::BlindExtract>(&stage.op)) resolve(extract->image);
    }
    return etags;
}

QByteArray processingOf(const HttpRequest &request)
{
    QByteArray processing;
    for (const QByteArray &token : request.rawQuery.split('&')) {
        if (token.isEmpty()) continue;
        // `name=value` is a parameter unless the "name" is already a processing path (a
        // base64 value's '=' padding in `watermark/2/text/...==`).
        const int equals = token.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(token.left(equals));
        if (equals >= 0 && !name.contains('/') && !name.contains('|')) continue;
        if (!processing.isEmpty())
            throw ProcessingError(ErrorCode::InvalidArgument,
                                  QStringLiteral("the query holds two processing strings; join "
                                                 "them into one pipeline with '|'"));
        processing = token;
    }
    return processing;
}

HttpResponse cachedAnswer(const ProcessingContext &context, const HttpRequest &request,
                          const QByteArray &cacheKey, const std::function<CachedResult()> &compute)
{
    HttpResponse response;
    const QByteArray etag = ResultCache::etagFor(cacheKey);
    // The ETag names the source version and the canonical processing, so a client holding it
    // holds this result, computed or not.
    if (notModified(request, etag, {})) {
        response.status = 304;
        response.setHeader("ETag", etag);
        return response;
    }
    bool hit = false;
    const CachedResult result = context.cache.get(cacheKey, compute, &hit);
    for (const auto &[name, value] : result.headers)
        response.setHeader(name, value);
    response.setHeader("ETag", result.etag);
    response.setHeader("X-Cache", hit ? "HIT" : "MISS");
    if (request.method == "HEAD")
        response.setHeader("Content-Length", QByteArray::number(result.body.size()));
    else
        response.body = result.body;
    return response;
}

std::optional<HttpResponse> processObject(const ProcessingContext &context,
                                          const HttpRequest &request)
{
    const QByteArray processing = processingOf(request);
    const QList<qsizetype> splits = styleSplits(context, request.key);
    // A plain object request: left to the object routes without a look at the object.
    if (processing.isEmpty() && splits.isEmpty()) return std::nullopt;
    const std::optional<Source> source = resolveSource(context, request.key, splits);
    if (!source) {
        if (processing.isEmpty()) return std::nullopt; // a plain GET of a missing key: 404
        return noSuchKey(request, MissingKey::Processing);
    }
    if (processing.isEmpty() && source->style.isEmpty()) return std::nullopt;

    QString text = QString::fromUtf8(processing);
    if (!source->style.isEmpty())
        text = QStringLiteral("style/") + source->style +
               (text.isEmpty() ? QString() : QLatin1Char('|') + text);
    // Expanded before the key is made: editing a style changes the canonical string.
    style::Pipeline pipeline = style::expandStyles(style::parse(text), context.styles.lookup());
    if (source->stat.size > style::kCloudMaxSourceBytes)
        throw ProcessingError(
            ErrorCode::FileTooLarge,
            QStringLiteral("input is %1 bytes; the limit is 32 MB").arg(source->stat.size));
    refuseExtraction(pipeline);
    const QByteArray canonical = style::print(pipeline).toUtf8();
    const QByteArray markEtags = resolveMarks(context, pipeline);
    const QByteArray cacheKey = "image " + source->stat.etag + markEtags + '\n' + canonical;

    return cachedAnswer(context, request, cacheKey, [&] {
        return withRenderSlot(context.renders, [&] {
            imaging::ImageSource input;
            input.path = context.backing.localPath(source->key, source->stat);
            const imaging::ProcessResult result = imaging::process(input, pipeline, {});
            CachedResult answer;
            answer.body = result.data;
            answer.headers.append({"Content-Type", contentTypeOf(result)});
            // What ran differently from the cloud (scrop without a face detector, ...) must not
            // pass in silence; the text is percent-encoded, as headers are Latin-1.
            if (!result.warnings.isEmpty())
                answer.headers.append(
                    {"X-AssetDesk-Warning", result.warnings.join(QStringLiteral("; "))
                                                .toUtf8()
                                                .toPercentEncoding(" ;:,/'()=")});
            const std::optional<ObjectStat> now = context.backing.stat(source->key);
            answer.storable = now && now->etag == source->stat.etag;
            return answer;
        });
    });
}

} // namespace ad::server
