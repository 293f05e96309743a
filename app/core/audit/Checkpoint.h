#pragma once
// A signed statement of the audit chain's head (sequence number, hash, time), kept outside the database
// so that a truncated or fully rewritten chain can be detected later.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace hc::audit {

struct Checkpoint
{
    qint64 seq = 0;
    QString headHash;
    qint64 createdAtMs = 0;
    QString kid;
    QByteArray publicKey;
    QByteArray signature;

    // The bytes the Ed25519 signature covers.
    QByteArray signedBytes() const;
    QByteArray toJson() const;
    bool signatureValid() const;
    // source names the file in error messages.
    static Result<Checkpoint> fromJson(const QByteArray& json, const QString& source);
};

} // namespace hc::audit
