#include "RuleParser.h"

#include "RuleLexer.h"
#include "RuleLimits.h"

#include <QCoreApplication>

namespace hc::rules {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::rules::Parser)
};

using Type = RuleToken::Type;
using Code = Diagnostic::Code;

class Parser
{
public:
    static QString knownFactsHint()
    {
        return Tr::tr(
            "Known facts: a positive test, a negative test (optionally PCR or antigen), a close contact "
            "designation, a scan at a high-risk venue while designated, a stay in a high-risk area, a declared "
            "symptom (each with \"within N days\"), age over N, age under N, no smartphone.");
    }

    // How a token is named in a message: the word itself, or what kind of thing it is.
    static QString describe(const RuleToken& t)
    {
        switch (t.type) {
        case Type::End:
            return Tr::tr("the end of the text");
        case Type::String:
            return Tr::tr("the quoted text \"%1\"").arg(t.text.left(40));
        default:
            return QStringLiteral("\"%1\"").arg(t.text.left(40));
        }
    }

    Parser(const QString& text, QList<Diagnostic>* diagnostics) : m_diagnostics(diagnostics)
    {
        m_tokens = RuleLexer::tokenize(text, diagnostics);
        m_lexErrors = diagnostics->size();
    }

    RuleSet parseRuleSet()
    {
        RuleSet set;
        while (!at(Type::End) && !m_stopped) {
            if (!peek().isWord(QLatin1String("rule"))) {
                error(Code::Syntax, peek().span,
                      Tr::tr("Expected a rule starting with \"Rule\" but found %1.").arg(describe(peek())),
                      Tr::tr("Each rule starts on its own line: Rule R1 \"Name\": red when ... ."));
                skipToNextRule();
                continue;
            }
            if (set.rules.size() >= limits::kMaxRules) {
                error(Code::TooLarge, peek().span,
                      Tr::tr("A rule set may have at most %1 rules.").arg(limits::kMaxRules),
                      Tr::tr("Merge rules that give the same colour with \"or\", or split the jurisdiction's rules."));
                m_stopped = true;
                break;
            }
            m_ruleIndex = static_cast<int>(set.rules.size());
            m_failed = false;
            Rule r = parseRule();
            if (m_failed) {
                skipToNextRule();
            } else {
                set.rules.append(std::move(r));
            }
            m_ruleId.clear();
            m_ruleName.clear();
        }
        return set;
    }

    bool parseLoneCondition(Condition* out)
    {
        m_ruleIndex = -1;
        Condition c = parseExpression(0);
        if (m_failed)
            return false;
        if (!at(Type::End)) {
            error(Code::Syntax, peek().span, Tr::tr("Unexpected %1 after the condition.").arg(describe(peek())),
                  Tr::tr("Join further facts with \"and\" or \"or\"."));
            return false;
        }
        *out = std::move(c);
        return true;
    }

private:
    QList<RuleToken> m_tokens;
    qsizetype m_pos = 0;
    QList<Diagnostic>* m_diagnostics;
    qsizetype m_lexErrors = 0;
    bool m_failed = false;
    bool m_stopped = false;
    int m_ruleIndex = -1;
    QString m_ruleId;
    QString m_ruleName;
    int m_factsInRule = 0;
    SourceSpan m_commaUnless;

    const RuleToken& peek(qsizetype ahead = 0) const
    {
        const qsizetype p = qMin(m_pos + ahead, m_tokens.size() - 1);
        return m_tokens.at(p);
    }
    const RuleToken& previous() const { return m_tokens.at(qMax<qsizetype>(0, m_pos - 1)); }
    bool at(Type t) const { return peek().type == t; }
    const RuleToken& next()
    {
        const RuleToken& t = peek();
        if (m_pos < m_tokens.size() - 1)
            ++m_pos;
        return t;
    }

