#pragma once
// Whether printing can sign: the active key of the purpose, or the newest retired one when there is none.

#include "crypto/KeyStore.h"

#include <optional>

namespace hc::printing {

struct SigningKeyCheck
{
    std::optional<crypto::StoredKey> active;
    std::optional<crypto::StoredKey> newestRetired; // set when no key is active but one was retired
};

} // namespace hc::printing
