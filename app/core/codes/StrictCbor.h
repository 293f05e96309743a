#pragma once
// Parsing CBOR from untrusted codes: exactly one well-formed item, nothing after it, no duplicate map keys.

#include "util/Result.h"

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>

namespace hc::codes {

class StrictCbor final
{
public:
    // what names the data in messages ("the signed message").
    static Result<QCborValue> parse(const QByteArray& bytes, const QString& what);
    // Non-empty: a translated message naming the first duplicated key of map.
    static QString duplicateKeyProblem(const QCborMap& map);
    // Human-readable form of a map key for messages: 4, -8, "iss".
    static QString keyText(const QCborValue& key);
};

} // namespace hc::codes
