#include "Clock.h"

namespace hc {

namespace {
std::function<QDateTime()>& source()
{
    static std::function<QDateTime()> s;
    return s;
}
} // namespace

QDateTime Clock::nowUtc()
{
    const auto& s = source();
    return s ? s().toUTC() : QDateTime::currentDateTimeUtc();
}

void Clock::setSource(std::function<QDateTime()> s)
{
    source() = std::move(s);
}

} // namespace hc
