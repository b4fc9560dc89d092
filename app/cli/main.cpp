// assetdesk-cli: the processing core without a window, for batch work and scripting.

#include "cli/commands.h"
#include "cli/output.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>

namespace
{
const char *kUsage = "assetdesk-cli COMMAND ...\n"
                     "  process INPUT 'PROCESSING' [-o OUTPUT] [--styles FILE]\n"
                     "  validate 'PROCESSING' [--styles FILE]\n"
                     "  fonts\n";
}

int main(int argc, char **argv)
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // Only "fonts" needs the font database, which needs a GUI application (offscreen is enough).
    if (command == QLatin1String("fonts"))
        qputenv("QT_QPA_PLATFORM",
                qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    std::unique_ptr<QCoreApplication> app;
    if (command == QLatin1String("fonts"))
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assetdesk-cli"));
    QStringList args = QCoreApplication::arguments().mid(2);

    if (command == QLatin1String("process")) return ad::cli::processCommand(args);
    if (command == QLatin1String("validate")) return ad::cli::validateCommand(args);
    if (command == QLatin1String("fonts")) return ad::cli::fontsCommand(args);
    std::fputs(kUsage, command.isEmpty() || command == QLatin1String("--help") ? stdout : stderr);
    return command.isEmpty() || command == QLatin1String("--help") ? 0 : 2;
}
