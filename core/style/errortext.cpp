#include "style/errortext.h"

#include <QCoreApplication>

namespace ad
{

QString localizedCodeName(ErrorCode code)
{
    // The sources are the code names, so an untranslated interface shows them unchanged.
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("ad::Error", "InvalidArgument"),
        QT_TRANSLATE_NOOP("ad::Error", "UnknownOperation"),
        QT_TRANSLATE_NOOP("ad::Error", "TooManyStages"),
        QT_TRANSLATE_NOOP("ad::Error", "InvalidStyleName"),
        QT_TRANSLATE_NOOP("ad::Error", "StyleNotFound"),
        QT_TRANSLATE_NOOP("ad::Error", "FileTooLarge"),
        QT_TRANSLATE_NOOP("ad::Error", "ImageTooLarge"),
        QT_TRANSLATE_NOOP("ad::Error", "OutputTooLarge"),
        QT_TRANSLATE_NOOP("ad::Error", "UnsupportedFormat"),
        QT_TRANSLATE_NOOP("ad::Error", "UnsupportedLocally"),
        QT_TRANSLATE_NOOP("ad::Error", "InvalidImage"),
        QT_TRANSLATE_NOOP("ad::Error", "NotFound"),
        QT_TRANSLATE_NOOP("ad::Error", "IoError"),
        QT_TRANSLATE_NOOP("ad::Error", "TimedOut"),
        QT_TRANSLATE_NOOP("ad::Error", "DocNotFound"),
        QT_TRANSLATE_NOOP("ad::Error", "DocEncrypted"),
        QT_TRANSLATE_NOOP("ad::Error", "DocEmpty"),
        QT_TRANSLATE_NOOP("ad::Error", "DocUnsupported"),
        QT_TRANSLATE_NOOP("ad::Error", "DocPageOutOfRange"),
        QT_TRANSLATE_NOOP("ad::Error", "DocTooLarge"),
        QT_TRANSLATE_NOOP("ad::Error", "DocConversionFailed"),
    };
    const QByteArray name = Error{code, {}}.codeName().toLatin1();
    for (const char *n : names)
        if (name == n) return QCoreApplication::translate("ad::Error", n);
    return QString::fromLatin1(name);
}

QString localizedText(const Error &error)
{
    return QCoreApplication::translate("ad::Error", "%1: %2 (X-ErrNo %3)")
        .arg(localizedCodeName(error.code), error.message)
        .arg(error.errNo());
}

} // namespace ad
