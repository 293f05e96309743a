#pragma once
// What a rule change would do: how many people move from which colour to which, overall, per district and
// per age band, and a sample of the people who change (ids only; showing their details is for roles allowed
// to see them, and audited, by the caller).

#include "Colour.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace hc::rules {

struct ColourMatrix
{
    std::array<std::array<qint64, kColourCount>, kColourCount> count{}; // [from][to]

    qint64 changed() const;
    qint64 total() const;
    qint64 before(Colour c) const; // people with colour c before
    qint64 after(Colour c) const;
    ColourMatrix& operator+=(const ColourMatrix& o);
};

struct Impact
{
    enum AgeBand
    {
        Age0To17,
        Age18To39,
        Age40To59,
        Age60To79,
        Age80Plus,
        AgeUnknown,
        AgeBandCount
    };

    qint64 now = 0;
    int versionBefore = 0;
    int versionAfter = 0;
    qint64 people = 0;
    ColourMatrix overall;
    QMap<qint64, ColourMatrix> byDistrict; // district id
    std::array<ColourMatrix, AgeBandCount> byAgeBand{};
    QList<qint64> sample; // person ids of changed people, ascending
    double seconds = 0;

    qint64 changed() const { return overall.changed(); }
    static QString ageBandLabel(int band); // translated: "0-17"
    static int ageBand(qint64 years);      // years < 0: AgeUnknown
};

} // namespace hc::rules