    void error(Code code, const SourceSpan& span, const QString& message, const QString& hint)
    {
        m_failed = true;
        // The lexer has already explained an invalid token; one message per place is enough.
        if (peek().type == Type::Invalid && span.offset == peek().span.offset)
            return;
        if (m_diagnostics->size() >= limits::kMaxDiagnostics) {
            if (!m_stopped) {
                Diagnostic d;
                d.code = Code::TooManyProblems;
                d.span = span;
                d.message = Tr::tr("Too many problems; reading stopped here.");
                d.hint = Tr::tr("Fix the problems above and check again.");
                m_diagnostics->append(d);
            }
            m_stopped = true;
            return;
        }
        Diagnostic d;
        d.code = code;
        d.span = span;
        d.ruleIndex = m_ruleIndex;
        d.ruleId = m_ruleId;
        d.ruleName = m_ruleName;
        d.message = message;
        d.hint = hint;
        m_diagnostics->append(d);
    }

    // Lexer errors carry no rule; give the ones inside this rule its name.
    void attributeLexErrors(const SourceSpan& ruleSpan)
    {
        for (qsizetype i = 0; i < m_lexErrors; ++i) {
            Diagnostic& d = (*m_diagnostics)[i];
            if (d.ruleIndex < 0 && d.span.offset >= ruleSpan.offset && d.span.offset < ruleSpan.end()) {
                d.ruleIndex = m_ruleIndex;
                d.ruleId = m_ruleId;
                d.ruleName = m_ruleName;
            }
        }
    }

    void skipToNextRule()
    {
        const qsizetype from = m_pos;
        SourceSpan start = peek().span;
        next();
        while (!at(Type::End) && !(peek().atLineStart && peek().isWord(QLatin1String("rule"))))
            next();
        if (m_pos > from)
            attributeLexErrors(SourceSpan::cover(start, previous().span));
    }

    bool expectWord(QLatin1String word, const QString& message, const QString& hint)
    {
        if (m_failed)
            return false;
        if (peek().isWord(word)) {
            next();
            return true;
        }
        error(Code::Syntax, peek().span, message.arg(describe(peek())), hint);
        return false;
    }

    bool expect(Type type, const QString& message, const QString& hint)
    {
        if (m_failed)
            return false;
        if (at(type)) {
            next();
            return true;
        }
        error(Code::Syntax, peek().span, message.arg(describe(peek())), hint);
        return false;
    }

    // A whole number; a word or anything else is a wrong type named with what was expected.
    bool number(qint64* out, SourceSpan* span, const QString& whatExpected, const QString& example)
    {
        if (m_failed)
            return false;
        const RuleToken& t = peek();
        if (t.type == Type::Number) {
            if (t.overflow) {
                error(Code::TooLarge, t.span, Tr::tr("The number %1 is too large.").arg(t.text.left(30)), example);
                return false;
            }
            *out = t.number;
            if (span)
                *span = t.span;
            next();
            return true;
        }
        const QString found =
            colourFromKey(t.text) && t.type == Type::Word ? Tr::tr("the colour %1").arg(describe(t)) : describe(t);
        error(t.type == Type::End || t.type == Type::Period ? Code::Syntax : Code::WrongType, t.span,
              Tr::tr("Expected %1 but found %2.").arg(whatExpected, found), example);
        return false;
    }

    // "day", "days", "hour", "hours"
    bool unit(TimeUnit* out, const QString& example)
    {
        if (m_failed)
            return false;
        const RuleToken& t = peek();
        if (t.isWord(QLatin1String("day")) || t.isWord(QLatin1String("days"))) {
            *out = TimeUnit::Days;
        } else if (t.isWord(QLatin1String("hour")) || t.isWord(QLatin1String("hours"))) {
            *out = TimeUnit::Hours;
        } else {
            error(t.type == Type::Word ? Code::WrongType : Code::Syntax, t.span,
                  Tr::tr("Expected \"days\" or \"hours\" but found %1.").arg(describe(t)), example);
            return false;
        }
        next();
        return true;
    }

