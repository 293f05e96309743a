#include "QrEncoder.h"

// How a symbol is built (ISO/IEC 18004):
//  1. The text as one segment: mode indicator, character count, data (alphanumeric: two characters in 11 bits,
//     a last odd one in 6; bytes: 8 bits each), terminator, zero bits to a byte boundary, pad bytes EC 11 ...
//     in the smallest version whose level-Q data capacity holds it.
//  2. The data codewords split into blocks (level Q table below), a Reed-Solomon remainder for each block over
//     GF(256) (x^8 + x^4 + x^3 + x^2 + 1), data and then error correction codewords interleaved block by block.
//  3. The bits placed in the two-column zigzag from the bottom right, around the function patterns (finders,
//     separators, timing, alignment, version information, dark module, format areas).
//  4. Each of the eight masks XORed onto the data modules with its format information; the lowest score wins.
//
// The penalty rules as scored here (JIS X0510:2004 8.8.2, read the way libqrencode reads it, so that both pick
// the same mask; TestQrEncoder checks that on many inputs):
//  N1  each row/column run of five or more modules of one colour: 3 + (length - 5);
//  N2  each 2x2 block of one colour (blocks overlap): 3;
//  N3  each dark-light-dark-light-dark run sequence in the ratio 1:1:3:1:1 (any module size n) with a light run
//      of at least 4n, or the edge of the symbol, on at least one side: 40 (once, even if both sides qualify);
//  N4  10 for each full 5 points the share of dark modules (in whole percent, rounded) is away from 50.
// Rows and columns are kept as 64-bit words (bit x = module x), so a rule is a few shifts, ANDs and popcounts
// per line: runs of five as the AND of five shifted copies, the 1:1:3:1:1 pattern at module size 1 as an AND of
// shifted copies and their complements; 2x2 blocks from two adjacent rows. Larger 1:1:3:1:1 patterns (module
// size m >= 2) need a dark run of 3m, so they are looked for only while the line has one.

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace hc::codes {
namespace {

using Word = std::uint64_t;
constexpr int kMaxWords = 3; // the widest symbol (version 40) has 177 modules
constexpr int kMaxSize = 177;

// Level Q: error correction codewords per block and number of blocks, by version.
constexpr std::array<int, 41> kEcPerBlock = {0,  13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24,
                                             20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30,
                                             30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30};
constexpr std::array<int, 41> kBlocks = {0,  1,  1,  2,  2,  4,  4,  6,  6,  8,  8,  8,  10, 12,
                                         16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34,
                                         35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68};
constexpr int kLevelQBits = 0b11; // level Q in the format information

// GF(256) exponentials (doubled, so a sum of two logarithms needs no reduction) and logarithms. Zero has the
// logarithm kZeroLog, past which exp holds zeros, so a product needs no test for zero.
constexpr int kZeroLog = 512;
struct Galois
{
    std::array<std::uint8_t, 2 * kZeroLog + 1> exp{}; // up to the sum of two zero logarithms
    std::array<int, 256> log{};
    constexpr Galois()
    {
        int x = 1;
        for (int i = 0; i < 255; ++i) {
            exp[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(x);
            log[static_cast<std::size_t>(x)] = i;
            x <<= 1;
            if (x & 0x100)
                x ^= 0x11d;
        }
        for (int i = 255; i < 510; ++i)
            exp[static_cast<std::size_t>(i)] = exp[static_cast<std::size_t>(i - 255)];
        log[0] = kZeroLog;
    }
    constexpr std::uint8_t mul(int a, int b) const
    {
        return (a == 0 || b == 0) ? 0
                                  : exp[static_cast<std::size_t>(log[static_cast<std::size_t>(a)] +
                                                                 log[static_cast<std::size_t>(b)])];
    }
};
constexpr Galois kGf;

int alphanumericValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'A' && c <= u'Z')
        return c - u'A' + 10;
    switch (c) {
    case u' ': return 36;
    case u'$': return 37;
    case u'%': return 38;
    case u'*': return 39;
    case u'+': return 40;
    case u'-': return 41;
    case u'.': return 42;
    case u'/': return 43;
    case u':': return 44;
    default: return -1;
    }
}

bool maskDarkens(int mask, int x, int y)
{
    switch (mask) {
    case 0: return (x + y) % 2 == 0;
    case 1: return y % 2 == 0;
    case 2: return x % 3 == 0;
    case 3: return (x + y) % 3 == 0;
    case 4: return (y / 2 + x / 3) % 2 == 0;
    case 5: return (x * y) % 2 + (x * y) % 3 == 0;
    case 6: return ((x * y) % 2 + (x * y) % 3) % 2 == 0;
    default: return ((x + y) % 2 + (x * y) % 3) % 2 == 0;
    }
}

// 15 bits of format information for level Q and a mask: BCH(15,5) with generator 0x537, XORed with 0x5412.
int formatBits(int mask)
{
    const int data = (kLevelQBits << 3) | mask;
    int rem = data;
    for (int i = 0; i < 10; ++i)
        rem = (rem << 1) ^ (((rem >> 9) & 1) ? 0x537 : 0);
    return ((data << 10) | (rem & 0x3ff)) ^ 0x5412;
}

// 18 bits of version information: BCH(18,6) with generator 0x1f25.
int versionBits(int version)
{
    int rem = version;
    for (int i = 0; i < 12; ++i)
        rem = (rem << 1) ^ (((rem >> 11) & 1) ? 0x1f25 : 0);
    return (version << 12) | (rem & 0xfff);
}

std::vector<int> alignmentCentres(int version)
{
    if (version == 1)
        return {};
    const int count = version / 7 + 2;
    const int size = 17 + 4 * version;
    // Evenly spaced from the last (size - 7) back towards 6, an even step; version 32 is the table's exception.
    const int step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
    std::vector<int> centres(static_cast<std::size_t>(count));
    centres[0] = 6;
    for (int i = count - 1, c = size - 7; i >= 1; --i, c -= step)
        centres[static_cast<std::size_t>(i)] = c;
    return centres;
}

void setBit(Word* line, int i)
{
    line[i / 64] |= Word{1} << (i % 64);
}

// Everything about a version that does not depend on the text, built once per version.
struct Layout
{
    int version = 0;
    int size = 0;
    int dataCodewords = 0;
    int totalCodewords = 0;
    int ecPerBlock = 0;
    int blocks = 0;
    int shortBlocks = 0; // blocks with shortData data codewords; the others have one more
    int shortData = 0;
    std::vector<int> generatorLog; // Reed-Solomon divisor: logarithms of the coefficients below the leading 1
    std::vector<Word> rows;                   // function patterns, as rows (format areas light)
    std::vector<std::uint16_t> order;         // (y << 8 | x) of each data module in placement order
    std::array<std::vector<Word>, 8> maskRows; // per mask: the mask on data modules, with its format information
    std::array<std::vector<Word>, 8> maskCols;
};

std::unique_ptr<Layout> buildLayout(int version)
{
    auto l = std::make_unique<Layout>();
    l->version = version;
    const int size = 17 + 4 * version;
    l->size = size;
    std::vector<char> function(static_cast<std::size_t>(size * size), 0);
    std::vector<char> dark(function.size(), 0);
    auto put = [&](int x, int y, bool isDark) {
        if (x < 0 || y < 0 || x >= size || y >= size)
            return;
        function[static_cast<std::size_t>(y * size + x)] = 1;
        dark[static_cast<std::size_t>(y * size + x)] = isDark ? 1 : 0;
    };
    // Finder patterns with their separators.
    for (const auto& [fx, fy] : {std::pair{0, 0}, std::pair{size - 7, 0}, std::pair{0, size - 7}}) {
        for (int dy = -1; dy <= 7; ++dy)
            for (int dx = -1; dx <= 7; ++dx) {
                const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
                put(fx + dx, fy + dy, ring <= 3 && ring != 2);
            }
    }
    // Alignment patterns, except where they would overlap a finder.
    const std::vector<int> centres = alignmentCentres(version);
    const int last = static_cast<int>(centres.size()) - 1;
    for (int i = 0; i <= last; ++i)
        for (int j = 0; j <= last; ++j) {
            if ((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0))
                continue;
            const int cx = centres[static_cast<std::size_t>(i)];
            const int cy = centres[static_cast<std::size_t>(j)];
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx)
                    put(cx + dx, cy + dy, std::max(std::abs(dx), std::abs(dy)) != 1);
        }
    // Timing patterns.
    for (int i = 8; i < size - 8; ++i) {
        put(i, 6, i % 2 == 0);
        put(6, i, i % 2 == 0);
    }
    // Format areas (filled per mask below) and the dark module.
    for (int i = 0; i <= 8; ++i) {
        if (i != 6) {
            put(8, i, false);
            put(i, 8, false);
        }
    }
    for (int i = 0; i < 8; ++i) {
        put(size - 1 - i, 8, false);
        put(8, size - 1 - i, false);
    }
    put(8, size - 8, true);
    if (version >= 7) {
        const int bits = versionBits(version);
        for (int i = 0; i < 18; ++i) {
            const bool on = (bits >> i) & 1;
            put(size - 11 + i % 3, i / 3, on);
            put(i / 3, size - 11 + i % 3, on);
        }
    }

    l->rows.assign(static_cast<std::size_t>(size * kMaxWords), 0);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (dark[static_cast<std::size_t>(y * size + x)])
                setBit(&l->rows[static_cast<std::size_t>(y * kMaxWords)], x);

    // Data modules in placement order: column pairs from the right, upwards then downwards, skipping column 6.
    for (int right = size - 1; right >= 1; right -= 2) {
        if (right == 6)
            right = 5;
        const bool upwards = ((right + 1) & 2) == 0;
        for (int step = 0; step < size; ++step) {
            const int y = upwards ? size - 1 - step : step;
            for (int x = right; x >= right - 1; --x)
                if (!function[static_cast<std::size_t>(y * size + x)])
                    l->order.push_back(static_cast<std::uint16_t>((y << 8) | x));
        }
    }
    l->totalCodewords = static_cast<int>(l->order.size()) / 8; // the rest are remainder bits, left light
    l->ecPerBlock = kEcPerBlock[static_cast<std::size_t>(version)];
    l->blocks = kBlocks[static_cast<std::size_t>(version)];
    l->dataCodewords = l->totalCodewords - l->ecPerBlock * l->blocks;
    l->shortBlocks = l->blocks - l->totalCodewords % l->blocks;
    l->shortData = l->totalCodewords / l->blocks - l->ecPerBlock;

    // Generator polynomial: the product of (x + a^i) for i below the number of error correction codewords.
    std::vector<std::uint8_t> g{1};
    for (int i = 0; i < l->ecPerBlock; ++i) {
        std::vector<std::uint8_t> next(g.size() + 1, 0);
        const int root = kGf.exp[static_cast<std::size_t>(i)];
        for (std::size_t j = 0; j < g.size(); ++j) {
            next[j] ^= g[j];
            next[j + 1] ^= kGf.mul(g[j], root);
        }
        g = std::move(next);
    }
    for (std::size_t j = 1; j < g.size(); ++j)
        l->generatorLog.push_back(kGf.log[g[j]]);

    for (int mask = 0; mask < 8; ++mask) {
        auto& mr = l->maskRows[static_cast<std::size_t>(mask)];
        auto& mc = l->maskCols[static_cast<std::size_t>(mask)];
        mr.assign(l->rows.size(), 0);
        mc.assign(l->rows.size(), 0);
        auto on = [&](int x, int y) {
            setBit(&mr[static_cast<std::size_t>(y * kMaxWords)], x);
            setBit(&mc[static_cast<std::size_t>(x * kMaxWords)], y);
        };
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                if (!function[static_cast<std::size_t>(y * size + x)] && maskDarkens(mask, x, y))
                    on(x, y);
        const int format = formatBits(mask);
        for (int i = 0; i < 15; ++i) {
            if (!((format >> i) & 1))
                continue;
            // First copy around the top-left finder, second split between the other two.
            if (i < 6)
                on(8, i);
            else if (i < 8)
                on(8, i + 1);
            else if (i == 8)
                on(7, 8);
            else
                on(14 - i, 8);
            if (i < 8)
                on(size - 1 - i, 8);
            else
                on(8, size - 15 + i);
        }
    }
    return l;
}

