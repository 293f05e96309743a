#pragma once
// Everything the person page shows about one person in the official's scope, read at once: who (ID number and
// phone masked), the stored status with its explanation, the status history, tests, stays in risk areas, recent
// scans (time and venue only), printed cards and overrides. Opening a person is audited.

#include "StatusService.h"
#include "auth/Session.h"
#include "db/Database.h"
#include "rules/ExplanationText.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace hc::services {

struct PersonSummary
{
    qint64 id = 0;
    QString pseudonym;
    QString name;
    QString maskedNationalId;
    QString maskedPhone; // empty: no phone
    QString sex;         // "F", "M"
    QString birthDate;   // yyyy-MM-dd
    qint64 districtId = 0;
    QString district; // in the reader's language
    bool hasSmartphone = true;
};

struct TestEntry
{
    QString kind;   // "pcr", "antigen"
    QString result; // "positive", "negative"
    qint64 sampledAt = 0;
    qint64 reportedAt = 0;
    QString lab;
};

// A time the person was in a designated risk area: a scan at a designated venue or at a venue of a designated
// district while it was designated, or their home district designated.
struct RiskStay
{
    enum class Kind
    {
        Venue,
        District,
        Home
    };
    Kind kind = Kind::Venue;
    qint64 at = 0;    // scan time; Home: designated from
    qint64 endAt = 0; // Home: designated until (0: still designated)
    QString place;    // venue or district name
    QString level;    // "low", "medium", "high"
};

struct ScanEntry
{
    qint64 at = 0;
    QString venue; // empty: no venue recorded
};

struct CardEntry
{
    QString serial;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    qint64 revokedAt = 0;    // 0: not revoked
    qint64 handedOverAt = 0; // 0: not collected yet
};

struct OverrideEntry
{
    qint64 id = 0;
    rules::Colour target = rules::Colour::Green;
    QString category; // stored key: "test_result_correction", ...
    QString reason;
    QString evidence;
    QString state; // stored key: "requested", "active", ...
    QString requestedBy;
    qint64 requestedAt = 0;
    QString decidedBy; // empty: not decided
    qint64 decidedAt = 0;
    qint64 expiresAt = 0;
};

struct PersonRecord
{
    PersonSummary person;
    PersonStatus status;
    QList<StatusHistoryEntry> history; // newest first
    QList<TestEntry> tests;            // newest first
    QList<RiskStay> stays;             // newest first
    QList<ScanEntry> scans;            // newest first, at most kRecentScans
    QList<CardEntry> cards;            // newest first
    QList<OverrideEntry> overrides;    // newest first
    rules::ExplanationNames names;     // for the explanations of status and history

    // The current colour in words: the stored explanation ("Red since ... because: ...; turns green after ..."),
    // the override holding it, or "Green: no rule applies." when no rule ever did.
    QString explanation(const rules::ExplanationText::Options& options = {}) const;
};

class PersonRecordService final
{
public:
    static constexpr int kRecentScans = 50;
    static constexpr int kMaxRows = 200; // tests, stays, cards, overrides, history

    // The record of a person in the session's scope; audited ("people.view") before anything is returned.
    // locale: the language of district and venue names.
    static Result<PersonRecord> open(const db::Database& db, const auth::Session& session, qint64 personId,
                                     const QLocale& locale = QLocale());

    static QString overrideCategoryDisplayName(const QString& key); // translated
    static QString overrideStateDisplayName(const QString& key);    // translated
    static QString testKindDisplayName(const QString& key);         // translated
    static QString testResultDisplayName(const QString& key);       // translated
    static QString riskLevelDisplayName(const QString& key);        // translated
};

} // namespace hc::services
