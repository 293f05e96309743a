#pragma once
// Which column of a file holds which field of an import: found by the header names the field is known
// under (English and Chinese, any case, ignoring spaces, '-' and '_'), or as the caller says
// ("time=扫码时间"). A required field without a column is a fatal file problem.

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace hc::imports {

struct FieldSpec
{
    QString name; // the field's key, e.g. "event_id"
    bool required = false;
    QStringList aliases; // header names it is recognised by (name itself is always one)
    QString description; // translated, for the mapping dialog
};

class ColumnMapping final
{
public:
    ColumnMapping() = default;
    explicit ColumnMapping(QList<FieldSpec> fields);

    // Matches fields to columns. overrides: field name -> column name. openColumns (JSON Lines): a field
    // with no column gets one under its own name (objects that have the key then provide it).
    Status resolve(const QStringList& columns, const QHash<QString, QString>& overrides, bool openColumns,
                   const QString& fileName);

    const QList<FieldSpec>& fields() const { return m_fields; }
    // Columns after resolve(): the file's, plus those opened for JSON Lines.
    const QStringList& columns() const { return m_columns; }
    // Column index of a field; -1 when the file has none.
    int column(const QString& field) const { return m_index.value(field, -1); }
    bool has(const QString& field) const { return column(field) >= 0; }
    // The trimmed value of a field in a record's values; empty when absent.
    QString value(const QStringList& values, const QString& field) const;
    // field -> column name, for storing with an import run.
    QHash<QString, QString> resolved() const;

    // "field=column,field=column"; errors name the bad part.
    static Result<QHash<QString, QString>> parseOverrides(const QString& text);
    static QString normalise(const QString& header);

private:
    QList<FieldSpec> m_fields;
    QStringList m_columns;
    QHash<QString, int> m_index;
};

} // namespace hc::imports
