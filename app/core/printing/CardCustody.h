#pragma once
// The custody of printed cards after printing: finding a card by serial, the cards of a batch, and the
// hand-over, collected by the holder or by a proxy whose ID number the official checked (the holder's
// registered guardian or a community worker), with a cap on how many people one proxy may collect for
// (Settings::Key::ProxyCollectionCap). Needs PrintCards and the holder in scope; each change audited.

#include "CardRecord.h"
#include "auth/Session.h"
#include "db/Database.h"

#include <QList>

namespace hc::printing {

class CardCustody final
{
public:
    // "1a2b 3c4d ..." or "1A2B3C4D...": spaces dropped, lower case.
    static QString normalSerial(const QString& serial);

    static Result<CardRecord> find(const db::Database& db, const auth::Session& session, const QString& serial);
    // The cards of a batch in scope, by id after afterId.
    static Result<QList<CardRecord>> cards(const db::Database& db, const auth::Session& session, qint64 batchId,
                                           qint64 afterId = 0, int maxRows = 500);
    // Records that the card was handed over: to its holder (proxyNationalId empty or the holder's own), else
    // to the proxy. Refuses revoked, expired and already handed-over cards and a proxy over the cap.
    static Result<CardRecord> handOver(const db::Database& db, const auth::Session& session, const QString& serial,
                                       const QString& proxyNationalId = {});
};

} // namespace hc::printing
