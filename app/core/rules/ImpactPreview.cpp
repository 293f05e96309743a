#include "ImpactPreview.h"

#include "Evaluator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace hc::rules {

Impact ImpactPreview::diff(const FactStore& facts, const Evaluation& before, const Evaluation& after, int sampleSize)
{
    QElapsedTimer timer;
    timer.start();
    Impact impact;
    impact.now = after.now;
    impact.versionBefore = before.ruleSetVersion;
    impact.versionAfter = after.ruleSetVersion;
    const int n = std::min({facts.personCount(), before.size(), after.size()});
    impact.people = n;
    std::vector<ColourMatrix> districts(static_cast<std::size_t>(facts.districtCount()));
    const QDate today = QDateTime::fromSecsSinceEpoch(after.now, QTimeZone::utc()).date();
    const qint32 todayKey = today.year() * 10000 + today.month() * 100 + today.day();
    // Reservoir sampling with a fixed seed: the same change previews the same sample.
    QRandomGenerator random(20220412u);
    qint64 seen = 0;
    std::vector<qint64> sample;
    sample.reserve(static_cast<std::size_t>(std::max(sampleSize, 0)));
    for (int p = 0; p < n; ++p) {
        const auto i = static_cast<std::size_t>(p);
        const quint8 from = before.colours[i];
        const quint8 to = after.colours[i];
        ++impact.overall.count[from][to];
        ++districts[static_cast<std::size_t>(facts.districtIndex(p))].count[from][to];
        const qint32 birth = facts.birthKey(p);
        const int band = Impact::ageBand(birth == 0 ? -1 : (todayKey - birth) / 10000);
        ++impact.byAgeBand[static_cast<std::size_t>(band)].count[from][to];
        if (from != to && sampleSize > 0) {
            ++seen;
            if (static_cast<int>(sample.size()) < sampleSize) {
                sample.push_back(facts.personId(p));
            } else {
                const auto slot = static_cast<qint64>(random.bounded(static_cast<quint64>(seen)));
                if (slot < sampleSize)
                    sample[static_cast<std::size_t>(slot)] = facts.personId(p);
            }
        }
    }
    for (int d = 0; d < facts.districtCount(); ++d) {
        const ColourMatrix& m = districts[static_cast<std::size_t>(d)];
        if (m.total() > 0)
            impact.byDistrict.insert(facts.districtIdAt(d), m);
    }
    std::sort(sample.begin(), sample.end());
    impact.sample = QList<qint64>(sample.begin(), sample.end());
    impact.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return impact;
}

Result<Impact> ImpactPreview::run(const FactStore& facts, const CompiledRules& before, const CompiledRules& after,
                                  qint64 now, const Progress& progress, int sampleSize)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 n = facts.personCount();
    Evaluator::Progress first;
    Evaluator::Progress second;
    if (progress) {
        first = [&](qint64 done, qint64) { return progress(done, 2 * n); };
        second = [&](qint64 done, qint64) { return progress(n + done, 2 * n); };
    }
    auto old = Evaluator::evaluateAll(facts, before, now, first);
    if (!old)
        return old.error();
    auto changed = Evaluator::evaluateAll(facts, after, now, second);
    if (!changed)
        return changed.error();
    Impact impact = diff(facts, old.value(), changed.value(), sampleSize);
    impact.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return impact;
}

} // namespace hc::rules
