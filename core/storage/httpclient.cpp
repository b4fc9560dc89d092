#include "storage/httpclient.h"

#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace ad::storage
{

namespace
{

CURL *threadHandle()
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    thread_local std::unique_ptr<CURL, void (*)(CURL *)> handle(curl_easy_init(),
                                                                curl_easy_cleanup);
    return handle.get();
}

struct Context {
    HttpExchange *out;
    const std::atomic<bool> *cancelled;
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *c = static_cast<Context *>(user);
    c->out->body.append(data, qsizetype(size * count));
    return size * count;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *c = static_cast<Context *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) { // a new response (after 100 Continue): start over
        c->out->headers.clear();
        return size * count;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        c->out->headers.insert(name, value);
        if (name == "content-length") c->out->body.reserve(value.toLongLong());
    }
    return size * count;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *c = static_cast<Context *>(user);
    return c->cancelled && c->cancelled->load() ? 1 : 0;
}

} // namespace

HttpExchange httpExchange(const QByteArray &method, const QByteArray &url,
                          const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &body, int timeoutMs, const std::atomic<bool> *cancelled)
{
    HttpExchange out;
    CURL *curl = threadHandle();
    curl_easy_reset(curl); // keeps the open connections and the DNS cache
    Context context{&out, cancelled};
    char errorText[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &context);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &context);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &context);
    curl_easy_setopt(curl, CURLOPT_BUFFERSIZE, 512L * 1024);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L); // no byte for timeoutMs: give up
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, std::max(1L, long(timeoutMs / 1000)));
    if (method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (method != "GET") {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
        if (!body.isEmpty() || method == "PUT" || method == "POST") {
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        }
    }
    // Only the headers given (they are what was signed): no Expect: 100-continue, no form
    // Content-Type, and curl's own Content-Length from the body. A Host given replaces curl's
    // (an endpoint override connects to one host and names the bucket's).
    curl_slist *list = nullptr;
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-length") continue;
        hasContentType = hasContentType || lower == "content-type";
        list = curl_slist_append(list, (name + ": " + value).constData());
    }
    list = curl_slist_append(list, "Expect:");
    if (!hasContentType) list = curl_slist_append(list, "Content-Type:");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);

    const CURLcode result = curl_easy_perform(curl);
    curl_slist_free_all(list);
    if (result == CURLE_OK) {
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        out.status = int(status);
    } else {
        out.status = 0;
        out.body.clear();
        out.cancelled = result == CURLE_ABORTED_BY_CALLBACK;
        out.error = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(result));
    }
    return out;
}

} // namespace ad::storage