const Layout& layoutFor(int version)
{
    static std::array<std::once_flag, 41> once;
    static std::array<std::unique_ptr<Layout>, 41> layouts;
    std::call_once(once[static_cast<std::size_t>(version)],
                   [version] { layouts[static_cast<std::size_t>(version)] = buildLayout(version); });
    return *layouts[static_cast<std::size_t>(version)];
}

// Without -mpopcnt (Debian's amd64 baseline) std::popcount is a library call; this is inlined.
inline int popcount(Word v)
{
    v = v - ((v >> 1) & 0x5555555555555555ULL);
    v = (v & 0x3333333333333333ULL) + ((v >> 2) & 0x3333333333333333ULL);
    v = (v + (v >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return static_cast<int>((v * 0x0101010101010101ULL) >> 56);
}

// A row or column of up to 64 * W modules.
template <int W>
struct Bits
{
    std::array<Word, W> w{};

    static Bits load(const Word* a, const Word* b)
    {
        Bits r;
        for (int i = 0; i < W; ++i)
            r.w[i] = a[i] ^ b[i];
        return r;
    }
    Bits operator&(const Bits& o) const
    {
        Bits r;
        for (int i = 0; i < W; ++i)
            r.w[i] = w[i] & o.w[i];
        return r;
    }
    Bits operator|(const Bits& o) const
    {
        Bits r;
        for (int i = 0; i < W; ++i)
            r.w[i] = w[i] | o.w[i];
        return r;
    }
    Bits operator^(const Bits& o) const
    {
        Bits r;
        for (int i = 0; i < W; ++i)
            r.w[i] = w[i] ^ o.w[i];
        return r;
    }
    Bits operator~() const
    {
        Bits r;
        for (int i = 0; i < W; ++i)
            r.w[i] = ~w[i];
        return r;
    }
    // Bit i of the result is bit i + k (modules further along; zeros come in past the end).
    Bits ahead(int k) const
    {
        Bits r;
        const int q = k / 64;
        const int s = k % 64;
        for (int i = 0; i + q < W; ++i) {
            r.w[i] = w[i + q] >> s;
            if (s != 0 && i + q + 1 < W)
                r.w[i] |= w[i + q + 1] << (64 - s);
        }
        return r;
    }
    // Bit i of the result is bit i - k (modules before; zeros come in before the start).
    Bits behind(int k) const
    {
        Bits r;
        const int q = k / 64;
        const int s = k % 64;
        for (int i = W - 1; i >= q; --i) {
            r.w[i] = w[i - q] << s;
            if (s != 0 && i - q - 1 >= 0)
                r.w[i] |= w[i - q - 1] >> (64 - s);
        }
        return r;
    }
    int count() const
    {
        int n = 0;
        for (int i = 0; i < W; ++i)
            n += popcount(w[i]);
        return n;
    }
    bool any() const
    {
        Word a = 0;
        for (int i = 0; i < W; ++i)
            a |= w[i];
        return a != 0;
    }
};

constexpr int kN1 = 3;
constexpr int kN2 = 3;
constexpr int kN3 = 40;
constexpr int kN4 = 10;

// N3 for the 1:1:3:1:1 patterns of module size m in a line (d: dark modules): the runs exactly m, m, 3m, m, m
// (light or the edge just before and after), with all light (or the edge) for 4m modules on a side.
template <int W>
int finderLikePatterns(const Bits<W>& d, int m)
{
    static constexpr bool kDark[7] = {true, false, true, true, true, false, true};
    Bits<W> core = d;
    for (int k = 1; k < 7 * m && core.any(); ++k)
        core = core & (kDark[k / m] ? d.ahead(k) : ~d.ahead(k));
    if (!core.any())
        return 0;
    const Bits<W> before1 = d.behind(1);
    const Bits<W> after1 = d.ahead(7 * m);
    Bits<W> before = before1;
    Bits<W> after = after1;
    for (int k = 2; k <= 4 * m; ++k)
        before = before | d.behind(k);
    for (int k = 7 * m + 1; k < 11 * m; ++k)
        after = after | d.ahead(k);
    return kN3 * (core & ~before1 & ~after1 & (~before | ~after)).count();
}

// N1 and N3 of one line (d: dark modules; all: the modules of the line).
template <int W>
int lineScore(const Bits<W>& d, const Bits<W>& all, int size)
{
    const Bits<W> l = ~d & all;
    const Bits<W> d1 = d.ahead(1), d2 = d.ahead(2), d3 = d.ahead(3), d4 = d.ahead(4);
    const Bits<W> d5 = d.ahead(5), d6 = d.ahead(6);
    const Bits<W> darkFive = d & d1 & d2 & d3 & d4;
    const Bits<W> five = darkFive | (l & l.ahead(1) & l.ahead(2) & l.ahead(3) & l.ahead(4));
    // A run of length L >= 5 starts L - 4 windows of five: 3 + (L - 5) = windows + 2 per run.
    int score = five.count() + (kN1 - 1) * (five & ~five.behind(1)).count();
    const Bits<W> core = d & ~d1 & d2 & d3 & d4 & ~d5 & d6; // dark, light, 3 dark, light, dark from here
    if (core.any()) {
        // Outside the symbol is light: zeros shifted in.
        const Bits<W> before1 = d.behind(1);
        const Bits<W> before4 = before1 | d.behind(2) | d.behind(3) | d.behind(4);
        const Bits<W> after1 = d.ahead(7);
        const Bits<W> after4 = after1 | d.ahead(8) | d.ahead(9) | d.ahead(10);
        score += kN3 * (core & ((~before4 & ~after1) | (~before1 & ~after4))).count();
    }
    // Larger patterns need a dark run of 3m: only while the line has one.
    Bits<W> run = darkFive & d5;
    for (int m = 2; 7 * m <= size && run.any(); ++m) {
        score += finderLikePatterns<W>(d, m);
        run = run & d.ahead(3 * m) & d.ahead(3 * m + 1) & d.ahead(3 * m + 2);
    }
    return score;
}

template <int W>
int scoreMasked(const Word* rows, const Word* maskRows, const Word* cols, const Word* maskCols, int size)
{
    Bits<W> all;
    for (int i = 0; i < size; ++i)
        setBit(all.w.data(), i);
    int score = 0;
    int dark = 0;
    Bits<W> previous;
    for (int y = 0; y < size; ++y) {
        const Bits<W> d = Bits<W>::load(rows + y * kMaxWords, maskRows + y * kMaxWords);
        score += lineScore<W>(d, all, size);
        dark += d.count();
        if (y > 0) {
            // 2x2 blocks: the two rows agree at x and x + 1, and the row agrees with itself from x to x + 1.
            const Bits<W> same = ~(d ^ previous) & all;
            score += kN2 * (same & same.ahead(1) & ~(d ^ d.ahead(1)) & all.ahead(1)).count();
        }
        previous = d;
    }
    for (int x = 0; x < size; ++x) {
        const Bits<W> d = Bits<W>::load(cols + x * kMaxWords, maskCols + x * kMaxWords);
        score += lineScore<W>(d, all, size);
    }
    const int total = size * size;
    const int percent = (200 * dark + total) / total / 2; // rounded
    score += std::abs(percent - 50) / 5 * kN4;
    return score;
}

int score(const Word* rows, const Word* maskRows, const Word* cols, const Word* maskCols, int size)
{
    switch ((size + 63) / 64) {
    case 1: return scoreMasked<1>(rows, maskRows, cols, maskCols, size);
    case 2: return scoreMasked<2>(rows, maskRows, cols, maskCols, size);
    default: return scoreMasked<3>(rows, maskRows, cols, maskCols, size);
    }
}

// Bit x of word y (of block row/column by 64) becomes bit y of word x: the 64x64 transpose by halves (swap the
// off-diagonal 32x32 blocks, then 16x16 within each, ... down to single bits), per 64x64 block.
void transpose(const Word* rows, Word* cols, int size)
{
    const int words = (size + 63) / 64;
    std::array<Word, 64> a{};
    for (int bi = 0; bi < words; ++bi)
        for (int bj = 0; bj < words; ++bj) {
            for (int r = 0; r < 64; ++r) {
                const int y = 64 * bi + r;
                a[static_cast<std::size_t>(r)] = y < size ? rows[y * kMaxWords + bj] : 0;
            }
            Word m = 0x00000000ffffffffULL;
            for (int j = 32; j != 0; j >>= 1, m ^= m << j)
                for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
                    const auto lo = static_cast<std::size_t>(k);
                    const auto hi = static_cast<std::size_t>(k | j);
                    const Word t = ((a[lo] >> j) ^ a[hi]) & m;
                    a[lo] ^= t << j;
                    a[hi] ^= t;
                }
            for (int r = 0; r < 64; ++r) {
                const int x = 64 * bj + r;
                if (x < size)
                    cols[x * kMaxWords + bi] = a[static_cast<std::size_t>(r)];
            }
        }
}

// Byte b as eight bytes of 0 or 1, bit 0 first in memory.
static_assert(std::endian::native == std::endian::little, "kSpread is laid out for little-endian memory");
constexpr std::array<std::uint64_t, 256> kSpread = [] {
    std::array<std::uint64_t, 256> t{};
    for (int b = 0; b < 256; ++b)
        for (int i = 0; i < 8; ++i)
            if ((b >> i) & 1)
                t[static_cast<std::size_t>(b)] |= std::uint64_t{1} << (8 * i);
    return t;
}();

// Appends bits most significant first.
class BitWriter
{
public:
    explicit BitWriter(std::vector<std::uint8_t>& bytes) : m_bytes(bytes) {}
    void put(unsigned value, int bits)
    {
        for (int i = bits - 1; i >= 0; --i) {
            if ((value >> i) & 1)
                m_bytes[static_cast<std::size_t>(m_length / 8)] |= static_cast<std::uint8_t>(0x80 >> (m_length % 8));
            ++m_length;
        }
    }
    int length() const { return m_length; }

private:
    std::vector<std::uint8_t>& m_bytes;
    int m_length = 0;
};

} // namespace

