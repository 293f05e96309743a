#pragma once
// Asks for a user name and password and logs in through the database's Authenticator;
// wrong passwords, locked and disabled accounts are explained inline and the dialog stays open.

#include "auth/Session.h"
#include "db/Database.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LoginDialog;
}

namespace hc::gui {

class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(const db::Database& db, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The session after the dialog was accepted.
    const std::optional<auth::Session>& session() const { return m_session; }

public Q_SLOTS:
    void accept() override;

private:
    void updateOkButton();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    const db::Database& m_db;
    std::optional<auth::Session> m_session;
};

} // namespace hc::gui
