#include "ExplanationText.h"

#include "db/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace hc::rules {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::rules::ExplanationText)
};

// The words of explanations, translated in their own context: ExplanationWords.
class ExplanationWords
{
    Q_DECLARE_TR_FUNCTIONS(hc::rules::ExplanationWords)

public:
    static QString dateTime(qint64 t, const ExplanationText::Options& o)
    {
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, o.timeZone);
        return o.locale.toString(dt, tr("d MMM HH:mm", "date and time format"));
    }

    static QString date(qint64 t, const ExplanationText::Options& o)
    {
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, o.timeZone);
        return o.locale.toString(dt, tr("d MMM", "date format"));
    }

    static QString testKindWord(TestKind k)
    {
        switch (k) {
        case TestKind::Pcr:
            return tr("PCR");
        case TestKind::Antigen:
            return tr("antigen");
        case TestKind::Any:
            break;
        }
        return QString();
    }

    static QString levelWord(RiskLevel l)
    {
        switch (l) {
        case RiskLevel::High:
            return tr("high-risk");
        case RiskLevel::Medium:
            return tr("medium-risk");
        case RiskLevel::Low:
            return tr("low-risk");
        }
        return QString();
    }

    static QString countWord(qint64 n)
    {
        switch (n) {
        case 1:
            return tr("one");
        case 2:
            return tr("two");
        case 3:
            return tr("three");
        case 4:
            return tr("four");
        case 5:
            return tr("five");
        default:
            return QString::number(n);
        }
    }

    static QString venueName(qint64 id, const ExplanationNames& names)
    {
        const QString n = names.venues.value(id);
        return n.isEmpty() ? tr("venue %1").arg(id) : n;
    }

    static QString districtName(qint64 id, const ExplanationNames& names)
    {
        const QString n = names.districts.value(id);
        return n.isEmpty() ? tr("district %1").arg(id) : n;
    }

    static QString clearanceText(const Clearance& c)
    {
        if (c.tests == 1) {
            if (c.testKind == TestKind::Any)
                return tr("one negative test");
            return tr("one negative %1 test").arg(testKindWord(c.testKind));
        }
        QString spacing;
        if (!c.apart.isZero()) {
            spacing = c.apart.unit == TimeUnit::Hours ? tr(" %1 h apart").arg(c.apart.amount)
                                                      : tr(" %1 days apart").arg(c.apart.amount);
        }
        if (c.testKind == TestKind::Any)
            return tr("%1 negative tests%2").arg(countWord(c.tests), spacing);
        return tr("%1 negative %2 tests%3").arg(countWord(c.tests), testKindWord(c.testKind), spacing);
    }
};

using W = ExplanationWords;

} // namespace

QString ExplanationText::renderFact(const ExplainedFact& f, const ExplanationNames& names, const Options& o)
{
    if (f.absent)
        return Tr::tr("not %1").arg(f.term);
    QString text;
    switch (f.kind) {
    case FactKind::PositiveTest:
        text = f.testKind == TestKind::Any
                   ? Tr::tr("positive test on %1").arg(W::date(f.at, o))
                   : Tr::tr("positive %1 test on %2").arg(W::testKindWord(f.testKind), W::date(f.at, o));
        break;
    case FactKind::NegativeTest:
        text = f.testKind == TestKind::Any
                   ? Tr::tr("negative test on %1").arg(W::date(f.at, o))
                   : Tr::tr("negative %1 test on %2").arg(W::testKindWord(f.testKind), W::date(f.at, o));
        break;
    case FactKind::CloseContact:
        text = Tr::tr("designated a close contact on %1").arg(W::date(f.at, o));
        break;
    case FactKind::Symptom:
        text = f.symptom.isEmpty() ? Tr::tr("declared a symptom on %1").arg(W::date(f.at, o))
                                   : Tr::tr("declared \"%1\" on %2").arg(f.symptom, W::date(f.at, o));
        break;
    case FactKind::VenueScan:
        text = Tr::tr("scanned at %1 on %2 while it was a %3 venue")
                   .arg(W::venueName(f.venueId, names), W::dateTime(f.at, o), W::levelWord(f.level));
        break;
    case FactKind::AreaStay:
        if (f.home) {
            text = f.endAt == Explanation::kNever
                       ? Tr::tr("lives in %1, a %2 area since %3")
                             .arg(W::districtName(f.districtId, names), W::levelWord(f.level), W::date(f.at, o))
                       : Tr::tr("lives in %1, a %2 area from %3 to %4")
                             .arg(W::districtName(f.districtId, names), W::levelWord(f.level), W::date(f.at, o),
                                  W::date(f.endAt, o));
        } else {
            text = Tr::tr("scanned at %1 on %2 while its district was a %3 area")
                       .arg(W::venueName(f.venueId, names), W::dateTime(f.at, o), W::levelWord(f.level));
        }
        break;
    case FactKind::AgeOver:
    case FactKind::AgeUnder:
        text = Tr::tr("aged %1").arg(f.years);
        break;
    case FactKind::NoSmartphone:
        text = Tr::tr("has no smartphone");
        break;
    }
    if (f.more > 0)
        text += Tr::tr(" (and %1 earlier)").arg(f.more);
    return text;
}

