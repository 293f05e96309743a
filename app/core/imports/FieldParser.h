#pragma once
// Parsing and checking single field values of imports: times with a time zone to UTC, dates,
// coordinates, yes/no. Each returns nullopt with a translated reason that names the bad value.

#include <QString>
#include <QTimeZone>

#include <optional>

namespace hc::imports {

class FieldParser final
{
public:
    // ISO 8601 and what spreadsheets write: "2024-03-01T08:15:00+08:00", "2024-03-01 08:15:00Z",
    // "2024/3/1 8:15 +0800", fractions of seconds; or Unix time (10 digits: seconds, 13: milliseconds).
    // A time without a zone is read in fallback; when fallback is not valid it is refused.
    // dateOnly: a bare date means its midnight.
    static std::optional<qint64> utcSeconds(QStringView text, const QTimeZone& fallback, bool dateOnly,
                                            QString* problem);
    // "2024-03-01", "2024/3/1" or "20240301" as yyyy-MM-dd.
    static std::optional<QString> date(QStringView text, QString* problem);
    static std::optional<double> number(QStringView text, double min, double max, const QString& what,
                                        QString* problem);
    // 1/0, true/false, yes/no, y/n, 是/否, 有/无.
    static std::optional<bool> yesNo(QStringView text, QString* problem);
};

} // namespace hc::imports
