#pragma once
// An operator's request to override a person's colour: target colour, reason category, explanation,
// evidence and how many days it lasts (at most the configured maximum). OK sends the request
// (OverrideService::request); a refusal is shown in the dialog, which stays open.

#include "auth/Session.h"
#include "db/Database.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OverrideDialog;
}

namespace hc::gui {

class OverrideDialog final : public QDialog
{
    Q_OBJECT
public:
    // nationalId: the person, fixed; empty: the official types the ID number.
    OverrideDialog(const db::Database& db, const auth::Session& session, const QString& nationalId,
                   QWidget* parent = nullptr);
    ~OverrideDialog() override;

    // The person, fixed (the person's page): shown by name, never asked for.
    void setPerson(qint64 personId, const QString& displayName);
    // The new request's number once accepted.
    qint64 requestId() const { return m_requestId; }

    void accept() override;

private:
    void update();

    std::unique_ptr<Ui::OverrideDialog> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    qint64 m_requestId = 0;
    qint64 m_personId = 0;
};

} // namespace hc::gui
