#pragma once

// Optional parts of the core built as plugins (libassetdesk_<name>.so) and loaded on first
// use, so that processes which never touch video or documents do not pay for linking FFmpeg,
// Poppler and QtGui at start-up. Plugins live in ../lib/assetdesk from the executable, both in
// the build tree (app/, tests/) and installed (/usr/bin); ASSETDESK_PLUGIN_DIR overrides that.

#include <QString>
#include <mutex>

namespace ad::plugins
{

// The address of `symbol` in plugin `name` ("media" -> libassetdesk_media.so); the library
// stays loaded for the life of the process. Null, with `error` set, when it cannot be found.
void *resolve(const QString &name, const char *symbol, QString *error);

// The object a plugin's entry point (`const T *entry()`) returns, loaded once per process
// (thread-safe); null, with `error` set, when the plugin cannot be found. One plugin per T.
template <typename T> const T *instance(const char *name, const char *entrySymbol, QString *error)
{
    static std::once_flag once;
    static const T *loaded = nullptr;
    static QString failure;
    std::call_once(once, [&] {
        using Entry = const T *(*)();
        if (auto entry =
                reinterpret_cast<Entry>(resolve(QString::fromLatin1(name), entrySymbol, &failure)))
            loaded = entry();
    });
    if (!loaded && error) *error = failure;
    return loaded;
}

} // namespace ad::plugins
