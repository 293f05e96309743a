#pragma once
// Table of overrides in the session's scope (OverrideService::list), newest first, optionally only those in
// one state, for the Overrides page.

#include "services/OverrideService.h"

#include <QAbstractTableModel>


namespace hc::models {

class OverrideListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        State,
        Person,
        Target,
        Reason,
        RequestedBy,
        DecidedBy,
        Expires,
        ColumnCount
    };

    // db must outlive the model.
    OverrideListModel(const db::Database& db, const auth::Session& session, QObject* parent = nullptr);

    // Only overrides in these states (empty: all).
    void setStateFilter(const QList<services::OverrideState>& states);
    bool reload();
    QString lastError() const { return m_error; }
    const services::OverrideInfo* item(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const db::Database& m_db;
    auth::Session m_session;
    QList<services::OverrideState> m_filter;
    QList<services::OverrideInfo> m_rows;
    QString m_error;
};

} // namespace hc::models
