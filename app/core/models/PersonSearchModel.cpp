#include "PersonSearchModel.h"

#include <QColor>

namespace hc::models {

using services::PersonSearch;

PersonSearchModel::PersonSearchModel(const db::Database& db, const auth::Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{}

bool PersonSearchModel::search(const services::PersonQuery& query, int pageSize)
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_error.clear();
    m_query = query;
    m_pageSize = pageSize;
    auto page = PersonSearch::search(m_db, m_session, query, std::nullopt, pageSize);
    if (page) {
        m_query = page.value().query;
        m_rows = page.value().people;
        m_next = page.value().next;
    } else {
        m_error = page.error().message;
    }
    endResetModel();
    return page.ok();
}

void PersonSearchModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_error.clear();
    m_query = {};
    endResetModel();
}

const services::PersonMatch* PersonSearchModel::person(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 PersonSearchModel::personId(int row) const
{
    const services::PersonMatch* p = person(row);
    return p ? p->id : 0;
}

int PersonSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PersonSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor PersonSearchModel::swatch(rules::Colour colour)
{
    switch (colour) {
    case rules::Colour::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case rules::Colour::Yellow:
        return QColor(0xf9, 0xa8, 0x25);
    case rules::Colour::Red:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QVariant PersonSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const services::PersonMatch& p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.name;
        case NationalId:
            return p.maskedNationalId;
        case District:
            return p.district();
        case Colour:
            return p.overridden ? tr("%1 (override)").arg(rules::colourDisplayName(p.colour))
                                : rules::colourDisplayName(p.colour);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Colour)
            return swatch(p.colour);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Colour && !p.recorded)
            return tr("No rule applies to this person.");
        return {};
    case PersonIdRole:
        return p.id;
    case ColourKeyRole:
        return rules::colourKey(p.colour);
    default:
        return {};
    }
}

QVariant PersonSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case NationalId:
        return tr("ID number");
    case District:
        return tr("District");
    case Colour:
        return tr("Colour");
    default:
        return {};
    }
}

bool PersonSearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_next.has_value();
}

void PersonSearchModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_next)
        return;
    auto page = PersonSearch::search(m_db, m_session, m_query, m_next, m_pageSize);
    if (!page) {
        // Stop asking: the view would call again and again.
        m_error = page.error().message;
        m_next.reset();
        return;
    }
    m_next = page.value().next;
    const QList<services::PersonMatch>& more = page.value().people;
    if (more.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows << more;
    endInsertRows();
}

} // namespace hc::models
