#pragma once
// An ordered list of rules. A person's colour is the most severe colour among the rules that match
// (green if none); among rules of that colour the first in order is the one that decided it.

#include "Rule.h"

#include <QList>

namespace hc::rules {

struct RuleSet
{
    QList<Rule> rules;

    // Index of the rule with this id (case-insensitive), -1 if none.
    int indexOf(const QString& id) const
    {
        for (int i = 0; i < rules.size(); ++i) {
            if (rules.at(i).id.compare(id, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }
    bool operator==(const RuleSet& o) const { return rules == o.rules; }
    bool operator!=(const RuleSet& o) const { return !(*this == o); }
};

} // namespace hc::rules
