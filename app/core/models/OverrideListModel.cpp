#include "OverrideListModel.h"

#include <QDateTime>
#include <QLocale>

namespace hc::models {

using services::OverrideInfo;

OverrideListModel::OverrideListModel(const db::Database& db, const auth::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{
    reload();
}

void OverrideListModel::setStateFilter(const QList<services::OverrideState>& states)
{
    m_filter = states;
    reload();
}

bool OverrideListModel::reload()
{
    auto list = services::OverrideService::list(m_db, m_session);
    beginResetModel();
    m_rows.clear();
    if (list) {
        for (const OverrideInfo& o : list.value())
            if (m_filter.isEmpty() || m_filter.contains(o.state))
                m_rows << o;
        m_error.clear();
    } else {
        m_error = list.error().message;
    }
    endResetModel();
    return list.ok();
}

const OverrideInfo* OverrideListModel::item(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OverrideListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int OverrideListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OverrideListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverrideListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverrideInfo& o = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return o.evidence.isEmpty() ? o.note : tr("%1 (evidence: %2)").arg(o.note, o.evidence);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return o.id;
    case State:
        return services::overrideStateDisplayName(o.state);
    case Person:
        return tr("%1 (no. %2)").arg(o.personName).arg(o.personId);
    case Target:
        return rules::colourDisplayName(o.target);
    case Reason:
        return tr("%1: %2").arg(services::overrideReasonDisplayName(o.reason), o.note);
    case RequestedBy:
        return o.requestedBy;
    case DecidedBy:
        return o.decidedBy;
    case Expires:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(o.expiresAt).toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant OverrideListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("No.");
    case State:
        return tr("State");
    case Person:
        return tr("Person");
    case Target:
        return tr("Colour");
    case Reason:
        return tr("Reason");
    case RequestedBy:
        return tr("Requested by");
    case DecidedBy:
        return tr("Decided by");
    case Expires:
        return tr("Ends");
    default:
        return {};
    }
}

} // namespace hc::models
