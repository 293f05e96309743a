#include "ColumnMapping.h"

#include <QCoreApplication>

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::ColumnMapping)
};

constexpr int kListedColumns = 8;
constexpr int kListedLength = 30;

// A column name for a message, shortened as Importer::shown() shortens values.
QString shown(const QString& name)
{
    return name.size() <= kListedLength ? name : name.left(kListedLength) + QStringLiteral("…");
}

// The header's columns for a message, bounded: refusals are stored in the audit log, and a file that is
// not what it seems (a CR-only file read as one line) would otherwise put all of its text there.
QString listed(const QStringList& columns)
{
    if (columns.isEmpty())
        return Tr::tr("no columns");
    QStringList names;
    for (qsizetype i = 0; i < columns.size() && i < kListedColumns; ++i)
        names << shown(columns.at(i));
    QString out = names.join(QStringLiteral(", "));
    if (columns.size() > kListedColumns)
        out = Tr::tr("%1 and %2 more").arg(out).arg(columns.size() - kListedColumns);
    return out;
}
} // namespace

ColumnMapping::ColumnMapping(QList<FieldSpec> fields) : m_fields(std::move(fields)) {}

QString ColumnMapping::normalise(const QString& header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header)
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QChar(0xFEFF))
            out += c.toLower();
    return out;
}

Status ColumnMapping::resolve(const QStringList& columns, const QHash<QString, QString>& overrides, bool openColumns,
                              const QString& fileName)
{
    m_columns = columns;
    m_index.clear();
    auto fail = [&](const QString& message) {
        return makeError(ErrorCode::InvalidArgument, fileName + QStringLiteral(": ") + message);
    };
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        bool known = false;
        for (const FieldSpec& f : std::as_const(m_fields))
            known = known || f.name == it.key();
        if (!known) {
            QStringList names;
            for (const FieldSpec& f : std::as_const(m_fields))
                names << f.name;
            return fail(Tr::tr("there is no field \"%1\" to map; the fields are: %2.")
                            .arg(it.key(), names.join(QStringLiteral(", "))));
        }
    }
    QStringList normalised;
    for (const QString& c : columns)
        normalised << normalise(c);
    QStringList missing;
    for (const FieldSpec& f : std::as_const(m_fields)) {
        int found = -1;
        if (overrides.contains(f.name)) {
            const QString wanted = normalise(overrides.value(f.name));
            found = static_cast<int>(normalised.indexOf(wanted));
            if (found < 0 && !openColumns)
                return fail(Tr::tr("the column \"%1\" given for the field %2 is not in the header (%3).")
                                .arg(shown(overrides.value(f.name)), f.name, listed(columns)));
            if (found < 0) {
                m_columns << overrides.value(f.name);
                normalised << wanted;
                found = static_cast<int>(m_columns.size()) - 1;
            }
        } else {
            QStringList candidates{f.name};
            candidates << f.aliases;
            for (const QString& a : std::as_const(candidates)) {
                const QString n = normalise(a);
                const qsizetype i = normalised.indexOf(n);
                if (i < 0)
                    continue;
                if (normalised.indexOf(n, i + 1) >= 0)
                    return fail(Tr::tr("the column \"%1\" appears twice in the header; say which one to use for %2.")
                                    .arg(shown(columns.at(i)), f.name));
                found = static_cast<int>(i);
                break;
            }
        }
        if (found < 0 && f.required) {
            missing << f.name;
            continue;
        }
        if (found < 0 && openColumns) {
            m_columns << f.name;
            normalised << normalise(f.name);
            found = static_cast<int>(m_columns.size()) - 1;
        }
        if (found >= 0)
            m_index.insert(f.name, found);
    }
    if (!missing.isEmpty())
        return fail(
            Tr::tr("required columns are missing: %1. The file has: %2. Say which columns hold them (in the import "
                   "dialog under Columns; healthcode-ctl: --map FIELD=COLUMN).")
                .arg(missing.join(QStringLiteral(", ")), listed(columns)));
    return {};
}

QString ColumnMapping::value(const QStringList& values, const QString& field) const
{
    const int i = column(field);
    return i >= 0 && i < values.size() ? values.at(i).trimmed() : QString();
}

QHash<QString, QString> ColumnMapping::resolved() const
{
    QHash<QString, QString> out;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
        out.insert(it.key(), m_columns.value(it.value()));
    return out;
}

Result<QHash<QString, QString>> ColumnMapping::parseOverrides(const QString& text)
{
    QHash<QString, QString> out;
    if (text.trimmed().isEmpty())
        return out;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0 || part.mid(eq + 1).trimmed().isEmpty())
            return makeError(
                ErrorCode::InvalidArgument,
                Tr::tr("\"%1\" is not FIELD=COLUMN; write for example time=扫码时间,venue=场所编码.").arg(part));
        out.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return out;
}

} // namespace hc::imports
