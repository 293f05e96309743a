// Our QR encoder (codes/QrEncoder) against two independent implementations:
//  - libqrencode encodes the same data (one alphanumeric segment, level Q, the same version): the symbols must be
//    identical module for module, which checks data bits, Reed-Solomon blocks, interleaving, placement, function
//    patterns, version and format information and the choice of mask;
//  - zxing-cpp reads every symbol (all versions 1-40, all eight masks for some) back to the same text;
// and the bit-parallel penalty score against a plain module-by-module count of the same rules.

#include "codes/QrDecoder.h"
#include "codes/QrEncoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <qrencode.h>

#include <memory>

using namespace hc;
using codes::QrEncoder;
using codes::QrMatrix;

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");

// Alphanumeric capacity at level Q by version (ISO/IEC 18004 table 7), for choosing lengths near the edges.
const int kCapacityQ[41] = {0,   16,  29,  47,  67,  87,  108, 125, 157, 189,  221,  259,  296,  352,
                            376, 426, 470, 531, 574, 644, 702, 742, 823, 890,  963,  1041, 1094, 1172,
                            1263, 1322, 1429, 1499, 1618, 1700, 1787, 1867, 1966, 2071, 2181, 2298, 2420};

QString randomText(QRandomGenerator& random, int length)
{
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s.append(kAlphabet.at(static_cast<qsizetype>(random.bounded(kAlphabet.size()))));
    return s;
}

struct LibQrencodeSymbol
{
    int version = 0;
    QrMatrix matrix;
};

// libqrencode's symbol for text as one alphanumeric segment at level Q in at least version minVersion.
LibQrencodeSymbol libqrencode(const QString& text, int minVersion)
{
    LibQrencodeSymbol out;
    std::unique_ptr<QRinput, decltype(&QRinput_free)> input(QRinput_new2(minVersion, QR_ECLEVEL_Q), &QRinput_free);
    const QByteArray data = text.toLatin1();
    if (!input ||
        QRinput_append(input.get(), QR_MODE_AN, static_cast<int>(data.size()),
                       reinterpret_cast<const unsigned char*>(data.constData())) != 0)
        return out;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeInput(input.get()), &QRcode_free);
    if (!code)
        return out;
    out.version = code->version;
    out.matrix.size = code->width;
    out.matrix.version = code->version;
    out.matrix.modules.resize(static_cast<qsizetype>(code->width) * code->width);
    for (qsizetype i = 0; i < out.matrix.modules.size(); ++i)
        out.matrix.modules[i] = (code->data[i] & 1) != 0;
    return out;
}

// The mask a symbol says it uses: format information bits 10-12 (first copy), after removing the XOR pattern.
int formatMask(const QrMatrix& m)
{
    int bits = 0;
    for (int i = 0; i < 15; ++i) {
        bool on = false;
        if (i < 6)
            on = m.dark(8, i);
        else if (i < 8)
            on = m.dark(8, i + 1);
        else if (i == 8)
            on = m.dark(7, 8);
        else
            on = m.dark(14 - i, 8);
        bits |= (on ? 1 : 0) << i;
    }
    bits ^= 0x5412;
    return (bits >> 10) & 7;
}

// The penalty rules counted the plain way, module by module (see QrEncoder.cpp for their wording).
int slowPenalty(const QrMatrix& m)
{
    const int n = m.size;
    int score = 0;
    auto line = [&](auto at) {
        // runs: index 0 is light (possibly empty), then alternating
        QList<int> runs;
        bool colour = false;
        int length = 0;
        for (int i = 0; i < n; ++i) {
            if (at(i) == colour) {
                ++length;
            } else {
                runs.append(length);
                colour = !colour;
                length = 1;
            }
        }
        runs.append(length);
        for (int r : runs)
            if (r >= 5)
                score += 3 + (r - 5);
        for (int i = 3; i + 2 < runs.size(); i += 2) {
            if (runs[i] % 3 != 0 || runs[i] == 0)
                continue;
            const int u = runs[i] / 3;
            if (runs[i - 2] != u || runs[i - 1] != u || runs[i + 1] != u || runs[i + 2] != u)
                continue;
            const bool before = i == 3 || runs[i - 3] >= 4 * u;
            const bool after = i + 3 >= runs.size() - 1 || runs[i + 3] >= 4 * u;
            if (before || after)
                score += 40;
        }
    };
    for (int y = 0; y < n; ++y)
        line([&](int x) { return m.dark(x, y); });
    for (int x = 0; x < n; ++x)
        line([&](int y) { return m.dark(x, y); });
    for (int y = 0; y + 1 < n; ++y)
        for (int x = 0; x + 1 < n; ++x) {
            const bool c = m.dark(x, y);
            if (m.dark(x + 1, y) == c && m.dark(x, y + 1) == c && m.dark(x + 1, y + 1) == c)
                score += 3;
        }
    int dark = 0;
    for (bool b : m.modules)
        dark += b ? 1 : 0;
    const double percent = 100.0 * dark / (n * n);
    score += std::abs(qRound(percent) - 50) / 5 * 10;
    return score;
}

