#pragma once
// A command's arguments: positionals, and --name value / --name=value / --flag options.

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace hc::cli {

class Arguments final
{
public:
    // valueOptions take a value; flags do not. Anything else starting with "--" is an error.
    Arguments(const QStringList& args, const QStringList& valueOptions, const QStringList& flags = {});

    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    const QStringList& positional() const { return m_positional; }
    QString positional(int i) const { return m_positional.value(i); }
    bool has(const QString& name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }
    // Integer option; error() is set when present but not a number in [min, max].
    std::optional<qint64> integer(const QString& name, qint64 fallback, qint64 min, qint64 max);

private:
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_error;
};

} // namespace hc::cli
