// assetdesk-cli videoinfo | snapshot | cover: CI's media endpoints on local files.

#include "cli/commands.h"
#include "cli/output.h"
#include "imaging/outputname.h"
#include "media/previews.h"
#include "media/snapshot.h"
#include "style/values.h"

#include <QJsonDocument>

namespace ad::cli
{

namespace
{
struct Options {
    QString input;
    QString output;
    QHash<QString, QString> values; // --name value
    bool bad = false;
};

Options parse(const QStringList &args, const QStringList &names)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && i + 1 < args.size())
            o.output = args[++i];
        else if (names.contains(a) && i + 1 < args.size())
            o.values.insert(a, args[++i]);
        else if (o.input.isEmpty() && !a.startsWith(QLatin1String("--")))
            o.input = a;
        else
            o.bad = true;
    }
    return o;
}

// Sets `field` when the option was given; otherwise the request's default stays.
void take(const Options &o, const char *name, int &field)
{
    if (const auto it = o.values.constFind(QLatin1String(name)); it != o.values.constEnd())
        field = it->toInt();
}
void take(const Options &o, const char *name, double &field)
{
    if (const auto it = o.values.constFind(QLatin1String(name)); it != o.values.constEnd())
        field = it->toDouble();
}
void take(const Options &o, const char *name, QString &field)
{
    field = o.values.value(QLatin1String(name), field);
}

// Without --format, "-o still.png" asks for PNG: the name says what the user wants.
void inferFormat(const Options &o, const QStringList &formats, QString &field)
{
    if (o.values.contains(QStringLiteral("--format"))) return;
    if (const auto named = imaging::formatOfName(o.output)) {
        const QString name = style::formatName(*named);
        if (formats.contains(name)) field = name;
    }
}

// The output's name must not contradict its format ("-o s.gif" for a JPEG still).
void checkStillName(const QString &output, const QString &format)
{
    if (const auto f = style::formatFromName(format)) imaging::checkOutputName(output, *f);
}
} // namespace

