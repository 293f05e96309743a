#pragma once
// Writes rules in the canonical text form that RuleParser reads back exactly: one rule per paragraph,
// the rule sentence on one line, "Turns back ..." on the next, an optional description after it,
// and one blank line between rules, so versions can be compared line by line.

#include "RuleSet.h"

#include <QString>

namespace hc::rules {

class RulePrinter final
{
public:
    static QString print(const RuleSet& set);
    static QString printRule(const Rule& rule); // the paragraph, ending with a newline
    static QString printCondition(const Condition& condition);
    static QString printFact(const Fact& fact);                // "a positive PCR test within 14 days"
    static QString printClearance(const Clearance& clearance); // "2 negative tests 24 hours apart"
    static QString printTurnBack(const Clearance& turnBack);   // "Turns back after ... ."
    static QString quote(const QString& text);                 // "..." with escapes
};

} // namespace hc::rules
