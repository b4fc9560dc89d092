#pragma once

#include <QStringList>

namespace ad::cli
{

// Each command takes its arguments (after the command word) and returns the exit code.
int processCommand(const QStringList &args);
int validateCommand(const QStringList &args);
int fontsCommand(const QStringList &args);
int batchCommand(const QStringList &args);
int docPreviewCommand(const QStringList &args);
int watermarkReportCommand(const QStringList &args); // wmreport
int watermarkCloudCommand(const QStringList &args);  // watermark embed|extract --cloud
int mediaCommand(const QString &command,
                 const QStringList &args); // videoinfo snapshot cover sprite animate
int serveCommand(const QStringList &args); // the local CI endpoint
int storageCommand(const QString &command, const QStringList &args); // ls cp mv rm presign
int stylesCommand(const QStringList &args);     // a bucket's styles: ls pull push rm diff
int compareCommand(const QStringList &args);    // a style's local result against the cloud's
int fidelityCommand(const QStringList &args);   // compare for styles x pictures: CSV, chart
int thumbnailsCommand(const QStringList &args); // the freedesktop thumbnail cache for folders
int metaCommand(const QStringList &args);       // XMP fields of files: get (JSON) and set
int transcodeCommand(const QStringList &args);  // clips through VOD-style presets, as a job
int dupesCommand(const QStringList &args);      // duplicate pictures in folders or a bucket

} // namespace ad::cli
