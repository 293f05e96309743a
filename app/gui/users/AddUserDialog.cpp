#include "AddUserDialog.h"
#include "users/ui_AddUserDialog.h"

#include "RoleChoice.h"
#include "services/Jurisdictions.h"
#include "services/UserService.h"
#include "util/BusyCursor.h"
#include "util/InlineValidation.h"
#include "util/MessageBox.h"
#include "util/WindowGeometry.h"

#include <QPushButton>

namespace hc::gui {

AddUserDialog::AddUserDialog(const db::Database& db, const auth::Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddUserDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->addUserButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add User"));
    // New accounts start with the least rights; the administrator raises them on purpose.
    fillRoleComboBox(m_ui->roleComboBox, auth::Role::Viewer);
    fillJurisdictions();
    const auto showRole = [this] { m_ui->roleDescriptionLabel->setText(roleSummary(chosenRole(m_ui->roleComboBox))); };
    showRole();
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, showRole);
    for (QLineEdit* edit : {m_ui->userNameLineEdit, m_ui->passwordLineEdit, m_ui->repeatPasswordLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &AddUserDialog::validate);
    connect(m_ui->addUserButtonBox, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_ui->addUserButtonBox, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    validate();
    WindowGeometry::remember(this);
}

AddUserDialog::~AddUserDialog() = default;

QString AddUserDialog::userName() const
{
    return m_ui->userNameLineEdit->text().trimmed();
}

void AddUserDialog::fillJurisdictions()
{
    auto all = services::Jurisdictions::all(m_db);
    if (!all) {
        m_ui->jurisdictionComboBox->setToolTip(all.error().message);
        return;
    }
    // Codes are hierarchical (330000 > 330100 > 330106), so code order is tree order; indent by level.
    for (const services::Jurisdiction& j : all.value()) {
        if (!m_session.inScope(j.id))
            continue;
        const qsizetype depth = j.level == QLatin1String("district") ? 2 : j.level == QLatin1String("city") ? 1 : 0;
        m_ui->jurisdictionComboBox->addItem(QString(depth * 4, QLatin1Char(' ')) + tr("%1 (%2)").arg(j.name, j.code),
                                            j.id);
        if (j.id == m_session.jurisdictionId)
            m_ui->jurisdictionComboBox->setCurrentIndex(m_ui->jurisdictionComboBox->count() - 1);
    }
}

void AddUserDialog::validate()
{
    const QString name = userName();
    const QString password = m_ui->passwordLineEdit->text();
    const QString repeat = m_ui->repeatPasswordLineEdit->text();
    const QString nameProblem = name.isEmpty() ? QString() : services::UserService::nameProblem(name);
    const QString passwordProblem = password.isEmpty() ? QString() : services::UserService::passwordProblem(password);
    showProblem(m_ui->userNameProblemLabel, nameProblem);
    showProblem(m_ui->passwordProblemLabel, passwordProblem);
    showProblem(m_ui->repeatPasswordProblemLabel, repeatProblem(password, repeat));
    const bool valid = !name.isEmpty() && nameProblem.isEmpty() && !password.isEmpty() && passwordProblem.isEmpty() &&
                       password == repeat && m_ui->jurisdictionComboBox->currentIndex() >= 0;
    m_ui->addUserButtonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void AddUserDialog::accept()
{
    if (!m_ui->addUserButtonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    services::NewUser user;
    user.name = userName();
    user.displayName = m_ui->displayNameLineEdit->text().trimmed();
    user.password = m_ui->passwordLineEdit->text();
    user.role = chosenRole(m_ui->roleComboBox);
    user.jurisdictionId = m_ui->jurisdictionComboBox->currentData().toLongLong();
    auto added = [&] {
        const BusyCursor busy; // hashing the password takes a moment
        return services::UserService::add(m_db, m_session, user);
    }();
    if (!added) {
        MessageBox::critical(this, tr("Cannot Add User"), tr("The user %1 was not added.").arg(user.name),
                             added.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace hc::gui
