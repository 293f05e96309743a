#include "KillPoint.h"

#ifdef HC_KILL_POINTS

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <mutex>

namespace hc::killpoint {

namespace {
struct State
{
    long long at = 0;
    std::atomic<long long> reached{0};
    std::FILE* trace = nullptr;
    std::mutex traceMutex;

    State()
    {
        bool ok = false;
        const long long n = qgetenv("HC_KILL_AT").toLongLong(&ok);
        at = ok && n > 0 ? n : 0;
        const QByteArray path = qgetenv("HC_KILL_TRACE");
        if (!path.isEmpty())
            trace = std::fopen(path.constData(), "a");
    }
    ~State()
    {
        if (trace)
            std::fclose(trace);
    }
};

State& state()
{
    static State s;
    return s;
}

thread_local Hook threadHook;
} // namespace

void setThreadHook(Hook hook)
{
    threadHook = std::move(hook);
}

void reach(const char* name)
{
    if (threadHook)
        threadHook(name);
    State& s = state();
    const long long n = ++s.reached;
    if (s.trace) {
        const std::lock_guard lock(s.traceMutex);
        std::fprintf(s.trace, "%s\n", name);
        std::fflush(s.trace);
    }
    if (n == s.at) {
        std::fprintf(stderr, "killed at point %lld (%s)\n", n, name);
        std::fflush(stderr);
        std::raise(SIGKILL);
    }
}

} // namespace hc::killpoint

#else

namespace hc::killpoint {

void reach(const char*) {}

void setThreadHook(Hook) {}

} // namespace hc::killpoint

#endif
