#include "NameMask.h"

#include <QList>

namespace hc::printing {

QString NameMask::mask(const QString& name)
{
    // Work on code points so that a character outside the BMP is never cut in half.
    const QList<uint> cps = name.trimmed().toUcs4();
    if (cps.size() <= 1)
        return name.trimmed();
    QString out = QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()), 1);
    if (cps.size() == 2)
        return out + QLatin1Char('*');
    for (qsizetype i = 1; i + 1 < cps.size(); ++i)
        out += cps.at(i) == ' ' ? QLatin1Char(' ') : QLatin1Char('*');
    out += QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData() + cps.size() - 1), 1);
    return out;
}

} // namespace hc::printing