int mediaCommand(const QString &command, const QStringList &args)
{
    try {
        if (command == QLatin1String("videoinfo")) {
            const Options o = parse(args, {});
            if (o.bad || o.input.isEmpty())
                return usageError(QStringLiteral("assetdesk-cli videoinfo FILE"));
            writeStdout(QJsonDocument(media::videoInfo(o.input)).toJson(QJsonDocument::Indented));
            return 0;
        }
        if (command == QLatin1String("snapshot")) {
            const Options o = parse(args, {QStringLiteral("--time"), QStringLiteral("--width"),
                                           QStringLiteral("--height"), QStringLiteral("--format"),
                                           QStringLiteral("--mode"), QStringLiteral("--rotate")});
            bool timeOk = false;
            media::SnapshotRequest r;
            r.time = o.values.value(QStringLiteral("--time")).toDouble(&timeOk);
            take(o, "--width", r.width);
            take(o, "--height", r.height);
            take(o, "--format", r.format);
            inferFormat(o, QStringList{QStringLiteral("jpg"), QStringLiteral("png")}, r.format);
            const QString mode =
                o.values.value(QStringLiteral("--mode"), QStringLiteral("exactframe"));
            const QString rotate =
                o.values.value(QStringLiteral("--rotate"), QStringLiteral("auto"));
            if (o.bad || o.input.isEmpty() || o.output.isEmpty() || !timeOk ||
                (mode != QLatin1String("exactframe") && mode != QLatin1String("keyframe")) ||
                (rotate != QLatin1String("auto") && rotate != QLatin1String("off")))
                return usageError(QStringLiteral(
                    "assetdesk-cli snapshot FILE --time T [--width W --height H --format jpg|png "
                    "--mode exactframe|keyframe --rotate auto|off] -o OUT"));
            r.keyFrame = mode == QLatin1String("keyframe");
            r.autoRotate = rotate == QLatin1String("auto");
            const media::Still still = media::snapshot(o.input, r);
            checkStillName(o.output, still.format);
            writeAtomically(o.output, still.bytes);
            return 0;
        }
        if (command == QLatin1String("sprite")) {
            const Options o =
                parse(args, {QStringLiteral("--count"), QStringLiteral("--interval"),
                             QStringLiteral("--cell-width"), QStringLiteral("--cell-height"),
                             QStringLiteral("--columns"), QStringLiteral("--rows"),
                             QStringLiteral("--padding"), QStringLiteral("--margin"),
                             QStringLiteral("--color")});
            if (o.bad || o.input.isEmpty() || o.output.isEmpty())
                return usageError(QStringLiteral(
                    "assetdesk-cli sprite FILE [--count N --interval S --cell-width W "
                    "--cell-height H "
                    "--columns C --rows R --padding P --margin M --color NAME] -o OUT_PREFIX"));
            media::SpriteRequest r;
            take(o, "--count", r.count);
            take(o, "--interval", r.interval);
            take(o, "--cell-width", r.cellWidth);
            take(o, "--cell-height", r.cellHeight);
            take(o, "--columns", r.columns);
            take(o, "--rows", r.rows);
            take(o, "--padding", r.padding);
            take(o, "--margin", r.margin);
            take(o, "--color", r.color);
            const QList<QByteArray> sheets = media::spriteSheets(o.input, r);
            // {SnapshotCount}-style names: OUT_PREFIX-00001.jpg, ...
            for (qsizetype i = 0; i < sheets.size(); ++i) {
                const QString name =
                    QStringLiteral("%1-%2.jpg").arg(o.output).arg(i + 1, 5, 10, QLatin1Char('0'));
                writeAtomically(name, sheets[i]);
                writeStdout(name.toUtf8() + '\n');
            }
            return 0;
        }
        if (command == QLatin1String("animate")) {
            const Options o = parse(args, {QStringLiteral("--seek"), QStringLiteral("--duration"),
                                           QStringLiteral("--fps"), QStringLiteral("--width"),
                                           QStringLiteral("--height"), QStringLiteral("--format")});
            if (o.bad || o.input.isEmpty() || o.output.isEmpty())
                return usageError(QStringLiteral("assetdesk-cli animate FILE [--seek S --duration "
                                                 "D --fps F --width W --height H "
                                                 "--format gif|webp] -o OUT"));
            media::AnimationRequest r;
            take(o, "--seek", r.seek);
            take(o, "--duration", r.duration);
            take(o, "--fps", r.fps);
            take(o, "--width", r.width);
            take(o, "--height", r.height);
            if (r.height && !o.values.contains(QStringLiteral("--width"))) r.width = 0;
            take(o, "--format", r.format);
            inferFormat(o, QStringList{QStringLiteral("gif"), QStringLiteral("webp")}, r.format);
            const QByteArray animation = media::animatedPreview(o.input, r);
            checkStillName(o.output, r.format);
            writeAtomically(o.output, animation);
            return 0;
        }
        QStringList coverArgs = args;
        const bool smart = coverArgs.removeAll(QStringLiteral("--smart")) > 0;
        const Options o = parse(coverArgs, {QStringLiteral("--size"), QStringLiteral("--scale"),
                                            QStringLiteral("--width"), QStringLiteral("--height")});
        if (o.bad || o.input.isEmpty() || o.output.isEmpty())
            return usageError(QStringLiteral("assetdesk-cli cover FILE [--size S | --scale P | "
                                             "--width W --height H] [--smart] -o OUT"));
        media::CoverRequest r;
        r.smart = smart;
        take(o, "--size", r.size);
        take(o, "--scale", r.scale);
        take(o, "--width", r.width);
        take(o, "--height", r.height);
        const media::Still still = media::cover(o.input, r);
        checkStillName(o.output, still.format);
        writeAtomically(o.output, still.bytes);
        return 0;
    } catch (const ProcessingError &e) {
        return reportError(e.error());
    }
}

} // namespace ad::cli
