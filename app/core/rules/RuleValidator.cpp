#include "RuleValidator.h"

#include "ConditionLogic.h"
#include "RuleLimits.h"
#include "RuleParser.h"
#include "RulePrinter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace hc::rules {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::rules::Checker)
};

using Code = Diagnostic::Code;
using Op = Condition::Op;

class Checker
{
public:
    explicit Checker(const RuleSet& set) : m_set(set) {}

    QList<Diagnostic> run()
    {
        if (m_set.rules.size() > limits::kMaxRules) {
            Diagnostic d;
            d.code = Code::TooLarge;
            d.message = Tr::tr("The rule set has %1 rules; at most %2 are allowed.")
                            .arg(m_set.rules.size())
                            .arg(limits::kMaxRules);
            d.hint = Tr::tr("Merge rules that give the same colour with \"or\".");
            if (!m_set.rules.isEmpty())
                d.span = m_set.rules.at(limits::kMaxRules).span;
            m_out.append(d);
            return m_out;
        }
        m_sound.assign(static_cast<std::size_t>(m_set.rules.size()), false);
        QHash<QString, int> ids;
        for (int i = 0; i < m_set.rules.size(); ++i) {
            const Rule& r = m_set.rules.at(i);
            m_rule = i;
            const qsizetype before = m_errors;
            checkHeader(r);
            const QString key = r.id.toLower();
            if (!r.id.isEmpty()) {
                const auto it = ids.constFind(key);
                if (it != ids.constEnd()) {
                    const Rule& first = m_set.rules.at(it.value());
                    add(Code::DuplicateRuleId, r.idSpan.isValid() ? r.idSpan : r.span, {},
                        Tr::tr("The id %1 is already used by rule %2 \"%3\"%4.")
                            .arg(r.id, first.id, first.name, where(first)),
                        Tr::tr("Give every rule its own id, e.g. R%1.").arg(m_set.rules.size() + 1));
                } else {
                    ids.insert(key, i);
                }
            }
            const bool structureOk = checkStructure(r);
            if (structureOk)
                checkMeaning(r);
            m_sound[static_cast<std::size_t>(i)] = structureOk && m_errors == before;
            if (m_stopped)
                break;
        }
        if (!m_stopped)
            checkOverlaps();
        std::stable_sort(m_out.begin(), m_out.end(), [](const Diagnostic& a, const Diagnostic& b) {
            if (a.ruleIndex != b.ruleIndex)
                return a.ruleIndex < b.ruleIndex;
            return a.span.offset < b.span.offset;
        });
        return m_out;
    }

private:
    const RuleSet& m_set;
    QList<Diagnostic> m_out;

    static QString unitName(const Duration& d) { return d.unit == TimeUnit::Days ? Tr::tr("days") : Tr::tr("hours"); }

    std::vector<bool> m_sound; // no errors: takes part in the overlap checks
    int m_rule = -1;
    qsizetype m_errors = 0;
    bool m_stopped = false;

    QString where(const Rule& r) const { return r.span.isValid() ? Tr::tr(" (line %1)").arg(r.span.line) : QString(); }

    void add(Code code, const SourceSpan& span, const QList<int>& path, const QString& message, const QString& hint,
             Diagnostic::Severity severity = Diagnostic::Severity::Error)
    {
        if (m_out.size() >= limits::kMaxDiagnostics) {
            if (!m_stopped) {
                Diagnostic d;
                d.code = Code::TooManyProblems;
                d.ruleIndex = m_rule;
                d.span = span;
                d.message = Tr::tr("Too many problems; checking stopped here.");
                d.hint = Tr::tr("Fix the problems above and check again.");
                m_out.append(d);
                m_stopped = true;
            }
            ++m_errors;
            return;
        }
        const Rule& r = m_set.rules.at(m_rule);
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.ruleIndex = m_rule;
        d.ruleId = r.id;
        d.ruleName = r.name;
        d.span = span.isValid() ? span : r.span;
        d.nodePath = path;
        d.message = message;
        d.hint = hint;
        m_out.append(d);
        if (severity == Diagnostic::Severity::Error)
            ++m_errors;
    }

