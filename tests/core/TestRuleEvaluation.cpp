#include "TestDatabase.h"

#include "db/Sql.h"
#include "rules/CompiledRules.h"
#include "rules/DefaultRules.h"
#include "rules/Evaluator.h"
#include "rules/ExplanationText.h"
#include "rules/FactsLoader.h"
#include "rules/ImpactPreview.h"
#include "rules/RuleParser.h"

#include <QJsonDocument>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace hc;
using namespace hc::rules;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr int kVersion = 7;

// 12 Mar 2022 14:05 UTC: the moment the first facts arrive.
const qint64 T0 = QDateTime(QDate(2022, 3, 12), QTime(14, 5), QTimeZone::utc()).toSecsSinceEpoch();

qint64 add(const db::Database& db, const QString& sql, const QVariantList& values)
{
    auto id = db::insert(db, sql, values);
    if (!id)
        qFatal("fixture insert failed: %s", qPrintable(id.error().message));
    return id.value();
}

// A small city: districts A (high-risk, still designated), B (medium-risk for 8 days), C (no designation)
// and D (outside the scope evaluated), venues, and people each showing one rule at work.
struct City
{
    qint64 districtA = 0, districtB = 0, districtC = 0, districtD = 0;
    qint64 venueHigh = 0, venueInB = 0, venueMedium = 0;
    qint64 positive = 0, cleared = 0, contact = 0, venue = 0, venueEarly = 0, homeA = 0, elderly = 0, young = 0,
           threeScans = 0, twoScans = 0, outside = 0, nobody = 0;
    QSet<qint64> scope;

    explicit City(const db::Database& db)
    {
        auto district = [&](const char* code, const char* name, const char* nameEn) {
            return add(db,
                       QStringLiteral("INSERT INTO jurisdictions (code, name, name_en, level) VALUES (?, ?, ?, "
                                      "'district')"),
                       {QString::fromLatin1(code), QString::fromUtf8(name), QString::fromLatin1(nameEn)});
        };
        districtA = district("880101", "甲区", "District A");
        districtB = district("880102", "乙区", "District B");
        districtC = district("880103", "丙区", "District C");
        districtD = district("880104", "丁区", "District D");
        scope = {districtA, districtB, districtC};
        auto addVenue = [&](const char* code, const char* name, qint64 district) {
            return add(db,
                       QStringLiteral("INSERT INTO venues (code, name, kind, district_id, lat, lon) "
                                      "VALUES (?, ?, 'market', ?, 30.2, 120.1)"),
                       {QString::fromLatin1(code), QString::fromLatin1(name), district});
        };
        venueHigh = addVenue("V1", "Market One", districtC);
        venueInB = addVenue("V2", "Station Two", districtB);
        venueMedium = addVenue("V3", "Mall Three", districtC);
        auto area = [&](const char* column, qint64 id, const char* level, qint64 from, const QVariant& to) {
            add(db,
                QStringLiteral("INSERT INTO risk_areas (%1, level, from_at, to_at) VALUES (?, ?, ?, ?)")
                    .arg(QLatin1String(column)),
                {id, QString::fromLatin1(level), from, to});
        };
        area("district_id", districtA, "high", T0 - 2 * kDay, QVariant());
        area("district_id", districtB, "medium", T0 - 3 * kDay, T0 + 5 * kDay);
        area("venue_id", venueHigh, "high", T0 - kDay, T0 + kDay);
        area("venue_id", venueMedium, "medium", T0 - 5 * kDay, QVariant());

        int n = 0;
        auto person = [&](qint64 district, const char* birth, bool smartphone = true) {
            ++n;
            return add(db,
                       QStringLiteral("INSERT INTO people (national_id, pseudonym, name, sex, birth_date, "
                                      "district_id, has_smartphone) VALUES (?, ?, ?, 'F', ?, ?, ?)"),
                       {QStringLiteral("ID%1").arg(n), QStringLiteral("P%1").arg(n), QStringLiteral("Person %1").arg(n),
                        QString::fromLatin1(birth), district, smartphone ? 1 : 0});
        };
        auto test = [&](qint64 p, const char* kind, const char* result, qint64 at) {
            add(db,
                QStringLiteral("INSERT INTO test_results (person_id, kind, result, sampled_at, reported_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {p, QString::fromLatin1(kind), QString::fromLatin1(result), at, at + 6 * kHour});
        };
        auto scan = [&](qint64 p, qint64 v, qint64 at) {
            add(db,
                QStringLiteral("INSERT INTO scan_events (scanned_at, venue_id, person_id, colour) "
                               "VALUES (?, ?, ?, 'green')"),
                {at, v, p});
        };

        positive = person(districtC, "1985-06-01");
        test(positive, "pcr", "positive", T0);

        cleared = person(districtC, "1985-06-01");
        test(cleared, "antigen", "positive", T0);
        test(cleared, "pcr", "negative", T0 + 2 * kDay);
        test(cleared, "pcr", "negative", T0 + 2 * kDay + 12 * kHour);
        test(cleared, "pcr", "negative", T0 + 3 * kDay + kHour);

        contact = person(districtC, "1990-01-01");
        add(db, QStringLiteral("INSERT INTO close_contacts (person_id, designated_at) VALUES (?, ?)"), {contact, T0});
        add(db, QStringLiteral("INSERT INTO symptom_declarations (person_id, declared_at, symptom) VALUES (?, ?, ?)"),
            {contact, T0 + kDay, QStringLiteral("fever")});

        venue = person(districtC, "1985-06-01");
        scan(venue, venueHigh, T0);
        venueEarly = person(districtC, "1985-06-01");
        scan(venueEarly, venueHigh, T0 - 2 * kDay); // before the venue was designated

        homeA = person(districtA, "1970-02-02");

        elderly = person(districtC, "1950-05-01", false);
        scan(elderly, venueInB, T0);
        test(elderly, "pcr", "negative", T0 + kDay);
        young = person(districtC, "2000-05-01");
        scan(young, venueInB, T0);
        test(young, "pcr", "negative", T0 + kDay);

        threeScans = person(districtC, "1985-06-01");
        for (qint64 d : {2, 1, 0})
            scan(threeScans, venueMedium, T0 - d * kDay);
        twoScans = person(districtC, "1985-06-01");
        for (qint64 d : {1, 0})
            scan(twoScans, venueMedium, T0 - d * kDay);

        outside = person(districtD, "1985-06-01");
        test(outside, "pcr", "positive", T0);
        nobody = person(districtC, "2010-10-10");
    }
};

CompiledRules compile(const QString& text, int version)
{
    const RuleParser::Result p = RuleParser::parse(text);
    if (!p.ok())
        qFatal("rules do not parse: %s", qPrintable(p.diagnostics.first().toString()));
    auto c = CompiledRules::compile(p.ruleSet, version);
    if (!c)
        qFatal("rules do not compile: %s", qPrintable(c.error().message));
    return std::move(c).value();
}

ExplanationText::Options utc()
{
    ExplanationText::Options o;
    o.locale = QLocale::c();
    o.timeZone = QTimeZone::utc();
    return o;
}

} // namespace

class TestRuleEvaluation final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<City> m_city;
    FactStore m_store;
    CompiledRules m_rules;

