#pragma once
// Who gets a printed card: filters over the people in the official's scope, optionally narrowed to an
// imported list of ID numbers (IdListFile). All given conditions must hold.

#include <QDate>
#include <QList>
#include <QString>

namespace hc::printing {

struct SelectionCriteria
{
    bool noSmartphone = false;  // only people without a smartphone of their own
    int minAge = 0;             // 0: any age; else at least this old today (China Standard Time)
    QString district;           // code or exact name of a jurisdiction (and everything below it); empty: whole scope
    bool notPrintedYet = false; // only people without a card in force (not revoked, not expired, not a demo card)
    QDate printedBefore;        // valid: only people whose cards in force were all issued before this day
    bool useIdList = false;     // personIds is the list (possibly empty after filtering)
    QList<qint64> personIds;    // people.id from CardSelection::resolveIds
    qint64 limit = 0;           // 0: everyone who matches; else at most this many (lowest ids first)
};

} // namespace hc::printing
