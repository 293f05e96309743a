#pragma once
// Injectable wall clock: services read time only through it, so tests can move time forward.

#include <QDateTime>

#include <functional>

namespace hc {

class Clock final
{
public:
    static QDateTime nowUtc();
    static qint64 nowSecs() { return nowUtc().toSecsSinceEpoch(); }
    // Tests: replace the time source; pass nullptr to restore the system clock.
    static void setSource(std::function<QDateTime()> source);
};

} // namespace hc
