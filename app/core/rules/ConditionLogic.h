#pragma once
// Reasoning about conditions for the validator: which facts a rule's turn-back clears, whether one
// condition implies another, and whether a condition can never (or always) hold. Every answer is
// conservative: "true" is certain, "false" may only mean "could not prove it". Work per question is capped,
// so deep or wide conditions cannot make a check take long.

#include "Rule.h"

#include <QByteArray>

namespace hc::rules {

class ConditionLogic final
{
public:
    // The rule's condition with every dated fact carrying the clearance that applies to it: its own
    // "unless", or else the rule's turn-back. Negative tests and facts under "not" are never cleared.
    static Condition resolve(const Rule& rule);

    // Every person that matches a also matches b.
    static bool implies(const Condition& a, const Condition& b);
    // No person can match both.
    static bool contradicts(const Condition& a, const Condition& b);
    // No person can ever match / every person matches.
    static bool isContradiction(const Condition& c);
    static bool isTautology(const Condition& c);

    // A signature that ignores numbers (windows, counts, ages, clearances) and the order of and/or
    // children: conditions that may imply one another share it.
    static QByteArray shape(const Condition& c);

    // Deepest nesting (a lone fact is 0; each and/or/not adds 1); stops counting beyond limit.
    static int depth(const Condition& c, int limit);
    static int factCount(const Condition& c);
    static bool hasEventFact(const Condition& c);
    // A dated fact other than a negative test outside any "not": something a turn-back can clear.
    static bool hasClearableFact(const Condition& c);
};

} // namespace hc::rules
