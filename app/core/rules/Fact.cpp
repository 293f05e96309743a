#include "Fact.h"

#include <limits>

namespace hc::rules {

bool isEventFact(FactKind kind)
{
    switch (kind) {
    case FactKind::PositiveTest:
    case FactKind::NegativeTest:
    case FactKind::CloseContact:
    case FactKind::VenueScan:
    case FactKind::AreaStay:
    case FactKind::Symptom:
        return true;
    case FactKind::AgeOver:
    case FactKind::AgeUnder:
    case FactKind::NoSmartphone:
        return false;
    }
    return false;
}

bool isTestFact(FactKind kind)
{
    return kind == FactKind::PositiveTest || kind == FactKind::NegativeTest;
}

bool hasRiskLevel(FactKind kind)
{
    return kind == FactKind::VenueScan || kind == FactKind::AreaStay;
}

bool isAgeFact(FactKind kind)
{
    return kind == FactKind::AgeOver || kind == FactKind::AgeUnder;
}

qint64 Duration::seconds() const
{
    const qint64 unitSecs = unit == TimeUnit::Days ? 86400 : 3600;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 4;
    if (amount > kMax / unitSecs)
        return kMax;
    if (amount < -kMax / unitSecs)
        return -kMax;
    return amount * unitSecs;
}

bool Fact::operator==(const Fact& o) const
{
    if (kind != o.kind)
        return false;
    if (isEventFact(kind)) {
        if (count != o.count || window != o.window || unless != o.unless)
            return false;
        if (isTestFact(kind) && testKind != o.testKind)
            return false;
        if (hasRiskLevel(kind) && level != o.level)
            return false;
        return true;
    }
    if (isAgeFact(kind))
        return years == o.years;
    return true;
}

quint8 testKindMask(TestKind kind)
{
    switch (kind) {
    case TestKind::Pcr:
        return 1;
    case TestKind::Antigen:
        return 2;
    case TestKind::Any:
        return 3;
    }
    return 3;
}

quint8 riskLevelBit(RiskLevel level)
{
    return static_cast<quint8>(1u << static_cast<unsigned>(level));
}

QString testKindKey(TestKind kind)
{
    switch (kind) {
    case TestKind::Pcr:
        return QStringLiteral("pcr");
    case TestKind::Antigen:
        return QStringLiteral("antigen");
    case TestKind::Any:
        return QStringLiteral("any");
    }
    return QStringLiteral("any");
}

QString riskLevelKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Medium:
        return QStringLiteral("medium");
    case RiskLevel::High:
        return QStringLiteral("high");
    }
    return QStringLiteral("high");
}

} // namespace hc::rules
