#pragma once
// Everything one printed card shows. Nothing about health: the colour is looked up by the verifier.

#include "codes/QrEncoder.h"

#include <QString>

namespace hc::printing {

struct CardFace
{
    enum class Mark
    {
        None,
        Demo,    // signed with the demo key: "DEMO - NOT VALID"
        Preview, // a layout preview: the QR code is not a health code
    };

    QString maskedName; // NameMask::mask(name)
    QString districtName;
    QString districtNameEn;
    QString issuerName; // the jurisdiction whose key signed the code
    QString serial;     // lowercase hex (printed_cards.serial)
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    codes::QrMatrix qr;
    Mark mark = Mark::None;
};

} // namespace hc::printing
