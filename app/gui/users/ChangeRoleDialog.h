#pragma once
// Gives an official another role (UserService::setRole), refused if someone changed the account meanwhile.

#include "auth/Session.h"
#include "db/Database.h"
#include "services/UserService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChangeRoleDialog;
}

namespace hc::gui {

class ChangeRoleDialog final : public QDialog
{
    Q_OBJECT
public:
    ChangeRoleDialog(const db::Database& db, const auth::Session& session, const services::UserInfo& user,
                     QWidget* parent = nullptr);
    ~ChangeRoleDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::ChangeRoleDialog> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    services::UserInfo m_user;
};

} // namespace hc::gui
