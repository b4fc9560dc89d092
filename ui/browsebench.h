#pragma once

// What a user waits for when opening a big folder, measured in the real window:
// `assetdesk --library DIR --bench-browse` (used by bench/browse).

namespace ad::jobs
{
class JobQueue;
}
namespace ad::catalog
{
class Catalog;
}

namespace ad::ui
{

class MainWindow;

// Prints the first screen's time with a cold thumbnail cache, the pre-generation rate
// (thumbnails/s) over the whole folder, and the first screen again from the warm disk cache
// in a fresh window. Returns an exit code.
int runBrowseBench(MainWindow &window, jobs::JobQueue *queue, catalog::Catalog *catalog);

} // namespace ad::ui
