#include "UserListModel.h"

#include "util/Clock.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

namespace hc::models {

UserListModel::UserListModel(const db::Database& db, const auth::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{
    reload();
}

bool UserListModel::reload()
{
    auto users = services::UserService::list(m_db, m_session);
    beginResetModel();
    if (users) {
        m_users = users.value();
        m_error.clear();
    } else {
        m_users.clear();
        m_error = users.error().message;
    }
    endResetModel();
    return users.ok();
}

const services::UserInfo* UserListModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserListModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users.at(i).name == name)
            return i;
    return -1;
}

UserListModel::AccountState UserListModel::stateOf(const services::UserInfo& user)
{
    // Disabled wins: an administrator's decision outlasts any lockout.
    if (user.disabled)
        return AccountState::Disabled;
    if (user.lockedUntil > Clock::nowSecs())
        return AccountState::Locked;
    return AccountState::Active;
}

QString UserListModel::stateDisplayName(AccountState state)
{
    switch (state) {
    case AccountState::Active:
        return tr("Active");
    case AccountState::Locked:
        return tr("Locked");
    case AccountState::Disabled:
        return tr("Disabled");
    }
    return {};
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::UserInfo& u = m_users.at(index.row());
    const AccountState state = stateOf(u);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return u.name;
        case DisplayName:
            return u.displayName;
        case Role:
            return auth::roleDisplayName(u.role);
        case Jurisdiction:
            return u.jurisdictionName;
        case State:
            return stateDisplayName(state);
        case LastLogin:
            return u.lastLoginAt > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(u.lastLoginAt).toLocalTime(),
                                                          QLocale::ShortFormat)
                                     : tr("Never");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == State && state == AccountState::Locked)
            return tr("Locked after too many wrong passwords until %1")
                .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(u.lockedUntil).toLocalTime(),
                                        QLocale::ShortFormat));
        return {};
    case Qt::ForegroundRole:
        // Disabled accounts are greyed out so the active ones stand out.
        if (state == AccountState::Disabled)
            return QBrush(Qt::gray);
        return {};
    case UserNameRole:
        return u.name;
    case StateRole:
        return static_cast<int>(state);
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("User name");
    case DisplayName:
        return tr("Display name");
    case Role:
        return tr("Role");
    case Jurisdiction:
        return tr("Jurisdiction");
    case State:
        return tr("State");
    case LastLogin:
        return tr("Last login");
    default:
        return {};
    }
}

} // namespace hc::models