    std::optional<TestKind> optionalTestKind()
    {
        if (peek().isWord(QLatin1String("pcr"))) {
            next();
            return TestKind::Pcr;
        }
        if (peek().isWord(QLatin1String("antigen"))) {
            next();
            return TestKind::Antigen;
        }
        return std::nullopt;
    }

    bool testWord() { return peek().isWord(QLatin1String("test")) || peek().isWord(QLatin1String("tests")); }

    bool level(RiskLevel* out)
    {
        if (m_failed)
            return false;
        const RuleToken& t = peek();
        struct Name
        {
            const char* word;
            RiskLevel level;
        };
        static const Name kNames[] = {
            {"high", RiskLevel::High}, {"medium", RiskLevel::Medium}, {"low", RiskLevel::Low}};
        for (const Name& n : kNames) {
            const QLatin1String w(n.word);
            if (t.type == Type::Word && t.text.compare(w + QLatin1String("-risk"), Qt::CaseInsensitive) == 0) {
                next();
                *out = n.level;
                return true;
            }
            if (t.isWord(w) && peek(1).isWord(QLatin1String("risk"))) {
                next();
                next();
                *out = n.level;
                return true;
            }
        }
        error(t.type == Type::Word ? Code::WrongType : Code::Syntax, t.span,
              Tr::tr("Expected a risk level but found %1.").arg(describe(t)),
              Tr::tr("Write high-risk, medium-risk or low-risk."));
        return false;
    }

    // "2 negative PCR tests 24 hours apart"
    Clearance clearance()
    {
        Clearance c;
        const SourceSpan start = peek().span;
        const QString example = Tr::tr("For example: 2 negative tests 24 hours apart.");
        SourceSpan countSpan;
        if (!number(&c.tests, &countSpan, Tr::tr("a number of negative tests"), example))
            return c;
        if (c.tests == 0) {
            error(Code::ImpossibleValue, countSpan, Tr::tr("0 negative tests cannot turn anything back."),
                  Tr::tr("Write at least 1, e.g. 2 negative tests 24 hours apart."));
            return c;
        }
        if (!peek().isWord(QLatin1String("negative"))) {
            error(Code::Syntax, peek().span,
                  Tr::tr("Expected \"negative\" but found %1: only negative tests turn a colour back.")
                      .arg(describe(peek())),
                  example);
            return c;
        }
        next();
        if (const auto kind = optionalTestKind())
            c.testKind = *kind;
        if (!testWord()) {
            error(Code::Syntax, peek().span, Tr::tr("Expected \"tests\" but found %1.").arg(describe(peek())), example);
            return c;
        }
        next();
        const bool atLeast = peek().isWord(QLatin1String("at")) && peek(1).isWord(QLatin1String("least")) &&
                             peek(2).type == Type::Number;
        if (atLeast || at(Type::Number)) {
            if (atLeast) {
                next();
                next();
            }
            if (!number(&c.apart.amount, nullptr, Tr::tr("a number of hours"), example) ||
                !unit(&c.apart.unit, example))
                return c;
            if (!expectWord(QLatin1String("apart"), Tr::tr("Expected \"apart\" but found %1."), example))
                return c;
        }
        c.span = SourceSpan::cover(start, previous().span);
        return c;
    }

    // At the start of a fact that is not one of the language: name the unknown words.
    void unknownFact(const RuleToken& start)
    {
        qsizetype end = m_pos;
        while (end < m_tokens.size() - 1) {
            const RuleToken& t = m_tokens.at(end);
            if (t.type != Type::Word || t.isWord(QLatin1String("within")) || t.isWord(QLatin1String("and")) ||
                t.isWord(QLatin1String("or")) || t.isWord(QLatin1String("unless")) || end - m_pos >= 12)
                break;
            ++end;
        }
        if (end == m_pos) {
            error(Code::Syntax, start.span, Tr::tr("Expected a fact but found %1.").arg(describe(start)),
                  knownFactsHint());
            return;
        }
        QStringList words;
        for (qsizetype i = m_pos; i < end; ++i)
            words << m_tokens.at(i).text;
        error(Code::UnknownFact, SourceSpan::cover(start.span, m_tokens.at(end - 1).span),
              Tr::tr("Unknown fact \"%1\".").arg(words.join(QLatin1Char(' '))), knownFactsHint());
    }

