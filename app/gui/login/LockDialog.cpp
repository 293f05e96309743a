#include "LockDialog.h"
#include "login/ui_LockDialog.h"

#include "auth/Authenticator.h"
#include "util/BusyCursor.h"
#include "util/InlineValidation.h"
#include "util/WindowGeometry.h"

#include <QCloseEvent>
#include <QKeyEvent>

namespace hc::gui {

LockDialog::LockDialog(const db::Database& db, const auth::Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LockDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    setModal(true);
    m_ui->lockedMessageLabel->setText(
        tr("The console was locked. Enter the password of %1 to continue, or log out so that someone else can log in.")
            .arg(session.userName));
    connect(m_ui->unlockPushButton, &QPushButton::clicked, this, &LockDialog::tryUnlock);
    connect(m_ui->logOutPushButton, &QPushButton::clicked, this, &LockDialog::logoutRequested);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_ui->unlockPushButton->setEnabled(!text.isEmpty()); });
    reset();
    WindowGeometry::remember(this);
}

LockDialog::~LockDialog() = default;

void LockDialog::reset()
{
    m_ui->passwordLineEdit->clear();
    m_ui->unlockPushButton->setEnabled(false);
    showProblem(m_ui->errorLabel, {});
    m_ui->passwordLineEdit->setFocus();
}

void LockDialog::tryUnlock()
{
    if (m_ui->passwordLineEdit->text().isEmpty())
        return;
    const Status confirmed = [this] {
        const BusyCursor busy;
        return auth::Authenticator::forDatabase(m_db)->confirm(m_db, m_session, m_ui->passwordLineEdit->text());
    }();
    if (!confirmed) {
        showProblem(m_ui->errorLabel, confirmed.error().message);
        m_ui->passwordLineEdit->clear();
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    hide();
    Q_EMIT unlocked();
}

void LockDialog::keyPressEvent(QKeyEvent* event)
{
    // Escape must not close the lock; Enter unlocks.
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        tryUnlock();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void LockDialog::closeEvent(QCloseEvent* event)
{
    // Closing the lock from the window manager would reveal nothing but leave no way back: ignore it.
    event->ignore();
}

} // namespace hc::gui
