// libFuzzer target for the rule language: any text is read, checked and, where it is readable, printed in
// canonical form and read back, which must give the same rules (a broken round trip or a diagnostic that
// points outside the text aborts); rule sets without errors are compiled and evaluated on a few people.
// Built as a libFuzzer binary with HC_FUZZ=ON (clang), and always as FuzzRuleParserReplay, which runs the
// corpus in tests/data/fuzz/rules on every test run.

#include "rules/CompiledRules.h"
#include "rules/Evaluator.h"
#include "rules/ExplanationText.h"
#include "rules/FactStoreBuilder.h"
#include "rules/RuleParser.h"
#include "rules/RulePrinter.h"
#include "rules/RuleValidator.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
using namespace hc::rules;

constexpr qint64 kNow = 1647100000; // 12 Mar 2022

const FactStore& store()
{
    static const FactStore s = [] {
        FactStoreBuilder b(kNow - 400 * 86400);
        const int a = b.addPerson(1, 10, 19500501, false);
        const int c = b.addPerson(2, 11, 20100101, true);
        b.addPerson(3, 12, 0, true);
        b.addEvent(Channel::PositiveTest, a, kNow - 86400, 1, testKindMask(TestKind::Pcr));
        b.addEvent(Channel::NegativeTest, a, kNow - 3600, 2, testKindMask(TestKind::Antigen));
        b.addEvent(Channel::CloseContact, c, kNow - 5 * 86400, 3);
        b.addEvent(Channel::Symptom, c, kNow - 86400, 4, FactStoreBuilder::kAnyAttr,
                   b.symptomIndex(QStringLiteral("fever")));
        b.addEvent(Channel::VenueScan, c, kNow - 7200, 5, riskLevelBit(RiskLevel::High), 77);
        b.addEvent(Channel::AreaScan, a, kNow - 7200, 6, riskLevelBit(RiskLevel::Medium), 78);
        b.addDesignation(12, Designation{9, kNow - 10 * 86400, FactStore::kOpenEnd, RiskLevel::High});
        return b.finish();
    }();
    return s;
}

[[noreturn]] void fail(const char* what, const QString& text)
{
    std::fprintf(stderr, "FuzzRuleParser: %s\n--- input ---\n%s\n", what, text.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    RuleSet set;
    const QList<Diagnostic> diagnostics = RuleValidator::check(text, &set);
    for (const Diagnostic& d : diagnostics) {
        if (d.span.isValid() && (d.span.offset > text.size() || d.span.end() > text.size() || d.span.length < 0))
            fail("diagnostic outside the text", text);
        if (d.message.isEmpty())
            fail("diagnostic without a message", text);
    }

    const QString printed = RulePrinter::print(set);
    const RuleParser::Result again = RuleParser::parse(printed);
    if (!again.ok())
        fail("canonical text does not read back", printed);
    if (!(again.ruleSet == set))
        fail("canonical text reads back to other rules", printed);
    if (RulePrinter::print(again.ruleSet) != printed)
        fail("printing is not stable", printed);

    Condition condition;
    QList<Diagnostic> conditionDiagnostics;
    RuleParser::parseCondition(text, &condition, &conditionDiagnostics);

    if (hasErrors(diagnostics))
        return 0;
    auto compiled = CompiledRules::compile(set, 1);
    if (!compiled.ok())
        fail("a rule set without errors does not compile", text);
    auto evaluation = Evaluator::evaluateAll(store(), compiled.value(), kNow);
    if (!evaluation.ok())
        fail("evaluation failed", text);
    for (int p = 0; p < store().personCount(); ++p) {
        const Explanation e = Evaluator::explain(store(), compiled.value(), p, kNow);
        if (e.colour != evaluation->colour(p))
            fail("explain and evaluateAll disagree", text);
        ExplanationText::render(e);
        if (!Explanation::fromJson(e.toJson()))
            fail("explanation JSON does not read back", text);
    }
    return 0;
}
