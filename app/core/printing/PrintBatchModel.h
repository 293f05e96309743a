#pragma once
// Table of recent print batches started by officials in the session's scope (newest first), for the
// Printing page: who, when, template, destination, cards printed of requested, state.

#include "auth/Session.h"
#include "db/Database.h"

#include <QAbstractTableModel>
#include <QList>

namespace hc::printing {

struct PrintBatchRow
{
    qint64 id = 0;
    qint64 createdAt = 0;
    QString createdBy;
    QString templateName;
    QString destination;
    QString keyKid;
    qint64 requested = 0;
    qint64 printed = 0;
    QString state;
    bool demo = false;
};

class PrintBatchModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Batch,
        Started,
        Official,
        Template,
        Destination,
        Cards,
        State,
        ColumnCount
    };
    static constexpr int kMaxRows = 500;

    // db must outlive the model.
    PrintBatchModel(const db::Database& db, const auth::Session& session, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_error; }
    const PrintBatchRow* batch(int row) const;
    static QString stateDisplayName(const QString& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const db::Database& m_db;
    auth::Session m_session;
    QList<PrintBatchRow> m_rows;
    QString m_error;
};

} // namespace hc::printing
