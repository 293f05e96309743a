#include "FactsLoader.h"

#include "FactStoreBuilder.h"
#include "RulesLogging.h"
#include "db/FastQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace hc::rules {

namespace {

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::rules::FactsLoader)
};

Error cancelled()
{
    return makeError(ErrorCode::Cancelled,
                     QCoreApplication::translate("hc::rules::FactsLoader", "Loading the facts was cancelled."));
}

std::optional<RiskLevel> levelFrom(QByteArrayView text)
{
    if (text == QByteArrayView("high"))
        return RiskLevel::High;
    if (text == QByteArrayView("medium"))
        return RiskLevel::Medium;
    if (text == QByteArrayView("low"))
        return RiskLevel::Low;
    return std::nullopt;
}

class Loader
{
public:
    // ids: district ids of the scope, or (byPerson) the people themselves.
    Loader(const db::Database& db, const QSet<qint64>& ids, bool byPerson, qint64 from,
           const FactsLoader::Progress& progress)
        : m_db(db), m_from(from), m_progress(progress), m_builder(from), m_byPerson(byPerson)
    {
        QList<qint64> sorted(ids.begin(), ids.end());
        std::sort(sorted.begin(), sorted.end());
        QStringList marks;
        for (qint64 id : sorted) {
            marks << QStringLiteral("?");
            m_ids << id;
        }
        m_in = marks.join(QLatin1Char(','));
    }

    Result<FactStore> run(FactsLoader::Statistics* stats)
    {
        QElapsedTimer timer;
        timer.start();
        if (m_ids.isEmpty())
            return m_builder.finish();
        using Step = Status (Loader::*)();
        const std::pair<const char*, Step> steps[] = {
            {QT_TRANSLATE_NOOP("hc::rules::FactsLoader", "people"), &Loader::people},
            {QT_TRANSLATE_NOOP("hc::rules::FactsLoader", "tests"), &Loader::tests},
            {QT_TRANSLATE_NOOP("hc::rules::FactsLoader", "close contacts"), &Loader::contacts},
            {QT_TRANSLATE_NOOP("hc::rules::FactsLoader", "symptoms"), &Loader::symptoms},
            {QT_TRANSLATE_NOOP("hc::rules::FactsLoader", "risk areas"), &Loader::designations},
            {QT_TRANSLATE_NOOP("hc::rules::FactsLoader", "scans at risk venues"), &Loader::venueScans},
            {QT_TRANSLATE_NOOP("hc::rules::FactsLoader", "scans in risk areas"), &Loader::areaScans},
        };
        m_steps = static_cast<qint64>(std::size(steps));
        for (const auto& [name, step] : steps) {
            m_phase = Tr::tr(name);
            if (!tick())
                return cancelled();
            const Status s = (this->*step)();
            if (!s)
                return s.error();
            ++m_step;
        }
        if (m_progress)
            m_progress(m_phase, m_steps, m_steps);
        FactStore store = m_builder.finish();
        if (stats) {
            stats->people = store.personCount();
            stats->events = store.eventCount();
            stats->seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        }
        qCInfo(lcRules) << "loaded facts of" << store.personCount() << "people," << store.eventCount() << "events in"
                        << static_cast<double>(timer.elapsed()) / 1000.0 << "s";
        return store;
    }

private:
    const db::Database& m_db;
    const qint64 m_from;
    // A copy: loadPeople passes a temporary (no progress), which a reference would outlive (ASan found it).
    const FactsLoader::Progress m_progress;
    FactStoreBuilder m_builder;
    const bool m_byPerson;
    QString m_in; // "?,?,?" for m_ids
    QList<qint64> m_ids;
    QString m_phase;
    qint64 m_step = 0;
    qint64 m_steps = 0;
    bool m_cancelled = false;

    bool tick()
    {
        if (m_progress && !m_progress(m_phase, m_step, m_steps))
            m_cancelled = true;
        return !m_cancelled;
    }

    // Facts come in person order (tests, contacts, symptoms) or in designation order (scans); consecutive rows
    // of one person are looked up once. People outside the scope are not loaded and their facts are skipped.
    class Cursor
    {
    public:
        explicit Cursor(const FactStoreBuilder& b) : m_builder(b) {}
        int find(qint64 personId)
        {
            if (personId != m_lastId) {
                m_lastId = personId;
                m_last = m_builder.indexOf(personId);
            }
            return m_last;
        }

