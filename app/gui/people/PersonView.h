#pragma once
// One person as the People page shows them: current colour with the sentence that explains it, status history,
// tests, risk-area stays, recent scans, printed cards and overrides (PersonRecordService). ID number and phone
// are masked; roles allowed to reveal them get a Reveal button that asks why (PeopleService, audited); operators
// request an override from here (OverrideDialog).

#include "auth/Session.h"
#include "db/Database.h"
#include "services/PersonRecordService.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PersonView;
}

namespace hc::gui {

class PersonView final : public QWidget
{
    Q_OBJECT
public:
    // db must outlive the view.
    PersonView(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~PersonView() override;

    // Reads the person (audited) and shows them masked; false with a message box when refused or failed.
    bool showPerson(qint64 personId);
    qint64 personId() const { return m_record ? m_record->person.id : 0; }
    const std::optional<services::PersonRecord>& record() const { return m_record; }
    bool isRevealed() const { return m_revealed; }

Q_SIGNALS:
    void backRequested();
    void statusMessage(const QString& message);

private:
    void fill();
    void fillHistory();
    void fillTests();
    void fillStays();
    void fillScans();
    void fillCards();
    void fillOverrides();
    void updateTabTitles();
    void reveal();
    void requestOverride();
    void reload();

    std::unique_ptr<Ui::PersonView> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    std::optional<services::PersonRecord> m_record;
    bool m_revealed = false;
    QString m_revealText;
};

} // namespace hc::gui
