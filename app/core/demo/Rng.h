#pragma once
// Deterministic pseudo-random numbers for synthetic data: xoshiro256** seeded through splitmix64, with its
// own integer and real distributions, so one seed gives the same data with every compiler and library.

#include <cstdint>

namespace hc::demo {

class Rng final
{
public:
    // stream separates the purposes of one seed: what one phase draws never shifts another's numbers.
    explicit Rng(std::uint64_t seed, std::uint64_t stream = 0);

    std::uint64_t next();
    // Uniform in [0, n); n must be > 0.
    std::uint64_t below(std::uint64_t n);
    // Uniform in [lo, hi], both included; lo <= hi.
    std::int64_t between(std::int64_t lo, std::int64_t hi);
    // Uniform in [0, 1) with 53 random bits.
    double uniform();
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    // Approximately standard normal (scaled Irwin-Hall sum of four uniforms): bounded at +-3.46, arithmetic only.
    double normal();

    // The splitmix64 step: advances state and returns its next output.
    static std::uint64_t splitmix64(std::uint64_t& state);
    // A bijective 64-bit mixer (the splitmix64 finaliser): distinct inputs give distinct outputs.
    static std::uint64_t mix(std::uint64_t x);

private:
    std::uint64_t m_s[4];
};

} // namespace hc::demo
