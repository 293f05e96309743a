#pragma once
// Checks the meaning of a rule set: ids and names, windows and numbers in range, conditions that can
// never match or match everyone, rules without a health basis, and rules that can never decide a colour
// because an earlier or more severe rule always matches with them. Every diagnostic names the rule, the
// position in its text (when the set was read from text) and the node in the condition tree, and says how
// to fix it. A set with errors cannot be compiled or proposed.

#include "Diagnostic.h"
#include "RuleSet.h"

#include <QList>
#include <QString>

namespace hc::rules {

class RuleValidator final
{
public:
    static QList<Diagnostic> validate(const RuleSet& set);

    // Reads and validates text: the syntax diagnostics, then the meaning of the rules that could be read,
    // sorted by position. parsed (optional) receives those rules.
    static QList<Diagnostic> check(const QString& text, RuleSet* parsed = nullptr);
};

} // namespace hc::rules
