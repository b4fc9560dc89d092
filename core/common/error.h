#pragma once

#include <QString>
#include <exception>

namespace ad
{

// The one error type of the core: the classes of the CI processing service, each mapping onto the
// X-ErrNo the cloud answers with, and the classes of reaching a bucket (network, credentials, a
// cancelled transfer), which have no X-ErrNo.
enum class ErrorCode {
    InvalidArgument,    // -60998: bad value or syntax inside a processing string
    UnknownOperation,   // -60998: a key the grammar does not know
    TooManyStages,      // -60998: more than 10 pipeline stages
    InvalidStyleName,   // -105
    StyleNotFound,      // -60967
    FileTooLarge,       // -167: input over 32 MB
    ImageTooLarge,      // -447: input resolution or frame count over the limit
    OutputTooLarge,     // -442: result over 9999 px
    UnsupportedFormat,  // -441: operation not defined for this format
    UnsupportedLocally, // -443: cloud-only format (tpg, yjpeg, svgc)
    InvalidImage,       // -62999: cannot be decoded
    NotFound,           // -6101: input or referenced resource missing
    IoError,            // -6101: cannot read or write
    TimedOut,           // -504 (local, as HTTP 504): the request ran past its time budget
    // Document preview (doc-preview appendix codes).
    DocNotFound,         // -3004: no such document
    DocEncrypted,        // -3006: protected, and no or a wrong password
    DocEmpty,            // -3008: a 0-byte document
    DocUnsupported,      // -3011: not a format of the doc-preview list
    DocPageOutOfRange,   // -3015: the page is beyond the document
    DocTooLarge,         // -3075: over the size or page limit
    DocConversionFailed, // -3000 (local): LibreOffice or the renderer failed or timed out
    // Reaching storage (no X-ErrNo).
    Network,   // the service cannot be reached, or the connection failed mid-transfer
    Auth,      // the service refused the credentials or the signature (HTTP 401/403)
    Cancelled, // the caller gave up on the work (a newer selection, a closed view)
};

struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    int offset = -1; // position of the offending token in the processing string, -1 if none
    int length = 0;

    int errNo() const; // 0 for the storage classes
    QString codeName() const;
    // "InvalidArgument: <message> (X-ErrNo n)" as printed by the CLI after "ERROR ".
    QString toString() const;
};

// Control characters (C0, DEL, C1), line and paragraph separators and bidi controls become
// visible escapes: \n, \r, \t, \x1b, \u202e. Backslashes are kept, so escaping twice is harmless.
// Error messages quote user text and reach terminals, journals and reports.
QString escapeControls(const QString &text);

class ProcessingError : public std::exception
{
public:
    explicit ProcessingError(Error error);
    ProcessingError(ErrorCode code, const QString &message, int offset = -1, int length = 0);
    const Error &error() const { return m_error; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Error m_error;
    QByteArray m_what;
};

} // namespace ad
