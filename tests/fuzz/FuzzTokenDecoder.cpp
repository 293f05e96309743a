// libFuzzer target for everything a verifier reads from outside: the code text through all its layers
// (base45 -> zlib -> CBOR -> COSE -> claims -> verification) and the signed JSON lists.
// The first input byte chooses the entry point so the fuzzer reaches the inner layers too:
//   '0' the rest is the code text (Latin-1)        '1' the rest is the COSE bytes (wrapped to a code here)
//   '2' the rest is the zlib bytes (base45 here)   '3' the rest is a trust list or revocation list (JSON)
// Built as a libFuzzer binary with HC_FUZZ=ON (clang), and always as FuzzTokenDecoderReplay, which runs the
// corpus in tests/data/fuzz/token on every test run.

#include "codes/Base45.h"
#include "codes/HealthCodeToken.h"
#include "codes/RevocationList.h"
#include "codes/TrustList.h"
#include "codes/Zlib.h"
#include "crypto/Crypto.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
using namespace hc::codes;

// A store that trusts one fixed key, so codes carrying its kid reach the signature check.
const TrustStore& store()
{
    static const TrustStore s = [] {
        TrustStore t;
        t.addKey(TrustedKey{QStringLiteral("9fef5250ee4e40c0"), QStringLiteral("990000"),
                            QByteArray::fromHex("d1af3f933a1583f1d8290e3c11ac923391724e16f0e072fe0d10ce19e12e1c63"), 0,
                            false, QStringLiteral("fuzz")});
        return t;
    }();
    return s;
}

void check(const QString& text)
{
    const RevocationLookup revoked = [](const QString&, const QByteArray& serial) -> std::optional<qint64> {
        return serial.size() == 1 ? std::optional<qint64>(1) : std::nullopt;
    };
    const TokenVerification v = HealthCodeToken::verify(text, store(), revoked, 1767225600);
    // A refusal always says why; a decoded code always has claims that could be issued again.
    if (!v.ok() && v.message.isEmpty())
        std::abort();
    if (v.claims && !v.claims->problem().isEmpty())
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool initialized = hc::crypto::Crypto::initialize();
    if (!initialized || size == 0 || size > 16 * 1024)
        return 0;
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] & 3) {
    case 0:
        check(QString::fromLatin1(rest));
        break;
    case 1:
        check(HealthCodeToken::prefix() + Base45::encode(Zlib::compress(rest)));
        break;
    case 2:
        check(HealthCodeToken::prefix() + Base45::encode(rest));
        break;
    case 3: {
        const auto list = TrustList::fromJson(rest, QStringLiteral("fuzz"));
        if (list && !list.value().signatureValid())
            std::abort();
        const auto revocations = RevocationList::fromJson(rest, QStringLiteral("fuzz"));
        if (revocations && !revocations.value().signatureValid())
            std::abort();
        break;
    }
    }
    return 0;
}
