#include "imaging/librarylog.h"

#include <exiv2/error.hpp>
#include <glib.h>
#include <mutex>

namespace ad::imaging
{

Q_LOGGING_CATEGORY(libraryLog, "assetdesk.libraries", QtWarningMsg)

namespace
{

GLogWriterOutput writeGLib(GLogLevelFlags level, const GLogField *fields, gsize count, gpointer)
{
    if (level & (G_LOG_FLAG_FATAL | G_LOG_LEVEL_ERROR)) // about to abort: say why
        return g_log_writer_default(level, fields, count, nullptr);
    QByteArray domain, message;
    for (gsize i = 0; i < count; ++i) {
        const char *value = static_cast<const char *>(fields[i].value);
        const QByteArray text =
            fields[i].length < 0 ? QByteArray(value) : QByteArray(value, fields[i].length);
        if (qstrcmp(fields[i].key, "GLIB_DOMAIN") == 0) domain = text;
        if (qstrcmp(fields[i].key, "MESSAGE") == 0) message = text;
    }
    // GLib's own debug filter (G_MESSAGES_DEBUG) still applies.
    if (!g_log_writer_default_would_drop(level, domain.isEmpty() ? nullptr : domain.constData()))
        qCDebug(libraryLog, "%s: %s", domain.constData(), message.constData());
    return G_LOG_WRITER_HANDLED;
}

void writeExiv2(int, const char *message)
{
    qCDebug(libraryLog, "Exiv2: %s", QByteArray(message).trimmed().constData());
}

} // namespace

void routeLibraryLogs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!qEnvironmentVariableIsEmpty("ASSETDESK_DEBUG"))
            QLoggingCategory::setFilterRules(QStringLiteral("assetdesk.libraries.debug=true"));
        g_log_set_writer_func(writeGLib, nullptr, nullptr);
        Exiv2::LogMsg::setHandler(writeExiv2);
    });
}

} // namespace ad::imaging
