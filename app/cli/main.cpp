// assetdesk-cli: the processing core without a window, for batch work and scripting.

#include "cli/commands.h"
#include "cli/output.h"
#include "imaging/librarylog.h"

#include <QCoreApplication>
#include <cstdio>

namespace
{
const char *kUsage =
    "assetdesk-cli COMMAND ...\n"
    "  process INPUT 'PROCESSING' [-o OUTPUT] [--styles FILE] [--timeout SECONDS]\n"
    "  validate 'PROCESSING'|'URL' [--styles FILE]\n"
    "  batch SRC... DST --style 'PROCESSING' [--style ...] [--jobs N] [--name TEMPLATE]\n"
    "        [--conflict skip|overwrite|rename] [--recursive] [--include GLOB] [--exclude GLOB]\n"
    "        [--styles FILE] [--dry-run] [--resume] [--journal FILE]\n"
    "        [--cloud [--rate N]]   the cloud processes cos:// objects (image_process, results\n"
    "        in the same bucket), N requests a second (1-100)\n"
    "  ls URL [--recursive]                  URL: cos://bucket-appid/prefix, s3://bucket/prefix, "
    "s3://\n"
    "  cp SRC... DST [--recursive] [--jobs N] [--limit-rate R]   local paths and object URLs "
    "either way; N files at once; R bytes/s in all (500K, 10M)\n"
    "        [--process STYLE ...] [--styles FILE] [--name TEMPLATE]   uploads to cos:// also\n"
    "        stored processed by the cloud (Pic-Operations), as {name}-{style}.{ext} beside them\n"
    "  mv SRC... DST [--recursive] [--jobs N] [--limit-rate R] [--process STYLE ...]\n"
    "  rm URL [--recursive]\n"
    "  presign URL [--expires SECONDS]\n"
    "  styles ls|pull|push|rm|diff cos://BUCKET-APPID [NAME...] [--styles FILE] [--force]\n"
    "        a bucket's styles (style API, 1 write/s) against a local style file\n"
    "  compare cos://BUCKET/KEY 'PROCESSING' [--local FILE] [--scratch PREFIX] [--max-delta-db N]\n"
    "        [--styles FILE] [--diff OUT.png]   local result against the cloud's (JSON; exit 1\n"
    "        when PSNR is under N dB, default 40)\n"
    "  fidelity cos://BUCKET/PREFIX/ --style 'PROCESSING' [--style ...] [--csv OUT.csv]\n"
    "        [--chart OUT.svg|png] [--max-delta-db N] [--styles FILE]   styles x pictures\n"
    "  docpreview FILE [--page N | --start-page A --end-page B] [--dst-type png|jpg|pdf]\n"
    "        [--scale S] [--image-dpi D] [--quality Q] [--sheet N] [--password P]\n"
    "        [--pagination 0|1] [--src-type T] [--name PATTERN] [--conflict "
    "skip|overwrite|rename]\n"
    "        -o OUT.ext (one output) | DIR\n"
    "  thumbnails DIR... [--size normal|large|x-large|xx-large] [--recursive] [--jobs N]\n"
    "        the shared freedesktop thumbnail cache, as the window makes it\n"
    "  dupes DIR...|cos://BUCKET/PREFIX [--threshold N] [--no-recursive] [--catalog FILE] "
    "[--json]\n"
    "        duplicate pictures: exact copies and resized/recompressed/cropped ones (N of 64, -1\n"
    "        exact only); bucket objects by ETag and size\n"
    "  meta get FILE...   rating, label, tags, title, caption, rights... as JSON (XMP, IPTC)\n"
    "  meta set FILE... [--rating N] [--label L] [--tag a/b] [--title T] [--sidecar] ...\n"
    "        written per Preferences > Metadata (sidecar FILE.xmp by default); meta --help\n"
    "  videoinfo FILE\n"
    "  snapshot FILE --time T [--width W --height H --format jpg|png --mode exactframe|keyframe\n"
    "        --rotate auto|off] -o OUT\n"
    "  cover FILE [--size S | --scale P | --width W --height H] [--smart] -o OUT   (images and\n"
    "        videos; --smart: the best of several frames, not black, blank or blurred)\n"
    "  transcode IN... --preset NAME (-o OUT | -d DIR) [--conflict skip|overwrite|rename]\n"
    "        [--resume] [--presets FILE]   H.264/H.265/VP9/AV1/AAC/MP3 presets, as a job;\n"
    "        transcode --list-presets | --save-preset FILE.json | --remove-preset NAME\n"
    "  sprite FILE [--count N --interval S --cell-width W --columns C --rows R ...] -o PREFIX\n"
    "  animate FILE [--seek S --duration D --fps F --width W --format gif|webp] -o OUT\n"
    "  wmreport PICTURE... [--type 1|2|3] [--text T | --mark FILE] [--level L]\n"
    "        [--attacks A,B] [--style NAME=PROCESSING]... [--csv FILE]   blind watermark report\n"
    "  watermark embed|extract PICTURE --cloud cos://BUCKET[/KEY] [--type 1|2|3] [--text T]\n"
    "        [--mark FILE] [--level L] [--upload-prefix P] [--save FILE]   blind watermark in the\n"
    "        cloud\n"
    "  serve (--root DIR | --bucket URL) [--address A] [--port N] [--secret-id ID --secret-key K]\n"
    "        [--styles FILE] [--cache DIR] [--cache-size 2G] [--separators '-_/!']   local CI "
    "endpoint\n"
    "  fonts\n"
    "Buckets: COS_REGION, COS_SECRET_ID, COS_SECRET_KEY and, to connect elsewhere, COS_ENDPOINT\n"
    "for cos://; AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION and ASSETDESK_S3_ENDPOINT\n"
    "for s3://.\n"
    "ASSETDESK_DEBUG=1 also prints what the libraries (GLib, libvips, Exiv2) report.\n";
}

