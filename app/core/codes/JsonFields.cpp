#include "JsonFields.h"

#include "CwtClaims.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace hc::codes {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::codes::JsonFields)
};
constexpr double kMaxTime = 253402300799.0;
} // namespace

QString JsonFields::join(const QString& path, const QString& name)
{
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

std::optional<QString> JsonFields::text(const QJsonObject& o, const QString& name, const QString& path, int maxLength,
                                        QString* problem)
{
    const QJsonValue v = o.value(name);
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxLength) {
        *problem = Tr::tr("field %1 must be a text of 1 to %2 characters.").arg(join(path, name)).arg(maxLength);
        return std::nullopt;
    }
    return v.toString();
}

std::optional<qint64> JsonFields::time(const QJsonObject& o, const QString& name, const QString& path, QString* problem)
{
    const QJsonValue v = o.value(name);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > kMaxTime || std::floor(d) != d) {
        *problem = Tr::tr("field %1 must be a whole number of seconds since 1970.").arg(join(path, name));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<QByteArray> JsonFields::base64(const QJsonObject& o, const QString& name, const QString& path, int size,
                                             QString* problem)
{
    const QJsonValue v = o.value(name);
    const auto decoded =
        QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!v.isString() || !decoded || decoded.decoded.size() != size) {
        *problem = Tr::tr("field %1 must be %2 bytes in base64.").arg(join(path, name)).arg(size);
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<QByteArray> JsonFields::hex(const QJsonObject& o, const QString& name, const QString& path, int maxBytes,
                                          QString* problem)
{
    const QJsonValue v = o.value(name);
    const QByteArray bytes = CwtClaims::serialFromText(v.toString());
    if (!v.isString() || bytes.isEmpty() || bytes.size() > maxBytes) {
        *problem = Tr::tr("field %1 must be 1 to %2 bytes in hexadecimal.").arg(join(path, name)).arg(maxBytes);
        return std::nullopt;
    }
    return bytes;
}

} // namespace hc::codes
