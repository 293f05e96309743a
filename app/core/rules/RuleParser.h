#pragma once
// Reads rule text into a RuleSet. One rule is a paragraph of sentences:
//
//   Rule R3 "Confirmed case" / "确诊病例": red when a positive test within 14 days.
//   Turns back after 2 negative PCR tests 24 hours apart.
//   Description: "Any positive PCR or antigen test.".
//
// The grammar (keywords are case-insensitive; RulePrinter writes the canonical form):
//   rule      = "Rule" ID STRING ["/" STRING] ":" colour "when" condition "."
//               ["Turns back" ("when the window expires" | "after" clearance) "."]
//               ["Description:" STRING "."]
//   colour    = "red" | "yellow" | "green"
//   condition = unary {"and" unary} | unary {"or" unary}   (mixing and/or needs parentheses)
//   unary     = "not" unary | "(" condition ")" | fact
//   fact      = ("a" | "at least" N) event window ["unless" clearance "after it"]
//             | "age over" N | "age under" N | "no smartphone"
//   event     = ("positive"|"negative") ["PCR"|"antigen"] "test(s)" | "close contact designation(s)"
//             | "scan(s) at a" level "venue while designated" | "stay(s) in a" level "area"
//             | "declared symptom(s)"
//   level     = "high-risk" | "medium-risk" | "low-risk"
//   window    = "within" N ("day(s)" | "hour(s)")
//   clearance = N "negative" ["PCR"|"antigen"] "test(s)" [N ("hour(s)"|"day(s)") "apart"]
// Syntax errors name the rule and position and say how to fix them; a rule with an error is left out of
// the result and reading goes on at the next line starting with "Rule". Meaning is checked by RuleValidator.

#include "Diagnostic.h"
#include "RuleSet.h"

#include <QList>
#include <QString>

namespace hc::rules {

class RuleParser final
{
public:
    struct Result
    {
        RuleSet ruleSet;
        QList<Diagnostic> diagnostics; // syntax only
        bool ok() const { return !hasErrors(diagnostics); }
    };

    static Result parse(const QString& text);

    // One condition on its own ("a positive test within 14 days and age over 60"), for editors that let an
    // official type a condition. False with diagnostics on error.
    static bool parseCondition(const QString& text, Condition* condition, QList<Diagnostic>* diagnostics);
};

} // namespace hc::rules