int main(int argc, char **argv)
{
    // stderr carries the CLI's own lines only; ASSETDESK_DEBUG shows what libraries and Qt say.
    ad::imaging::routeLibraryLogs();
    if (qEnvironmentVariableIsEmpty("ASSETDESK_DEBUG"))
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
            if (type == QtFatalMsg) std::fprintf(stderr, "%s\n", qPrintable(text));
        });
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QCoreApplication app(argc, argv);
    // The same data folder as the application's (journals, catalogue).
    QCoreApplication::setOrganizationName(QStringLiteral("AssetDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("AssetDesk"));
    QStringList args = QCoreApplication::arguments().mid(2);

    if (command == QLatin1String("process")) return ad::cli::processCommand(args);
    if (command == QLatin1String("validate")) return ad::cli::validateCommand(args);
    if (command == QLatin1String("fonts")) return ad::cli::fontsCommand(args);
    if (command == QLatin1String("batch")) return ad::cli::batchCommand(args);
    if (command == QLatin1String("docpreview")) return ad::cli::docPreviewCommand(args);
    if (command == QLatin1String("serve")) return ad::cli::serveCommand(args);
    if (command == QLatin1String("wmreport")) return ad::cli::watermarkReportCommand(args);
    if (command == QLatin1String("watermark")) return ad::cli::watermarkCloudCommand(args);
    if (command == QLatin1String("styles")) return ad::cli::stylesCommand(args);
    if (command == QLatin1String("compare")) return ad::cli::compareCommand(args);
    if (command == QLatin1String("fidelity")) return ad::cli::fidelityCommand(args);
    if (command == QLatin1String("thumbnails")) return ad::cli::thumbnailsCommand(args);
    if (command == QLatin1String("meta")) return ad::cli::metaCommand(args);
    if (command == QLatin1String("transcode")) return ad::cli::transcodeCommand(args);
    if (command == QLatin1String("dupes")) return ad::cli::dupesCommand(args);
    for (const char *media : {"videoinfo", "snapshot", "cover", "sprite", "animate"}) {
        if (command == QLatin1String(media)) return ad::cli::mediaCommand(command, args);
    }
    for (const char *storage : {"ls", "cp", "mv", "rm", "presign"}) {
        if (command == QLatin1String(storage)) return ad::cli::storageCommand(command, args);
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    // A typo must not read as success, nor as a usage text with no word on what was wrong.
    if (!command.isEmpty())
        std::fprintf(stderr, "unknown command '%s'\n", ad::cli::shown(command).constData());
    std::fputs(kUsage, stderr);
    return 2;
}
