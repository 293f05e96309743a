#include "Crypto.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <sodium.h>

namespace hc::crypto {

namespace {
// At least 64 MiB and 2 passes, as the foundation issue requires; above libsodium's "interactive" limits.
constexpr unsigned long long kPwOps = 2;
constexpr std::size_t kPwMem = 64ULL * 1024 * 1024;
// Sealing keys is rarer than logging in; a stronger derivation costs nothing noticeable.
constexpr unsigned long long kSealOps = 3;
constexpr std::size_t kSealMem = 64ULL * 1024 * 1024;

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::crypto::Crypto)
};

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

unsigned char* bytes(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}
} // namespace

bool Crypto::initialize()
{
    return sodium_init() >= 0;
}

Result<QString> Crypto::hashPassword(const QString& password)
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), static_cast<unsigned long long>(pw.size()), kPwOps, kPwMem,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(ErrorCode::CryptoError, Tr::tr("Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool Crypto::verifyPassword(const QString& storedHash, const QString& password)
{
    const QByteArray h = storedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), static_cast<unsigned long long>(pw.size())) == 0;
}

bool Crypto::passwordNeedsRehash(const QString& storedHash)
{
    const QByteArray h = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), kPwOps, kPwMem) != 0;
}

SigningKeyPair Crypto::generateSigningKey()
{
    SigningKeyPair kp;
    kp.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    kp.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(kp.publicKey), bytes(kp.secretKey));
    return kp;
}

QByteArray Crypto::sign(const QByteArray& message, const QByteArray& secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(sig), nullptr, bytes(message), static_cast<unsigned long long>(message.size()),
                         bytes(secretKey));
    return sig;
}

bool Crypto::verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()), bytes(publicKey))
           == 0;
}

namespace {
bool deriveKey(QByteArray& key, const QString& passphrase, const QByteArray& salt, qint64 ops, qint64 mem)
{
    const QByteArray pw = passphrase.toUtf8();
    key.resize(crypto_secretbox_KEYBYTES);
    return crypto_pwhash(bytes(key), static_cast<unsigned long long>(key.size()), pw.constData(),
                         static_cast<unsigned long long>(pw.size()), bytes(salt),
                         static_cast<unsigned long long>(ops), static_cast<std::size_t>(mem),
                         crypto_pwhash_ALG_ARGON2ID13)
           == 0;
}
} // namespace

Result<SealedSecret> Crypto::seal(const QByteArray& secret, const QString& passphrase)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, Tr::tr("The passphrase must not be empty."));
    SealedSecret s;
    s.salt = randomBytes(crypto_pwhash_SALTBYTES);
    s.nonce = randomBytes(crypto_secretbox_NONCEBYTES);
    s.opslimit = static_cast<qint64>(kSealOps);
    s.memlimit = static_cast<qint64>(kSealMem);
    QByteArray key;
    if (!deriveKey(key, passphrase, s.salt, s.opslimit, s.memlimit))
        return makeError(ErrorCode::CryptoError, Tr::tr("Not enough memory to derive the key from the passphrase."));
    s.ciphertext.resize(secret.size() + crypto_secretbox_MACBYTES);
    crypto_secretbox_easy(bytes(s.ciphertext), bytes(secret), static_cast<unsigned long long>(secret.size()),
                          bytes(s.nonce), bytes(key));
    wipe(key);
    return s;
}

Result<QByteArray> Crypto::open(const SealedSecret& s, const QString& passphrase)
{
    if (s.ciphertext.size() < crypto_secretbox_MACBYTES || s.salt.size() != crypto_pwhash_SALTBYTES
        || s.nonce.size() != crypto_secretbox_NONCEBYTES)
        return makeError(ErrorCode::CryptoError, Tr::tr("The stored key is damaged."));
    QByteArray key;
    if (!deriveKey(key, passphrase, s.salt, s.opslimit, s.memlimit))
        return makeError(ErrorCode::CryptoError, Tr::tr("Not enough memory to derive the key from the passphrase."));
    QByteArray plain(s.ciphertext.size() - crypto_secretbox_MACBYTES, '\0');
    const int rc = crypto_secretbox_open_easy(bytes(plain), bytes(s.ciphertext),
                                              static_cast<unsigned long long>(s.ciphertext.size()), bytes(s.nonce),
                                              bytes(key));
    wipe(key);
    if (rc != 0)
        return makeError(ErrorCode::AuthenticationFailed, Tr::tr("Wrong passphrase for the signing key."));
    return plain;
}

QByteArray Crypto::sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QString Crypto::scramSha256Verifier(const QString& password, int iterations)
{
    // SASLprep (RFC 4013) as PostgreSQL applies it: ASCII passwords are used as they are; others are NFKC-normalised
    // after mapping non-ASCII spaces to a space and dropping the characters "commonly mapped to nothing".
    QString prepared = password;
    bool ascii = true;
    for (const QChar c : password)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        QString mapped;
        for (const QChar c : password) {
            const char16_t u = c.unicode();
            if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D) || u == 0x200B ||
                u == 0x200C || u == 0x200D || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF)
                continue;
            mapped += (u >= 0x80 && c.category() == QChar::Separator_Space) ? QChar(u' ') : c;
        }
        prepared = mapped.normalized(QString::NormalizationForm_KC);
    }
    const QByteArray pw = prepared.toUtf8();
    const QByteArray salt = randomBytes(16);
    // PBKDF2-HMAC-SHA-256 with one 32-byte block: U1 = HMAC(pw, salt || INT(1)), Ui = HMAC(pw, Ui-1).
    QByteArray u =
        QMessageAuthenticationCode::hash(salt + QByteArray::fromHex("00000001"), pw, QCryptographicHash::Sha256);
    QByteArray salted = u;
    for (int i = 1; i < iterations; ++i) {
        u = QMessageAuthenticationCode::hash(u, pw, QCryptographicHash::Sha256);
        for (int b = 0; b < salted.size(); ++b)
            salted[b] = static_cast<char>(salted[b] ^ u[b]);
    }
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = sha256(clientKey);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QByteArray Crypto::randomBytes(int n)
{
    QByteArray b(n, '\0');
    randombytes_buf(b.data(), static_cast<std::size_t>(n));
    return b;
}

void Crypto::wipe(QByteArray& b)
{
    if (!b.isEmpty())
        sodium_memzero(b.data(), static_cast<std::size_t>(b.size()));
    b.clear();
}

} // namespace hc::crypto
