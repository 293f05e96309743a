#pragma once
// Phone numbers as the console shows them: masked unless revealed through an audited call.

#include <QString>

namespace hc {

class Phone final
{
public:
    // 13812345678 -> 138****5678; short numbers keep only their last two digits. Empty stays empty.
    static QString masked(const QString& phone);
};

} // namespace hc
