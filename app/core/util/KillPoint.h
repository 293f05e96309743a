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

namespace hc::killpoint {

void reach(const char* name);

} // namespace hc::killpoint
