#pragma once
// Distinct people in a rollup bucket, mergeable across buckets: the exact set of person hashes while it
// is small (so counts near the suppression threshold are exact), then a HyperLogLog sketch with 2^10
// registers (standard error about 3.3 %), stored sparse until dense is smaller. Merging is set union.

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>
#include <vector>

namespace hc::heatmap {

class PeopleSketch final
{
public:
    static constexpr int kPrecision = 10;  // 2^10 registers
    static constexpr int kExactLimit = 64; // hashes kept exactly up to this many

    // A 64-bit person hash (see Rollups::personHash).
    void add(std::uint64_t hash);
    void merge(const PeopleSketch& other);
    // Merges a serialised sketch; false (nothing merged) when the bytes are not a sketch.
    bool mergeBytes(QByteArrayView bytes);

    bool isEmpty() const { return m_registers.empty() && m_exact.empty(); }
    bool isExact() const { return m_registers.empty(); }
    // Exact while exact; otherwise Ertl's improved HyperLogLog estimator.
    double estimate() const;
    qint64 count() const;

    // Turns an exact set into registers (used when raw scans are purged: no per-person hashes stay behind).
    void harden();

    QByteArray toBytes() const;
    static std::optional<PeopleSketch> fromBytes(QByteArrayView bytes);
    // The kind byte of serialised bytes: 'E' exact, 'S' sparse, 'D' dense.
    static char kindOf(QByteArrayView bytes) { return bytes.isEmpty() ? '\0' : bytes.at(0); }

private:
    void toRegisters();
    void addToRegisters(std::uint64_t hash);
    void mergeRegister(int index, std::uint8_t rank);

    std::vector<std::uint64_t> m_exact;    // unsorted, unique; empty once registers are used
    std::vector<std::uint8_t> m_registers; // 2^kPrecision ranks, or empty while exact
};

} // namespace hc::heatmap
