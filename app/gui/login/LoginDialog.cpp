#include "LoginDialog.h"
#include "login/ui_LoginDialog.h"

#include "auth/Authenticator.h"
#include "util/BusyCursor.h"
#include "util/InlineValidation.h"
#include "util/WindowGeometry.h"

#include <QPushButton>

namespace hc::gui {

LoginDialog::LoginDialog(const db::Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_ui->databaseUrlLabel->setText(db.url().displayString());
    m_ui->loginButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    showProblem(m_ui->errorLabel, {});
    connect(m_ui->userNameLineEdit, &QLineEdit::textChanged, this, &LoginDialog::updateOkButton);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &LoginDialog::updateOkButton);
    connect(m_ui->loginButtonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->loginButtonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    updateOkButton();
    WindowGeometry::remember(this);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::updateOkButton()
{
    const bool complete =
        !m_ui->userNameLineEdit->text().trimmed().isEmpty() && !m_ui->passwordLineEdit->text().isEmpty();
    m_ui->loginButtonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void LoginDialog::accept()
{
    if (!m_ui->loginButtonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    auto session = [this] {
        // The Argon2id check takes a fraction of a second on purpose; say that we are working.
        const BusyCursor busy;
        return auth::Authenticator::forDatabase(m_db)->login(m_db, m_ui->userNameLineEdit->text(),
                                                             m_ui->passwordLineEdit->text());
    }();
    if (!session) {
        showProblem(m_ui->errorLabel, session.error().message);
        m_ui->passwordLineEdit->clear();
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_session = session.value();
    QDialog::accept();
}

} // namespace hc::gui