    std::optional<Condition> fact()
    {
        if (++m_factsInRule > limits::kMaxFactsPerRule) {
            error(Code::TooLarge, peek().span,
                  Tr::tr("A rule may combine at most %1 facts.").arg(limits::kMaxFactsPerRule),
                  Tr::tr("Split the condition into several rules."));
            return std::nullopt;
        }
        const qsizetype startPos = m_pos;
        const RuleToken& start = peek();
        Fact f;
        if (start.isWord(QLatin1String("age"))) {
            next();
            if (peek().isWord(QLatin1String("over"))) {
                f.kind = FactKind::AgeOver;
            } else if (peek().isWord(QLatin1String("under"))) {
                f.kind = FactKind::AgeUnder;
            } else {
                error(Code::Syntax, peek().span,
                      Tr::tr("Expected \"over\" or \"under\" after \"age\" but found %1.").arg(describe(peek())),
                      Tr::tr("For example: age over 60."));
                return std::nullopt;
            }
            next();
            if (!number(&f.years, &f.yearsSpan, Tr::tr("a number of years"), Tr::tr("For example: age over 60.")))
                return std::nullopt;
            f.span = SourceSpan::cover(start.span, previous().span);
            return Condition::makeFact(f);
        }
        if (start.isWord(QLatin1String("no")) && peek(1).isWord(QLatin1String("smartphone"))) {
            next();
            next();
            f.kind = FactKind::NoSmartphone;
            f.span = SourceSpan::cover(start.span, previous().span);
            return Condition::makeFact(f);
        }
        if (start.isWord(QLatin1String("a")) || start.isWord(QLatin1String("an"))) {
            next();
            f.count = 1;
        } else if (start.isWord(QLatin1String("at")) && peek(1).isWord(QLatin1String("least"))) {
            next();
            next();
            if (!number(&f.count, &f.countSpan, Tr::tr("a number of events"),
                        Tr::tr("For example: at least 2 positive tests.")))
                return std::nullopt;
        } else {
            unknownFact(start);
            return std::nullopt;
        }

        const RuleToken& noun = peek();
        auto rest = [&](std::initializer_list<const char*> words) {
            for (const char* w : words) {
                if (!peek().isWord(QLatin1String(w)))
                    return false;
                next();
            }
            return true;
        };
        bool known = false;
        if (noun.isWord(QLatin1String("positive")) || noun.isWord(QLatin1String("negative"))) {
            f.kind = noun.isWord(QLatin1String("positive")) ? FactKind::PositiveTest : FactKind::NegativeTest;
            next();
            if (const auto kind = optionalTestKind())
                f.testKind = *kind;
            if (testWord()) {
                next();
                known = true;
            }
        } else if (noun.isWord(QLatin1String("close"))) {
            f.kind = FactKind::CloseContact;
            next();
            if (rest({"contact"}) &&
                (peek().isWord(QLatin1String("designation")) || peek().isWord(QLatin1String("designations")))) {
                next();
                known = true;
            }
        } else if (noun.isWord(QLatin1String("scan")) || noun.isWord(QLatin1String("scans"))) {
            f.kind = FactKind::VenueScan;
            next();
            if (rest({"at"}) && (peek().isWord(QLatin1String("a")) || peek().isWord(QLatin1String("an")))) {
                next();
                if (!level(&f.level))
                    return std::nullopt;
                known = rest({"venue", "while", "designated"});
            }
        } else if (noun.isWord(QLatin1String("stay")) || noun.isWord(QLatin1String("stays"))) {
            f.kind = FactKind::AreaStay;
            next();
            if (rest({"in"}) && (peek().isWord(QLatin1String("a")) || peek().isWord(QLatin1String("an")))) {
                next();
                if (!level(&f.level))
                    return std::nullopt;
                known = rest({"area"});
            }
        } else if (noun.isWord(QLatin1String("declared"))) {
            f.kind = FactKind::Symptom;
            next();
            if (peek().isWord(QLatin1String("symptom")) || peek().isWord(QLatin1String("symptoms"))) {
                next();
                known = true;
            }
        }
        if (!known) {
            m_pos = startPos;
            unknownFact(start);
            return std::nullopt;
        }

        // The time window.
        const RuleToken& within = peek();
        const QString windowExample = Tr::tr("For example: within 14 days, or within 48 hours.");
        if (!within.isWord(QLatin1String("within"))) {
            error(Code::Syntax, within.span,
                  Tr::tr("The fact needs a time window, but %1 follows it.").arg(describe(within)), windowExample);
            return std::nullopt;
        }
        next();
        if (!number(&f.window.amount, nullptr, Tr::tr("a number of days or hours"), windowExample) ||
            !unit(&f.window.unit, windowExample))
            return std::nullopt;
        f.windowSpan = SourceSpan::cover(within.span, previous().span);

        // "unless ... after it", also written after a comma when the condition is this one fact.
        const bool comma = at(Type::Comma) && peek(1).isWord(QLatin1String("unless"));
        if (comma) {
            m_commaUnless = peek().span;
            next();
        }
        if (peek().isWord(QLatin1String("unless"))) {
            const SourceSpan unlessStart = next().span;
            f.unless = clearance();
            if (m_failed)
                return std::nullopt;
            const QString example = Tr::tr("For example: unless 2 negative tests 24 hours apart after it.");
            if (!expectWord(QLatin1String("after"), Tr::tr("Expected \"after it\" but found %1."), example) ||
                !expectWord(QLatin1String("it"), Tr::tr("Expected \"after it\" but found %1."), example))
                return std::nullopt;
            f.unless.span = SourceSpan::cover(unlessStart, previous().span);
        }
        f.span = SourceSpan::cover(start.span, previous().span);
        return Condition::makeFact(f);
    }

