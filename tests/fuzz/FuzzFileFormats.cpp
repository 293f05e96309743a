// libFuzzer target for the files an official hands the console besides imports and codes: audit checkpoint
// files, training scenario files, print ID lists, jurisdiction boundaries (GeoJSON) and database URLs.
// The first input byte chooses the parser (its low 3 bits), the rest is the file:
//   0 audit checkpoint (JSON)   1 training scenario (JSON)   2 print ID list (text)
//   3 boundary (GeoJSON)        4 database URL (text)        5-7 all of them on the same bytes
// Each parser must either accept or refuse with a message; what it accepts must be self-consistent.
// Built as a libFuzzer binary with HC_FUZZ=ON (clang), and always as FuzzFileFormatsReplay, which runs the
// corpus in tests/data/fuzz/files on every test run.

#include "audit/Checkpoint.h"
#include "crypto/Crypto.h"
#include "db/DatabaseUrl.h"
#include "heatmap/Boundary.h"
#include "printing/IdListFile.h"
#include "training/Scenario.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
using namespace hc;

template <typename R>
void mustExplain(const R& r)
{
    if (!r && r.error().message.isEmpty())
        std::abort();
}

void checkpoint(const QByteArray& bytes)
{
    const auto c = audit::Checkpoint::fromJson(bytes, QStringLiteral("fuzz.json"));
    mustExplain(c);
    if (c) {
        // What was read writes back to a file that reads the same.
        const auto again = audit::Checkpoint::fromJson(c.value().toJson(), QStringLiteral("again.json"));
        if (!again || again.value().seq != c.value().seq || again.value().headHash != c.value().headHash)
            std::abort();
        (void)c.value().signatureValid();
    }
}

void scenario(const QByteArray& bytes)
{
    mustExplain(training::Scenario::parse(bytes, QStringLiteral("fuzz.json")));
}

void idList(const QByteArray& bytes)
{
    mustExplain(printing::IdListFile::parse(bytes, QStringLiteral("fuzz.txt")));
}

void boundary(const QByteArray& bytes)
{
    const auto b = heatmap::Boundary::fromText(QString::fromUtf8(bytes));
    mustExplain(b);
    if (b) {
        const QRectF box = b.value().bounds();
        (void)b.value().contains(box.center().x(), box.center().y());
        // The stored text reads back as the same boundary.
        const auto again = heatmap::Boundary::fromText(b.value().toText());
        if (!again || again.value().bounds() != box)
            std::abort();
    }
}

void url(const QByteArray& bytes)
{
    mustExplain(db::DatabaseUrl::parse(QString::fromUtf8(bytes)));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool initialized = hc::crypto::Crypto::initialize();
    if (!initialized || size == 0 || size > 64 * 1024)
        return 0;
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] & 7) {
    case 0:
        checkpoint(rest);
        break;
    case 1:
        scenario(rest);
        break;
    case 2:
        idList(rest);
        break;
    case 3:
        boundary(rest);
        break;
    case 4:
        url(rest);
        break;
    default:
        checkpoint(rest);
        scenario(rest);
        idList(rest);
        boundary(rest);
        url(rest);
        break;
    }
    return 0;
}
