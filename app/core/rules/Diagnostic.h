#pragma once
// A problem found in rule text or a rule set: what, where (rule, text position, node in the condition
// tree) and how to fix it. Messages and hints are translated.

#include "SourceSpan.h"

#include <QList>
#include <QString>

namespace hc::rules {

struct Diagnostic
{
    enum class Severity : quint8
    {
        Error,
        Warning
    };
    enum class Code : quint8
    {
        // Reading the text
        UnexpectedCharacter,
        UnterminatedString,
        Syntax, // something else was expected here
        UnknownFact,
        WrongType,  // "within red days"
        MixedAndOr, // "a or b and c" without parentheses
        NestingTooDeep,
        TooLarge, // text, rule count, facts per rule, numbers
        // Meaning
        InvalidId,
        InvalidName,
        DuplicateRuleId,
        ImpossibleWindow,
        ImpossibleValue, // counts, ages, clearance tests, spacing
        EmptyGroup,
        GreenRule,     // green is the default colour: such a rule changes nothing
        NoHealthBasis, // only age or smartphone: no dated health fact
        NothingToTurnBack,
        MisplacedUnless,
        Contradiction, // can never match
        Tautology,     // matches everyone
        DuplicateRule,
        ShadowedRule,      // an earlier rule of the same colour always decides first
        UnreachableColour, // a more severe rule matches whenever this one does
        TooManyProblems,
    };

    Severity severity = Severity::Error;
    Code code = Code::Syntax;
    int ruleIndex = -1; // index in the rule set read so far (a rule with a syntax error is left out); -1: none
    QString ruleId;
    QString ruleName;
    SourceSpan span;     // invalid for rule sets built in the editor without text
    QList<int> nodePath; // child indices from the rule's condition root to the node at fault (editor)
    QString message;
    QString hint; // how to fix it

    bool isError() const { return severity == Severity::Error; }
    // Stable key for tools and tests: "duplicate-rule-id".
    static QString codeKey(Code code);
    // "Line 3, column 14: rule R3 "Confirmed case": <message> <hint>"
    QString toString() const;
};

bool hasErrors(const QList<Diagnostic>& diagnostics);

} // namespace hc::rules
