#pragma once
// The rule set a new database starts with, modelled on published practice (Hangzhou-style: red for 14 days,
// yellow for 7, close contacts, risk-area stays and venue scans, negative tests turning a colour back).
// Kept as canonical rule text in resources/rules/default.rules, embedded in the core library.

#include <QString>

namespace hc::rules {

class DefaultRules final
{
public:
    static QString text();
};

} // namespace hc::rules
