#pragma once
// Lazy table of audit records, newest first, loaded a page at a time (fetchMore) with optional filters.

#include "audit/AuditLog.h"
#include "auth/Session.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace hc::models {

class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Action, Target, Details, ColumnCount };
    // The stored text of Action (its key, e.g. "user.add") and Details (JSON); DisplayRole shows them readable.
    static constexpr int KeyRole = Qt::UserRole + 1;

    struct Filter
    {
        QString actor;  // exact user name
        QString action; // prefix: "user." matches user.add, user.disable
        QString text;   // substring of target or details
        QDateTime from;
        QDateTime to;
    };

    // db must outlive the model. Without ViewAudit the model stays empty and lastError() says why.
    AuditLogModel(const db::Database& db, const auth::Session& session, QObject* parent = nullptr);

    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    void reload();
    QString lastError() const { return m_error; }
    static constexpr int kPageSize = 200;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QList<audit::AuditRecord> loadPage(qint64 beforeSeq);

    const db::Database& m_db;
    auth::Session m_session;
    Filter m_filter;
    QList<audit::AuditRecord> m_rows;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace hc::models
