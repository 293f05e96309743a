#pragma once
// The dry run before publishing a rule change: evaluates the current and the proposed compiled rule sets on
// one loaded FactStore and tallies who would change colour (Impact). Runs off the GUI thread with progress
// and cancel; needs no database once the facts are loaded.

#include "CompiledRules.h"
#include "Evaluation.h"
#include "FactStore.h"
#include "Impact.h"
#include "util/Result.h"

#include <functional>

namespace hc::rules {

class ImpactPreview final
{
public:
    // progress(done, total) over both evaluations; returning false cancels (ErrorCode::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Compares two evaluations of the same store (same people in the same order).
    static Impact diff(const FactStore& facts, const Evaluation& before, const Evaluation& after, int sampleSize = 100);
    static Result<Impact> run(const FactStore& facts, const CompiledRules& before, const CompiledRules& after,
                              qint64 now, const Progress& progress = {}, int sampleSize = 100);
};

} // namespace hc::rules