QString ExplanationText::render(const Explanation& e, const ExplanationNames& names, const Options& o)
{
    if (e.ruleIndex < 0 || e.colour == Colour::Green)
        return Tr::tr("%1: no rule of version %2 applies.").arg(colourDisplayName(Colour::Green)).arg(e.ruleSetVersion);

    QStringList facts;
    for (const ExplainedFact& f : e.facts)
        facts << renderFact(f, names, o);
    const QString name =
        !e.ruleAltName.isEmpty() && o.locale.language() == QLocale::Chinese ? e.ruleAltName : e.ruleName;
    const QString reason = Tr::tr("%1 (rule %2 \"%3\", version %4)")
                               .arg(facts.join(Tr::tr(", ", "between facts")), e.ruleId, name)
                               .arg(e.ruleSetVersion);
    QString head =
        e.since == Explanation::kUnknown
            ? Tr::tr("%1 because: %2").arg(colourDisplayName(e.colour), reason)
            : Tr::tr("%1 since %2 because: %3").arg(colourDisplayName(e.colour), W::dateTime(e.since, o), reason);

    const QString next = colourInSentence(e.nextColour);
    QString back;
    const bool expires = e.until != Explanation::kNever;
    const ExplainedFact* designated = nullptr;
    for (const ExplainedFact& f : e.facts) {
        if (f.home && f.endAt == Explanation::kNever && !f.absent)
            designated = &f;
    }
    if (!expires && designated) {
        // Nothing clears a stay that goes on: the colour lasts as long as the designation.
        back = Tr::tr("stays %1 while %2 remains a %3 area")
                   .arg(colourInSentence(e.colour), W::districtName(designated->districtId, names),
                        W::levelWord(designated->level));
    } else if (e.turnBack.isSet()) {
        back = expires ? Tr::tr("turns %1 after %2, or on %3 when the window expires")
                             .arg(next, W::clearanceText(e.turnBack), W::dateTime(e.until, o))
                       : Tr::tr("turns %1 after %2").arg(next, W::clearanceText(e.turnBack));
    } else {
        // A fact's own "unless ... after it" is another way back.
        if (e.factTurnBack.isSet()) {
            back = expires ? Tr::tr("turns %1 on %2 when the window expires, or earlier after %3")
                                 .arg(next, W::dateTime(e.until, o), W::clearanceText(e.factTurnBack))
                           : Tr::tr("turns %1 after %2").arg(next, W::clearanceText(e.factTurnBack));
        } else {
            back = expires ? Tr::tr("turns %1 on %2 when the window expires").arg(next, W::dateTime(e.until, o))
                           : Tr::tr("stays %1 while these facts last").arg(colourInSentence(e.colour));
        }
    }
    return Tr::tr("%1; %2.").arg(head, back);
}

Result<ExplanationNames> ExplanationText::loadNames(const db::Database& db, const QList<Explanation>& explanations,
                                                    const QLocale& locale)
{
    QSet<qint64> venues;
    QSet<qint64> districts;
    for (const Explanation& e : explanations) {
        for (const ExplainedFact& f : e.facts) {
            if (f.venueId)
                venues.insert(f.venueId);
            if (f.districtId)
                districts.insert(f.districtId);
        }
    }
    ExplanationNames names;
    const bool chinese = locale.language() == QLocale::Chinese;
    for (qint64 id : venues) {
        auto q = db::run(db, QStringLiteral("SELECT name FROM venues WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q.value().next())
            names.venues.insert(id, q.value().value(0).toString());
    }
    for (qint64 id : districts) {
        auto q = db::run(db, QStringLiteral("SELECT name, name_en FROM jurisdictions WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q.value().next()) {
            const QString zh = q.value().value(0).toString();
            const QString en = q.value().value(1).toString();
            names.districts.insert(id, chinese || en.isEmpty() ? zh : en);
        }
    }
    return names;
}

} // namespace hc::rules
