#pragma once
// One person chosen for a card: what the card shows and what its claims carry (never the ID number).

#include <QString>

namespace hc::printing {

struct SelectedPerson
{
    qint64 id = 0;
    QString pseudonym; // the code's subject (claim 2)
    QString name;      // printed partly masked
    qint64 districtId = 0;
    QString districtName;
    QString districtNameEn;
};

} // namespace hc::printing
