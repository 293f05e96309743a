#include "JsonLinesReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::JsonLinesReader)
};

bool isBlank(QByteArrayView line)
{
    for (const char c : line)
        if (c != ' ' && c != '\t')
            return false;
    return true;
}

// A JSON number as sign, significant digits and power of ten ("-1.50e3" is -, "15", 2); zero is "0".
struct Decimal
{
    bool negative = false;
    QByteArray digits;
    qint64 exponent = 0;
    bool operator==(const Decimal&) const = default;
};

std::optional<Decimal> decimalOf(QByteArrayView text)
{
    Decimal d;
    qsizetype i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        d.negative = text[i++] == '-';
    qint64 fraction = 0;
    bool point = false;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        if (text[i] == '.') {
            point = true;
        } else if (text[i] >= '0' && text[i] <= '9') {
            d.digits += text[i];
            fraction += point ? 1 : 0;
        } else {
            return std::nullopt;
        }
    }
    if (i < text.size()) {
        bool ok = false;
        const QByteArrayView e = text.sliced(i + 1);
        d.exponent = e.size() <= 10 ? e.toLongLong(&ok) : 0;
        if (!ok)
            return std::nullopt;
    }
    if (d.digits.isEmpty())
        return std::nullopt;
    d.exponent -= fraction;
    qsizetype lead = 0;
    while (lead < d.digits.size() && d.digits[lead] == '0')
        ++lead;
    d.digits.remove(0, lead);
    while (!d.digits.isEmpty() && d.digits.endsWith('0')) {
        d.digits.chop(1);
        ++d.exponent;
    }
    if (d.digits.isEmpty())
        return Decimal{false, "0", 0};
    return d;
}

// The text of every number that is a value of the object on this line, by key as written (the last of
// a key that appears twice, as QJsonObject keeps). QJsonValue holds numbers as qint64 or double and
// turns a whole-number double into an integer, so only the text tells what was written.
QHash<QString, QByteArrayView> numberTexts(QByteArrayView json)
{
    QHash<QString, QByteArrayView> out;
    const qsizetype n = json.size();
    qsizetype i = 0;
    auto skipString = [&] { // at the opening quote; ends after the closing one
        for (++i; i < n && json[i] != '"'; ++i)
            if (json[i] == '\\')
                ++i;
        ++i;
    };
    auto skipSpace = [&] {
        while (i < n && (json[i] == ' ' || json[i] == '\t' || json[i] == '\r' || json[i] == '\n'))
            ++i;
    };
    skipSpace();
    if (i >= n || json[i] != '{')
        return out;
    ++i;
    for (;;) {
        skipSpace();
        if (i >= n || json[i] != '"')
            return out;
        const qsizetype keyBegin = i;
        skipString();
        const QByteArrayView rawKey = json.sliced(keyBegin, i - keyBegin);
        QString key;
        if (rawKey.contains('\\'))
            key = QJsonDocument::fromJson("[" + rawKey.toByteArray() + "]").array().at(0).toString();
        else
            key = QString::fromUtf8(rawKey.sliced(1, rawKey.size() - 2));
        skipSpace();
        if (i >= n || json[i] != ':')
            return out;
        ++i;
        skipSpace();
        if (i < n && (json[i] == '-' || (json[i] >= '0' && json[i] <= '9'))) {
            const qsizetype begin = i;
            while (i < n && (json[i] == '-' || json[i] == '+' || json[i] == '.' || json[i] == 'e' || json[i] == 'E' ||
                             (json[i] >= '0' && json[i] <= '9')))
                ++i;
            out.insert(key, json.sliced(begin, i - begin));
        } else {
            out.remove(key);
            // Skips a string, literal, object or array.
            int depth = 0;
            while (i < n) {
                const char c = json[i];
                if (c == '"') {
                    skipString();
                    if (depth == 0)
                        break;
                    continue;
                }
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (depth == 0)
                        break; // the end of the line's object, after a literal
                    if (--depth == 0) {
                        ++i;
                        break;
                    }
                } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
                    break;
                }
                ++i;
            }
        }
        skipSpace();
        if (i >= n || json[i] != ',')
            return out;
        ++i;
    }
}

