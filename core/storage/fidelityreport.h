#pragma once

// The fidelity report: every style on every picture below a bucket prefix, local against
// cloud (storage/cloudcompare), as rows for a CSV file, a per-style summary and a chart
// (storage/fidelitychart). The evidence that the desktop preview is what the cloud delivers.

#include "storage/cloudcompare.h"

#include <functional>

namespace ad::storage
{

struct FidelityRow {
    QString key;
    QString style;                             // as given: a processing string or style/NAME
    std::optional<imaging::Fidelity> fidelity; // empty when the pair failed
    QString error;                             // why it failed ("HTTP 404 NoSuchKey ...")
    bool pass = false;
};

struct FidelityReport {
    double minPsnr = kDefaultMinPsnr;
    QList<FidelityRow> rows; // pictures in key order, each with the styles in the given order
};

struct StyleSummary {
    QString style;
    int pairs = 0;
    int passed = 0;
    int failed = 0; // pairs that could not be compared at all
    // Over the compared pairs; empty when none was (different dimensions, errors).
    std::optional<double> minPsnr, meanPsnr, maxPsnr, meanSsim;
};

// Keys whose extension names a picture format, in key order: those directly under prefix, as
// `ls` lists them, or with `recursive` those at every depth (a batch's own outputs below
// in/processed/ too).
QStringList picturesUnder(ObjectClient &client, const QString &bucket, const QString &prefix,
                          bool recursive);

// `progress` is called before each pair with the pairs done so far and their total.
using FidelityProgress = std::function<void(int done, int total, const QString &key)>;

// Throws what listing throws and IoError "cancelled"; a pair's own failure becomes its row.
FidelityReport runFidelityReport(const Endpoint &endpoint, const QString &bucket,
                                 const QString &prefix, const QStringList &styles,
                                 const style::StyleLookup &lookup, double minPsnr, bool recursive,
                                 const FidelityProgress &progress = {},
                                 CompareCancel *cancel = nullptr);

// key,style,local_width,local_height,local_format,local_bytes,cloud_width,... psnr,ssim,pass,error
QByteArray fidelityCsv(const FidelityReport &report);
QList<StyleSummary> summarise(const FidelityReport &report);

} // namespace ad::storage
