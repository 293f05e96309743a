#pragma once
// What one print run is asked to do, and what it did.

#include "CardTemplate.h"
#include "SelectionCriteria.h"

#include <QString>

namespace hc::printing {

struct PrintRequest
{
    SelectionCriteria criteria;
    CardTemplate cardTemplate;
    bool demo = false;         // sign with the demo key: every card says DEMO - NOT VALID
    QString passphrase;        // of the signing key
    QString destination;       // recorded with the batch: "file:/path/cards.pdf", "printer:NAME"
    int chunkCards = 0;        // cards committed per transaction; 0: CardPrinter::kDefaultChunkCards
    int threads = 0;           // signing threads; 0: one per core
    qint64 replacesCardId = 0; // a reprint: this card is revoked in the transaction that records the new one
};

struct PrintOutcome
{
    qint64 batchId = 0;
    qint64 requested = 0;
    qint64 printed = 0; // cards recorded, and on the sheets handed to the device
    int sheets = 0;
    QString state; // completed, cancelled
    QString keyKid;
    QString lastSerial; // the newest card's serial (a reprint's new card)
};

} // namespace hc::printing
