#pragma once
// Finds the people who get printed cards: the criteria turned into one prepared query over the official's
// scope (PrintCards needed), counted before printing and read in pages by ascending id so that 100,000
// people are never held at once.

#include "IdListFile.h"
#include "SelectedPerson.h"
#include "SelectionCriteria.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <QList>

namespace hc::printing {

class CardSelection final
{
public:
    // The ID numbers of a list turned into people.id (sorted); unknown numbers and people outside the scope
    // refuse the list, naming the lines.
    static Result<QList<qint64>> resolveIds(const db::Database& db, const auth::Session& session,
                                            const QList<IdListEntry>& entries);
    // How many people the criteria select (the limit applied).
    static Result<qint64> count(const db::Database& db, const auth::Session& session,
                                const SelectionCriteria& criteria);
    // The next at most maxRows selected people with id > afterId, by id (the limit is the caller's to apply).
    static Result<QList<SelectedPerson>> page(const db::Database& db, const auth::Session& session,
                                              const SelectionCriteria& criteria, qint64 afterId, int maxRows);
};

} // namespace hc::printing
