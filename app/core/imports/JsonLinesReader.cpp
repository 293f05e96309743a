#include "JsonLinesReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

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

// The text of a plain JSON value; false for objects and arrays.
bool plainText(const QJsonValue& v, QString& out)
{
    switch (v.type()) {
    case QJsonValue::String:
        out = v.toString();
        return true;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            out = QString::number(static_cast<qint64>(d));
        else
            out = QString::number(d, 'g', QLocale::FloatingPointShortest);
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
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        record.problem = Tr::tr("not valid JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset + 1);
        return true;
    }
    if (!doc.isObject()) {
        record.problem = Tr::tr("the line is JSON but not an object.");
        return true;
    }
    const QJsonObject o = doc.object();
    record.values.reserve(m_columns.size());
    for (const QString& key : std::as_const(m_columns)) {
        QString value;
        if (!plainText(o.value(key), value)) {
            record.problem = Tr::tr("the value of \"%1\" is an object or array, not a plain value.").arg(key);
            record.values.clear();
            return true;
        }
        record.values << value;
    }
    return true;
}

} // namespace hc::imports
