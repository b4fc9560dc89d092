#include "cli/commands.h"
#include "cli/output.h"
#include "cli/stylelibrary.h"
#include "imaging/executor.h"
#include "imaging/fontcatalog.h"
#include "imaging/outputname.h"
#include "media/ciprocess.h"
#include "style/fonts.h"
#include "style/pastedurl.h"
#include "style/printer.h"
#include "style/values.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace ad::cli
{

namespace
{
struct Options {
    QStringList positional;
    QString output;
    QString styles;
    QString timeout; // seconds
};

Options parseOptions(const QStringList &args)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        if ((args[i] == QLatin1String("-o") || args[i] == QLatin1String("--output")) &&
            i + 1 < args.size())
            o.output = args[++i];
        else if (args[i] == QLatin1String("--styles") && i + 1 < args.size())
            o.styles = args[++i];
        else if (args[i] == QLatin1String("--timeout") && i + 1 < args.size())
            o.timeout = args[++i];
        else
            o.positional << args[i];
    }
    return o;
}

// snapshot and doc-preview write their picture to -o; videoinfo prints its JSON.
int runCiProcess(const QString &input, const media::CiProcess &process, const QString &output,
                 const style::StyleLookup &styles)
{
    const media::CiOutput r = media::runCiProcess(input, process, styles);
    if (r.format == QLatin1String("json")) {
        writeStdout(r.bytes + '\n');
        if (!output.isEmpty()) writeAtomically(output, r.bytes);
        return 0;
    }
    if (output.isEmpty())
        return usageError(QStringLiteral("process needs -o OUTPUT for a %1 result").arg(r.format));
    if (const auto format = style::formatFromName(r.format))
        imaging::checkOutputName(output, *format);
    writeAtomically(output, r.bytes);
    return 0;
}
} // namespace

int processCommand(const QStringList &args)
{
    const Options o = parseOptions(args);
    if (o.positional.size() != 2)
        return usageError(
            QStringLiteral("assetdesk-cli process INPUT 'PROCESSING' [-o OUTPUT] [--styles FILE] "
                           "[--timeout SECONDS]"));
    const QString &processing = o.positional[1];
    imaging::ProcessOptions options;
    if (!o.timeout.isNull()) {
        bool ok = false;
        const double seconds = o.timeout.toDouble(&ok);
        if (!ok || seconds < 0.001 || seconds > 3600)
            return usageError(QStringLiteral("--timeout: seconds from 0.001 to 3600"));
        options.deadline = std::chrono::milliseconds(std::llround(seconds * 1000));
    }
    try {
        options.styles = styleLibrary(o.styles);
        if (const auto ci = media::parseCiProcess(processing))
            return runCiProcess(o.positional[0], *ci, o.output, options.styles);
        const imaging::ProcessResult r =
            imaging::process({o.positional[0], {}}, processing, options);
        for (const QString &w : r.warnings)
            std::fprintf(stderr, "warning: %s\n", shown(w).constData());
        if (r.isJson && !r.extractedMark.isEmpty() && !o.output.isEmpty()) {
            // watermark/4: -o receives the recovered mark; the JSON says where it went.
            writeAtomically(o.output, r.extractedMark);
            QJsonObject answer = QJsonDocument::fromJson(r.data).object();
            answer[QStringLiteral("Location")] = QFileInfo(o.output).absoluteFilePath();
            writeStdout(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
            return 0;
        }
        if (r.isJson) {
            writeStdout(r.data + '\n');
            if (!o.output.isEmpty()) writeAtomically(o.output, r.data);
            return 0;
        }
        if (o.output.isEmpty())
            return usageError(QStringLiteral("process needs -o OUTPUT for an image result"));
        imaging::checkOutputName(o.output, r.format);
        writeAtomically(o.output, r.data);
        return 0;
    } catch (const ProcessingError &e) {
        return reportError(e.error(), processing);
    }
}

int validateCommand(const QStringList &args)
{
    const QString usage =
        QStringLiteral("assetdesk-cli validate 'PROCESSING'|'URL' [--styles FILE]");
    // Asked for help, not a URL named --help.
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        writeStdout("usage: " + usage.toUtf8() +
                    "\nChecks a processing string, or the processing of a pasted CI URL, and "
                    "prints it in its canonical form.\nstyle/<name> and a URL's style after ! - "
                    "_ / come from --styles (name<TAB>processing lines, or JSON).\nExit 0 when "
                    "valid; 1 with the error code and message on stderr.\n");
        return 0;
    }
    const Options o = parseOptions(args);
    if (o.positional.size() != 1) return usageError(usage);
    QString processing = o.positional[0];
    try {
        const style::StyleLookup styles = styleLibrary(o.styles);
        // A pasted URL: its processing, with the style after a separator taken from --styles.
        const style::PastedUrl pasted = style::parsePastedUrl(processing, styles);
        for (const QString &w : pasted.warnings)
            std::fprintf(stderr, "warning: %s\n", shown(w).constData());
        if (pasted.isUrl && !pasted.dropped.isEmpty())
            std::fprintf(stderr, "dropped: %s\n",
                         shown(pasted.dropped.join(QStringLiteral(", "))).constData());
        if (pasted.isUrl && pasted.processing.isEmpty())
            throw ProcessingError(ErrorCode::InvalidArgument,
                                  QStringLiteral("the URL carries no processing"));
        processing = pasted.processing;
        style::Pipeline p = style::parse(processing);
        if (styles) style::expandStyles(p, styles); // checks references and depth
        writeStdout(style::print(p).toUtf8() + '\n');
        return 0;
    } catch (const ProcessingError &e) {
        return reportError(e.error(), processing);
    }
}

int fontsCommand(const QStringList &)
{
    const QStringList installed = imaging::installedFontFamilies();
    for (const style::FontMapping &f : style::knownFonts()) {
        const bool present = installed.contains(f.family);
        writeStdout(
            QStringLiteral("%1\t%2%3\n")
                .arg(f.ciName, f.family, present ? QString() : QStringLiteral(" (not installed)"))
                .toUtf8());
    }
    return 0;
}

} // namespace ad::cli
