#pragma once

// What a user waits for when opening a big folder, measured in the real window:
// `assetdesk-devtools --library DIR --bench-browse` (used by bench/browse) and --bench-scroll.

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

// Opens the window's folder again and scrolls its grid from top to bottom, a page per 16 ms
// tick; prints the longest gap between 5 ms heartbeats on the GUI thread while the folder is
// listed and while it scrolls, and the resident memory (`assetdesk-devtools --library DIR
// --bench-scroll`, used by bench/scroll). Returns an exit code.
int runScrollBench(MainWindow &window);

} // namespace ad::ui
