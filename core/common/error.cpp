#include "common/error.h"

#include <QList>

namespace ad
{

namespace
{

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString escapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c == '\n')
            out += QLatin1String("\\n");
        else if (c == '\r')
            out += QLatin1String("\\r");
        else if (c == '\t')
            out += QLatin1String("\\t");
        else if (c < 0x20 || c == 0x7F)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (QChar::category(c) == QChar::Other_Control || c == 0x2028 || c == 0x2029 ||
                 isBidiControl(c))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

int Error::errNo() const
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::UnknownOperation:
    case ErrorCode::TooManyStages:
        return -60998;
    case ErrorCode::InvalidStyleName:
        return -105;
    case ErrorCode::StyleNotFound:
        return -60967;
    case ErrorCode::FileTooLarge:
        return -167;
    case ErrorCode::ImageTooLarge:
        return -447;
    case ErrorCode::OutputTooLarge:
        return -442;
    case ErrorCode::UnsupportedFormat:
        return -441;
    case ErrorCode::UnsupportedLocally:
        return -443;
    case ErrorCode::InvalidImage:
        return -62999;
    case ErrorCode::NotFound:
    case ErrorCode::IoError:
        return -6101;
    case ErrorCode::TimedOut:
        return -504;
    case ErrorCode::DocNotFound:
        return -3004;
    case ErrorCode::DocEncrypted:
        return -3006;
    case ErrorCode::DocEmpty:
        return -3008;
    case ErrorCode::DocUnsupported:
        return -3011;
    case ErrorCode::DocPageOutOfRange:
        return -3015;
    case ErrorCode::DocTooLarge:
        return -3075;
    case ErrorCode::DocConversionFailed:
        return -3000;
    case ErrorCode::Network:
    case ErrorCode::Auth:
    case ErrorCode::Cancelled:
        return 0;
    }
    return -60998;
}

QString Error::codeName() const
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("InvalidArgument");
    case ErrorCode::UnknownOperation:
        return QStringLiteral("UnknownOperation");
    case ErrorCode::TooManyStages:
        return QStringLiteral("TooManyStages");
    case ErrorCode::InvalidStyleName:
        return QStringLiteral("InvalidStyleName");
    case ErrorCode::StyleNotFound:
        return QStringLiteral("StyleNotFound");
    case ErrorCode::FileTooLarge:
        return QStringLiteral("FileTooLarge");
    case ErrorCode::ImageTooLarge:
        return QStringLiteral("ImageTooLarge");
    case ErrorCode::OutputTooLarge:
        return QStringLiteral("OutputTooLarge");
    case ErrorCode::UnsupportedFormat:
        return QStringLiteral("UnsupportedFormat");
    case ErrorCode::UnsupportedLocally:
        return QStringLiteral("UnsupportedLocally");
    case ErrorCode::InvalidImage:
        return QStringLiteral("InvalidImage");
    case ErrorCode::NotFound:
        return QStringLiteral("NotFound");
    case ErrorCode::IoError:
        return QStringLiteral("IoError");
    case ErrorCode::TimedOut:
        return QStringLiteral("TimedOut");
    case ErrorCode::DocNotFound:
        return QStringLiteral("DocNotFound");
    case ErrorCode::DocEncrypted:
        return QStringLiteral("DocEncrypted");
    case ErrorCode::DocEmpty:
        return QStringLiteral("DocEmpty");
    case ErrorCode::DocUnsupported:
        return QStringLiteral("DocUnsupported");
    case ErrorCode::DocPageOutOfRange:
        return QStringLiteral("DocPageOutOfRange");
    case ErrorCode::DocTooLarge:
        return QStringLiteral("DocTooLarge");
    case ErrorCode::DocConversionFailed:
        return QStringLiteral("DocConversionFailed");
    case ErrorCode::Network:
        return QStringLiteral("Network");
    case ErrorCode::Auth:
        return QStringLiteral("Auth");
    case ErrorCode::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Error");
}

QString Error::toString() const
{
    QString s = codeName() + QStringLiteral(": ") + message;
    if (errNo() != 0) s += QStringLiteral(" (X-ErrNo %1)").arg(errNo());
    return s;
}

ProcessingError::ProcessingError(Error error) : m_error(std::move(error))
{
    // Messages quote tokens and paths as written; they reach terminals, journals and reports.
    m_error.message = escapeControls(m_error.message);
    m_what = m_error.toString().toUtf8();
}

ProcessingError::ProcessingError(ErrorCode code, const QString &message, int offset, int length)
    : ProcessingError(Error{code, message, offset, length})
{
}

} // namespace ad
