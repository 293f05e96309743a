#pragma once
// Signs cards (CwtClaims -> HealthCodeToken) and encodes their QR symbols, spread over several threads:
// this is where printing spends its CPU time, and both steps are pure (no database, no painter).

#include "IssuedCard.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace hc::printing {

class CardIssuer final
{
public:
    // kid: the key id bytes; issuer: the key's jurisdiction code (claim 1).
    CardIssuer(QByteArray kid, QByteArray secretKey, QString issuer, qint64 validitySecs, bool demo);
    ~CardIssuer();

    // One card per person, in order, all issued at now; threads <= 0: one per core.
    Result<QList<IssuedCard>> issue(const QList<SelectedPerson>& people, qint64 now, int threads = 0) const;
    Result<IssuedCard> issueOne(const SelectedPerson& person, qint64 now) const;

private:
    QByteArray m_kid;
    QByteArray m_secretKey;
    QString m_issuer;
    qint64 m_validitySecs;
    bool m_demo;
};

} // namespace hc::printing
