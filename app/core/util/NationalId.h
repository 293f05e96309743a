#pragma once
// GB 11643-1999 citizen identity numbers: 17 digits and an ISO 7064 MOD 11-2 check character.

#include <QString>

namespace hc {

class NationalId final
{
public:
    static QChar checkCharacter(const QString& first17);
    static bool isValid(const QString& id);
    // Shows only the first 3 and last 4 characters; the rest are '*'.
    static QString masked(const QString& id);
};

} // namespace hc