    Condition unary(int depth)
    {
        if (depth > limits::kMaxDepth) {
            error(Code::NestingTooDeep, peek().span,
                  Tr::tr("The condition is nested more than %1 levels deep.").arg(limits::kMaxDepth),
                  Tr::tr("Remove parentheses or \"not\"s, or split the condition into several rules."));
            return {};
        }
        const RuleToken& t = peek();
        if (t.isWord(QLatin1String("not"))) {
            next();
            Condition child = unary(depth + 1);
            if (m_failed)
                return {};
            Condition c = Condition::makeNot(std::move(child));
            c.span = SourceSpan::cover(t.span, c.children.front().span);
            return c;
        }
        if (t.type == Type::LParen) {
            next();
            Condition inner = parseExpression(depth + 1);
            if (m_failed)
                return {};
            if (!at(Type::RParen)) {
                error(Code::Syntax, peek().span,
                      Tr::tr("Expected \")\" to close the parenthesis opened at line %1, column %2, but found %3.")
                          .arg(t.span.line)
                          .arg(t.span.column)
                          .arg(describe(peek())),
                      Tr::tr("Add the closing parenthesis after the last fact of the group."));
                return {};
            }
            next();
            return inner;
        }
        auto f = fact();
        if (!f)
            return {};
        return std::move(*f);
    }

