#pragma once
// Reading secrets for healthcode-ctl: from an environment variable when set (scripts), else a prompt without echo.

#include "util/Result.h"

#include <QString>

namespace hc::cli {

// envName: e.g. HEALTHCODE_PASSWORD. Fails when the variable is unset and there is no terminal to ask.
Result<QString> readSecret(const char* envName, const QString& prompt, bool confirm = false);

} // namespace hc::cli
