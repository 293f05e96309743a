#pragma once
// Adds an official's account (UserService::add) with a role and a jurisdiction inside the administrator's scope.

#include "auth/Session.h"
#include "db/Database.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AddUserDialog;
}

namespace hc::gui {

class AddUserDialog final : public QDialog
{
    Q_OBJECT
public:
    AddUserDialog(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~AddUserDialog() override;

    QString userName() const;

public Q_SLOTS:
    void accept() override;

private:
    void fillJurisdictions();
    void validate();

    std::unique_ptr<Ui::AddUserDialog> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
};

} // namespace hc::gui
