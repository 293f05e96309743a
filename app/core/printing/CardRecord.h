#pragma once
// One printed card as recorded (printed_cards), with what the custody screens show about it.

#include <QString>

namespace hc::printing {

struct CardRecord
{
    qint64 id = 0;
    QString serial;
    qint64 personId = 0;
    QString maskedName;
    qint64 districtId = 0;
    qint64 guardianId = 0; // the holder's registered guardian (people.guardian_id), 0 when none
    qint64 batchId = 0;
    qint64 keyId = 0;
    bool demo = false;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    qint64 revokedAt = 0;
    QString revokeReason;
    qint64 replacesCardId = 0;
    qint64 handedOverAt = 0;
    QString collectedByKind; // holder, guardian, community_worker
    QString proxyMaskedId;   // the proxy's ID number, masked
};

} // namespace hc::printing