    Condition parseExpression(int depth)
    {
        Condition first = unary(depth);
        if (m_failed)
            return {};
        const bool isAnd = peek().isWord(QLatin1String("and"));
        const bool isOr = peek().isWord(QLatin1String("or"));
        if (!isAnd && !isOr)
            return first;
        const QLatin1String op = isAnd ? QLatin1String("and") : QLatin1String("or");
        const QLatin1String other = isAnd ? QLatin1String("or") : QLatin1String("and");
        std::vector<Condition> children;
        children.push_back(std::move(first));
        while (peek().isWord(op)) {
            next();
            children.push_back(unary(depth));
            if (m_failed)
                return {};
        }
        if (peek().isWord(other)) {
            error(Code::MixedAndOr, peek().span,
                  Tr::tr("\"and\" and \"or\" are mixed without parentheses, so it is unclear which comes first."),
                  Tr::tr("Add parentheses, e.g. (A and B) or C, or A and (B or C)."));
            return {};
        }
        const SourceSpan span = SourceSpan::cover(children.front().span, children.back().span);
        Condition c = isAnd ? Condition::makeAnd(std::move(children)) : Condition::makeOr(std::move(children));
        c.span = span;
        return c;
    }

    Rule parseRule()
    {
        Rule r;
        const RuleToken& ruleWord = next();
        m_factsInRule = 0;
        m_commaUnless = {};
        const QString headerExample = Tr::tr("A rule starts like this: Rule R3 \"Confirmed case\": red when ...");
        if (!at(Type::Word)) {
            error(Code::Syntax, peek().span,
                  Tr::tr("Expected a rule id such as R3 after \"Rule\" but found %1.").arg(describe(peek())),
                  headerExample);
            return r;
        }
        r.id = next().text;
        r.idSpan = previous().span;
        m_ruleId = r.id;
        if (!at(Type::String)) {
            error(Code::Syntax, peek().span,
                  Tr::tr("Expected the rule name in double quotes but found %1.").arg(describe(peek())), headerExample);
            return r;
        }
        r.name = next().text;
        r.nameSpan = previous().span;
        m_ruleName = r.name;
        if (at(Type::Slash)) {
            next();
            if (!at(Type::String)) {
                error(
                    Code::Syntax, peek().span,
                    Tr::tr("Expected the second name in double quotes after \"/\" but found %1.").arg(describe(peek())),
                    Tr::tr("For example: Rule R3 \"Confirmed case\" / \"确诊病例\": ..."));
                return r;
            }
            r.altName = next().text;
            r.nameSpan = SourceSpan::cover(r.nameSpan, previous().span);
        }
        if (!expect(Type::Colon, Tr::tr("Expected \":\" after the rule name but found %1."), headerExample))
            return r;
        const RuleToken& colour = peek();
        const auto c = colour.type == Type::Word ? colourFromKey(colour.text) : std::nullopt;
        if (!c) {
            error(colour.type == Type::Word || colour.type == Type::Number ? Code::WrongType : Code::Syntax,
                  colour.span, Tr::tr("Expected a colour but found %1.").arg(describe(colour)),
                  Tr::tr("Write red or yellow (green is what everyone has when no rule matches)."));
            return r;
        }
        r.colour = *c;
        r.colourSpan = colour.span;
        next();
        if (!expectWord(QLatin1String("when"), Tr::tr("Expected \"when\" after the colour but found %1."),
                        Tr::tr("For example: red when a positive test within 14 days.")))
            return r;
        r.condition = parseExpression(0);
        if (m_failed)
            return r;
        if (m_commaUnless.isValid() && r.condition.op != Condition::Op::Fact) {
            error(
                Code::MisplacedUnless, m_commaUnless,
                Tr::tr("\"..., unless\" would apply only to the last fact of this condition."),
                Tr::tr("Write \"unless ... after it\" right after the fact it clears, or turn the whole rule back with "
                       "a sentence \"Turns back after 2 negative tests 24 hours apart.\""));
            return r;
        }
        if (!at(Type::Period)) {
            error(Code::Syntax, peek().span, Tr::tr("Unexpected %1 after the condition.").arg(describe(peek())),
                  Tr::tr("End the rule sentence with \".\", or join another fact with \"and\" or \"or\"."));
            return r;
        }
        next();
        SourceSpan end = previous().span;

        if (peek().isWord(QLatin1String("turns"))) {
            const RuleToken& turns = next();
            const QString example =
                Tr::tr("Write \"Turns back when the window expires.\" or \"Turns back after 2 negative tests 24 hours "
                       "apart.\"");
            if (!expectWord(QLatin1String("back"), Tr::tr("Expected \"back\" after \"Turns\" but found %1."), example))
                return r;
            if (peek().isWord(QLatin1String("when"))) {
                next();
                if (!expectWord(QLatin1String("the"), Tr::tr("Expected \"the window expires\" but found %1."),
                                example) ||
                    !expectWord(QLatin1String("window"), Tr::tr("Expected \"window expires\" but found %1."),
                                example) ||
                    !expectWord(QLatin1String("expires"), Tr::tr("Expected \"expires\" but found %1."), example))
                    return r;
            } else if (peek().isWord(QLatin1String("after"))) {
                next();
                r.turnBack = clearance();
                if (m_failed)
                    return r;
            } else {
                error(Code::Syntax, peek().span,
                      Tr::tr("Expected \"when\" or \"after\" after \"Turns back\" but found %1.").arg(describe(peek())),
                      example);
                return r;
            }
            if (!expect(Type::Period, Tr::tr("Expected \".\" at the end of the sentence but found %1."), example))
                return r;
            r.turnBackSpan = SourceSpan::cover(turns.span, previous().span);
            r.turnBack.span = r.turnBackSpan;
            end = previous().span;
        }

        if (peek().isWord(QLatin1String("description"))) {
            next();
            const QString example = Tr::tr("For example: Description: \"Any positive PCR or antigen test.\".");
            if (!expect(Type::Colon, Tr::tr("Expected \":\" after \"Description\" but found %1."), example))
                return r;
            if (!at(Type::String)) {
                error(Code::Syntax, peek().span,
                      Tr::tr("Expected the description in double quotes but found %1.").arg(describe(peek())), example);
                return r;
            }
            r.description = next().text;
            if (!expect(Type::Period, Tr::tr("Expected \".\" after the description but found %1."), example))
                return r;
            end = previous().span;
        }

        if (!at(Type::End) && !peek().isWord(QLatin1String("rule"))) {
            error(
                Code::Syntax, peek().span, Tr::tr("Unexpected %1 after the end of the rule.").arg(describe(peek())),
                Tr::tr("After the rule sentence only \"Turns back ...\" and \"Description: ...\" may follow; start the "
                       "next rule with \"Rule\" on a new line."));
            return r;
        }
        r.span = SourceSpan::cover(ruleWord.span, end);
        attributeLexErrors(r.span);
        return r;
    }
};

} // namespace

