#include "rules/CompiledRules.h"
#include "rules/ConditionLogic.h"
#include "rules/DefaultRules.h"
#include "rules/Evaluator.h"
#include "rules/Explanation.h"
#include "rules/FactCatalog.h"
#include "rules/FactStoreBuilder.h"
#include "rules/RuleLimits.h"
#include "rules/RuleParser.h"
#include "rules/RulePrinter.h"
#include "rules/RuleValidator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace hc;
using namespace hc::rules;

namespace {

QString u8(const char* s)
{
    return QString::fromUtf8(s);
}

// A one-rule text with the given condition (and turn-back sentence).
QString oneRule(const QString& condition,
                const QString& turnBack = QStringLiteral("Turns back when the window expires."))
{
    return QStringLiteral("Rule R1 \"Test\": red when ") + condition + QStringLiteral(".\n") + turnBack +
           QLatin1Char('\n');
}

// Line and column (code points) of a UTF-16 offset, computed independently of the lexer.
std::pair<int, int> lineColumn(const QString& text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else if (!c.isLowSurrogate()) {
            ++column;
        }
    }
    return {line, column};
}

QString dump(const QList<Diagnostic>& ds)
{
    QStringList out;
    for (const Diagnostic& d : ds)
        out << Diagnostic::codeKey(d.code) + QLatin1String(" @") + QString::number(d.span.offset) + QLatin1Char('+') +
                   QString::number(d.span.length) + QLatin1String(": ") + d.toString();
    return out.join(QLatin1Char('\n'));
}

void verifyRoundTrip(const QString& text)
{
    const RuleParser::Result p = RuleParser::parse(text);
    QVERIFY2(p.ok(), qPrintable(dump(p.diagnostics)));
    const QString printed = RulePrinter::print(p.ruleSet);
    QCOMPARE(printed, text);
    const RuleParser::Result again = RuleParser::parse(printed);
    QVERIFY2(again.ok(), qPrintable(dump(again.diagnostics)));
    QVERIFY(again.ruleSet == p.ruleSet);
}

} // namespace

class TestRuleParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultRulesRoundTripAndValidate()
    {
        const QString text = DefaultRules::text();
        QVERIFY2(!text.isEmpty(), "the default rules resource is missing");
        verifyRoundTrip(text);
        RuleSet set;
        const QList<Diagnostic> ds = RuleValidator::check(text, &set);
        QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
        QCOMPARE(set.rules.size(), 9);
        QCOMPARE(set.rules.at(0).id, QStringLiteral("R1"));
        QCOMPARE(set.rules.at(0).altName, u8("确诊病例"));
        QCOMPARE(set.rules.at(0).displayName(QLocale(QLocale::Chinese, QLocale::China)), u8("确诊病例"));
        QCOMPARE(set.rules.at(0).displayName(QLocale(QLocale::English)), QStringLiteral("Confirmed case"));
        auto compiled = CompiledRules::compile(set, 1);
        QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
        QCOMPARE(compiled->longestWindowSecs(), 21 * 86400);
    }

    void canonicalVariantsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        auto row = [](const char* name, const QString& text) { QTest::newRow(name) << text; };
        row("pcr and turn back", oneRule(QStringLiteral("a positive PCR test within 14 days"),
                                         QStringLiteral("Turns back after 2 negative PCR tests 24 hours apart.")));
        row("antigen, counts, hours",
            oneRule(QStringLiteral("a negative antigen test within 1 day and at least 2 declared symptoms within 48 "
                                   "hours"),
                    QStringLiteral("Turns back after 1 negative test.")));
        row("groups, not, alt name, description",
            u8("Rule R1 \"A\" / \"乙\": red when (a positive test within 14 days or a close contact designation within "
               "14 days) and not (age under 18 or no smartphone).\nTurns back when the window expires.\nDescription: "
               "\"Line one\\nLine \\\"two\\\" \\\\ backslash\\ttab\".\n"));
        row("nested same operator",
            oneRule(
                QStringLiteral("((a positive test within 1 day or a positive test within 2 days) or a positive test "
                               "within 3 days) or no smartphone")));
        row("and inside and", oneRule(QStringLiteral("(a positive test within 1 hour and a stay in a low-risk area "
                                                     "within 2 hours) and age over 0")));
        row("double not and unless",
            oneRule(QStringLiteral("not not a scan at a medium-risk venue while designated within 3 days unless 3 "
                                   "negative antigen tests 2 days apart after it")));
        row("1 day singulars", oneRule(QStringLiteral("a stay in a high-risk area within 1 day unless 1 negative test "
                                                      "after it or a declared symptom within 1 hour")));
        row("largest values", oneRule(QStringLiteral("at least 1000 stays in a high-risk area within 365 days")));
        row("negative numbers survive", oneRule(QStringLiteral("a positive test within -3 days and age over -1")));
        row("emoji and music", u8("Rule R1 \"😀 emoji 𝄞\": yellow when a declared symptom within 7 days.\nTurns back "
                                  "when the window expires.\n"));
        row("arabic, hebrew, odd id", u8("Rule X-1_a \"مرحبا\" / \"שלום\": yellow when a declared symptom within 7 "
                                         "days.\nTurns back when the window expires.\n"));
        row("combining and control", u8("Rule R1 \"e\xcc\x81 \\u{1} \\u{7f}\": red when a positive test within 2 "
                                        "days.\nTurns back when the window expires.\n"));
        row("two rules", oneRule(QStringLiteral("a positive test within 14 days")) + QLatin1Char('\n') +
                             u8("Rule R2 \"确诊\": yellow when a close contact designation within 7 days.\nTurns back "
                                "after 2 negative tests 1 day apart.\nDescription: \"密接\".\n"));
        row("empty set", QString());
    }

    void canonicalVariantsRoundTrip()
    {
        QFETCH(QString, text);
        verifyRoundTrip(text);
    }

    void nonCanonicalInputIsNormalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("case and spacing")
            << QStringLiteral("rule r1   \"A\" :\n  RED WHEN A Positive Test\tWithin 14 Days .")
            << QStringLiteral("Rule r1 \"A\": red when a positive test within 14 days.\nTurns back when the window "
                              "expires.\n");
        QTest::newRow("chinese quotes, at least 1, leading zeros, comma unless")
            << u8("Rule R1 “确诊”: red when at least 1 positive test within 007 days, unless 2 negative tests at least "
                  "24 hours apart after it.")
            << u8("Rule R1 \"确诊\": red when a positive test within 7 days unless 2 negative tests 24 hours apart "
                  "after it.\nTurns back when the window expires.\n");
        QTest::newRow("redundant parentheses")
            << QStringLiteral("Rule R1 \"A\": red when ((a positive test within 1 day)) and (not (no smartphone)).")
            << QStringLiteral("Rule R1 \"A\": red when a positive test within 1 day and not no smartphone.\nTurns back "
                              "when the window expires.\n");
        QTest::newRow("two-word level, glued unit, an")
            << QStringLiteral("Rule R1 \"A\": red when an stay in a high risk area within 7days.")
            << QStringLiteral("Rule R1 \"A\": red when a stay in a high-risk area within 7 days.\nTurns back when the "
                              "window expires.\n");
        QTest::newRow("crlf, bom, escapes")
            << (QString(QChar(0xFEFF)) +
                QStringLiteral("Rule R1 \"\\u{41}\\u{4E2D}\": red when a positive test within 2 days.\r\n\r\n\r\nRule "
                               "R2 \"B\": yellow when a declared symptom within 1 days.\r\n"))
            << u8("Rule R1 \"A中\": red when a positive test within 2 days.\nTurns back when the window "
                  "expires.\n\nRule "
                  "R2 \"B\": yellow when a declared symptom within 1 day.\nTurns back when the window expires.\n");
        QTest::newRow("zero apart")
            << QStringLiteral(
                   "Rule R1 \"A\": red when a positive test within 2 days.\nTurns back after 2 negative tests "
                   "0 hours apart.")
            << QStringLiteral("Rule R1 \"A\": red when a positive test within 2 days.\nTurns back after 2 negative "
                              "tests.\n");
    }

    void nonCanonicalInputIsNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        const RuleParser::Result p = RuleParser::parse(input);
        QVERIFY2(p.ok(), qPrintable(dump(p.diagnostics)));
        QCOMPARE(RulePrinter::print(p.ruleSet), canonical);
        verifyRoundTrip(canonical);
    }

    // Every kind of error, with the exact place it names: `at` is the text the span covers (first occurrence).
    void errorsNameRuleAndPosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("rule");
        const QString window = QStringLiteral("a positive test within 14 days");
        auto row = [](const char* name, const QString& text, const char* code, const QString& at, const char* rule) {
            QTest::newRow(name) << text << QString::fromLatin1(code) << at << QString::fromLatin1(rule);
        };
        row("unknown fact", oneRule(QStringLiteral("a positive vaccine within 14 days")), "unknown-fact",
            QStringLiteral("a positive vaccine"), "R1");
        row("unknown noun", oneRule(QStringLiteral("a fever within 3 days")), "unknown-fact", QStringLiteral("a fever"),
            "R1");
        row("fact without article", oneRule(QStringLiteral("positive test within 14 days")), "unknown-fact",
            QStringLiteral("positive test"), "R1");
        row("colour as window", QStringLiteral("Rule R1 \"T\": yellow when a positive test within red days."),
            "wrong-type", QStringLiteral("red"), "R1");
        row("word as age", oneRule(QStringLiteral("age over sixty and ") + window), "wrong-type",
            QStringLiteral("sixty"), "R1");
        row("unknown unit", oneRule(QStringLiteral("a positive test within 14 weeks")), "wrong-type",
            QStringLiteral("weeks"), "R1");
        row("unknown colour", QStringLiteral("Rule R1 \"T\": purple when a positive test within 14 days."),
            "wrong-type", QStringLiteral("purple"), "R1");
        row("unknown level", oneRule(QStringLiteral("a stay in a purple-risk area within 7 days")), "wrong-type",
            QStringLiteral("purple-risk"), "R1");
        row("missing window", QStringLiteral("Rule R1 \"T\": red when a positive test."), "syntax", QStringLiteral("."),
            "R1");
        row("missing period", oneRule(window + QStringLiteral(" Turns")), "syntax", QStringLiteral("Turns"), "R1");
        row("not a rule", QStringLiteral("Hello world."), "syntax", QStringLiteral("Hello"), "");
        row("zero window", oneRule(QStringLiteral("a positive test within 0 days")), "impossible-window",
            QStringLiteral("within 0 days"), "R1");
        row("long window", oneRule(QStringLiteral("a positive test within 366 days")), "impossible-window",
            QStringLiteral("within 366 days"), "R1");
        row("negative window", oneRule(QStringLiteral("a positive test within -3 days")), "impossible-window",
            QStringLiteral("within -3 days"), "R1");
        row("long window in hours", oneRule(QStringLiteral("a positive test within 8761 hours")), "impossible-window",
            QStringLiteral("within 8761 hours"), "R1");
        row("count zero", oneRule(QStringLiteral("at least 0 positive tests within 7 days")), "impossible-value",
            QStringLiteral("0"), "R1");
        row("age 200", oneRule(QStringLiteral("age over 200 and ") + window), "impossible-value", QStringLiteral("200"),
            "R1");
        row("huge number", oneRule(QStringLiteral("a positive test within 99999999999 days")), "too-large",
            QStringLiteral("99999999999"), "R1");
        row("zero clearance", oneRule(window, QStringLiteral("Turns back after 0 negative tests.")), "impossible-value",
            QStringLiteral("0"), "R1");
        row("too many clearance tests", oneRule(window, QStringLiteral("Turns back after 20 negative tests.")),
            "impossible-value", QStringLiteral("Turns back after 20 negative tests."), "R1");
        row("contradiction", oneRule(QStringLiteral("age over 60 and age under 30 and a positive test within 14 days")),
            "contradiction", QStringLiteral("age over 60 and age under 30 and a positive test within 14 days"), "R1");
        row("contradiction through not",
            oneRule(QStringLiteral("a positive PCR test within 7 days and not a positive test within 14 days")),
            "contradiction", QStringLiteral("a positive PCR test within 7 days and not a positive test within 14 days"),
            "R1");
        row("tautology", oneRule(window + QStringLiteral(" or not ") + window), "tautology",
            window + QStringLiteral(" or not ") + window, "R1");
        row("mixed and/or",
            oneRule(window + QStringLiteral(" or a close contact designation within 14 days and age over 60")),
            "mixed-and-or", QStringLiteral("and"), "R1");
        row("no health basis", oneRule(QStringLiteral("age over 60 and no smartphone")), "no-health-basis",
            QStringLiteral("age over 60 and no smartphone"), "R1");
        row("green rule", QStringLiteral("Rule R1 \"T\": green when a positive test within 14 days."), "green-rule",
            QStringLiteral("green"), "R1");
        row("nothing to turn back",
            oneRule(QStringLiteral("not a negative test within 3 days"), QStringLiteral("Turns back after 1 negative "
                                                                                        "test.")),
            "nothing-to-turn-back", QStringLiteral("Turns back after 1 negative test."), "R1");
        row("unless under not",
            oneRule(QStringLiteral("a close contact designation within 14 days and not a positive test within 14 days "
                                   "unless 1 negative test after it")),
            "misplaced-unless", QStringLiteral("unless 1 negative test after it"), "R1");
        row("unless on negative test",
            oneRule(QStringLiteral("a negative test within 3 days unless 1 negative test after it and ") + window),
            "misplaced-unless", QStringLiteral("unless 1 negative test after it"), "R1");
        row("comma unless on a group",
            oneRule(QStringLiteral("age over 60 and ") + window + QStringLiteral(", unless 1 negative test after it")),
            "misplaced-unless", QStringLiteral(","), "R1");
        row("unterminated name", QStringLiteral("Rule R1 \"Test: red when a positive test within 14 days.\n"),
            "unterminated-string", QStringLiteral("\"Test: red when a positive test within 14 days."), "R1");
        row("chinese outside quotes", u8("Rule R1 确诊: red when a positive test within 14 days."),
            "unexpected-character", u8("确诊"), "R1");
        row("bad escape", QStringLiteral("Rule R1 \"a\\qb\": red when a positive test within 14 days."),
            "unexpected-character", QStringLiteral("\\q"), "R1");
        row("invalid id", QStringLiteral("Rule _x \"T\": red when a positive test within 14 days."), "invalid-id",
            QStringLiteral("_x"), "_x");
        row("empty name", QStringLiteral("Rule R1 \"\": red when a positive test within 14 days."), "invalid-name",
            QStringLiteral("\"\""), "R1");
        row("duplicate id",
            oneRule(window) + QStringLiteral("\nRule R1 \"Again\": yellow when a declared symptom within 7 days.\n"),
            "duplicate-rule-id", QStringLiteral("R1"), "R1");
        row("duplicate rule",
            oneRule(window) + QStringLiteral("\nRule R2 \"Again\": red when a positive test within 14 days.\n"),
            "duplicate-rule", QStringLiteral("a positive test within 14 days"), "R2");
        row("shadowed rule",
            oneRule(window) + QStringLiteral("\nRule R2 \"PCR\": red when a positive PCR test within 7 days.\n"),
            "shadowed-rule", QStringLiteral("a positive PCR test within 7 days"), "R2");
        row("unreachable colour",
            oneRule(window) + QStringLiteral("\nRule R2 \"Old\": yellow when age over 60 and a positive test within 10 "
                                             "days.\n"),
            "unreachable-colour", QStringLiteral("age over 60 and a positive test within 10 days"), "R2");
    }

    void errorsNameRuleAndPosition()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, at);
        QFETCH(QString, rule);
        const QList<Diagnostic> ds = RuleValidator::check(text);
        QVERIFY2(hasErrors(ds), qPrintable(text));
        // The duplicate and shadowing errors are about the second occurrence.
        qsizetype offset = text.indexOf(at);
        if (code == QLatin1String("duplicate-rule-id") || code == QLatin1String("duplicate-rule"))
            offset = text.indexOf(at, offset + 1);
        QVERIFY2(offset >= 0, qPrintable(at));
        const Diagnostic* found = nullptr;
        for (const Diagnostic& d : ds) {
            if (Diagnostic::codeKey(d.code) == code) {
                found = &d;
                break;
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1, got:\n%2").arg(code, dump(ds))));
        QCOMPARE(found->span.offset, static_cast<qint32>(offset));
        QCOMPARE(found->span.length, static_cast<qint32>(at.size()));
        const auto [line, column] = lineColumn(text, offset);
        QCOMPARE(found->span.line, line);
        QCOMPARE(found->span.column, column);
        QCOMPARE(found->ruleId, rule);
        QVERIFY2(!found->message.isEmpty() && !found->hint.isEmpty(), qPrintable(found->toString()));
        if (!rule.isEmpty())
            QVERIFY2(found->toString().contains(QStringLiteral("rule %1").arg(rule)), qPrintable(found->toString()));
        QVERIFY2(found->toString().startsWith(QStringLiteral("Line %1, column %2: ").arg(line).arg(column)),
                 qPrintable(found->toString()));
    }

    void positionsCountCodePoints()
    {
        // The emoji takes two UTF-16 units but is one character for the official reading the column.
        const QString text = u8("Rule R1 \"确诊😀\": red when a positive test within red days.");
        const QList<Diagnostic> ds = RuleValidator::check(text);
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().code, Diagnostic::Code::WrongType);
        QCOMPARE(ds.first().span.line, 1);
        QCOMPARE(ds.first().span.column, 48);
        QCOMPARE(ds.first().span.offset, 48);
        QCOMPARE(ds.first().span.length, 3);
        QCOMPARE(ds.first().ruleName, u8("确诊😀"));
    }

    void errorsInLaterRulesAndRecovery()
    {
        const QString text = oneRule(QStringLiteral("a positive test within 14 days")) +
                             QStringLiteral("\nRule R2 \"Broken\": red when a positive vaccine within 3 days.\n"
                                            "Turns back when the window expires.\n\nRule R3 \"Fine\": yellow when a "
                                            "declared symptom within 7 days.\nRule R4 \"Also broken\": yellow when a "
                                            "declared symptom within 0 days.\n");
        RuleSet set;
        const QList<Diagnostic> ds = RuleValidator::check(text, &set);
        QCOMPARE(ds.size(), 2);
        QCOMPARE(ds.at(0).code, Diagnostic::Code::UnknownFact);
        QCOMPARE(ds.at(0).span.line, 4);
        QCOMPARE(ds.at(0).ruleId, QStringLiteral("R2"));
        QCOMPARE(ds.at(1).code, Diagnostic::Code::ImpossibleWindow);
        QCOMPARE(ds.at(1).span.line, 8);
        QCOMPARE(ds.at(1).ruleId, QStringLiteral("R4"));
        // The rule with a syntax error is left out; the others are read.
        QCOMPARE(set.rules.size(), 3);
        QCOMPARE(set.rules.at(1).id, QStringLiteral("R3"));
    }

    void warningsDoNotBlock()
    {
        const QList<Diagnostic> ds =
            RuleValidator::check(oneRule(QStringLiteral("a positive test within 14 days"),
                                         QStringLiteral("Turns back after 1 negative test 24 hours apart.")));
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().severity, Diagnostic::Severity::Warning);
        QVERIFY(!hasErrors(ds));
    }

    void editorBuiltRuleSets()
    {
        // Built without text: no positions, but the node path points into the condition tree.
        Rule r;
        r.id = QStringLiteral("R 1");
        r.name = QStringLiteral("Built");
        r.colour = Colour::Red;
        Fact f = FactCatalog::defaultFact(FactKind::PositiveTest);
        Fact bad = FactCatalog::defaultFact(FactKind::CloseContact);
        bad.window = {0, TimeUnit::Days};
        r.condition = Condition::makeAnd({Condition::makeFact(f), Condition::makeOr({Condition::makeFact(bad)})});
        RuleSet set;
        set.rules << r;
        const QList<Diagnostic> ds = RuleValidator::validate(set);
        QStringList codes;
        for (const Diagnostic& d : ds)
            codes << Diagnostic::codeKey(d.code);
        QCOMPARE(codes, (QStringList{QStringLiteral("invalid-id"), QStringLiteral("empty-group")}));
        QCOMPARE(ds.at(1).nodePath, (QList<int>{1}));
        // Fixing the group shows the next problem, at its node.
        set.rules[0].id = QStringLiteral("R1");
        set.rules[0].condition.children[1] = Condition::makeFact(bad);
        const QList<Diagnostic> again = RuleValidator::validate(set);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().code, Diagnostic::Code::ImpossibleWindow);
        QCOMPARE(again.first().nodePath, (QList<int>{1}));
        QCOMPARE(set.rules[0].condition.at(again.first().nodePath)->fact.kind, FactKind::CloseContact);
        QVERIFY(!set.rules[0].condition.at({1, 0}));
        QVERIFY(!again.first().span.isValid());
        QVERIFY(!CompiledRules::compile(set).ok());
        // Printing a built set gives canonical text that reads back to the same set.
        set.rules[0].condition.children[1].fact.window = {21, TimeUnit::Days};
        QVERIFY(RuleValidator::validate(set).isEmpty());
        const QString text = RulePrinter::print(set);
        QCOMPARE(text, QStringLiteral("Rule R1 \"Built\": red when a positive test within 14 days and a close contact "
                                      "designation within 21 days.\nTurns back when the window expires.\n"));
        QVERIFY(RuleParser::parse(text).ruleSet == set);
    }

    void factCatalogCoversEveryKind()
    {
        const QList<FactKindInfo> all = FactCatalog::all();
        QCOMPARE(all.size(), kFactKindCount);
        for (const FactKindInfo& info : all) {
            QVERIFY(!info.label.isEmpty());
            QVERIFY(!info.description.isEmpty());
            QCOMPARE(FactCatalog::kindFromKey(info.key), std::optional<FactKind>(info.kind));
            QCOMPARE(info.dated, isEventFact(info.kind));
            // Every kind's starting value prints as a condition that reads back to it.
            const QString text = RulePrinter::printFact(info.example);
            Condition c;
            QList<Diagnostic> ds;
            QVERIFY2(RuleParser::parseCondition(text, &c, &ds), qPrintable(text + dump(ds)));
            QCOMPARE(c.op, Condition::Op::Fact);
            QVERIFY(c.fact == info.example);
        }
        Condition c;
        QList<Diagnostic> ds;
        QVERIFY(!RuleParser::parseCondition(QStringLiteral("a positive test within 3 days extra"), &c, &ds));
        QCOMPARE(ds.first().span.column, 31);
    }

    void logicIsConservative()
    {
        auto cond = [](const char* text) {
            Condition c;
            QList<Diagnostic> ds;
            if (!RuleParser::parseCondition(QString::fromUtf8(text), &c, &ds))
                qFatal("bad test condition %s", text);
            return c;
        };
        QVERIFY(
            ConditionLogic::implies(cond("a positive PCR test within 7 days"), cond("a positive test within 14 days")));
        QVERIFY(!ConditionLogic::implies(cond("a positive test within 7 days"),
                                         cond("a positive PCR test within 14 days")));
        QVERIFY(ConditionLogic::implies(cond("age over 70"), cond("not age under 60")));
        QVERIFY(ConditionLogic::implies(cond("a positive test within 1 day and no smartphone"),
                                        cond("no smartphone or age over 60")));
        QVERIFY(!ConditionLogic::implies(cond("a positive test within 1 day unless 1 negative test after it"),
                                         cond("a positive test within 1 day unless 2 negative tests after it")));
        QVERIFY(ConditionLogic::isContradiction(cond("age under 0 and a positive test within 1 day")));
        QVERIFY(ConditionLogic::isTautology(cond("age over 18 or age under 30")));
        QVERIFY(!ConditionLogic::isTautology(cond("age over 30 or age under 18")));
    }

    void tenThousandRules()
    {
        // An antichain: no rule implies another, so the set is valid and every overlap check runs.
        QString text;
        text.reserve(1500000);
        for (int i = 0; i < limits::kMaxRules; ++i) {
            const int h = i % 5000 + 2;
            const char* fact = i < 5000 ? "a positive test" : "a close contact designation";
            text += QStringLiteral("Rule R%1 \"Rule %1 规则\": %2 when %3 within %4 hours and not a negative test "
                                   "within %4 hours.\nTurns back when the window expires.\n\n")
                        .arg(i + 1)
                        .arg(i % 2 ? QStringLiteral("red") : QStringLiteral("yellow"))
                        .arg(QLatin1String(fact))
                        .arg(h);
        }
        text.chop(1);
        QElapsedTimer timer;
        timer.start();
        RuleSet set;
        const QList<Diagnostic> ds = RuleValidator::check(text, &set);
        const qint64 checkMs = timer.restart();
        QVERIFY2(ds.isEmpty(), qPrintable(dump(ds.mid(0, 5))));
        QCOMPARE(set.rules.size(), limits::kMaxRules);
        QCOMPARE(RulePrinter::print(set), text);
        auto compiled = CompiledRules::compile(set, 1);
        QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
        FactStoreBuilder b;
        b.addPerson(1, 1, 19800101, true);
        b.addEvent(Channel::PositiveTest, 0, 1000000, 1, testKindMask(TestKind::Pcr));
        const FactStore store = b.finish();
        auto ev = Evaluator::evaluateAll(store, compiled.value(), 1000000 + 3600);
        QVERIFY(ev.ok());
        QCOMPARE(ev->colour(0), Colour::Red);
        qInfo("10,000 rules: checked in %lld ms, compiled and evaluated in %lld ms", checkMs, timer.elapsed());

        // One more is a clear error at the rule that is too many.
        const QString tooMany = text + QStringLiteral("\nRule X \"One too many\": red when a positive test within 1 "
                                                      "day.\n");
        const QList<Diagnostic> over = RuleValidator::check(tooMany);
        QCOMPARE(over.size(), 1);
        QCOMPARE(over.first().code, Diagnostic::Code::TooLarge);
        QCOMPARE(over.first().span.line, 2 * limits::kMaxRules + limits::kMaxRules + 1);
    }

    void manyIdenticalRulesStayFast()
    {
        // Every rule duplicates the first: the overlap search is capped and the listing stops.
        QString text;
        for (int i = 0; i < limits::kMaxRules; ++i)
            text += QStringLiteral("Rule R%1 \"Same\": red when a positive test within 14 days.\n\n").arg(i + 1);
        QElapsedTimer timer;
        timer.start();
        const QList<Diagnostic> ds = RuleValidator::check(text);
        QVERIFY(timer.elapsed() < 60000);
        QCOMPARE(ds.size(), limits::kMaxDiagnostics + 1);
        QCOMPARE(ds.first().code, Diagnostic::Code::DuplicateRule);
        QCOMPARE(ds.last().code, Diagnostic::Code::TooManyProblems);
    }

    void nestingDepthIsCapped()
    {
        const QString fact = QStringLiteral("a positive test within 1 day");
        auto nested = [&](int depth) {
            return oneRule(QString(depth, QLatin1Char('(')) + fact + QString(depth, QLatin1Char(')')));
        };
        verifyRoundTrip(oneRule(fact));
        const RuleParser::Result ok = RuleParser::parse(nested(limits::kMaxDepth));
        QVERIFY2(ok.ok(), qPrintable(dump(ok.diagnostics)));

        const QString deep = nested(limits::kMaxDepth + 1);
        const QList<Diagnostic> ds = RuleValidator::check(deep);
        QCOMPARE(ds.size(), 1);
        QCOMPARE(ds.first().code, Diagnostic::Code::NestingTooDeep);
        QCOMPARE(ds.first().span.offset, static_cast<qint32>(deep.indexOf(fact)));
        QCOMPARE(ds.first().ruleId, QStringLiteral("R1"));

        // Far beyond the cap: a clear error, no stack overflow, no hang.
        for (const QString& piece : {QStringLiteral("("), QStringLiteral("not "), QStringLiteral("not (")}) {
            QString huge;
            for (int i = 0; i < 200000; ++i)
                huge += piece;
            const QList<Diagnostic> hd = RuleValidator::check(oneRule(huge + fact));
            QVERIFY(!hd.isEmpty());
            QCOMPARE(hd.first().code, Diagnostic::Code::NestingTooDeep);
        }
        // A tree built in code deeper than the cap is refused by the validator before any recursion.
        Condition c = Condition::makeFact(FactCatalog::defaultFact(FactKind::PositiveTest));
        for (int i = 0; i < 1000; ++i)
            c = Condition::makeNot(Condition::makeNot(std::move(c)));
        Rule r;
        r.id = QStringLiteral("R1");
        r.name = QStringLiteral("Deep");
        r.colour = Colour::Red;
        r.condition = std::move(c);
        RuleSet set;
        set.rules << r;
        const QList<Diagnostic> built = RuleValidator::validate(set);
        QCOMPARE(built.size(), 1);
        QCOMPARE(built.first().code, Diagnostic::Code::NestingTooDeep);
    }

    void hugeAndGarbageInputs()
    {
        // Too long a text is refused before reading.
        const QString tooLong(limits::kMaxTextLength + 1, QLatin1Char(' '));
        QCOMPARE(RuleValidator::check(tooLong).first().code, Diagnostic::Code::TooLarge);
        // Too many facts in one rule.
        QStringList facts;
        for (int i = 0; i < limits::kMaxFactsPerRule + 1; ++i)
            facts << QStringLiteral("a positive test within %1 hours").arg(i + 1);
        const QList<Diagnostic> wide = RuleValidator::check(oneRule(facts.join(QStringLiteral(" or "))));
        QCOMPARE(wide.size(), 1);
        QCOMPARE(wide.first().code, Diagnostic::Code::TooLarge);
        // Random text of any script: errors, never a crash; the number of messages is bounded.
        QRandomGenerator random(7);
        const QString alphabet = u8("Rule \"R1: red when a positive test within 14 days ( ) . , / and or not unless "
                                    "after it 确诊病例😀\\u{41}\n\r\t-0123456789");
        for (int round = 0; round < 300; ++round) {
            QString s;
            const int n = static_cast<int>(random.bounded(400));
            for (int i = 0; i < n; ++i) {
                if (random.bounded(10) == 0)
                    s += QChar(static_cast<char16_t>(random.bounded(0x20, 0xD7FF)));
                else
                    s += alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
            }
            const QList<Diagnostic> ds = RuleValidator::check(s);
            QVERIFY(ds.size() <= limits::kMaxDiagnostics + 2);
            for (const Diagnostic& d : ds) {
                QVERIFY(d.span.isValid());
                QVERIFY(d.span.offset >= 0 && d.span.end() <= s.size());
            }
        }
    }

    void explanationJsonRoundTrip()
    {
        Explanation e;
        e.personId = 42;
        e.evaluatedAt = 1647100000;
        e.ruleSetVersion = 7;
        e.colour = Colour::Red;
        e.since = 1647093900;
        e.ruleIndex = 0;
        e.ruleId = QStringLiteral("R1");
        e.ruleName = QStringLiteral("Confirmed case");
        e.ruleAltName = u8("确诊病例");
        e.turnBack.tests = 2;
        e.turnBack.testKind = TestKind::Pcr;
        e.turnBack.apart = {24, TimeUnit::Hours};
        e.nextColour = Colour::Yellow;
        ExplainedFact f;
        f.kind = FactKind::AreaStay;
        f.term = QStringLiteral("a stay in a high-risk area within 14 days");
        f.home = true;
        f.at = 1647000000;
        f.endAt = Explanation::kNever;
        f.districtId = 12;
        f.level = RiskLevel::High;
        f.eventId = 3;
        e.facts << f;
        e.otherRules << QStringLiteral("R3");
        const auto back = Explanation::fromJson(e.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->toJson(), e.toJson());
        QCOMPARE(back->until, Explanation::kNever);
        QCOMPARE(back->facts.first().endAt, Explanation::kNever);
        QVERIFY(back->turnBack == e.turnBack);
        QVERIFY(!Explanation::fromJson(QJsonObject{{QStringLiteral("v"), 2}}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRuleParser)
#include "TestRuleParser.moc"
