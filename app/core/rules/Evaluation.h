#pragma once
// The colours of everyone in a FactStore at one moment under one compiled rule set, in compact columns
// indexed like the store's people.

#include "Colour.h"

#include <array>
#include <vector>

namespace hc::rules {

struct Evaluation
{
    qint64 now = 0;
    int ruleSetVersion = 0;
    std::vector<quint8> colours; // Colour
    std::vector<qint32> rules;   // deciding rule index, -1 for green
    std::vector<qint64> since;   // Explanation::kUnknown when the facts do not say
    std::vector<qint64> until;   // Explanation::kNever when no window ends the colour
    std::array<qint64, kColourCount> counts{};
    double seconds = 0;

    int size() const { return static_cast<int>(colours.size()); }
    Colour colour(int person) const { return static_cast<Colour>(colours[static_cast<std::size_t>(person)]); }
};

} // namespace hc::rules