RuleParser::Result RuleParser::parse(const QString& text)
{
    Result result;
    if (text.size() > limits::kMaxTextLength) {
        Diagnostic d;
        d.code = Diagnostic::Code::TooLarge;
        d.span = SourceSpan{0, 0, 1, 1};
        d.message =
            QCoreApplication::translate("hc::rules::Parser", "The rule text has %1 characters; at most %2 are allowed.")
                .arg(text.size())
                .arg(limits::kMaxTextLength);
        d.hint = QCoreApplication::translate("hc::rules::Parser", "Check that the right file was chosen.");
        result.diagnostics.append(d);
        return result;
    }
    Parser p(text, &result.diagnostics);
    result.ruleSet = p.parseRuleSet();
    return result;
}

bool RuleParser::parseCondition(const QString& text, Condition* condition, QList<Diagnostic>* diagnostics)
{
    QList<Diagnostic> local;
    QList<Diagnostic>* out = diagnostics ? diagnostics : &local;
    if (text.size() > limits::kMaxTextLength) {
        Diagnostic d;
        d.code = Diagnostic::Code::TooLarge;
        d.span = SourceSpan{0, 0, 1, 1};
        d.message = QCoreApplication::translate("hc::rules::Parser", "The condition is too long.");
        out->append(d);
        return false;
    }
    Parser p(text, out);
    const bool ok = p.parseLoneCondition(condition);
    return ok && !hasErrors(*out);
}

} // namespace hc::rules
