#pragma once
// healthcode-ctl at the terminal: reading secrets from an environment variable when set (scripts), else a
// prompt without echo; progress of long commands on stderr.

#include "util/Result.h"

#include <QString>

namespace hc::cli {

// envName: e.g. HEALTHCODE_PASSWORD. Fails when the variable is unset and there is no terminal to ask.
Result<QString> readSecret(const char* envName, const QString& prompt, bool confirm = false);

// Progress on stderr, one line rewritten in place, at most once per percent. Never cancels.
struct ProgressPrinter
{
    QString last;
    int lastPercent = -1;
    bool operator()(const QString& phase, qint64 done, qint64 total);
    void end();
};

} // namespace hc::cli
