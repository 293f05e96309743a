#include "AliasTable.h"

#include "Rng.h"

namespace hc::demo {

AliasTable::AliasTable(const std::vector<double>& weights)
{
    const std::size_t n = weights.size();
    double sum = 0;
    for (double w : weights)
        sum += w > 0 ? w : 0;
    if (n == 0 || !(sum > 0))
        return;
    // Vose's construction; plain arithmetic and a fixed order, so the table is the same everywhere.
    std::vector<double> p(n);
    std::vector<std::uint32_t> small;
    std::vector<std::uint32_t> large;
    for (std::size_t i = 0; i < n; ++i) {
        p[i] = (weights[i] > 0 ? weights[i] : 0) * static_cast<double>(n) / sum;
        (p[i] < 1.0 ? small : large).push_back(static_cast<std::uint32_t>(i));
    }
    m_threshold.assign(n, 0);
    m_alias.assign(n, 0);
    constexpr double kScale = 9007199254740992.0; // 2^53
    while (!small.empty() && !large.empty()) {
        const std::uint32_t s = small.back();
        small.pop_back();
        const std::uint32_t l = large.back();
        m_threshold[s] = static_cast<std::uint64_t>(p[s] * kScale);
        m_alias[s] = l;
        p[l] = (p[l] + p[s]) - 1.0;
        if (p[l] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    for (std::uint32_t i : large) {
        m_threshold[i] = 1ULL << 53;
        m_alias[i] = i;
    }
    // Left over only through rounding: their probability is 1.
    for (std::uint32_t i : small) {
        m_threshold[i] = 1ULL << 53;
        m_alias[i] = i;
    }
}

std::uint32_t AliasTable::sample(Rng& rng) const
{
    const auto i = static_cast<std::uint32_t>(rng.below(m_alias.size()));
    return (rng.next() >> 11) < m_threshold[i] ? i : m_alias[i];
}

} // namespace hc::demo
