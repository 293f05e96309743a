#pragma once
// A card signed and encoded, ready to be recorded and painted.

#include "SelectedPerson.h"
#include "codes/CwtClaims.h"
#include "codes/QrEncoder.h"

namespace hc::printing {

struct IssuedCard
{
    SelectedPerson person;
    codes::CwtClaims claims;
    QString token;
    codes::QrMatrix qr;
};

} // namespace hc::printing