// The text of a plain JSON value; false for objects and arrays. A number keeps every digit as written
// (event ids are often 64-bit integers, beyond a double's 53 bits); *problem says why a number cannot
// be kept exactly.
bool plainText(const QJsonValue& v, QByteArrayView written, const QString& key, QString& out, QString* problem)
{
    switch (v.type()) {
    case QJsonValue::String:
        out = v.toString();
        return true;
    case QJsonValue::Double: {
        const std::optional<Decimal> asWritten = decimalOf(written);
        bool integer = !written.isEmpty();
        for (const char c : written)
            integer = integer && (c == '-' || (c >= '0' && c <= '9'));
        if (integer && asWritten) {
            out = QString::fromLatin1(written);
            return true;
        }
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            out = QString::number(static_cast<qint64>(d));
        else
            out = QString::number(d, 'g', QLocale::FloatingPointShortest);
        if (asWritten && (!std::isfinite(d) || decimalOf(out.toLatin1()) != asWritten)) {
            *problem = Tr::tr("the number %1 in \"%2\" has more digits than can be kept exactly; write it as a "
                              "string (in quotes).")
                           .arg(QString::fromLatin1(written.first(std::min<qsizetype>(written.size(), 40))), key);
            return true;
        }
        return true;
    }
    case QJsonValue::Bool:
        out = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.clear();
        return true;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return false;
    }
    return false;
}
} // namespace

JsonLinesReader::JsonLinesReader(QIODevice* device, const QString& fileName) : RecordReader(device, fileName) {}

Status JsonLinesReader::readHeader()
{
    m_columns.clear();
    QByteArrayView line;
    int seen = 0;
    while (seen < kSampleLines && readLine(line)) {
        if (isBlank(line))
            continue;
        const std::optional<QString> text = decode(line);
        const QJsonDocument doc = text ? QJsonDocument::fromJson(text->toUtf8()) : QJsonDocument();
        if (!doc.isObject()) {
            if (seen == 0)
                return fatal(currentLine(),
                             Tr::tr("the first record is not a JSON object; is this a JSON Lines file?"));
            ++seen;
            continue;
        }
        const QStringList keys = doc.object().keys();
        for (const QString& k : keys)
            if (!m_columns.contains(k))
                m_columns << k;
        ++seen;
    }
    if (error().code != ErrorCode::None)
        return error();
    // The sample only taught the keys: reading starts again at the top.
    return seek(0, 0);
}

bool JsonLinesReader::readRecord(SourceRecord& record)
{
    QByteArrayView line;
    for (;;) {
        if (!readLine(line))
            return false;
        if (!isBlank(line))
            break;
    }
    record = SourceRecord{};
    record.line = currentLine();
    record.lastLine = currentLine();
    record.endOffset = offset();
    const std::optional<QString> text = decode(line);
    if (!text) {
        record.problem = Tr::tr("the line is not valid %1 text.").arg(TextDecoder::name(encoding()));
        return true;
    }
    QJsonParseError error;
    const QByteArray utf8 = text->toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        record.problem = Tr::tr("not valid JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset + 1);
        return true;
    }
    if (!doc.isObject()) {
        record.problem = Tr::tr("the line is JSON but not an object.");
        return true;
    }
    const QJsonObject o = doc.object();
    const QHash<QString, QByteArrayView> numbers = numberTexts(utf8);
    record.values.reserve(m_columns.size());
    for (const QString& key : std::as_const(m_columns)) {
        QString value;
        QString problem;
        if (!plainText(o.value(key), numbers.value(key), key, value, &problem)) {
            record.problem = Tr::tr("the value of \"%1\" is an object or array, not a plain value.").arg(key);
            record.values.clear();
            return true;
        }
        if (!problem.isEmpty()) {
            record.problem = problem;
            record.values.clear();
            return true;
        }
        record.values << value;
    }
    return true;
}

} // namespace hc::imports
