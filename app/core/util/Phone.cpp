#include "Phone.h"

namespace hc {

QString Phone::masked(const QString& phone)
{
    if (phone.isEmpty())
        return {};
    // Mobile numbers (11 digits) keep the carrier prefix and the last four, as Chinese services print them;
    // shorter numbers would be half revealed that way.
    if (phone.size() >= 11)
        return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
    if (phone.size() <= 2)
        return QString(phone.size(), QLatin1Char('*'));
    return QString(phone.size() - 2, QLatin1Char('*')) + phone.right(2);
}

} // namespace hc