    void checkHeader(const Rule& r)
    {
        static const QRegularExpression kId(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
        const SourceSpan idSpan = r.idSpan.isValid() ? r.idSpan : r.span;
        if (r.id.isEmpty()) {
            add(Code::InvalidId, idSpan, {}, Tr::tr("The rule has no id."),
                Tr::tr("Give it a short id such as R%1.").arg(m_rule + 1));
        } else if (r.id.size() > limits::kMaxIdLength || !kId.match(r.id).hasMatch()) {
            add(Code::InvalidId, idSpan, {}, Tr::tr("The id \"%1\" is not a valid rule id.").arg(r.id.left(40)),
                Tr::tr("Use a letter followed by letters, digits, '-' or '_', at most %1 characters, e.g. R3.")
                    .arg(limits::kMaxIdLength));
        }
        const SourceSpan nameSpan = r.nameSpan.isValid() ? r.nameSpan : r.span;
        if (r.name.trimmed().isEmpty()) {
            add(Code::InvalidName, nameSpan, {}, Tr::tr("The rule has no name."),
                Tr::tr("Give it a name officials recognise, e.g. \"Confirmed case\"."));
        } else if (r.name.size() > limits::kMaxNameLength || r.altName.size() > limits::kMaxNameLength) {
            add(Code::InvalidName, nameSpan, {},
                Tr::tr("The rule name is longer than %1 characters.").arg(limits::kMaxNameLength),
                Tr::tr("Shorten the name; put details into the description."));
        }
        if (r.description.size() > limits::kMaxDescriptionLength) {
            add(Code::TooLarge, r.span, {},
                Tr::tr("The description is longer than %1 characters.").arg(limits::kMaxDescriptionLength),
                Tr::tr("Shorten the description."));
        }
        if (r.colour == Colour::Green) {
            add(Code::GreenRule, r.colourSpan, {},
                Tr::tr("A green rule can never change anyone's colour: green is what everyone has when no rule "
                       "matches."),
                Tr::tr("Make it yellow or red, or remove it."));
        }
    }

    bool checkStructure(const Rule& r)
    {
        const SourceSpan span = r.condition.span.isValid() ? r.condition.span : r.span;
        if (ConditionLogic::depth(r.condition, limits::kMaxDepth) > limits::kMaxDepth) {
            add(Code::NestingTooDeep, span, {},
                Tr::tr("The condition is nested more than %1 levels deep.").arg(limits::kMaxDepth),
                Tr::tr("Remove parentheses or \"not\"s, or split the condition into several rules."));
            return false;
        }
        if (ConditionLogic::factCount(r.condition) > limits::kMaxFactsPerRule) {
            add(Code::TooLarge, span, {}, Tr::tr("A rule may combine at most %1 facts.").arg(limits::kMaxFactsPerRule),
                Tr::tr("Split the condition into several rules."));
            return false;
        }
        return checkGroups(r.condition, {});
    }

    bool checkGroups(const Condition& c, const QList<int>& path)
    {
        bool ok = true;
        const bool badGroup = (c.isCompound() && c.children.size() < 2) ||
                              (c.op == Op::Not && c.children.size() != 1) || (c.op == Op::Fact && !c.children.empty());
        if (badGroup) {
            add(Code::EmptyGroup, c.span, path,
                c.op == Op::Not ? Tr::tr("\"not\" must apply to exactly one fact or group.")
                                : Tr::tr("An \"and\" or \"or\" group needs at least two facts."),
                Tr::tr("Add a fact to the group or remove the group."));
            ok = false;
        }
        for (std::size_t i = 0; i < c.children.size(); ++i) {
            QList<int> p = path;
            p.append(static_cast<int>(i));
            ok = checkGroups(c.children[i], p) && ok;
        }
        return ok;
    }

    void checkClearance(const Clearance& c, const SourceSpan& span, const QList<int>& path)
    {
        const QString example = Tr::tr("For example: 2 negative tests 24 hours apart.");
        if (c.tests < 1 || c.tests > limits::kMaxClearanceTests) {
            add(Code::ImpossibleValue, span, path, Tr::tr("%1 negative tests cannot turn a colour back.").arg(c.tests),
                Tr::tr("Ask for 1 to %1 negative tests.").arg(limits::kMaxClearanceTests) + QLatin1Char(' ') + example);
        }
        const qint64 apartHours = c.apart.seconds() / 3600;
        if (c.apart.amount < 0 || apartHours > limits::kMaxApartHours) {
            add(Code::ImpossibleValue, span, path,
                Tr::tr("Tests %1 %2 apart are impossible.").arg(c.apart.amount).arg(unitName(c.apart)),
                Tr::tr("Space the tests 1 to %1 hours apart.").arg(limits::kMaxApartHours) + QLatin1Char(' ') +
                    example);
        } else if (c.tests == 1 && !c.apart.isZero()) {
            add(Code::ImpossibleValue, span, path, Tr::tr("A single test cannot be spaced \"apart\"."),
                Tr::tr("Ask for 2 tests, or remove \"%1 %2 apart\".").arg(c.apart.amount).arg(unitName(c.apart)),
                Diagnostic::Severity::Warning);
        }
    }

    void checkFacts(const Condition& c, const QList<int>& path, bool positive)
    {
        if (c.op != Op::Fact) {
            const bool childPositive = c.op == Op::Not ? !positive : positive;
            for (std::size_t i = 0; i < c.children.size(); ++i) {
                QList<int> p = path;
                p.append(static_cast<int>(i));
                checkFacts(c.children[i], p, childPositive);
            }
            return;
        }
        const Fact& f = c.fact;
        const SourceSpan factSpan = f.span.isValid() ? f.span : c.span;
        auto spanOr = [&](const SourceSpan& s) { return s.isValid() ? s : factSpan; };
        if (isEventFact(f.kind)) {
            const Duration& w = f.window;
            const QString windowExample = Tr::tr("For example: within 14 days.");
            if (w.amount <= 0) {
                add(Code::ImpossibleWindow, spanOr(f.windowSpan), path,
                    w.amount == 0 ? Tr::tr("A window of 0 %1 is impossible: nothing falls within it.").arg(unitName(w))
                                  : Tr::tr("A negative window (%1 %2) is impossible.").arg(w.amount).arg(unitName(w)),
                    Tr::tr("Use a window of at least 1 hour and at most %1 days.").arg(limits::kMaxWindowDays) +
                        QLatin1Char(' ') + windowExample);
            } else if ((w.unit == TimeUnit::Days && w.amount > limits::kMaxWindowDays) ||
                       (w.unit == TimeUnit::Hours && w.amount > limits::kMaxWindowHours)) {
                add(Code::ImpossibleWindow, spanOr(f.windowSpan), path,
                    Tr::tr("A window of %1 %2 is longer than the %3 days facts are kept for rules.")
                        .arg(w.amount)
                        .arg(unitName(w))
                        .arg(limits::kMaxWindowDays),
                    Tr::tr("Use a window of at most %1 days (%2 hours).")
                        .arg(limits::kMaxWindowDays)
                        .arg(limits::kMaxWindowHours));
            }
            if (f.count < 1 || f.count > limits::kMaxEventCount) {
                add(Code::ImpossibleValue, spanOr(f.countSpan), path,
                    Tr::tr("\"At least %1\" events is impossible.").arg(f.count),
                    Tr::tr("Count from 1 to %1, e.g. at least 2 positive tests.").arg(limits::kMaxEventCount));
            }
            if (f.unless.isSet()) {
                const SourceSpan us = spanOr(f.unless.span);
                if (f.kind == FactKind::NegativeTest) {
                    add(Code::MisplacedUnless, us, path, Tr::tr("Negative tests cannot be cleared by negative tests."),
                        Tr::tr("Remove \"unless ... after it\" from this fact."));
                } else if (!positive) {
                    add(Code::MisplacedUnless, us, path,
                        Tr::tr("\"unless ... after it\" has no clear meaning under \"not\"."),
                        Tr::tr("Move the fact out of \"not\", or remove \"unless ... after it\"."));
                }
                checkClearance(f.unless, us, path);
            }
        } else if (isAgeFact(f.kind)) {
            if (f.years < 0 || f.years > limits::kMaxAgeYears) {
                add(Code::ImpossibleValue, spanOr(f.yearsSpan), path,
                    Tr::tr("An age of %1 years is impossible.").arg(f.years),
                    Tr::tr("Use an age from 0 to %1 years.").arg(limits::kMaxAgeYears));
            }
        }
    }

    void checkMeaning(const Rule& r)
    {
        const qsizetype before = m_errors;
        checkFacts(r.condition, {}, true);
        const SourceSpan condSpan = r.condition.span.isValid() ? r.condition.span : r.span;
        if (!ConditionLogic::hasEventFact(r.condition)) {
            add(Code::NoHealthBasis, condSpan, {},
                Tr::tr("The condition uses only personal details (age, smartphone), no dated health fact: it would "
                       "colour people permanently without a health reason."),
                Tr::tr(
                    "Combine it with a test, close contact, risk-area stay, venue scan or symptom, e.g. \"and a stay "
                    "in a medium-risk area within 7 days\"."));
        }
        if (r.turnBack.isSet()) {
            const SourceSpan tb = r.turnBackSpan.isValid() ? r.turnBackSpan : r.span;
            checkClearance(r.turnBack, tb, {});
            if (!ConditionLogic::hasClearableFact(r.condition)) {
                add(Code::NothingToTurnBack, tb, {},
                    Tr::tr(
                        "Negative tests cannot turn this rule back: its condition has no dated fact they could clear "
                        "(negative tests and facts under \"not\" are never cleared)."),
                    Tr::tr("Write \"Turns back when the window expires.\""));
            }
        }
        if (m_errors != before)
            return;
        const Condition resolved = ConditionLogic::resolve(r);
        if (ConditionLogic::isContradiction(resolved)) {
            add(Code::Contradiction, condSpan, {},
                Tr::tr("The condition can never be true, so the rule never matches anyone."),
                Tr::tr("Check for facts that exclude each other, e.g. \"age over 60 and age under 30\"."));
        } else if (ConditionLogic::isTautology(resolved)) {
            add(Code::Tautology, condSpan, {},
                Tr::tr("The condition is true for everyone, so the rule colours everyone."),
                Tr::tr("Check for facts joined with \"or\" that cover every case, e.g. \"X or not X\"."));
        }
    }

    // A sound rule whose colour can never show because another rule always matches with it.
    void checkOverlaps()
    {
        const int n = static_cast<int>(m_set.rules.size());
        std::vector<Condition> resolved(static_cast<std::size_t>(n));
        QHash<QByteArray, QList<int>> index;
        for (int i = 0; i < n; ++i) {
            if (!m_sound[static_cast<std::size_t>(i)])
                continue;
            const Condition& c = resolved[static_cast<std::size_t>(i)] = ConditionLogic::resolve(m_set.rules.at(i));
            index[ConditionLogic::shape(c)].append(i);
            if (c.op == Op::Or) {
                for (const Condition& child : c.children)
                    index[ConditionLogic::shape(child)].append(i);
            }
        }
        constexpr int kCandidatesPerKey = 64;
        for (int j = 0; j < n && !m_stopped; ++j) {
            if (!m_sound[static_cast<std::size_t>(j)])
                continue;
            const Rule& b = m_set.rules.at(j);
            const Condition& cb = resolved[static_cast<std::size_t>(j)];
            QList<QByteArray> keys{ConditionLogic::shape(cb)};
            if (cb.op == Op::And) {
                for (const Condition& child : cb.children)
                    keys.append(ConditionLogic::shape(child));
            }
            int best = -1;
            Code bestCode = Code::ShadowedRule;
            for (const QByteArray& key : keys) {
                const auto it = index.constFind(key);
                if (it == index.constEnd())
                    continue;
                int tried = 0;
                for (int i : it.value()) {
                    if (i == j || (best >= 0 && i >= best))
                        continue;
                    const Rule& a = m_set.rules.at(i);
                    const bool moreSevere = a.colour > b.colour;
                    const bool earlierSame = a.colour == b.colour && i < j;
                    if (!moreSevere && !earlierSame)
                        continue;
                    if (++tried > kCandidatesPerKey)
                        break;
                    if (!ConditionLogic::implies(cb, resolved[static_cast<std::size_t>(i)]))
                        continue;
                    best = i;
                    if (moreSevere)
                        bestCode = Code::UnreachableColour;
                    else if (cb == resolved[static_cast<std::size_t>(i)])
                        bestCode = Code::DuplicateRule;
                    else
                        bestCode = Code::ShadowedRule;
                }
            }
            if (best < 0)
                continue;
            m_rule = j;
            const Rule& a = m_set.rules.at(best);
            const SourceSpan span = b.condition.span.isValid() ? b.condition.span : b.span;
            switch (bestCode) {
            case Code::DuplicateRule:
                add(Code::DuplicateRule, span, {},
                    Tr::tr("The rule repeats rule %1 \"%2\"%3: same condition, same colour.")
                        .arg(a.id, a.name, where(a)),
                    Tr::tr("Remove one of the two rules."));
                break;
            case Code::ShadowedRule:
                add(Code::ShadowedRule, span, {},
                    Tr::tr(
                        "The rule can never decide a colour: whenever it matches, the earlier rule %1 \"%2\"%3 matches "
                        "too with the same colour.")
                        .arg(a.id, a.name, where(a)),
                    Tr::tr("Remove it, or change its condition so that it also covers people rule %1 does not.")
                        .arg(a.id));
                break;
            default:
                add(Code::UnreachableColour, span, {},
                    Tr::tr("The rule can never make anyone %1: whenever it matches, rule %2 \"%3\"%4 matches too and "
                           "gives %5.")
                        .arg(colourInSentence(b.colour), a.id, a.name, where(a), colourInSentence(a.colour)),
                    Tr::tr("Remove it, or change its condition so that it also covers people rule %1 does not.")
                        .arg(a.id));
                break;
            }
        }
    }
};

} // namespace

QList<Diagnostic> RuleValidator::validate(const RuleSet& set)
{
    Checker checker(set);
    return checker.run();
}

QList<Diagnostic> RuleValidator::check(const QString& text, RuleSet* parsed)
{
    RuleParser::Result p = RuleParser::parse(text);
    QList<Diagnostic> all = p.diagnostics;
    all.append(validate(p.ruleSet));
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
        const qint32 ao = a.span.isValid() ? a.span.offset : std::numeric_limits<qint32>::max();
        const qint32 bo = b.span.isValid() ? b.span.offset : std::numeric_limits<qint32>::max();
        return ao < bo;
    });
    if (parsed)
        *parsed = std::move(p.ruleSet);
    return all;
}

} // namespace hc::rules
