#pragma once
// The one place that talks to libsodium: password hashing (Argon2id), Ed25519 signatures and
// passphrase-sealed secrets (secretbox with an Argon2id-derived key). sodium.h stays out of headers.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace hc::crypto {

struct SigningKeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes (libsodium form: seed || public key)
};

struct SealedSecret
{
    QByteArray ciphertext;
    QByteArray salt;
    QByteArray nonce;
    qint64 opslimit = 0;
    qint64 memlimit = 0;
};

class Crypto final
{
public:
    // Must succeed once before anything else; safe to call repeatedly.
    static bool initialize();

    // Argon2id, 64 MiB and 2 passes at least (libsodium's "interactive" limits are below that).
    static Result<QString> hashPassword(const QString& password);
    static bool verifyPassword(const QString& storedHash, const QString& password);
    // True when storedHash was made with other parameters than hashPassword uses now.
    static bool passwordNeedsRehash(const QString& storedHash);

    static SigningKeyPair generateSigningKey();
    static QByteArray sign(const QByteArray& message, const QByteArray& secretKey);
    static bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);

    static Result<SealedSecret> seal(const QByteArray& secret, const QString& passphrase);
    static Result<QByteArray> open(const SealedSecret& sealed, const QString& passphrase);

    static QByteArray sha256(const QByteArray& data);
    // A PostgreSQL SCRAM-SHA-256 password verifier (RFC 5802/7677, the form pg_authid stores), computed here so
    // that the server is given the verifier and never the password.
    static QString scramSha256Verifier(const QString& password, int iterations = 4096);
    static QByteArray randomBytes(int n);
    static void wipe(QByteArray& bytes);
};

} // namespace hc::crypto