    Explanation explain(qint64 person, qint64 now)
    {
        const int index = m_store.indexOf(person);
        if (index < 0)
            qFatal("person %lld not loaded", person);
        return Evaluator::explain(m_store, m_rules, index, now);
    }

    QString text(const Explanation& e)
    {
        auto names = ExplanationText::loadNames(m_t->db(), {e}, QLocale::c());
        if (!names)
            qFatal("names: %s", qPrintable(names.error().message));
        return ExplanationText::render(e, names.value(), utc());
    }

    Colour colour(qint64 person, qint64 now) { return explain(person, now).colour; }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("backend: %s", qPrintable(test::TestDatabase::backendName()));
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_t->isReady(), qPrintable(m_t->error()));
        m_t->initAdmin();
        m_city = std::make_unique<City>(m_t->db());
        m_rules = compile(DefaultRules::text(), kVersion);
        QStringList phases;
        auto store =
            FactsLoader::load(m_t->db(), m_city->scope, T0 - 60 * kDay, [&](const QString& phase, qint64, qint64) {
                phases << phase;
                return true;
            });
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        m_store = std::move(store).value();
        QVERIFY(phases.contains(QStringLiteral("scans in risk areas")));
    }

    void cleanupTestCase()
    {
        m_city.reset();
        m_t.reset();
    }

    void loadsOnlyTheScope()
    {
        QCOMPARE(m_store.personCount(), 11);
        QCOMPARE(m_store.indexOf(m_city->outside), -1);
        QVERIFY(m_store.indexOf(m_city->nobody) >= 0);
        // The scan before the venue's designation is not a venue exposure.
        const int early = m_store.indexOf(m_city->venueEarly);
        const EventColumns& scans = m_store.events(Channel::VenueScan);
        QCOMPARE(scans.offsets[static_cast<std::size_t>(early) + 1] - scans.offsets[static_cast<std::size_t>(early)],
                 0u);
        QCOMPARE(m_store.homeDesignations(m_store.indexOf(m_city->homeA)).size(), std::size_t(1));
    }

    void positiveTestIsRedAndExplained()
    {
        const Explanation e = explain(m_city->positive, T0 + kDay);
        QCOMPARE(e.colour, Colour::Red);
        QCOMPARE(e.ruleId, QStringLiteral("R1"));
        QCOMPARE(e.since, T0);
        QCOMPARE(e.until, T0 + 14 * kDay);
        QCOMPARE(e.facts.size(), 1);
        QCOMPARE(e.facts.first().testKind, TestKind::Pcr);
        QCOMPARE(text(e),
                 QStringLiteral("Red since 12 Mar 14:05 because: positive PCR test on 12 Mar (rule R1 "
                                "\"Confirmed case\", version 7); turns green after two negative PCR tests 24 h "
                                "apart, or on 26 Mar 14:05 when the window expires."));
        // The Chinese name for Chinese readers.
        ExplanationText::Options zh = utc();
        zh.locale = QLocale(QLocale::Chinese, QLocale::China);
        QVERIFY(ExplanationText::render(e, {}, zh).contains(QString::fromUtf8("确诊病例")));
        // Not yet sampled: green; the window ends at T0 + 14 days.
        QCOMPARE(colour(m_city->positive, T0 - 1), Colour::Green);
        QCOMPARE(colour(m_city->positive, T0 + 14 * kDay), Colour::Red);
        QCOMPARE(colour(m_city->positive, T0 + 14 * kDay + 1), Colour::Green);
        QCOMPARE(text(explain(m_city->positive, T0 + 15 * kDay)),
                 QStringLiteral("Green: no rule of version 7 applies."));
    }

    void negativeTestsTurnTheColourBack()
    {
        // Two negatives only 12 h apart do not count as two.
        QCOMPARE(colour(m_city->cleared, T0 + 2 * kDay + 13 * kHour), Colour::Red);
        const Explanation e = explain(m_city->cleared, T0 + 2 * kDay + 13 * kHour);
        QCOMPARE(e.facts.first().testKind, TestKind::Antigen);
        // The third, 25 h after the first, completes the pair.
        QCOMPARE(colour(m_city->cleared, T0 + 3 * kDay + kHour - 1), Colour::Red);
        QCOMPARE(colour(m_city->cleared, T0 + 3 * kDay + kHour), Colour::Green);
    }

    void mostSevereWinsAndWindowsExpire()
    {
        const Explanation red = explain(m_city->contact, T0 + kDay + kHour);
        QCOMPARE(red.colour, Colour::Red);
        QCOMPARE(red.ruleId, QStringLiteral("R2"));
        QCOMPARE(red.nextColour, Colour::Yellow);
        QCOMPARE(red.otherRules, (QStringList{QStringLiteral("R3"), QStringLiteral("R9")}));
        QCOMPARE(text(red),
                 QStringLiteral("Red since 12 Mar 14:05 because: designated a close contact on 12 Mar (rule "
                                "R2 \"Close contact\", version 7); turns yellow after two negative PCR tests "
                                "24 h apart, or on 26 Mar 14:05 when the window expires."));
        // After the 14 days of quarantine: 7 more days of health monitoring, then green.
        const Explanation yellow = explain(m_city->contact, T0 + 15 * kDay);
        QCOMPARE(yellow.colour, Colour::Yellow);
        QCOMPARE(yellow.ruleId, QStringLiteral("R3"));
        QCOMPARE(text(yellow),
                 QStringLiteral("Yellow since 12 Mar 14:05 because: designated a close contact on 12 Mar "
                                "(rule R3 \"Close contact, health monitoring\", version 7); turns green on "
                                "2 Apr 14:05 when the window expires."));
        QCOMPARE(colour(m_city->contact, T0 + 21 * kDay), Colour::Yellow);
        QCOMPARE(colour(m_city->contact, T0 + 21 * kDay + 1), Colour::Green);
    }

    void venueExposureWithUnless()
    {
        const Explanation e = explain(m_city->venue, T0 + kHour);
        QCOMPARE(e.colour, Colour::Yellow);
        QCOMPARE(e.ruleId, QStringLiteral("R5"));
        QCOMPARE(e.facts.first().venueId, m_city->venueHigh);
        QCOMPARE(text(e),
                 QStringLiteral("Yellow since 12 Mar 14:05 because: scanned at Market One on 12 Mar 14:05 "
                                "while it was a high-risk venue (rule R5 \"Scan at a high-risk venue\", version "
                                "7); turns green on 19 Mar 14:05 when the window expires, or earlier after two "
                                "negative tests 24 h apart."));
        QCOMPARE(colour(m_city->venueEarly, T0 + kHour), Colour::Green);
    }

    void homeDistrictStaysWhileDesignated()
    {
        const Explanation e = explain(m_city->homeA, T0);
        QCOMPARE(e.colour, Colour::Red);
        QCOMPARE(e.ruleId, QStringLiteral("R4"));
        QCOMPARE(e.until, Explanation::kNever);
        QCOMPARE(text(e), QStringLiteral("Red since 10 Mar 14:05 because: lives in District A, a high-risk area since "
                                         "10 Mar (rule R4 \"Stay in a high-risk area\", version 7); stays red while "
                                         "District A remains a high-risk area."));
        QCOMPARE(colour(m_city->homeA, T0 - 2 * kDay - 1), Colour::Green);
        QCOMPARE(colour(m_city->homeA, T0 + 300 * kDay), Colour::Red);
    }

    void elderlyKeepYellowAfterANegativeTest()
    {
        const Explanation before = explain(m_city->elderly, T0 + kHour);
        QCOMPARE(before.colour, Colour::Yellow);
        QCOMPARE(before.ruleId, QStringLiteral("R6"));
        QCOMPARE(before.facts.first().venueId, m_city->venueInB);
        QCOMPARE(colour(m_city->young, T0 + kHour), Colour::Yellow);
        // The negative PCR test clears the stay for the young, not for the elderly (rule R7).
        const Explanation after = explain(m_city->elderly, T0 + kDay + kHour);
        QCOMPARE(after.colour, Colour::Yellow);
        QCOMPARE(after.ruleId, QStringLiteral("R7"));
        QCOMPARE(after.facts.size(), 2);
        QCOMPARE(after.facts.at(0).kind, FactKind::AgeOver);
        QCOMPARE(after.facts.at(0).years, 71);
        QCOMPARE(text(after),
                 QStringLiteral("Yellow since 12 Mar 14:05 because: aged 71, scanned at Station Two on 12 "
                                "Mar 14:05 while its district was a medium-risk area (rule R7 \"Elderly in "
                                "a medium-risk area\", version 7); turns green on 26 Mar 14:05 when the "
                                "window expires."));
        QCOMPARE(colour(m_city->young, T0 + kDay + kHour), Colour::Green);
        QCOMPARE(colour(m_city->elderly, T0 + 14 * kDay + 1), Colour::Green);
    }

    void countsOfEvents()
    {
        QCOMPARE(explain(m_city->threeScans, T0 + kHour).ruleId, QStringLiteral("R8"));
        QCOMPARE(explain(m_city->threeScans, T0 + kHour).facts.size(), 3);
        QCOMPARE(colour(m_city->twoScans, T0 + kHour), Colour::Green);
        // The first scan leaves the 7-day window: two remain, not enough.
        QCOMPARE(colour(m_city->threeScans, T0 + 5 * kDay), Colour::Yellow);
        QCOMPARE(colour(m_city->threeScans, T0 + 5 * kDay + 1), Colour::Green);
    }

    void evaluateAllAgreesWithExplain()
    {
        for (qint64 now :
             {T0 - kDay, T0 + kHour, T0 + kDay + kHour, T0 + 3 * kDay + kHour, T0 + 15 * kDay, T0 + 30 * kDay}) {
            auto ev = Evaluator::evaluateAll(m_store, m_rules, now);
            QVERIFY(ev.ok());
            QCOMPARE(ev->size(), m_store.personCount());
            QCOMPARE(ev->ruleSetVersion, kVersion);
            qint64 coloured = 0;
            for (int p = 0; p < m_store.personCount(); ++p) {
                const Explanation e = Evaluator::explain(m_store, m_rules, p, now);
                QCOMPARE(ev->colour(p), e.colour);
                QCOMPARE(ev->rules[static_cast<std::size_t>(p)], e.ruleIndex);
                QCOMPARE(ev->since[static_cast<std::size_t>(p)], e.since);
                QCOMPARE(ev->until[static_cast<std::size_t>(p)], e.until);
                coloured += e.colour != Colour::Green;
                // Stored as JSON, read back, rendered the same.
                const auto back = Explanation::fromJson(
                    QJsonDocument::fromJson(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)).object());
                QVERIFY(back.has_value());
                QCOMPARE(ExplanationText::render(*back, {}, utc()), ExplanationText::render(e, {}, utc()));
            }
            QCOMPARE(ev->counts[0] + ev->counts[1] + ev->counts[2], m_store.personCount());
            QCOMPARE(ev->counts[1] + ev->counts[2], coloured);
        }
        auto at = Evaluator::evaluateAll(m_store, m_rules, T0 + kHour);
        QCOMPARE(at->counts[static_cast<std::size_t>(Colour::Red)], 4);    // positive, cleared, contact, homeA
        QCOMPARE(at->counts[static_cast<std::size_t>(Colour::Yellow)], 4); // venue, elderly, young, threeScans
    }

    void cancelStopsEvaluation()
    {
        auto ev = Evaluator::evaluateAll(m_store, m_rules, T0, [](qint64, qint64) { return false; });
        QVERIFY(!ev.ok());
        QCOMPARE(ev.error().code, ErrorCode::Cancelled);
        auto load = FactsLoader::load(m_t->db(), m_city->scope, T0 - kDay,
                                      [](const QString&, qint64 step, qint64) { return step < 2; });
        QVERIFY(!load.ok());
        QCOMPARE(load.error().code, ErrorCode::Cancelled);
    }

    void workerThreadLoadsOnItsOwnConnection()
    {
        std::optional<Result<FactStore>> loaded;
        const db::DatabaseUrl url = m_t->url();
        const QSet<qint64> scope = m_city->scope;
        QThread* worker = QThread::create([&] {
            loaded.emplace(
                FactsLoader::loadWithOwnConnection(url, QStringLiteral("rules-worker"), scope, T0 - 60 * kDay));
        });
        worker->start();
        QVERIFY(worker->wait(60000));
        delete worker;
        QVERIFY(loaded.has_value());
        QVERIFY2(loaded->ok(), qPrintable(loaded->error().message));
        const FactStore& other = loaded->value();
        QCOMPARE(other.personCount(), m_store.personCount());
        QCOMPARE(other.eventCount(), m_store.eventCount());
        auto a = Evaluator::evaluateAll(m_store, m_rules, T0 + kHour);
        auto b = Evaluator::evaluateAll(other, m_rules, T0 + kHour);
        QVERIFY(a->colours == b->colours);
        QVERIFY(a->rules == b->rules);
    }

    void loadingSomePeopleGivesTheSameAnswers()
    {
        const QList<qint64> ids{m_city->positive, m_city->elderly, m_city->homeA, m_city->venue, m_city->outside};
        auto few = FactsLoader::loadPeople(m_t->db(), ids, T0 - 60 * kDay);
        QVERIFY2(few.ok(), qPrintable(few.error().message));
        QCOMPARE(few->personCount(), 5); // by id, so also outside the scope
        for (qint64 id : ids) {
            for (qint64 now : {T0 + kHour, T0 + kDay + kHour}) {
                const Explanation e = Evaluator::explain(few.value(), m_rules, few->indexOf(id), now);
                if (id == m_city->outside) {
                    QCOMPARE(e.colour, Colour::Red);
                    continue;
                }
                QCOMPARE(e.toJson(), explain(id, now).toJson());
            }
        }
    }

    void impactPreviewOfARuleChange()
    {
        QString changed = DefaultRules::text();
        const QString from = QStringLiteral("\"Scan at a high-risk venue\" / \"") +
                             QString::fromUtf8("高风险场所时空交集") + QStringLiteral("\": yellow when");
        QVERIFY(changed.contains(from));
        changed.replace(from, QString(from).replace(QStringLiteral(": yellow"), QStringLiteral(": red")));
        const CompiledRules next = compile(changed, kVersion + 1);
        qint64 calls = 0;
        auto impact = ImpactPreview::run(m_store, m_rules, next, T0 + kHour, [&](qint64 done, qint64 total) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(impact.ok(), qPrintable(impact.error().message));
        QVERIFY(calls >= 2);
        QCOMPARE(impact->people, m_store.personCount());
        QCOMPARE(impact->changed(), 1);
        QCOMPARE(impact->overall.count[1][2], 1);
        QCOMPARE(impact->overall.after(Colour::Red), 5);
        QCOMPARE(impact->byDistrict.value(m_city->districtC).count[1][2], 1);
        QCOMPARE(impact->byDistrict.value(m_city->districtA).changed(), 0);
        QCOMPARE(impact->byAgeBand[Impact::Age18To39].count[1][2], 1);
        QCOMPARE(impact->sample, (QList<qint64>{m_city->venue}));
        QCOMPARE(impact->versionBefore, kVersion);
        QCOMPARE(impact->versionAfter, kVersion + 1);
        // Cancelled half-way: an error, no partial result.
        auto cancelled = ImpactPreview::run(m_store, m_rules, next, T0, [&](qint64 done, qint64) { return done == 0; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestRuleEvaluation)
#include "TestRuleEvaluation.moc"
