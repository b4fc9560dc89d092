#pragma once

// CI's media and document processing strings, `ci-process=snapshot&time=1.5&width=320`,
// `ci-process=videoinfo` and `ci-process=doc-preview&page=2&dstType=png`, wherever a style
// runs: the CLI's process, batch and the local endpoint read them here, with the cloud's
// parameter names and defaults.

#include "document/docpreview.h"
#include "media/snapshot.h"
#include "style/parser.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace ad::media
{

struct CiProcess {
    enum class Kind { Snapshot, VideoInfo, DocPreview };
    Kind kind = Kind::Snapshot;
    SnapshotRequest snapshot;
    document::DocRequest doc;
    QString imageParams; // doc-preview's ImageParams: a processing string for the page picture
};

// A parameter's value, or nullopt when absent.
using ParameterLookup = std::function<std::optional<QString>(const QString &name)>;

// From parameters already split (the endpoint's query). Throws InvalidArgument naming the
// parameter for a missing time, a value that is not a whole number, an unknown choice.
CiProcess ciProcessFrom(const ParameterLookup &parameter);

// From the text of a processing string: nullopt when it is not a ci-process string. Unknown
// parameter names are refused here (a typed `widht` must not be dropped silently).
std::optional<CiProcess> parseCiProcess(const QString &text);

// Which kinds of input a ci-process applies to: true for snapshot/videoinfo on videos and
// doc-preview on documents.
bool appliesToVideo(const CiProcess &process);

struct CiOutput {
    QByteArray bytes;
    QString format;     // jpg, png, pdf, or json (videoinfo)
    int totalPages = 0; // doc-preview
};

// Runs it on a local file; doc-preview's ImageParams use `styles`. Throws ProcessingError as
// snapshot, videoInfo, convertDocument and the executor do.
CiOutput runCiProcess(const QString &path, const CiProcess &process,
                      const style::StyleLookup &styles = {});

} // namespace ad::media