    private:
        const FactStoreBuilder& m_builder;
        qint64 m_lastId = -1;
        int m_last = -1;
    };

    // Reads rows, checking for cancel every so often. The values bound are integers.
    template <typename Row> Status each(const QString& sql, const QList<qint64>& values, Row row)
    {
        auto query = db::FastQuery::prepare(m_db, sql);
        if (!query)
            return query.error();
        db::FastQuery& r = *query.value();
        for (qsizetype i = 0; i < values.size(); ++i)
            r.bindInt(static_cast<int>(i), values.at(i));
        const Status started = r.exec();
        if (!started)
            return started;
        qint64 n = 0;
        while (r.next()) {
            row(r);
            if ((++n & 0xFFFF) == 0 && !tick())
                return cancelled();
        }
        return {};
    }

    // Loading a few people: their facts only (through the person indexes), not everyone's in the window.
    QString personFilter(const QString& column) const
    {
        return m_byPerson ? QStringLiteral("AND %1 ").arg(personIn(column)) : QString();
    }

    QString personIn(const QString& column) const { return QStringLiteral("%1 IN (%2)").arg(column, m_in); }

    QList<qint64> factValues() const
    {
        QList<qint64> v{m_from};
        if (m_byPerson)
            v += m_ids;
        return v;
    }

    Status people()
    {
        return each(QStringLiteral("SELECT id, district_id, birth_date, has_smartphone FROM people "
                                   "WHERE %1 IN (%2) ORDER BY id")
                        .arg(m_byPerson ? QLatin1String("id") : QLatin1String("district_id"), m_in),
                    m_ids, [&](db::FastQuery& r) {
                        m_builder.addPerson(r.intValue(0), r.intValue(1), FactStore::birthKeyFromText(r.blobView(2)),
                                            r.intValue(3) != 0);
                    });
    }

    // The fact tables are read without joining people: the scope is applied by the people loaded, which
    // costs a lookup per row instead of a join per row in the database.
    Status tests()
    {
        Cursor cursor(m_builder);
        return each(QStringLiteral("SELECT person_id, id, sampled_at, kind, result FROM test_results "
                                   "WHERE sampled_at >= ? %1ORDER BY person_id, sampled_at, id")
                        .arg(personFilter(QStringLiteral("person_id"))),
                    factValues(), [&](db::FastQuery& r) {
                        const int person = cursor.find(r.intValue(0));
                        if (person < 0)
                            return;
                        const bool positive = r.blobView(4) == QByteArrayView("positive");
                        const TestKind kind =
                            r.blobView(3) == QByteArrayView("pcr") ? TestKind::Pcr : TestKind::Antigen;
                        m_builder.addEvent(positive ? Channel::PositiveTest : Channel::NegativeTest, person,
                                           r.intValue(2), r.intValue(1), testKindMask(kind));
                    });
    }

    Status contacts()
    {
        Cursor cursor(m_builder);
        return each(QStringLiteral("SELECT person_id, id, designated_at FROM close_contacts "
                                   "WHERE designated_at >= ? %1ORDER BY person_id, designated_at, id")
                        .arg(personFilter(QStringLiteral("person_id"))),
                    factValues(), [&](db::FastQuery& r) {
                        const int person = cursor.find(r.intValue(0));
                        if (person >= 0)
                            m_builder.addEvent(Channel::CloseContact, person, r.intValue(2), r.intValue(1));
                    });
    }

    Status symptoms()
    {
        Cursor cursor(m_builder);
        return each(QStringLiteral("SELECT person_id, id, declared_at, symptom FROM symptom_declarations "
                                   "WHERE declared_at >= ? %1ORDER BY person_id, declared_at, id")
                        .arg(personFilter(QStringLiteral("person_id"))),
                    factValues(), [&](db::FastQuery& r) {
                        const int person = cursor.find(r.intValue(0));
                        if (person >= 0)
                            m_builder.addEvent(Channel::Symptom, person, r.intValue(2), r.intValue(1),
                                               FactStoreBuilder::kAnyAttr,
                                               m_builder.symptomIndex(QString::fromUtf8(r.blobView(3))));
                    });
    }

