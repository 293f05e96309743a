#pragma once
// What trust lists and revocation lists share: a signed JSON document naming its format, issuing jurisdiction,
// creation time and signer (whose public key is embedded), an array of entries and an Ed25519 signature over a
// canonical CBOR form that starts with the same five header fields (see tests/data/codes/README.md).

#include "util/Result.h"

#include <QByteArray>
#include <QCborArray>
#include <QJsonArray>
#include <QString>

#include <functional>

namespace hc::codes {

struct SignedList
{
    QString issuer; // jurisdiction code
    qint64 createdAt = 0;
    QString signerKid;
    QByteArray signerPublicKey;
    QByteArray signature;

    // The canonical CBOR: [format, issuer, created_at, signer kid, signer key, entries].
    QByteArray canonicalBytes(const char* format, const QCborArray& entries) const;
    // The JSON document with the entries under entriesKey.
    QByteArray document(const char* format, const QString& entriesKey, const QJsonArray& entries) const;

    // Reads the document's header and signature into *header and returns its entries array (at most maxEntries);
    // problem() turns a translated reason into the list's error (it names the file and the kind of list).
    using Problem = std::function<Error(const QString& why)>;
    static Result<QJsonArray> read(const QByteArray& json, const char* format, const QString& entriesKey,
                                   qsizetype maxEntries, SignedList* header, const Problem& problem);
};

} // namespace hc::codes
