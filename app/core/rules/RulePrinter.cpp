#include "RulePrinter.h"

namespace hc::rules {

namespace {

QString amount(qint64 n)
{
    return QString::number(n);
}

QString duration(const Duration& d)
{
    const bool one = d.amount == 1;
    if (d.unit == TimeUnit::Days)
        return amount(d.amount) + (one ? QLatin1String(" day") : QLatin1String(" days"));
    return amount(d.amount) + (one ? QLatin1String(" hour") : QLatin1String(" hours"));
}

QString testKindWord(TestKind kind)
{
    switch (kind) {
    case TestKind::Pcr:
        return QStringLiteral("PCR ");
    case TestKind::Antigen:
        return QStringLiteral("antigen ");
    case TestKind::Any:
        break;
    }
    return {};
}

QString levelWord(RiskLevel level)
{
    return riskLevelKey(level) + QLatin1String("-risk");
}

void printNode(const Condition& c, QString& out)
{
    switch (c.op) {
    case Condition::Op::Fact:
        out += RulePrinter::printFact(c.fact);
        return;
    case Condition::Op::Not:
        out += QLatin1String("not ");
        if (c.children.empty())
            return;
        if (c.children.front().isCompound()) {
            out += QLatin1Char('(');
            printNode(c.children.front(), out);
            out += QLatin1Char(')');
        } else {
            printNode(c.children.front(), out);
        }
        return;
    case Condition::Op::And:
    case Condition::Op::Or: {
        const QLatin1String joiner = c.op == Condition::Op::And ? QLatin1String(" and ") : QLatin1String(" or ");
        bool first = true;
        for (const Condition& child : c.children) {
            if (!first)
                out += joiner;
            first = false;
            // A lone child prints as itself, so a degenerate group from an editor still reads right.
            if (child.isCompound() && c.children.size() > 1) {
                out += QLatin1Char('(');
                printNode(child, out);
                out += QLatin1Char(')');
            } else {
                printNode(child, out);
            }
        }
        return;
    }
    }
}

} // namespace

QString RulePrinter::quote(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"')
            out += QLatin1String("\\\"");
        else if (u == u'\\')
            out += QLatin1String("\\\\");
        else if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029 || u == 0x85)
            out += QStringLiteral("\\u{%1}").arg(u, 0, 16);
        else
            out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString RulePrinter::printClearance(const Clearance& c)
{
    QString out = amount(c.tests) + QLatin1String(" negative ") + testKindWord(c.testKind) +
                  (c.tests == 1 ? QLatin1String("test") : QLatin1String("tests"));
    if (!c.apart.isZero())
        out += QLatin1Char(' ') + duration(c.apart) + QLatin1String(" apart");
    return out;
}

QString RulePrinter::printFact(const Fact& f)
{
    switch (f.kind) {
    case FactKind::AgeOver:
        return QLatin1String("age over ") + amount(f.years);
    case FactKind::AgeUnder:
        return QLatin1String("age under ") + amount(f.years);
    case FactKind::NoSmartphone:
        return QStringLiteral("no smartphone");
    default:
        break;
    }
    const bool one = f.count == 1;
    QString out;
    if (one)
        out = QStringLiteral("a ");
    else
        out = QLatin1String("at least ") + amount(f.count) + QLatin1Char(' ');
    switch (f.kind) {
    case FactKind::PositiveTest:
    case FactKind::NegativeTest:
        out += (f.kind == FactKind::PositiveTest ? QLatin1String("positive ") : QLatin1String("negative ")) +
               testKindWord(f.testKind) + (one ? QLatin1String("test") : QLatin1String("tests"));
        break;
    case FactKind::CloseContact:
        out += one ? QLatin1String("close contact designation") : QLatin1String("close contact designations");
        break;
    case FactKind::VenueScan:
        out += (one ? QLatin1String("scan at a ") : QLatin1String("scans at a ")) + levelWord(f.level) +
               QLatin1String(" venue while designated");
        break;
    case FactKind::AreaStay:
        out += (one ? QLatin1String("stay in a ") : QLatin1String("stays in a ")) + levelWord(f.level) +
               QLatin1String(" area");
        break;
    case FactKind::Symptom:
        out += one ? QLatin1String("declared symptom") : QLatin1String("declared symptoms");
        break;
    default:
        break;
    }
    out += QLatin1String(" within ") + duration(f.window);
    if (f.unless.isSet())
        out += QLatin1String(" unless ") + printClearance(f.unless) + QLatin1String(" after it");
    return out;
}

QString RulePrinter::printCondition(const Condition& condition)
{
    QString out;
    printNode(condition, out);
    return out;
}

QString RulePrinter::printTurnBack(const Clearance& turnBack)
{
    if (!turnBack.isSet())
        return QStringLiteral("Turns back when the window expires.");
    return QLatin1String("Turns back after ") + printClearance(turnBack) + QLatin1Char('.');
}

QString RulePrinter::printRule(const Rule& rule)
{
    QString out = QLatin1String("Rule ") + rule.id + QLatin1Char(' ') + quote(rule.name);
    if (!rule.altName.isEmpty())
        out += QLatin1String(" / ") + quote(rule.altName);
    out += QLatin1String(": ") + colourKey(rule.colour) + QLatin1String(" when ") + printCondition(rule.condition) +
           QLatin1String(".\n") + printTurnBack(rule.turnBack) + QLatin1Char('\n');
    if (!rule.description.isEmpty())
        out += QLatin1String("Description: ") + quote(rule.description) + QLatin1String(".\n");
    return out;
}

QString RulePrinter::print(const RuleSet& set)
{
    QString out;
    for (int i = 0; i < set.rules.size(); ++i) {
        if (i > 0)
            out += QLatin1Char('\n');
        out += printRule(set.rules.at(i));
    }
    return out;
}

} // namespace hc::rules
