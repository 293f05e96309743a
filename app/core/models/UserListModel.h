#pragma once
// Table of the officials' accounts the session may manage (UserService::list), for the Users page.

#include "auth/Session.h"
#include "services/UserService.h"

#include <QAbstractTableModel>

namespace hc::models {

class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        DisplayName,
        Role,
        Jurisdiction,
        State,
        LastLogin,
        ColumnCount
    };
    enum DataRole
    {
        UserNameRole = Qt::UserRole,
        StateRole
    };
    enum class AccountState
    {
        Active,
        Locked,
        Disabled
    };

    // db must outlive the model. Without ManageUsers the model stays empty and lastError() says why.
    UserListModel(const db::Database& db, const auth::Session& session, QObject* parent = nullptr);

    // Reads the accounts again; false (and lastError()) if the service refused or the database failed.
    bool reload();
    QString lastError() const { return m_error; }

    // The account in row, or nullptr for an invalid row.
    const services::UserInfo* user(int row) const;
    // The row of the account named name, or -1.
    int rowOf(const QString& name) const;
    static AccountState stateOf(const services::UserInfo& user);
    static QString stateDisplayName(AccountState state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const db::Database& m_db;
    auth::Session m_session;
    QList<services::UserInfo> m_users;
    QString m_error;
};

} // namespace hc::models
