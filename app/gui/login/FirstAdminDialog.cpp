#include "FirstAdminDialog.h"
#include "login/ui_FirstAdminDialog.h"

#include "services/UserService.h"
#include "util/BusyCursor.h"
#include "util/InlineValidation.h"
#include "util/WindowGeometry.h"

#include <QPushButton>

namespace hc::gui {

FirstAdminDialog::FirstAdminDialog(const db::Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstAdminDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_ui->databaseUrlLabel->setText(tr("Database: %1").arg(db.url().displayString()));
    m_ui->createButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create Administrator"));
    for (QLineEdit* edit : {m_ui->userNameLineEdit, m_ui->passwordLineEdit, m_ui->repeatPasswordLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &FirstAdminDialog::validate);
    connect(m_ui->createButtonBox, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(m_ui->createButtonBox, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);
    showProblem(m_ui->errorLabel, {});
    validate();
    WindowGeometry::remember(this);
}

FirstAdminDialog::~FirstAdminDialog() = default;

QString FirstAdminDialog::userName() const
{
    return m_ui->userNameLineEdit->text().trimmed();
}

void FirstAdminDialog::validate()
{
    const QString name = userName();
    const QString password = m_ui->passwordLineEdit->text();
    const QString repeat = m_ui->repeatPasswordLineEdit->text();
    // Empty fields say nothing yet: the disabled button is reason enough until the user starts typing.
    const QString nameProblem = name.isEmpty() ? QString() : services::UserService::nameProblem(name);
    const QString passwordProblem = password.isEmpty() ? QString() : services::UserService::passwordProblem(password);
    showProblem(m_ui->userNameProblemLabel, nameProblem);
    showProblem(m_ui->passwordProblemLabel, passwordProblem);
    showProblem(m_ui->repeatPasswordProblemLabel, repeatProblem(password, repeat));
    const bool valid = !name.isEmpty() && nameProblem.isEmpty() && !password.isEmpty() && passwordProblem.isEmpty() &&
                       password == repeat;
    m_ui->createButtonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void FirstAdminDialog::accept()
{
    if (!m_ui->createButtonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    // The same defaults as `healthcode-ctl init`: a root jurisdiction is created only when the database has none.
    auto created = [this] {
        const BusyCursor busy;
        return services::UserService::initialize(m_db, userName(), m_ui->passwordLineEdit->text(),
                                                 QStringLiteral("100000"), tr("Province"));
    }();
    if (!created) {
        showProblem(m_ui->errorLabel, created.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace hc::gui
