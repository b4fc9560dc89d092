#pragma once

// The robustness report: a picture is marked once, every attack is applied to the marked copy and
// the mark is read back from each result.

#include "imaging/blind/attacks.h"
#include "imaging/blind/blindwatermark.h"

#include <QString>
#include <functional>

namespace ad::imaging::blind
{

struct ReportRow {
    QString attackId;
    QString attack;
    bool decoded = false;   // text or mark recovered whole
    double bitAccuracy = 0; // raw channel bits, 0-1
    int status = 0;         // WatermarkStatus of the decoded payload
    double psnr = 0;        // attacked against marked, when the size is unchanged; else NaN
    double seconds = 0;     // extraction time
    QString error;          // the attack itself failed (e.g. a style's error)
};

struct Report {
    QString source;
    int type = 3;
    double embedPsnr = 0; // marked against original
    double embedSsim = 0; // marked against original, colour bands
    double embedSeconds = 0;
    std::vector<ReportRow> rows;
};

// progress(done, total) returns false to cancel; the rows done so far are returned.
Report robustnessReport(const QString &sourcePath, int type, const Payload &payload, int level,
                        const std::vector<Attack> &attacks,
                        const std::function<bool(int, int)> &progress = {});

// The payload of a mark image file (types 1 and 2), read as files/regularfile.h says.
Payload markPayloadOfFile(const QString &path);

QByteArray reportCsv(const std::vector<Report> &reports);

} // namespace ad::imaging::blind
