#pragma once
// Table of the rule set versions (RuleService::list), newest first, marking the one in force, for the
// Rules page.

#include "services/RuleService.h"

#include <QAbstractTableModel>

namespace hc::models {

class RuleVersionListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Version,
        State,
        Effective,
        CreatedBy,
        ApprovedBy,
        Summary,
        ColumnCount
    };
    enum DataRole
    {
        VersionRole = Qt::UserRole
    };

    // db must outlive the model.
    explicit RuleVersionListModel(const db::Database& db, QObject* parent = nullptr);

    // Reads the versions again; false (and lastError()) if the database failed.
    bool reload();
    QString lastError() const { return m_error; }

    const services::RuleVersionInfo* version(int row) const;
    int rowOf(int version) const;
    int inForceVersion() const { return m_inForce; }
    // "In force", "Published (from 1 Dec 08:00)", "Draft", ...
    QString stateText(const services::RuleVersionInfo& v) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const db::Database& m_db;
    QList<services::RuleVersionInfo> m_versions;
    int m_inForce = 0;
    qint64 m_now = 0;
    QString m_error;
};

} // namespace hc::models
