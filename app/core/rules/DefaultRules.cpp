#include "DefaultRules.h"

#include <QFile>

namespace hc::rules {

QString DefaultRules::text()
{
    QFile f(QStringLiteral(":/rules/default.rules"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace hc::rules
