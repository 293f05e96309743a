#include "UsersPage.h"
#include "users/ui_UsersPage.h"

#include "AddUserDialog.h"
#include "ChangeRoleDialog.h"
#include "ResetPasswordDialog.h"
#include "models/UserListModel.h"
#include "util/MessageBox.h"
#include "util/TableViews.h"

#include <QStyle>

namespace hc::gui {

using models::UserListModel;

UsersPage::UsersPage(const db::Database& db, const auth::Session& session, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::UsersPage>()), m_db(db), m_session(session),
      m_model(new UserListModel(db, session, this))
{
    m_ui->setupUi(this);
    m_ui->usersTableView->setModel(m_model);
    setUpTableView(m_ui->usersTableView);

    connect(m_ui->usersTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_ui->addUserPushButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_ui->disablePushButton, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_ui->unlockPushButton, &QPushButton::clicked, this, &UsersPage::unlockUser);
    connect(m_ui->resetPasswordPushButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_ui->changeRolePushButton, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_ui->reloadPushButton, &QPushButton::clicked, this, &UsersPage::reload);
    connect(m_ui->usersTableView, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_ui->changeRolePushButton->isEnabled())
            changeRole();
    });
    if (!m_model->lastError().isEmpty())
        m_ui->descriptionLabel->setText(m_model->lastError());
    updateActions();
}

UsersPage::~UsersPage() = default;

QString UsersPage::title() const
{
    return tr("Users");
}

QIcon UsersPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("system-users"), style()->standardIcon(QStyle::SP_DirHomeIcon));
}

void UsersPage::activate()
{
    reload();
}

const services::UserInfo* UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_ui->usersTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->user(rows.first().row());
}

void UsersPage::selectUser(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    m_ui->usersTableView->selectRow(row);
    m_ui->usersTableView->scrollTo(m_model->index(row, 0));
}

void UsersPage::reload()
{
    const services::UserInfo* selected = selectedUser();
    const QString name = selected ? selected->name : QString();
    if (!m_model->reload())
        showError(tr("Cannot Load Users"), tr("The list of users could not be read."),
                  makeError(ErrorCode::DatabaseError, m_model->lastError()));
    fitColumns(m_ui->usersTableView);
    if (!name.isEmpty())
        selectUser(name);
}

void UsersPage::updateActions()
{
    const services::UserInfo* u = selectedUser();
    const bool own = u && u->id == m_session.userId;
    const auto state = u ? UserListModel::stateOf(*u) : UserListModel::AccountState::Active;
    const bool disabled = state == UserListModel::AccountState::Disabled;

    m_ui->disablePushButton->setText(disabled ? tr("&Enable") : tr("&Disable"));
    m_ui->disablePushButton->setEnabled(u && !own);
    m_ui->disablePushButton->setToolTip(own        ? tr("You cannot disable your own account.")
                                        : disabled ? tr("Allow the selected user to log in again")
                                                   : tr("Stop the selected user from logging in"));
    m_ui->unlockPushButton->setEnabled(u && state == UserListModel::AccountState::Locked);
    m_ui->unlockPushButton->setToolTip(u && state != UserListModel::AccountState::Locked
                                           ? tr("The selected account is not locked.")
                                           : tr("Allow logins again after too many wrong passwords"));
    m_ui->resetPasswordPushButton->setEnabled(u != nullptr);
    m_ui->changeRolePushButton->setEnabled(u && !own);
    m_ui->changeRolePushButton->setToolTip(
        own ? tr("You cannot change your own role; another administrator must do it.")
            : tr("Give the selected user another role"));
}

void UsersPage::addUser()
{
    auto* dialog = new AddUserDialog(m_db, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->userName();
        reload();
        selectUser(name);
        Q_EMIT statusMessage(tr("User %1 added.").arg(name));
    });
    dialog->open();
}

void UsersPage::toggleDisabled()
{
    const services::UserInfo* u = selectedUser();
    if (!u)
        return;
    const QString name = u->name;
    const bool disable = !u->disabled;
    if (disable && MessageBox::question(
                       this, tr("Disable User"), tr("Disable the account %1?").arg(name),
                       tr("%1 can no longer log in until an administrator enables the account again.").arg(name)) !=
                       QMessageBox::Yes)
        return;
    const Status s = services::UserService::setDisabled(m_db, m_session, name, disable);
    if (!s)
        showError(disable ? tr("Cannot Disable User") : tr("Cannot Enable User"),
                  disable ? tr("The account %1 was not disabled.").arg(name)
                          : tr("The account %1 was not enabled.").arg(name),
                  s.error());
    else
        Q_EMIT statusMessage(disable ? tr("User %1 disabled.").arg(name) : tr("User %1 enabled.").arg(name));
    reload();
}

void UsersPage::unlockUser()
{
    const services::UserInfo* u = selectedUser();
    if (!u)
        return;
    const QString name = u->name;
    const Status s = services::UserService::unlock(m_db, m_session, name);
    if (!s)
        showError(tr("Cannot Unlock User"), tr("The account %1 was not unlocked.").arg(name), s.error());
    else
        Q_EMIT statusMessage(tr("User %1 unlocked.").arg(name));
    reload();
}

void UsersPage::resetPassword()
{
    const services::UserInfo* u = selectedUser();
    if (!u)
        return;
    auto* dialog = new ResetPasswordDialog(m_db, m_session, u->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = u->name] {
        reload();
        Q_EMIT statusMessage(tr("Password of %1 reset.").arg(name));
    });
    dialog->open();
}

void UsersPage::changeRole()
{
    const services::UserInfo* u = selectedUser();
    if (!u)
        return;
    auto* dialog = new ChangeRoleDialog(m_db, m_session, *u, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = u->name] {
        reload();
        Q_EMIT statusMessage(tr("Role of %1 changed.").arg(name));
    });
    // A refused change (someone else changed the account) still shows the current state afterwards.
    connect(dialog, &QDialog::rejected, this, &UsersPage::reload);
    dialog->open();
}

void UsersPage::showError(const QString& title, const QString& text, const Error& error)
{
    MessageBox::critical(this, title, text, error.message);
}

} // namespace hc::gui
