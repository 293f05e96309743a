#pragma once
// Named crash points for the kill harness (tests/reliability). They act only in test builds
// (HC_BUILD_TESTS=ON compiles KillPoint.cpp with HC_KILL_POINTS); in a package build reach() returns at once.
//
// Every database statement, BEGIN and COMMIT (before and after) and the print run's file steps call reach().
// With
//   HC_KILL_AT=N         the process sends itself SIGKILL at the Nth point it reaches (1-based), after
//                        writing "killed at point N (NAME)" to stderr;
//   HC_KILL_TRACE=FILE   it appends the name of every point it reaches, one a line, to FILE.
// A SIGKILL at a point is the same as a kill from outside at that instant (no destructor, no atexit, the
// open transaction is lost with the connection), but deterministic: the same point of the same run is
// hit again on the same data, so a failure names a point that can be replayed.
//
// In-process interleaving tests (tests/reliability/TestInterleavings) pause one thread's work at a point
// instead: setThreadHook() installs a function that this thread calls at every point it reaches (the name
// is passed), for example to wait at "tx.commit.before" while another connection reads. Test builds only.

#include <functional>

namespace hc::killpoint {

void reach(const char* name);

using Hook = std::function<void(const char* name)>;
// Installs (or with an empty hook removes) the calling thread's hook; other threads are not affected.
void setThreadHook(Hook hook);

} // namespace hc::killpoint
