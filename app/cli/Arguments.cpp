#include "Arguments.h"

#include <QCoreApplication>

namespace hc::cli {

Arguments::Arguments(const QStringList& args, const QStringList& valueOptions, const QStringList& flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool inlineValue = false;
        if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = QCoreApplication::translate("hc::cli", "Option --%1 needs a value.").arg(name);
                    return;
                }
                value = args.at(++i);
            }
            m_values.insert(name, value);
        } else {
            m_error = QCoreApplication::translate("hc::cli", "Unknown option --%1.").arg(name);
            return;
        }
    }
}

std::optional<qint64> Arguments::integer(const QString& name, qint64 fallback, qint64 min, qint64 max)
{
    if (!m_values.contains(name))
        return fallback;
    bool ok = false;
    const qint64 v = m_values.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        m_error = QCoreApplication::translate("hc::cli", "Option --%1 must be a whole number from %2 to %3, not \"%4\".")
                      .arg(name)
                      .arg(min)
                      .arg(max)
                      .arg(m_values.value(name));
        return std::nullopt;
    }
    return v;
}

} // namespace hc::cli
