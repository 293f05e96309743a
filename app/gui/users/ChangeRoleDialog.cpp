#include "ChangeRoleDialog.h"
#include "users/ui_ChangeRoleDialog.h"

#include "RoleChoice.h"
#include "util/MessageBox.h"
#include "util/WindowGeometry.h"

#include <QPushButton>

namespace hc::gui {

ChangeRoleDialog::ChangeRoleDialog(const db::Database& db, const auth::Session& session, const services::UserInfo& user,
                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangeRoleDialog>()), m_db(db), m_session(session), m_user(user)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Change Role of %1").arg(user.name));
    m_ui->introLabel->setText(
        tr("%1 is now %2. Choose the new role.").arg(user.name, auth::roleDisplayName(user.role)));
    m_ui->changeRoleButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change Role"));
    fillRoleComboBox(m_ui->roleComboBox, user.role);
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &ChangeRoleDialog::validate);
    connect(m_ui->changeRoleButtonBox, &QDialogButtonBox::accepted, this, &ChangeRoleDialog::accept);
    connect(m_ui->changeRoleButtonBox, &QDialogButtonBox::rejected, this, &ChangeRoleDialog::reject);
    validate();
    WindowGeometry::remember(this);
}

ChangeRoleDialog::~ChangeRoleDialog() = default;

void ChangeRoleDialog::validate()
{
    const auth::Role role = chosenRole(m_ui->roleComboBox);
    m_ui->roleDescriptionLabel->setText(roleSummary(role));
    // The intro names the current role, which is why OK stays disabled until another one is chosen.
    m_ui->changeRoleButtonBox->button(QDialogButtonBox::Ok)->setEnabled(role != m_user.role);
}

void ChangeRoleDialog::accept()
{
    if (!m_ui->changeRoleButtonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const Status set =
        services::UserService::setRole(m_db, m_session, m_user.name, chosenRole(m_ui->roleComboBox), m_user.rowVersion);
    if (!set) {
        MessageBox::critical(this, tr("Cannot Change Role"), tr("The role of %1 was not changed.").arg(m_user.name),
                             set.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace hc::gui
