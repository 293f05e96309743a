#include "RuleTerms.h"

#include <QComboBox>

namespace hc::gui {

using rules::FactKind;

QString RuleTerms::factKindName(FactKind kind)
{
    switch (kind) {
    case FactKind::PositiveTest:
        return tr("Positive test");
    case FactKind::NegativeTest:
        return tr("Negative test");
    case FactKind::CloseContact:
        return tr("Close contact designation");
    case FactKind::VenueScan:
        return tr("Scan at a risk venue while designated");
    case FactKind::AreaStay:
        return tr("Stay in a risk area");
    case FactKind::Symptom:
        return tr("Declared symptom");
    case FactKind::AgeOver:
        return tr("Age over");
    case FactKind::AgeUnder:
        return tr("Age under");
    case FactKind::NoSmartphone:
        return tr("No smartphone");
    }
    return {};
}

QString RuleTerms::testKindName(rules::TestKind kind)
{
    switch (kind) {
    case rules::TestKind::Any:
        return tr("any test");
    case rules::TestKind::Pcr:
        return tr("PCR");
    case rules::TestKind::Antigen:
        return tr("antigen");
    }
    return {};
}

QString RuleTerms::levelName(rules::RiskLevel level)
{
    switch (level) {
    case rules::RiskLevel::Low:
        return tr("low risk");
    case rules::RiskLevel::Medium:
        return tr("medium risk");
    case rules::RiskLevel::High:
        return tr("high risk");
    }
    return {};
}

QString RuleTerms::durationText(const rules::Duration& d)
{
    return d.unit == rules::TimeUnit::Hours ? tr("%n hour(s)", nullptr, static_cast<int>(d.amount))
                                            : tr("%n day(s)", nullptr, static_cast<int>(d.amount));
}

QString RuleTerms::clearanceText(const rules::Clearance& c)
{
    QString text = c.testKind == rules::TestKind::Any
                       ? tr("%n negative test(s)", nullptr, static_cast<int>(c.tests))
                       : tr("%n negative %1 test(s)", nullptr, static_cast<int>(c.tests)).arg(testKindName(c.testKind));
    if (!c.apart.isZero())
        text = tr("%1 %2 apart").arg(text, durationText(c.apart));
    return text;
}

QString RuleTerms::describeFact(const rules::Fact& f)
{
    QStringList parts{factKindName(f.kind)};
    if (rules::isTestFact(f.kind) && f.testKind != rules::TestKind::Any)
        parts << testKindName(f.testKind);
    if (rules::hasRiskLevel(f.kind))
        parts << levelName(f.level);
    if (rules::isEventFact(f.kind)) {
        if (f.count > 1)
            parts << tr("at least %1").arg(f.count);
        parts << tr("within %1").arg(durationText(f.window));
        if (f.unless.isSet())
            parts << tr("unless %1 after it").arg(clearanceText(f.unless));
    }
    if (rules::isAgeFact(f.kind))
        parts << tr("%n year(s)", nullptr, static_cast<int>(f.years));
    return parts.join(tr(", "));
}

QString RuleTerms::describeNode(const rules::Condition& node)
{
    switch (node.op) {
    case rules::Condition::Op::Fact:
        return describeFact(node.fact);
    case rules::Condition::Op::And:
        return tr("All of these");
    case rules::Condition::Op::Or:
        return tr("Any of these");
    case rules::Condition::Op::Not:
        return tr("Not");
    }
    return {};
}

void RuleTerms::fillFactKinds(QComboBox* box)
{
    box->clear();
    for (int k = 0; k < rules::kFactKindCount; ++k)
        box->addItem(factKindName(static_cast<FactKind>(k)), k);
}

void RuleTerms::fillTestKinds(QComboBox* box)
{
    box->clear();
    for (auto k : {rules::TestKind::Any, rules::TestKind::Pcr, rules::TestKind::Antigen})
        box->addItem(testKindName(k), static_cast<int>(k));
}

void RuleTerms::fillLevels(QComboBox* box)
{
    box->clear();
    for (auto l : {rules::RiskLevel::High, rules::RiskLevel::Medium, rules::RiskLevel::Low})
        box->addItem(levelName(l), static_cast<int>(l));
}

void RuleTerms::fillUnits(QComboBox* box)
{
    box->clear();
    box->addItem(tr("days"), static_cast<int>(rules::TimeUnit::Days));
    box->addItem(tr("hours"), static_cast<int>(rules::TimeUnit::Hours));
}

void RuleTerms::select(QComboBox* box, int value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

int RuleTerms::selected(const QComboBox* box)
{
    return box->currentData().toInt();
}

} // namespace hc::gui
