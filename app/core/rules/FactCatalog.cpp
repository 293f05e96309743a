#include "FactCatalog.h"

#include "RuleLimits.h"

#include <QCoreApplication>

namespace hc::rules {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::rules::FactCatalog)
};

FactParameter param(FactParameter::Type type, const char* key, const QString& label, qint64 min, qint64 max)
{
    FactParameter p;
    p.type = type;
    p.key = QLatin1String(key);
    p.label = label;
    p.minimum = min;
    p.maximum = max;
    return p;
}

QList<FactParameter> datedParameters(bool withTestKind, bool withLevel)
{
    QList<FactParameter> ps;
    ps << param(FactParameter::Type::Count, "count",
                QCoreApplication::translate("hc::rules::FactCatalog", "At least (number of events)"), 1,
                limits::kMaxEventCount);
    if (withTestKind)
        ps << param(FactParameter::Type::TestKind, "test_kind",
                    QCoreApplication::translate("hc::rules::FactCatalog", "Test kind"), 0, 0);
    if (withLevel)
        ps << param(FactParameter::Type::RiskLevel, "level",
                    QCoreApplication::translate("hc::rules::FactCatalog", "Risk level"), 0, 0);
    ps << param(FactParameter::Type::Window, "window",
                QCoreApplication::translate("hc::rules::FactCatalog", "Within (days or hours)"), 1,
                limits::kMaxWindowHours);
    return ps;
}

} // namespace

QString FactCatalog::key(FactKind kind)
{
    switch (kind) {
    case FactKind::PositiveTest:
        return QStringLiteral("positive_test");
    case FactKind::NegativeTest:
        return QStringLiteral("negative_test");
    case FactKind::CloseContact:
        return QStringLiteral("close_contact");
    case FactKind::VenueScan:
        return QStringLiteral("venue_scan");
    case FactKind::AreaStay:
        return QStringLiteral("area_stay");
    case FactKind::Symptom:
        return QStringLiteral("symptom");
    case FactKind::AgeOver:
        return QStringLiteral("age_over");
    case FactKind::AgeUnder:
        return QStringLiteral("age_under");
    case FactKind::NoSmartphone:
        return QStringLiteral("no_smartphone");
    }
    return {};
}

std::optional<FactKind> FactCatalog::kindFromKey(const QString& key)
{
    for (int i = 0; i < kFactKindCount; ++i) {
        const auto kind = static_cast<FactKind>(i);
        if (FactCatalog::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

Fact FactCatalog::defaultFact(FactKind kind)
{
    Fact f;
    f.kind = kind;
    switch (kind) {
    case FactKind::PositiveTest:
    case FactKind::CloseContact:
        f.window = {14, TimeUnit::Days};
        break;
    case FactKind::NegativeTest:
        f.window = {3, TimeUnit::Days};
        break;
    case FactKind::VenueScan:
    case FactKind::AreaStay:
    case FactKind::Symptom:
        f.window = {7, TimeUnit::Days};
        break;
    case FactKind::AgeOver:
        f.years = 60;
        break;
    case FactKind::AgeUnder:
        f.years = 18;
        break;
    case FactKind::NoSmartphone:
        break;
    }
    return f;
}

FactKindInfo FactCatalog::info(FactKind kind)
{
    FactKindInfo i;
    i.kind = kind;
    i.key = key(kind);
    i.dated = isEventFact(kind);
    i.example = defaultFact(kind);
    switch (kind) {
    case FactKind::PositiveTest:
        i.label = Tr::tr("Positive test");
        i.description = Tr::tr("A positive PCR or antigen test sampled within the window.");
        i.parameters = datedParameters(true, false);
        break;
    case FactKind::NegativeTest:
        i.label = Tr::tr("Negative test");
        i.description = Tr::tr("A negative PCR or antigen test sampled within the window.");
        i.parameters = datedParameters(true, false);
        break;
    case FactKind::CloseContact:
        i.label = Tr::tr("Close contact designation");
        i.description = Tr::tr("The person was designated a close contact within the window.");
        i.parameters = datedParameters(false, false);
        break;
    case FactKind::VenueScan:
        i.label = Tr::tr("Scan at a risk venue");
        i.description = Tr::tr("The person's code was scanned at a venue while that venue was designated at the risk "
                               "level, within the window.");
        i.parameters = datedParameters(false, true);
        break;
    case FactKind::AreaStay:
        i.label = Tr::tr("Stay in a risk area");
        i.description = Tr::tr("The person's home district was designated at the risk level, or their code was scanned "
                               "at a venue in a district designated at that level, within the window.");
        i.parameters = datedParameters(false, true);
        break;
    case FactKind::Symptom:
        i.label = Tr::tr("Declared symptom");
        i.description = Tr::tr("The person declared a symptom within the window.");
        i.parameters = datedParameters(false, false);
        break;
    case FactKind::AgeOver:
        i.label = Tr::tr("Age over");
        i.description = Tr::tr("The person has had this birthday (age over 60: 60 years old or older).");
        i.parameters << param(FactParameter::Type::Years, "years", Tr::tr("Years"), 0, limits::kMaxAgeYears);
        break;
    case FactKind::AgeUnder:
        i.label = Tr::tr("Age under");
        i.description = Tr::tr("The person has not yet had this birthday (age under 18: 17 years old or younger).");
        i.parameters << param(FactParameter::Type::Years, "years", Tr::tr("Years"), 0, limits::kMaxAgeYears);
        break;
    case FactKind::NoSmartphone:
        i.label = Tr::tr("No smartphone");
        i.description = Tr::tr("The person is registered as having no smartphone.");
        break;
    }
    if (i.dated && kind != FactKind::NegativeTest)
        i.parameters << param(FactParameter::Type::Unless, "unless", Tr::tr("Unless negative tests after it"), 1,
                              limits::kMaxClearanceTests);
    return i;
}

QList<FactKindInfo> FactCatalog::all()
{
    QList<FactKindInfo> out;
    for (int k = 0; k < kFactKindCount; ++k)
        out << info(static_cast<FactKind>(k));
    return out;
}

QString FactCatalog::testKindLabel(TestKind kind)
{
    switch (kind) {
    case TestKind::Any:
        return Tr::tr("Any test");
    case TestKind::Pcr:
        return Tr::tr("PCR test");
    case TestKind::Antigen:
        return Tr::tr("Antigen test");
    }
    return {};
}

QString FactCatalog::riskLevelLabel(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High:
        return Tr::tr("High risk");
    case RiskLevel::Medium:
        return Tr::tr("Medium risk");
    case RiskLevel::Low:
        return Tr::tr("Low risk");
    }
    return {};
}

QString FactCatalog::timeUnitLabel(TimeUnit unit)
{
    return unit == TimeUnit::Days ? Tr::tr("days") : Tr::tr("hours");
}

QList<TestKind> FactCatalog::testKinds()
{
    return {TestKind::Any, TestKind::Pcr, TestKind::Antigen};
}

QList<RiskLevel> FactCatalog::riskLevels()
{
    return {RiskLevel::High, RiskLevel::Medium, RiskLevel::Low};
}

} // namespace hc::rules
