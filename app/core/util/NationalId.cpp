#include "NationalId.h"

#include <QDate>

namespace hc {

QChar NationalId::checkCharacter(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char codes[] = "10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int d = first17.at(i).digitValue();
        if (d < 0)
            return {};
        sum += d * weights[i];
    }
    return QLatin1Char(codes[sum % 11]);
}

bool NationalId::isValid(const QString& id)
{
    if (id.size() != 18)
        return false;
    const QChar check = checkCharacter(id.left(17));
    if (check.isNull() || id.at(17).toUpper() != check)
        return false;
    return QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd")).isValid();
}

QString NationalId::masked(const QString& id)
{
    if (id.size() <= 7)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(3) + QString(id.size() - 7, QLatin1Char('*')) + id.right(4);
}

} // namespace hc
