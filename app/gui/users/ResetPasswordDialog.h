#pragma once
// Sets a new password for an official's account (UserService::setPassword); also clears a lockout.

#include "auth/Session.h"
#include "db/Database.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResetPasswordDialog;
}

namespace hc::gui {

class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(const db::Database& db, const auth::Session& session, const QString& userName,
                        QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::ResetPasswordDialog> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    QString m_userName;
};

} // namespace hc::gui
