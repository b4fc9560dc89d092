#pragma once

// Worker threads of a windowed process yield the processor to its GUI thread. On two busy cores
// the window's scroll gaps were waits for a core, not work (the GUI thread's own CPU stayed under
// 15 ms in gaps of 300 ms); with the workers a few nice levels down, the scheduler runs the GUI
// thread first when it wakes. The command line leaves the level at 0: there is no window to keep
// responsive, and batch throughput beside other programs matters more.

namespace ad::workers
{

// Nice levels (Linux, per thread) that worker threads run below the process. Set once at start-up,
// before work is handed out; 0 (the default) changes nothing.
void setNiceness(int levels);
int niceness();

// Puts the calling worker thread at the configured level; cheap after the first call on a thread.
// Called at the start of every task of the core's pools (loading, jobs, background, hashing) and
// of the window's own.
void lowerCurrentThread();

} // namespace ad::workers
