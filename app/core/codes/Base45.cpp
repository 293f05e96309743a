#include "Base45.h"

#include <QCoreApplication>

namespace hc::codes {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
constexpr int kBase = 45;

// -1 for characters outside the alphabet (including everything beyond Latin-1).
int digitOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return 10 + (u - u'A');
    switch (u) {
    case u' ':
        return 36;
    case u'$':
        return 37;
    case u'%':
        return 38;
    case u'*':
        return 39;
    case u'+':
        return 40;
    case u'-':
        return 41;
    case u'.':
        return 42;
    case u'/':
        return 43;
    case u':':
        return 44;
    default:
        return -1;
    }
}

QString shown(QChar c)
{
    // Control characters and spaces would vanish in a message; show their code point instead.
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("\"") + c + QStringLiteral("\"");
    return QStringLiteral("U+%1").arg(static_cast<uint>(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
}
} // namespace

QString Base45::alphabet()
{
    return QString::fromLatin1(kAlphabet);
}

QString Base45::encode(const QByteArray& bytes)
{
    QString out;
    out.reserve((bytes.size() / 2) * 3 + (bytes.size() % 2) * 2);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    for (; i + 1 < n; i += 2) {
        int v = p[i] * 256 + p[i + 1];
        const int c = v % kBase;
        v /= kBase;
        const int d = v % kBase;
        const int e = v / kBase;
        out += QLatin1Char(kAlphabet[c]);
        out += QLatin1Char(kAlphabet[d]);
        out += QLatin1Char(kAlphabet[e]);
    }
    if (i < n) {
        const int v = p[i];
        out += QLatin1Char(kAlphabet[v % kBase]);
        out += QLatin1Char(kAlphabet[v / kBase]);
    }
    return out;
}

Result<QByteArray> Base45::decode(QStringView text, Failure* failure)
{
    Failure f;
    auto fail = [&](Failure what) -> Result<QByteArray> {
        if (failure)
            *failure = what;
        return makeError(ErrorCode::InvalidArgument, describe(what));
    };
    // Characters are checked before the length so that a stray character is reported where it is.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (digitOf(text[i]) < 0)
            return fail(Failure{Problem::BadCharacter, i, text[i], 0});
    }
    if (text.size() % 3 == 1)
        return fail(Failure{Problem::BadLength, text.size() - 1, QChar(), 0});
    QByteArray out;
    out.reserve((text.size() / 3) * 2 + 1);
    qsizetype i = 0;
    for (; i + 2 < text.size(); i += 3) {
        const int v = digitOf(text[i]) + digitOf(text[i + 1]) * kBase + digitOf(text[i + 2]) * kBase * kBase;
        if (v > 0xFFFF)
            return fail(Failure{Problem::Overflow, i, QChar(), v});
        out += static_cast<char>(v >> 8);
        out += static_cast<char>(v & 0xFF);
    }
    if (i < text.size()) {
        const int v = digitOf(text[i]) + digitOf(text[i + 1]) * kBase;
        if (v > 0xFF)
            return fail(Failure{Problem::Overflow, i, QChar(), v});
        out += static_cast<char>(v);
    }
    if (failure)
        *failure = f;
    return out;
}

QString Base45::describe(const Failure& failure, qsizetype offset)
{
    const qsizetype pos = failure.position + offset + 1;
    switch (failure.problem) {
    case Problem::None:
        return {};
    case Problem::BadCharacter:
        return QCoreApplication::translate("hc::codes::Base45",
                                           "Character %1 (%2) is not a base45 character; only 0-9, A-Z, space and "
                                           "$%*+-./: may appear.")
            .arg(pos)
            .arg(shown(failure.character));
    case Problem::BadLength:
        return QCoreApplication::translate("hc::codes::Base45",
                                           "The base45 text has a lone character at position %1: its length must "
                                           "not leave a remainder of 1 when divided by 3.")
            .arg(pos);
    case Problem::Overflow:
        return QCoreApplication::translate("hc::codes::Base45",
                                           "The base45 group starting at character %1 has the value %2, more than "
                                           "it can hold.")
            .arg(pos)
            .arg(failure.value);
    }
    return {};
}

} // namespace hc::codes
