#pragma once
// How the audit page shows a record to an official: the action's name in their language rather than its key,
// and the details as "name: value" with times as local dates rather than raw JSON with Unix seconds.

#include <QString>

namespace hc::audit {

class AuditText final
{
public:
    // "user.add" -> "Official added" (translated); an unknown key comes back as it is.
    static QString actionName(const QString& action);
    // {"cards":3,"created_at":1795843089} -> "cards: 3 · created_at: 2026-11-28 08:38"; empty for {}; text that
    // is not a JSON object comes back as it is.
    static QString details(const QString& json);
};

} // namespace hc::audit
