#pragma once
// Lazy table of the people a search finds (PersonSearch), a page at a time: the view asks for more
// (canFetchMore/fetchMore) as it scrolls, so a search over millions shows its first rows at once.

#include "auth/Session.h"
#include "services/PersonSearch.h"

#include <QAbstractTableModel>

namespace hc::models {

class PersonSearchModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        NationalId, // masked
        District,
        Colour, // with its name
        ColumnCount
    };
    enum DataRole
    {
        PersonIdRole = Qt::UserRole,
        ColourKeyRole // "green", "yellow", "red"
    };

    // db must outlive the model.
    PersonSearchModel(const db::Database& db, const auth::Session& session, QObject* parent = nullptr);

    // A new search (audited) and its first page; false and lastError() when refused or failed (the model is empty).
    bool search(const services::PersonQuery& query, int pageSize = services::PersonSearch::kPageSize);
    void clear();
    QString lastError() const { return m_error; }
    // What the last search looked for: the kind it was searched as and the normalised text.
    const services::PersonQuery& query() const { return m_query; }
    bool hasMore() const { return m_next.has_value(); }

    const services::PersonMatch* person(int row) const;
    qint64 personId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The swatch drawn next to a colour's name (the name is always there too).
    static QColor swatch(rules::Colour colour);

private:
    const db::Database& m_db;
    auth::Session m_session;
    services::PersonQuery m_query;
    int m_pageSize = services::PersonSearch::kPageSize;
    QList<services::PersonMatch> m_rows;
    std::optional<services::SearchCursor> m_next;
    QString m_error;
};

} // namespace hc::models
