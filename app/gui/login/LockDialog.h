#pragma once
// Covers the console after it was left idle: only the same user's password (Authenticator::confirm) opens it again.

#include "auth/Session.h"
#include "db/Database.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LockDialog;
}

namespace hc::gui {

class LockDialog final : public QDialog
{
    Q_OBJECT
public:
    LockDialog(const db::Database& db, const auth::Session& session, QWidget* parent = nullptr);
    ~LockDialog() override;

    // Clears the password and any old error before the dialog is shown again.
    void reset();

Q_SIGNALS:
    void unlocked();
    void logoutRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void tryUnlock();

    std::unique_ptr<Ui::LockDialog> m_ui;
    const db::Database& m_db;
    auth::Session m_session;
};

} // namespace hc::gui
