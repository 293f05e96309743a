#include "Diagnostic.h"

#include <QCoreApplication>

namespace hc::rules {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::rules::Diagnostic)
};
} // namespace

QString Diagnostic::codeKey(Code code)
{
    switch (code) {
    case Code::UnexpectedCharacter:
        return QStringLiteral("unexpected-character");
    case Code::UnterminatedString:
        return QStringLiteral("unterminated-string");
    case Code::Syntax:
        return QStringLiteral("syntax");
    case Code::UnknownFact:
        return QStringLiteral("unknown-fact");
    case Code::WrongType:
        return QStringLiteral("wrong-type");
    case Code::MixedAndOr:
        return QStringLiteral("mixed-and-or");
    case Code::NestingTooDeep:
        return QStringLiteral("nesting-too-deep");
    case Code::TooLarge:
        return QStringLiteral("too-large");
    case Code::InvalidId:
        return QStringLiteral("invalid-id");
    case Code::InvalidName:
        return QStringLiteral("invalid-name");
    case Code::DuplicateRuleId:
        return QStringLiteral("duplicate-rule-id");
    case Code::ImpossibleWindow:
        return QStringLiteral("impossible-window");
    case Code::ImpossibleValue:
        return QStringLiteral("impossible-value");
    case Code::EmptyGroup:
        return QStringLiteral("empty-group");
    case Code::GreenRule:
        return QStringLiteral("green-rule");
    case Code::NoHealthBasis:
        return QStringLiteral("no-health-basis");
    case Code::NothingToTurnBack:
        return QStringLiteral("nothing-to-turn-back");
    case Code::MisplacedUnless:
        return QStringLiteral("misplaced-unless");
    case Code::Contradiction:
        return QStringLiteral("contradiction");
    case Code::Tautology:
        return QStringLiteral("tautology");
    case Code::DuplicateRule:
        return QStringLiteral("duplicate-rule");
    case Code::ShadowedRule:
        return QStringLiteral("shadowed-rule");
    case Code::UnreachableColour:
        return QStringLiteral("unreachable-colour");
    case Code::TooManyProblems:
        return QStringLiteral("too-many-problems");
    }
    return QStringLiteral("unknown");
}

QString Diagnostic::toString() const
{
    QString out;
    if (span.isValid())
        out += Tr::tr("Line %1, column %2: ").arg(span.line).arg(span.column);
    if (!ruleId.isEmpty())
        out += Tr::tr("rule %1 \"%2\": ").arg(ruleId, ruleName);
    if (severity == Severity::Warning)
        out += Tr::tr("warning: ");
    out += message;
    if (!hint.isEmpty())
        out += QLatin1Char(' ') + hint;
    return out;
}

bool hasErrors(const QList<Diagnostic>& diagnostics)
{
    for (const Diagnostic& d : diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

} // namespace hc::rules
