#include "AuditLogModel.h"

#include "audit/AuditText.h"
#include "db/Sql.h"

#include <QLocale>
#include <QSqlQuery>

namespace hc::models {

AuditLogModel::AuditLogModel(const db::Database& db, const auth::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{
    reload();
}

void AuditLogModel::setFilter(const Filter& filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    const Status p = m_session.require(auth::Permission::ViewAudit);
    if (!p) {
        m_error = p.error().message;
        m_atEnd = true;
    } else {
        m_rows = loadPage(0);
    }
    endResetModel();
}

QList<audit::AuditRecord> AuditLogModel::loadPage(qint64 beforeSeq)
{
    QString sql = QStringLiteral("SELECT seq, at, actor, action, target, details, hash FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (beforeSeq > 0) {
        sql += QStringLiteral(" AND seq < ?");
        values << beforeSeq;
    }
    if (!m_filter.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        values << m_filter.actor;
    }
    if (!m_filter.action.isEmpty()) {
        sql += QStringLiteral(" AND substr(action, 1, ?) = ?");
        values << m_filter.action.size() << m_filter.action;
    }
    if (!m_filter.text.isEmpty()) {
        // instr/strpos differ between the backends; LIKE with escaped wildcards is the same on both.
        QString pattern = m_filter.text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        sql += QStringLiteral(" AND (target LIKE ? ESCAPE '\\' OR details LIKE ? ESCAPE '\\')");
        values << pattern << pattern;
    }
    if (m_filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        values << m_filter.from.toMSecsSinceEpoch();
    }
    if (m_filter.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        values << m_filter.to.toMSecsSinceEpoch();
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(kPageSize);
    QList<audit::AuditRecord> page;
    auto q = db::run(m_db, sql, values);
    if (!q) {
        m_error = q.error().message;
        m_atEnd = true;
        return page;
    }
    while (q.value().next()) {
        audit::AuditRecord r;
        r.seq = q.value().value(0).toLongLong();
        r.atMs = q.value().value(1).toLongLong();
        r.actor = q.value().value(2).toString();
        r.action = q.value().value(3).toString();
        r.target = q.value().value(4).toString();
        r.details = q.value().value(5).toString();
        r.hash = q.value().value(6).toString();
        page << r;
    }
    if (page.size() < kPageSize)
        m_atEnd = true;
    return page;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const audit::AuditRecord& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seq:
            return r.seq;
        case Time:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.atMs).toLocalTime(), QLocale::ShortFormat);
        case Actor:
            return r.actor;
        case Action:
            return audit::AuditText::actionName(r.action);
        case Target:
            return r.target;
        case Details:
            return audit::AuditText::details(r.details);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Seq)
        return tr("SHA-256 %1").arg(r.hash);
    // What is stored, for the action filter (a prefix of the key) and for reading the record exactly.
    if ((role == Qt::ToolTipRole || role == KeyRole) && index.column() == Action)
        return r.action;
    if ((role == Qt::ToolTipRole || role == KeyRole) && index.column() == Details)
        return r.details;
    if (role == Qt::UserRole)
        return r.seq;
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case Actor:
        return tr("User");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const QList<audit::AuditRecord> page = loadPage(m_rows.last().seq);
    if (page.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    m_rows << page;
    endInsertRows();
}

} // namespace hc::models