Result<QrMatrix> QrEncoder::encode(const QString& text)
{
    return encode(text, 1, -1);
}

Result<QrMatrix> QrEncoder::encode(const QString& text, int minVersion, int mask)
{
    bool alphanumeric = true;
    for (const QChar c : text)
        if (alphanumericValue(c.unicode()) < 0) {
            alphanumeric = false;
            break;
        }
    const QByteArray bytes = alphanumeric ? QByteArray() : text.toUtf8();
    const int count = alphanumeric ? static_cast<int>(text.size()) : static_cast<int>(bytes.size());
    const int payloadBits = alphanumeric ? count / 2 * 11 + count % 2 * 6 : count * 8;

    const Layout* layout = nullptr;
    int countBits = 0;
    for (int v = std::clamp(minVersion, 1, 40); v <= 40 && !layout; ++v) {
        countBits = alphanumeric ? (v <= 9 ? 9 : v <= 26 ? 11 : 13) : (v <= 9 ? 8 : 16);
        const Layout& candidate = layoutFor(v);
        if (count < (1 << countBits) && 4 + countBits + payloadBits <= candidate.dataCodewords * 8)
            layout = &candidate;
    }
    if (!layout)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hc::codes::QrEncoder",
                                                     "The text (%1 characters) does not fit in a QR code at error "
                                                     "correction level Q.")
                             .arg(text.size()));

    // 1. Data codewords.
    const int capacity = layout->dataCodewords * 8;
    std::vector<std::uint8_t> data(static_cast<std::size_t>(layout->dataCodewords), 0);
    BitWriter w(data);
    w.put(alphanumeric ? 0b0010 : 0b0100, 4);
    w.put(static_cast<unsigned>(count), countBits);
    if (alphanumeric) {
        int i = 0;
        for (; i + 1 < count; i += 2)
            w.put(static_cast<unsigned>(alphanumericValue(text.at(i).unicode()) * 45 +
                                        alphanumericValue(text.at(i + 1).unicode())),
                  11);
        if (i < count)
            w.put(static_cast<unsigned>(alphanumericValue(text.at(i).unicode())), 6);
    } else {
        for (const char b : bytes)
            w.put(static_cast<std::uint8_t>(b), 8);
    }
    w.put(0, std::min(4, capacity - w.length())); // terminator
    w.put(0, (8 - w.length() % 8) % 8);
    for (int pad = 0; w.length() < capacity; pad ^= 1)
        w.put(pad ? 0x11 : 0xec, 8);

    // 2. Error correction per block, interleaved.
    const int ec = layout->ecPerBlock;
    std::vector<std::uint8_t> ecc(static_cast<std::size_t>(layout->blocks * ec), 0);
    std::vector<int> blockStart(static_cast<std::size_t>(layout->blocks + 1), 0);
    for (int b = 0; b < layout->blocks; ++b) {
        const int length = layout->shortData + (b < layout->shortBlocks ? 0 : 1);
        blockStart[static_cast<std::size_t>(b + 1)] = blockStart[static_cast<std::size_t>(b)] + length;
        std::uint8_t* rem = ecc.data() + b * ec;
        for (int i = 0; i < length; ++i) {
            const int factor = data[static_cast<std::size_t>(blockStart[static_cast<std::size_t>(b)] + i)] ^ rem[0];
            std::copy(rem + 1, rem + ec, rem);
            rem[ec - 1] = 0;
            const int logFactor = kGf.log[static_cast<std::size_t>(factor)];
            for (int j = 0; j < ec; ++j)
                rem[j] ^= kGf.exp[static_cast<std::size_t>(layout->generatorLog[static_cast<std::size_t>(j)] +
                                                           logFactor)];
        }
    }
    std::vector<std::uint8_t> codewords;
    codewords.reserve(static_cast<std::size_t>(layout->totalCodewords));
    for (int i = 0; i <= layout->shortData; ++i)
        for (int b = 0; b < layout->blocks; ++b)
            if (i < layout->shortData || b >= layout->shortBlocks)
                codewords.push_back(data[static_cast<std::size_t>(blockStart[static_cast<std::size_t>(b)] + i)]);
    for (int i = 0; i < ec; ++i)
        for (int b = 0; b < layout->blocks; ++b)
            codewords.push_back(ecc[static_cast<std::size_t>(b * ec + i)]);

    // 3. Placement: into the rows (each word is written twice in a row at most, so these read-modify-writes do not
    // wait on each other the way a column's would), the columns by transposing them.
    const int size = layout->size;
    std::vector<Word> rows = layout->rows;
    for (int i = 0; i < layout->totalCodewords * 8; ++i) {
        // Without a branch: half the bits are set, in no predictable order.
        const Word bit = (codewords[static_cast<std::size_t>(i / 8)] >> (7 - i % 8)) & 1;
        const int at = layout->order[static_cast<std::size_t>(i)];
        const int x = at & 0xff;
        rows[static_cast<std::size_t>((at >> 8) * kMaxWords + x / 64)] |= bit << (x % 64);
    }
    std::vector<Word> cols(rows.size(), 0);
    transpose(rows.data(), cols.data(), size);

    // 4. Mask.
    int best = std::clamp(mask, 0, 7);
    if (mask < 0) {
        int lowest = 0;
        for (int m = 0; m < 8; ++m) {
            const int s = score(rows.data(), layout->maskRows[static_cast<std::size_t>(m)].data(), cols.data(),
                                layout->maskCols[static_cast<std::size_t>(m)].data(), size);
            if (m == 0 || s < lowest) {
                lowest = s;
                best = m;
            }
        }
    }
    const std::vector<Word>& chosen = layout->maskRows[static_cast<std::size_t>(best)];
    QrMatrix m;
    m.size = size;
    m.version = layout->version;
    m.mask = best;
    m.modules.resize(static_cast<qsizetype>(size) * size);
    bool* out = m.modules.data();
    for (int y = 0; y < size; ++y) {
        const Word* r = &rows[static_cast<std::size_t>(y * kMaxWords)];
        const Word* k = &chosen[static_cast<std::size_t>(y * kMaxWords)];
        for (int x = 0; x < size; x += 8) {
            // Eight modules at a time: a byte of the row as eight bools (0 or 1).
            const auto bits = static_cast<std::uint8_t>((r[x / 64] ^ k[x / 64]) >> (x % 64));
            const std::uint64_t spread = kSpread[bits];
            std::memcpy(out + x, &spread, static_cast<std::size_t>(std::min(8, size - x)));
        }
        out += size;
    }
    return m;
}

int QrEncoder::penalty(const QrMatrix& matrix)
{
    const int size = matrix.size;
    if (size <= 0 || size > kMaxSize)
        return 0;
    std::vector<Word> rows(static_cast<std::size_t>(size * kMaxWords), 0);
    std::vector<Word> cols(rows.size(), 0);
    const std::vector<Word> none(rows.size(), 0);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            if (matrix.dark(x, y)) {
                setBit(&rows[static_cast<std::size_t>(y * kMaxWords)], x);
                setBit(&cols[static_cast<std::size_t>(x * kMaxWords)], y);
            }
    return score(rows.data(), none.data(), cols.data(), none.data(), size);
}

QImage QrEncoder::toImage(const QrMatrix& matrix, int modulePixels, int quietZone)
{
    const int side = (matrix.size + 2 * quietZone) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.size; ++y) {
        for (int row = 0; row < modulePixels; ++row) {
            uchar* line = image.scanLine((y + quietZone) * modulePixels + row);
            for (int x = 0; x < matrix.size; ++x) {
                if (matrix.dark(x, y))
                    std::fill_n(line + (x + quietZone) * modulePixels, modulePixels, static_cast<uchar>(0));
            }
        }
    }
    return image;
}

} // namespace hc::codes