    Status designations()
    {
        return each(QStringLiteral("SELECT id, district_id, level, from_at, to_at FROM risk_areas "
                                   "WHERE district_id IS NOT NULL AND (to_at IS NULL OR to_at >= ?)"),
                    {m_from}, [&](db::FastQuery& r) {
                        const auto level = levelFrom(r.blobView(2));
                        if (!level)
                            return;
                        Designation d;
                        d.id = r.intValue(0);
                        d.level = *level;
                        d.from = r.intValue(3);
                        d.to = r.isNull(4) ? FactStore::kOpenEnd : r.intValue(4);
                        m_builder.addDesignation(r.intValue(1), d);
                    });
    }

    void addScan(Channel channel, Cursor& cursor, db::FastQuery& r)
    {
        const int person = cursor.find(r.intValue(0));
        const auto level = levelFrom(r.blobView(3));
        if (person >= 0 && level)
            m_builder.addEvent(channel, person, r.intValue(2), r.intValue(1), riskLevelBit(*level), r.intValue(4));
    }

    // Scans at venues designated at the time of the scan, driven by the few designated venues (index
    // scan_events(venue_id, scanned_at)). They arrive by venue; the store sorts them by person.
    Status venueScans()
    {
        Cursor cursor(m_builder);
        return each(
            QStringLiteral("SELECT s.person_id, s.id, s.scanned_at, r.level, s.venue_id FROM risk_areas r "
                           "JOIN scan_events s ON s.venue_id = r.venue_id AND s.scanned_at >= r.from_at "
                           "AND (r.to_at IS NULL OR s.scanned_at < r.to_at) "
                           "WHERE r.venue_id IS NOT NULL AND s.scanned_at >= ? AND %1")
                .arg(m_byPerson ? personIn(QStringLiteral("s.person_id")) : QStringLiteral("s.person_id IS NOT NULL")),
            factValues(), [&](db::FastQuery& r) { addScan(Channel::VenueScan, cursor, r); });
    }

    // Scans at venues in districts designated at the time of the scan.
    Status areaScans()
    {
        Cursor cursor(m_builder);
        return each(
            QStringLiteral("SELECT s.person_id, s.id, s.scanned_at, r.level, s.venue_id FROM risk_areas r "
                           "JOIN venues v ON v.district_id = r.district_id "
                           "JOIN scan_events s ON s.venue_id = v.id AND s.scanned_at >= r.from_at "
                           "AND (r.to_at IS NULL OR s.scanned_at < r.to_at) "
                           "WHERE r.district_id IS NOT NULL AND s.scanned_at >= ? AND %1")
                .arg(m_byPerson ? personIn(QStringLiteral("s.person_id")) : QStringLiteral("s.person_id IS NOT NULL")),
            factValues(), [&](db::FastQuery& r) { addScan(Channel::AreaScan, cursor, r); });
    }
};

} // namespace

Result<FactStore> FactsLoader::load(const db::Database& db, const QSet<qint64>& scope, qint64 from,
                                    const Progress& progress, Statistics* statistics)
{
    Loader loader(db, scope, false, from, progress);
    return loader.run(statistics);
}

Result<FactStore> FactsLoader::loadPeople(const db::Database& db, const QList<qint64>& personIds, qint64 from)
{
    if (personIds.size() > 10000)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("Load at most 10000 people one by one; load their districts "
                                "instead."));
    Loader loader(db, QSet<qint64>(personIds.begin(), personIds.end()), true, from, {});
    return loader.run(nullptr);
}

Result<FactStore> FactsLoader::loadWithOwnConnection(const db::DatabaseUrl& url, const QString& connectionName,
                                                     const QSet<qint64>& scope, qint64 from, const Progress& progress,
                                                     Statistics* statistics)
{
    auto db = db::Database::open(url, connectionName, db::Database::OpenMode::NoMigrate);
    if (!db)
        return db.error();
    return load(db.value(), scope, from, progress, statistics);
}

} // namespace hc::rules
