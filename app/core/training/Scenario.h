#pragma once
// A training scenario: days of events (positive tests, venue and district designations, close contacts,
// declared symptoms) that arrive in the demo city one step at a time, each day with a narrative and tasks
// for the trainee. Read from JSON files under resources/scenarios (the built-in ones) or any file a trainer
// writes (format documented in resources/scenarios/README.md); every problem names the file and the field.

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace hc::training {

// Text in several languages: "en", "zh_CN"; text() picks the reader's and falls back to English.
struct LocalizedText
{
    QHash<QString, QString> byLanguage;
    QString text(const QLocale& locale = QLocale()) const;
};

struct ScenarioEvent
{
    enum class Type
    {
        PositiveTests,     // people: living in district, positive PCR test now
        CloseContacts,     // people: designated close contacts now
        Symptoms,          // people: declared a fever now
        DesignateVenues,   // venues of the district at level, since sinceHours ago
        DesignateDistrict, // the district at level from now on
        LiftDistrict,      // designations of the district end now
    };
    Type type = Type::PositiveTests;
    int district = 1; // 1-based, in the order of district codes
    int people = 0;
    int venues = 0;
    QString level; // "low", "medium", "high"
    int sinceHours = 0;
};

struct ScenarioStep
{
    LocalizedText title;
    LocalizedText narrative;
    QList<LocalizedText> tasks;
    QList<ScenarioEvent> events;
};

struct Scenario
{
    QString id;
    LocalizedText title;
    LocalizedText summary;
    QList<ScenarioStep> steps;

    // fileName only names the source in error messages.
    static Result<Scenario> parse(const QByteArray& json, const QString& fileName);
    static Result<Scenario> load(const QString& path);
    // The scenarios shipped with the console (:/scenarios/*.json), sorted by id.
    static QList<Scenario> builtIn();
};

} // namespace hc::training
