#include "RuleVersionListModel.h"

#include "util/Clock.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace hc::models {

using services::RuleState;
using services::RuleVersionInfo;

RuleVersionListModel::RuleVersionListModel(const db::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

bool RuleVersionListModel::reload()
{
    m_now = Clock::nowSecs();
    auto versions = services::RuleService::list(m_db);
    auto current = services::RuleService::inForce(m_db, m_now);
    beginResetModel();
    m_versions = versions ? versions.value() : QList<RuleVersionInfo>();
    m_error = versions ? QString() : versions.error().message;
    m_inForce = current ? current.value().version : 0;
    endResetModel();
    return versions.ok();
}

const RuleVersionInfo* RuleVersionListModel::version(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

int RuleVersionListModel::rowOf(int version) const
{
    for (int i = 0; i < m_versions.size(); ++i)
        if (m_versions.at(i).version == version)
            return i;
    return -1;
}

QString RuleVersionListModel::stateText(const RuleVersionInfo& v) const
{
    if (v.version == m_inForce)
        return tr("In force");
    if (v.state == RuleState::Published && v.effectiveAt > m_now)
        return tr("Scheduled");
    if (v.state == RuleState::Published)
        return tr("Replaced");
    return services::ruleStateDisplayName(v.state);
}

int RuleVersionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_versions.size());
}

int RuleVersionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleVersionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleVersionInfo& v = m_versions.at(index.row());
    auto when = [](qint64 secs) {
        return secs > 0 ? QLocale().toString(QDateTime::fromSecsSinceEpoch(secs).toLocalTime(), QLocale::ShortFormat)
                        : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Version:
            return v.version;
        case State:
            return stateText(v);
        case Effective:
            if (v.state != RuleState::Published)
                return QString();
            return v.effectiveAt > 0 ? when(v.effectiveAt) : tr("From the start");
        case CreatedBy:
            return v.createdBy.isEmpty() ? tr("(installed)") : v.createdBy;
        case ApprovedBy:
            return v.approvedBy;
        case Summary:
            return v.summary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!v.urgencyReason.isEmpty())
            return tr("Published without lead time because: %1").arg(v.urgencyReason);
        return {};
    case Qt::FontRole:
        if (v.version == m_inForce) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case VersionRole:
        return v.version;
    default:
        return {};
    }
}

QVariant RuleVersionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Version:
        return tr("Version");
    case State:
        return tr("State");
    case Effective:
        return tr("In force from");
    case CreatedBy:
        return tr("Written by");
    case ApprovedBy:
        return tr("Approved by");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace hc::models
