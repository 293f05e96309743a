#include "TrustStore.h"

namespace hc::codes {

bool TrustStore::addKey(const TrustedKey& key)
{
    if (m_keys.contains(key.kid))
        return false;
    m_keys.insert(key.kid, key);
    return true;
}

const TrustedKey* TrustStore::find(const QString& kid) const
{
    const auto it = m_keys.constFind(kid);
    return it == m_keys.constEnd() ? nullptr : &*it;
}

bool TrustStore::isListSigner(const QString& kid, const QByteArray& publicKey) const
{
    const auto it = m_signers.constFind(kid);
    return it != m_signers.constEnd() && *it == publicKey;
}

void TrustStore::merge(const TrustStore& other)
{
    for (const TrustedKey& k : other.m_keys)
        addKey(k);
    for (auto it = other.m_untrusted.constBegin(); it != other.m_untrusted.constEnd(); ++it) {
        if (!m_untrusted.contains(it.key()))
            m_untrusted.insert(it.key(), it.value());
    }
    for (auto it = other.m_signers.constBegin(); it != other.m_signers.constEnd(); ++it)
        m_signers.insert(it.key(), it.value());
}

} // namespace hc::codes
