#include "StrictCbor.h"

#include <QCborStreamReader>
#include <QCoreApplication>
#include <QSet>

namespace hc::codes {

Result<QCborValue> StrictCbor::parse(const QByteArray& bytes, const QString& what)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hc::codes::StrictCbor", "%1 is empty.").arg(what));
    QCborStreamReader reader(bytes);
    const QCborValue value = QCborValue::fromCbor(reader);
    const QCborError err = reader.lastError();
    if (err.c != QCborError::NoError)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hc::codes::StrictCbor", "%1 is not valid CBOR (at byte %2): %3.")
                             .arg(what)
                             .arg(reader.currentOffset())
                             .arg(err.toString()));
    if (reader.currentOffset() != bytes.size())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hc::codes::StrictCbor",
                                                     "%1 has %2 unexpected bytes after its CBOR item (from byte %3).")
                             .arg(what)
                             .arg(bytes.size() - reader.currentOffset())
                             .arg(reader.currentOffset()));
    return value;
}

QString StrictCbor::keyText(const QCborValue& key)
{
    if (key.isInteger())
        return QString::number(key.toInteger());
    if (key.isString())
        return QStringLiteral("\"") + key.toString() + QStringLiteral("\"");
    return QCoreApplication::translate("hc::codes::StrictCbor", "(a key of CBOR type %1)")
        .arg(static_cast<int>(key.type()));
}

QString StrictCbor::duplicateKeyProblem(const QCborMap& map)
{
    QSet<qint64> ints;
    QSet<QString> texts;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QCborValue key = it.key();
        bool duplicate = false;
        if (key.isInteger()) {
            duplicate = ints.contains(key.toInteger());
            ints.insert(key.toInteger());
        } else if (key.isString()) {
            duplicate = texts.contains(key.toString());
            texts.insert(key.toString());
        } else {
            // Keys of other types never mean anything in our maps; compare them the slow way.
            for (auto jt = map.constBegin(); jt != it; ++jt)
                duplicate = duplicate || jt.key() == key;
        }
        if (duplicate)
            return QCoreApplication::translate("hc::codes::StrictCbor", "the key %1 appears twice").arg(keyText(key));
    }
    return {};
}

} // namespace hc::codes