QStringList vectorTokens()
{
    QFile f(qEnvironmentVariable("HC_TEST_DATA") + QStringLiteral("/codes/vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList tokens;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    for (const QString& key : root.keys()) {
        const QJsonValue v = root.value(key);
        const QJsonArray items = v.isArray() ? v.toArray() : QJsonArray();
        for (const QJsonValue& item : items) {
            const QString token = item.toObject().value(QStringLiteral("token")).toString();
            if (!token.isEmpty() && token.size() < 1600)
                tokens.append(token);
        }
    }
    return tokens;
}

} // namespace

class TestQrEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Texts of many lengths (every version's capacity edge and random lengths), each in its smallest version and
    // in a few larger ones: the same symbol as libqrencode's, mask included.
    void sameSymbolAsLibqrencode()
    {
        QRandomGenerator random(20261127);
        QList<QPair<QString, int>> cases; // text, minimum version
        for (int v = 1; v <= 40; ++v) {
            for (int length : {kCapacityQ[v], kCapacityQ[v - 1] + 1, kCapacityQ[v - 1] + 1 +
                                                                       static_cast<int>(random.bounded(
                                                                           kCapacityQ[v] - kCapacityQ[v - 1]))})
                cases.append({randomText(random, std::max(1, length)), 1});
            cases.append({randomText(random, 1 + static_cast<int>(random.bounded(std::max(1, kCapacityQ[v])))), v});
        }
        for (int length = 1; length <= 300; ++length)
            cases.append({randomText(random, length), 1});
        // Our real tokens (the published vectors) and token-like texts at the printed length.
        const QStringList tokens = vectorTokens();
        QVERIFY2(!tokens.isEmpty(), "no tokens in tests/data/codes/vectors.json");
        for (const QString& t : tokens)
            for (int v : {1, 11, 12, 27})
                cases.append({t, v});
        for (int i = 0; i < 400; ++i)
            cases.append({QStringLiteral("HCC1:") + randomText(random, 215 + static_cast<int>(random.bounded(15))), 1});

        int identical = 0;
        int ties = 0;
        QList<int> masks(8, 0);
        for (const auto& [text, minVersion] : cases) {
            auto ours = QrEncoder::encode(text, minVersion);
            QVERIFY2(ours.ok(), qPrintable(ours.error().message));
            const LibQrencodeSymbol theirs = libqrencode(text, minVersion);
            QVERIFY2(theirs.version > 0, qPrintable(QStringLiteral("libqrencode failed on %1 characters").arg(text.size())));
            const QString what = QStringLiteral("%1 characters, version >= %2").arg(text.size()).arg(minVersion);
            QCOMPARE(ours.value().version, theirs.version);
            QCOMPARE(ours.value().size, theirs.matrix.size);
            QCOMPARE(formatMask(ours.value()), ours.value().mask);
            ++masks[ours.value().mask];
            if (ours.value().modules == theirs.matrix.modules) {
                ++identical;
                continue;
            }
            // Not identical: with libqrencode's mask ours must be, and then the choice may only be a tie.
            const int theirMask = formatMask(theirs.matrix);
            auto same = QrEncoder::encode(text, minVersion, theirMask);
            QVERIFY2(same.value().modules == theirs.matrix.modules, qPrintable(what + QStringLiteral(": data differ")));
            QVERIFY2(QrEncoder::penalty(ours.value()) == QrEncoder::penalty(theirs.matrix),
                     qPrintable(what + QStringLiteral(": mask %1 (score %2) vs libqrencode's %3 (score %4)")
                                           .arg(ours.value().mask)
                                           .arg(QrEncoder::penalty(ours.value()))
                                           .arg(theirMask)
                                           .arg(QrEncoder::penalty(theirs.matrix))));
            ++ties;
        }
        qInfo() << cases.size() << "symbols:" << identical << "identical to libqrencode's," << ties
                << "differ by an equal-score mask; masks chosen:" << masks;
        QCOMPARE(identical + ties, cases.size());
        // Every mask is chosen for some input: the comparison covered all eight.
        for (int m = 0; m < 8; ++m)
            QVERIFY2(masks[m] > 0, qPrintable(QString::number(m)));
    }

    // Every version, and every mask on four versions, reads back with zxing; byte-mode texts too. (At 3 pixels a
    // module: at 2, zxing missed a version 40 symbol.)
    void zxingReadsEverySymbol()
    {
        QRandomGenerator random(45);
        for (int v = 1; v <= 40; ++v) {
            const QString text = randomText(random, kCapacityQ[v - 1] + 1);
            for (int mask = -1; mask < 8; ++mask) {
                if (mask >= 0 && v != 2 && v != 10 && v != 11 && v != 27)
                    continue;
                auto m = QrEncoder::encode(text, 1, mask);
                QVERIFY(m.ok());
                QCOMPARE(m.value().version, v);
                auto read = codes::QrDecoder::decode(QrEncoder::toImage(m.value(), 3));
                QVERIFY2(read.ok(), qPrintable(QStringLiteral("version %1 mask %2: %3")
                                                   .arg(v)
                                                   .arg(m.value().mask)
                                                   .arg(read.error().message)));
                QCOMPARE(read.value(), text);
            }
        }
        for (const QString& text : {QStringLiteral("WIFI:S:office;T:WPA;P:secret;;"),
                                    QStringLiteral("lower case and punctuation, 1234567890!?").repeated(8)}) {
            auto m = QrEncoder::encode(text);
            QVERIFY(m.ok());
            auto read = codes::QrDecoder::decode(QrEncoder::toImage(m.value(), 3));
            QVERIFY2(read.ok(), qPrintable(read.error().message));
            QCOMPARE(read.value(), text);
        }
    }

    // The bit-parallel score equals the plain count: on every mask of real symbols (one, two and three words a
    // line) and on random matrices seeded with finder-like patterns of module sizes 1 to 4.
    void penaltyMatchesPlainCount()
    {
        QRandomGenerator random(7);
        for (int v : {1, 7, 10, 11, 12, 27, 28, 40}) {
            const QString text = randomText(random, kCapacityQ[v]);
            for (int mask = 0; mask < 8; ++mask) {
                auto m = QrEncoder::encode(text, 1, mask);
                QCOMPARE(QrEncoder::penalty(m.value()), slowPenalty(m.value()));
            }
        }
        for (int round = 0; round < 300; ++round) {
            QrMatrix m;
            m.size = 21 + 4 * static_cast<int>(random.bounded(40));
            m.modules.resize(static_cast<qsizetype>(m.size) * m.size);
            const int density = 1 + static_cast<int>(random.bounded(9)); // dark in density out of 10
            for (auto&& b : m.modules)
                b = static_cast<int>(random.bounded(10)) < density;
            // A few 1:1:3:1:1 patterns of random size in random rows and columns, some with light beside them.
            for (int k = 0; k < 6; ++k) {
                const int unit = 1 + static_cast<int>(random.bounded(4));
                const int at = static_cast<int>(random.bounded(m.size));
                const int start = static_cast<int>(random.bounded(std::max(1, m.size - 7 * unit)));
                const bool vertical = random.bounded(2) == 1;
                const int pattern[] = {1, 0, 1, 1, 1, 0, 1};
                for (int p = -4 * unit; p < 11 * unit; ++p) {
                    const int pos = start + p;
                    if (pos < 0 || pos >= m.size)
                        continue;
                    const bool dark = p >= 0 && p < 7 * unit && pattern[p / unit] == 1;
                    if (!dark && (p < 0 || p >= 7 * unit) && random.bounded(3) == 0)
                        continue;
                    const qsizetype i = vertical ? static_cast<qsizetype>(pos) * m.size + at
                                                 : static_cast<qsizetype>(at) * m.size + pos;
                    m.modules[i] = dark;
                }
            }
            QCOMPARE(QrEncoder::penalty(m), slowPenalty(m));
        }
    }

    void tooLong()
    {
        QVERIFY(QrEncoder::encode(QString(kCapacityQ[40], QLatin1Char('A'))).ok());
        auto m = QrEncoder::encode(QString(kCapacityQ[40] + 1, QLatin1Char('A')));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, ErrorCode::InvalidArgument);
        QVERIFY(m.error().message.contains(QString::number(kCapacityQ[40] + 1)));
    }
};

QTEST_GUILESS_MAIN(TestQrEncoder)
#include "TestQrEncoder.moc"
