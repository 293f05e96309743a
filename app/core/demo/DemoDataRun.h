#pragma once
// One run of the demo data generator: its steps, each stored in transactions of its own with their audit
// records, and what the steps pass on (places, venues, who lives where, who is red or yellow when).

#include "AliasTable.h"
#include "DemoDataGenerator.h"
#include "SyntheticGeography.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace hc::demo {

class RowWriter;

class DemoDataRun final
{
public:
    DemoDataRun(const db::Database& db, const auth::Session& session, const DemoDataOptions& options,
                const DemoDataGenerator::Progress& progress);

    Result<DemoDataReport> run();

private:
    struct Venue
    {
        qint64 id = 0;
        int district = 0; // index into m_geo.districts()
        double lat = 0;
        double lon = 0;
        int kind = 0;
        double popularity = 0;
    };
    // When a person's code is red or yellow, from the facts; most people have none.
    struct Flag
    {
        qint64 redFrom = 0;
        qint64 redUntil = 0;
        qint64 yellowFrom = 0;
        qint64 yellowUntil = 0;
    };
    enum Colour : std::uint8_t
    {
        Green,
        Yellow,
        Red
    };

    Status placesAndPeople();
    Status storeJurisdictions(qint64 rootId, const QString& rootCode, const QSet<QString>& takenCodes);
    Status generateVenues();
    Status generatePeople();
    Status generateFacts();
    struct Scan
    {
        std::uint32_t second; // since the start of its day
        std::uint32_t venue;
        std::uint32_t person;
        std::uint8_t colour;
    };
    Status generateScans();
    // One day's scans in time order; reads only what earlier steps built, so it may run on another thread.
    std::vector<Scan> scansOfDay(int day, const std::vector<AliasTable>& venueByHour,
                                 const std::vector<double>& hourTotals) const;
    Status writeScanDay(int day, const std::vector<Scan>& scans, RowWriter& writer);

    // Calls the progress callback; false: the user cancelled.
    bool progress(const QString& phase, qint64 done, qint64 total);
    Error cancelled(const QString& phase) const;
    QJsonObject reportJson() const;
    struct PhaseClock
    {
        QElapsedTimer wall;
        double cpuStart = 0;
        void start();
    };
    void timePhase(const QString& phase, qint64 rows, const PhaseClock& clock);

    Flag& flagOf(std::uint32_t person);
    Colour colourAt(std::uint32_t person, qint64 at) const;
    std::uint32_t residentOf(int district, Rng& rng) const;
    qint64 personId(std::uint32_t person) const { return m_firstPersonId + person; }
    qint64 districtId(int district) const;

    const db::Database& m_db;
    const auth::Session& m_session;
    DemoDataOptions m_options;
    DemoDataGenerator::Progress m_progress;
    QElapsedTimer m_timer;
    DemoDataReport m_report;

    qint64 m_start = 0; // first generated second (UTC)
    qint64 m_end = 0;   // first second after the generated days

    SyntheticGeography m_geo;
    std::vector<qint64> m_regionIds; // database id of each region of m_geo
    std::vector<Venue> m_venues;
    std::vector<std::vector<std::uint32_t>> m_venuesOfDistrict;
    std::vector<QByteArray> m_labsOfDistrict; // two PCR labs of the district's city, UTF-8

    qint64 m_firstPersonId = 1;
    std::vector<std::uint16_t> m_districtOfPerson;
    std::vector<std::vector<std::uint32_t>> m_residents; // per district
    std::vector<std::uint32_t> m_flagIndex;              // per person: 0 none, else index + 1 into m_flags
    std::vector<Flag> m_flags;
};

} // namespace hc::demo
