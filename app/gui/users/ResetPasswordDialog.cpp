#include "ResetPasswordDialog.h"
#include "users/ui_ResetPasswordDialog.h"

#include "services/UserService.h"
#include "util/BusyCursor.h"
#include "util/InlineValidation.h"
#include "util/MessageBox.h"
#include "util/WindowGeometry.h"

#include <QPushButton>

namespace hc::gui {

ResetPasswordDialog::ResetPasswordDialog(const db::Database& db, const auth::Session& session, const QString& userName,
                                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResetPasswordDialog>()), m_db(db), m_session(session),
      m_userName(userName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Reset Password of %1").arg(userName));
    m_ui->introLabel->setText(
        tr("Enter a new password for %1 and give it to them in person. It also lifts a lockout.").arg(userName));
    m_ui->resetPasswordButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Set Password"));
    for (QLineEdit* edit : {m_ui->passwordLineEdit, m_ui->repeatPasswordLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ResetPasswordDialog::validate);
    connect(m_ui->resetPasswordButtonBox, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(m_ui->resetPasswordButtonBox, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    validate();
    WindowGeometry::remember(this);
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::validate()
{
    const QString password = m_ui->passwordLineEdit->text();
    const QString repeat = m_ui->repeatPasswordLineEdit->text();
    const QString passwordProblem = password.isEmpty() ? QString() : services::UserService::passwordProblem(password);
    showProblem(m_ui->passwordProblemLabel, passwordProblem);
    showProblem(m_ui->repeatPasswordProblemLabel, repeatProblem(password, repeat));
    m_ui->resetPasswordButtonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!password.isEmpty() && passwordProblem.isEmpty() && password == repeat);
}

void ResetPasswordDialog::accept()
{
    if (!m_ui->resetPasswordButtonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Status set = [this] {
        const BusyCursor busy;
        return services::UserService::setPassword(m_db, m_session, m_userName, m_ui->passwordLineEdit->text());
    }();
    if (!set) {
        MessageBox::critical(this, tr("Cannot Reset Password"),
                             tr("The password of %1 was not changed.").arg(m_userName), set.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace hc::gui
