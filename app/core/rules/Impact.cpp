#include "Impact.h"

#include <QCoreApplication>

namespace hc::rules {

qint64 ColourMatrix::changed() const
{
    qint64 n = 0;
    for (int f = 0; f < kColourCount; ++f) {
        for (int t = 0; t < kColourCount; ++t) {
            if (f != t)
                n += count[static_cast<std::size_t>(f)][static_cast<std::size_t>(t)];
        }
    }
    return n;
}

qint64 ColourMatrix::total() const
{
    qint64 n = 0;
    for (const auto& row : count) {
        for (qint64 v : row)
            n += v;
    }
    return n;
}

qint64 ColourMatrix::before(Colour c) const
{
    qint64 n = 0;
    for (qint64 v : count[static_cast<std::size_t>(c)])
        n += v;
    return n;
}

qint64 ColourMatrix::after(Colour c) const
{
    qint64 n = 0;
    for (const auto& row : count)
        n += row[static_cast<std::size_t>(c)];
    return n;
}

ColourMatrix& ColourMatrix::operator+=(const ColourMatrix& o)
{
    for (std::size_t f = 0; f < count.size(); ++f) {
        for (std::size_t t = 0; t < count[f].size(); ++t)
            count[f][t] += o.count[f][t];
    }
    return *this;
}

QString Impact::ageBandLabel(int band)
{
    switch (band) {
    case Age0To17:
        return QCoreApplication::translate("hc::rules::Impact", "0-17");
    case Age18To39:
        return QCoreApplication::translate("hc::rules::Impact", "18-39");
    case Age40To59:
        return QCoreApplication::translate("hc::rules::Impact", "40-59");
    case Age60To79:
        return QCoreApplication::translate("hc::rules::Impact", "60-79");
    case Age80Plus:
        return QCoreApplication::translate("hc::rules::Impact", "80+");
    default:
        return QCoreApplication::translate("hc::rules::Impact", "unknown age");
    }
}

int Impact::ageBand(qint64 years)
{
    if (years < 0)
        return AgeUnknown;
    if (years < 18)
        return Age0To17;
    if (years < 40)
        return Age18To39;
    if (years < 60)
        return Age40To59;
    if (years < 80)
        return Age60To79;
    return Age80Plus;
}

} // namespace hc::rules
