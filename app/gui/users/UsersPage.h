#pragma once
// The Users page: the accounts in the administrator's scope and the actions on them (add, disable/enable,
// unlock, reset password, change role). Every action goes through UserService.

#include "Page.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <memory>

namespace Ui {
class UsersPage;
}

namespace hc::models {
class UserListModel;
}

namespace hc::services {
struct UserInfo;
}

namespace hc::gui {

class UsersPage final : public Page
{
    Q_OBJECT
public:
    UsersPage(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~UsersPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    models::UserListModel* model() const { return m_model; }
    // Selects the row of the account named name (tests, and after reloads).
    void selectUser(const QString& name);

private:
    const services::UserInfo* selectedUser() const;
    void reload();
    void updateActions();
    void addUser();
    void toggleDisabled();
    void unlockUser();
    void resetPassword();
    void changeRole();
    void showError(const QString& title, const QString& text, const Error& error);

    std::unique_ptr<Ui::UsersPage> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
    models::UserListModel* m_model;
};

} // namespace hc::gui
