#pragma once
// Walker's alias method: draws an index with probability proportional to its weight in constant time.

#include <cstdint>
#include <vector>

namespace hc::demo {

class Rng;

class AliasTable final
{
public:
    AliasTable() = default;
    // Weights must be >= 0 with a positive sum; an empty or all-zero list gives an empty table.
    explicit AliasTable(const std::vector<double>& weights);

    bool isEmpty() const { return m_alias.empty(); }
    std::uint32_t size() const { return static_cast<std::uint32_t>(m_alias.size()); }
    std::uint32_t sample(Rng& rng) const;

private:
    std::vector<std::uint64_t> m_threshold; // acceptance probability scaled to 2^53
    std::vector<std::uint32_t> m_alias;
};

} // namespace hc::demo
