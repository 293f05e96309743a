#pragma once
// Evaluates a compiled rule set over condensed facts: everyone at once (compact columns, with progress and
// cancel), or one person with the full explanation. Reads the store and the compiled rules only, so
// evaluations of an old and a new rule set may run side by side on one loaded store.
// Meaning: an event is "within W" when now - W <= its time <= now (tests count from sampling); "unless N
// negative tests D apart after it" / "Turns back after ..." drop an event once N negative tests sampled after
// it (each at least D after the previous) are known; a home district designated at the level is a stay until
// the designation ends; ages are completed years on now's UTC date. The colour is the most severe among the
// matching rules; the first matching rule of that colour in rule order is the one that decided it.

#include "CompiledRules.h"
#include "Evaluation.h"
#include "Explanation.h"
#include "FactStore.h"
#include "util/Result.h"

#include <functional>

namespace hc::rules {

class Evaluator final
{
public:
    // progress(done, total) is called every few tens of thousands of people; returning false cancels
    // (ErrorCode::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // now: Unix seconds (UTC); events after it are ignored, so a past moment can be replayed.
    static Result<Evaluation> evaluateAll(const FactStore& facts, const CompiledRules& rules, qint64 now,
                                          const Progress& progress = {});
    // One person (index in the store): colour, deciding rule, facts, since/until, turn-back.
    static Explanation explain(const FactStore& facts, const CompiledRules& rules, int personIndex, qint64 now);
};

} // namespace hc::rules
