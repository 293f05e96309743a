#pragma once
// The public keys a verifier trusts, by key id: from trust list files, this database's card keys and
// other jurisdictions' imported trust lists. Also the keys that may sign trust and revocation lists.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace hc::codes {

struct TrustedKey
{
    QString kid;          // lowercase hex of the COSE kid
    QString jurisdiction; // the only issuer (claim 1) this key may sign for
    QByteArray publicKey; // Ed25519, 32 bytes
    qint64 retiredAt = 0; // 0: in use; else codes issued at or after this time are refused
    bool demo = false;    // a demo key: its codes are shown as DEMO - NOT VALID
    QString source;       // where the trust comes from, for messages ("this database", a file name)
};

class TrustStore final
{
public:
    // False (and nothing changed) when the kid is already present.
    bool addKey(const TrustedKey& key);
    const TrustedKey* find(const QString& kid) const;
    QList<TrustedKey> keys() const { return m_keys.values(); }
    qsizetype size() const { return m_keys.size(); }
    bool isEmpty() const { return m_keys.isEmpty(); }

    // A key known not to be trusted, so that a code signed with it gets a clear reason (e.g. a demo key).
    void addUntrusted(const QString& kid, const QString& reason) { m_untrusted.insert(kid, reason); }
    QString untrustedReason(const QString& kid) const { return m_untrusted.value(kid); }

    // Keys that may sign trust lists and revocation lists (kid -> public key).
    void addListSigner(const QString& kid, const QByteArray& publicKey) { m_signers.insert(kid, publicKey); }
    bool isListSigner(const QString& kid, const QByteArray& publicKey) const;

    // Adds other's keys, untrusted notes and signers; keys already present keep their first source.
    void merge(const TrustStore& other);

private:
    QHash<QString, TrustedKey> m_keys;
    QHash<QString, QString> m_untrusted;
    QHash<QString, QByteArray> m_signers;
};

} // namespace hc::codes
