#pragma once
// Strict field readers for the signed JSON lists (trust lists, revocation lists): each failure names
// the field by its path, e.g. keys[2].public_key.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hc::codes {

class JsonFields final
{
public:
    // Each returns nullopt and sets *problem (translated, naming path) when the field is missing or wrong.
    static std::optional<QString> text(const QJsonObject& o, const QString& name, const QString& path, int maxLength,
                                       QString* problem);
    // A whole number of seconds since 1970, 1 .. year 9999.
    static std::optional<qint64> time(const QJsonObject& o, const QString& name, const QString& path, QString* problem);
    // Standard base64 of exactly size bytes.
    static std::optional<QByteArray> base64(const QJsonObject& o, const QString& name, const QString& path, int size,
                                            QString* problem);
    // Lowercase or uppercase hex of 1 to maxBytes bytes.
    static std::optional<QByteArray> hex(const QJsonObject& o, const QString& name, const QString& path, int maxBytes,
                                         QString* problem);
    static QString join(const QString& path, const QString& name);
};

} // namespace hc::codes
