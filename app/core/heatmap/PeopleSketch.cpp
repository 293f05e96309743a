#include "PeopleSketch.h"

#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace hc::heatmap {

namespace {
constexpr int kRegisters = 1 << PeopleSketch::kPrecision;
constexpr int kQ = 64 - PeopleSketch::kPrecision; // bits left for the rank
constexpr char kExact = 'E';
constexpr char kSparse = 'S';
constexpr char kDense = 'D';

// Ertl, "New cardinality estimation algorithms for HyperLogLog sketches" (2017): sigma and tau correct
// the raw estimator at both ends of the range without empirical bias tables.
double sigma(double x)
{
    if (x == 1.0)
        return std::numeric_limits<double>::infinity();
    double y = 1.0;
    double z = x;
    for (;;) {
        x *= x;
        const double previous = z;
        z += x * y;
        y += y;
        if (z == previous)
            return z;
    }
}

double tau(double x)
{
    if (x == 0.0 || x == 1.0)
        return 0.0;
    double y = 1.0;
    double z = 1.0 - x;
    for (;;) {
        x = std::sqrt(x);
        const double previous = z;
        y *= 0.5;
        z -= (1.0 - x) * (1.0 - x) * y;
        if (z == previous)
            return z / 3.0;
    }
}
// Register-wise maximum: a branch-free loop the compiler vectorises (merging is most of a long window's cost).
void maxInto(std::uint8_t* into, const std::uint8_t* from)
{
    for (int i = 0; i < kRegisters; ++i)
        into[i] = std::max(into[i], from[i]);
}
} // namespace

void PeopleSketch::add(std::uint64_t hash)
{
    if (!m_registers.empty()) {
        addToRegisters(hash);
        return;
    }
    if (std::find(m_exact.begin(), m_exact.end(), hash) != m_exact.end())
        return;
    m_exact.push_back(hash);
    if (static_cast<int>(m_exact.size()) > kExactLimit)
        toRegisters();
}

void PeopleSketch::addToRegisters(std::uint64_t hash)
{
    const int index = static_cast<int>(hash >> kQ);
    const std::uint64_t rest = hash << PeopleSketch::kPrecision;
    // Rank: position of the first 1 bit among the remaining kQ bits, kQ + 1 when they are all zero.
    const int rank = rest == 0 ? kQ + 1 : std::min(std::countl_zero(rest) + 1, kQ + 1);
    mergeRegister(index, static_cast<std::uint8_t>(rank));
}

void PeopleSketch::mergeRegister(int index, std::uint8_t rank)
{
    std::uint8_t& r = m_registers[static_cast<std::size_t>(index)];
    if (rank > r)
        r = rank;
}

void PeopleSketch::toRegisters()
{
    if (!m_registers.empty())
        return;
    m_registers.assign(kRegisters, 0);
    for (const std::uint64_t h : m_exact)
        addToRegisters(h);
    m_exact.clear();
    m_exact.shrink_to_fit();
}

void PeopleSketch::harden()
{
    if (!isEmpty())
        toRegisters();
}

void PeopleSketch::merge(const PeopleSketch& other)
{
    if (other.m_registers.empty()) {
        for (const std::uint64_t h : other.m_exact)
            add(h);
        return;
    }
    toRegisters();
    maxInto(m_registers.data(), other.m_registers.data());
}

bool PeopleSketch::mergeBytes(QByteArrayView bytes)
{
    if (bytes.size() < 2 || bytes.at(1) != kPrecision)
        return false;
    const char kind = bytes.at(0);
    const auto* p = reinterpret_cast<const uchar*>(bytes.data()) + 2;
    const qsizetype n = bytes.size() - 2;
    if (kind == kExact) {
        if (n % 8 != 0)
            return false;
        for (qsizetype i = 0; i < n; i += 8)
            add(qFromLittleEndian<quint64>(p + i));
        return true;
    }
    if (kind == kSparse) {
        if (n % 3 != 0)
            return false;
        for (qsizetype i = 0; i < n; i += 3)
            if (qFromLittleEndian<quint16>(p + i) >= kRegisters)
                return false;
        toRegisters();
        for (qsizetype i = 0; i < n; i += 3)
            mergeRegister(qFromLittleEndian<quint16>(p + i), p[i + 2]);
        return true;
    }
    if (kind == kDense) {
        if (n != kRegisters)
            return false;
        toRegisters();
        maxInto(m_registers.data(), p);
        return true;
    }
    return false;
}

double PeopleSketch::estimate() const
{
    if (m_registers.empty())
        return static_cast<double>(m_exact.size());
    int histogram[kQ + 2] = {};
    for (const std::uint8_t r : m_registers)
        ++histogram[std::min<int>(r, kQ + 1)];
    const double m = kRegisters;
    double z = m * tau(1.0 - histogram[kQ + 1] / m);
    for (int k = kQ; k >= 1; --k)
        z = 0.5 * (z + histogram[k]);
    z += m * sigma(histogram[0] / m);
    constexpr double alphaInfinity = 0.721347520444481703680; // 1 / (2 ln 2)
    return alphaInfinity * m * m / z;
}

qint64 PeopleSketch::count() const
{
    return std::llround(estimate());
}

QByteArray PeopleSketch::toBytes() const
{
    QByteArray out;
    if (m_registers.empty()) {
        std::vector<std::uint64_t> sorted = m_exact;
        std::sort(sorted.begin(), sorted.end());
        out.resize(2 + static_cast<qsizetype>(sorted.size()) * 8);
        out[0] = kExact;
        out[1] = static_cast<char>(kPrecision);
        auto* p = reinterpret_cast<uchar*>(out.data()) + 2;
        for (std::size_t i = 0; i < sorted.size(); ++i)
            qToLittleEndian<quint64>(sorted[i], p + i * 8);
        return out;
    }
    const auto used = std::count_if(m_registers.begin(), m_registers.end(), [](std::uint8_t r) { return r != 0; });
    if (used * 3 < kRegisters) {
        out.resize(2 + static_cast<qsizetype>(used) * 3);
        out[0] = kSparse;
        out[1] = static_cast<char>(kPrecision);
        auto* p = reinterpret_cast<uchar*>(out.data()) + 2;
        for (int i = 0; i < kRegisters; ++i) {
            const std::uint8_t r = m_registers[static_cast<std::size_t>(i)];
            if (r == 0)
                continue;
            qToLittleEndian<quint16>(static_cast<quint16>(i), p);
            p[2] = r;
            p += 3;
        }
        return out;
    }
    out.resize(2 + kRegisters);
    out[0] = kDense;
    out[1] = static_cast<char>(kPrecision);
    std::copy(m_registers.begin(), m_registers.end(), reinterpret_cast<uchar*>(out.data()) + 2);
    return out;
}

std::optional<PeopleSketch> PeopleSketch::fromBytes(QByteArrayView bytes)
{
    PeopleSketch s;
    if (!s.mergeBytes(bytes))
        return std::nullopt;
    return s;
}

} // namespace hc::heatmap
