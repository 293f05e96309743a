#include "PrintBatchModel.h"

#include "CardTemplate.h"
#include "db/Sql.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace hc::printing {

PrintBatchModel::PrintBatchModel(const db::Database& db, const auth::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{
    reload();
}

bool PrintBatchModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    if (const Status p = m_session.require(auth::Permission::PrintCards); !p) {
        m_error = p.error().message;
        endResetModel();
        return false;
    }
    auto q = db::run(m_db,
                     QStringLiteral("SELECT b.id, b.created_at, u.name, b.template, b.destination, k.kid, "
                                    "b.requested_count, b.printed_count, b.state, b.demo, u.jurisdiction_id "
                                    "FROM print_batches b JOIN users u ON u.id = b.created_by "
                                    "LEFT JOIN signing_keys k ON k.id = b.key_id ORDER BY b.id DESC LIMIT ?"),
                     {kMaxRows});
    if (!q) {
        m_error = q.error().message;
        endResetModel();
        return false;
    }
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        if (!m_session.inScope(r.value(10).toLongLong()))
            continue;
        m_rows << PrintBatchRow{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                                r.value(3).toString(),   r.value(4).toString(),   r.value(5).toString(),
                                r.value(6).toLongLong(), r.value(7).toLongLong(), r.value(8).toString(),
                                r.value(9).toInt() != 0};
    }
    endResetModel();
    return true;
}

const PrintBatchRow* PrintBatchModel::batch(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString PrintBatchModel::stateDisplayName(const QString& state)
{
    if (state == QLatin1String("running"))
        return tr("Running");
    if (state == QLatin1String("completed"))
        return tr("Completed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    return state;
}

int PrintBatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PrintBatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrintBatchModel::data(const QModelIndex& index, int role) const
{
    const PrintBatchRow* b = batch(index.row());
    if (!b || !index.isValid())
        return {};
    if (role == Qt::UserRole)
        return b->id;
    if (role == Qt::TextAlignmentRole && (index.column() == Batch || index.column() == Cards))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Batch:
        return b->id;
    case Started:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(b->createdAt), QLocale::ShortFormat);
    case Official:
        return b->createdBy;
    case Template: {
        const auto t = CardTemplate::fromName(b->templateName);
        const QString name = t ? t->displayName() : b->templateName;
        return b->demo ? tr("%1 (demo)").arg(name) : name;
    }
    case Destination:
        return b->destination;
    case Cards:
        return tr("%1 of %2").arg(QLocale().toString(b->printed), QLocale().toString(b->requested));
    case State:
        return stateDisplayName(b->state);
    default:
        return {};
    }
}

QVariant PrintBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Batch:
        return tr("Batch");
    case Started:
        return tr("Started");
    case Official:
        return tr("Official");
    case Template:
        return tr("Template");
    case Destination:
        return tr("Printer or file");
    case Cards:
        return tr("Cards");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace hc::printing
