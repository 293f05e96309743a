#include "FieldParser.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <cmath>

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::FieldParser)
};

// Reads minDigits..maxDigits ASCII digits at i.
bool digits(QStringView s, qsizetype& i, int minDigits, int maxDigits, int& out)
{
    int n = 0;
    int v = 0;
    while (i < s.size() && n < maxDigits && s[i] >= QLatin1Char('0') && s[i] <= QLatin1Char('9')) {
        v = v * 10 + (s[i].unicode() - '0');
        ++i;
        ++n;
    }
    out = v;
    return n >= minDigits;
}

bool at(QStringView s, qsizetype i, char c)
{
    return i < s.size() && s[i] == QLatin1Char(c);
}

constexpr qint64 kEpochJulianDay = 2440588;
} // namespace

std::optional<qint64> FieldParser::utcSeconds(QStringView text, const QTimeZone& fallback, bool dateOnly,
                                              QString* problem)
{
    const QStringView s = text.trimmed();
    // The messages are built only for a bad time: this runs for every row of a scan import.
    const auto shown = [&] { return s.toString(); };
    auto bad = [&](const QString& why) -> std::optional<qint64> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (s.isEmpty())
        return bad(Tr::tr("The time is empty."));
    bool allDigits = true;
    for (const QChar c : s)
        allDigits = allDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (allDigits && (s.size() == 10 || s.size() == 13)) {
        const qint64 v = s.toLongLong();
        return s.size() == 13 ? v / 1000 : v;
    }
    const auto expected = [&] { return Tr::tr("\"%1\" is not a time like 2024-03-01T08:15:00+08:00.").arg(shown()); };
    qsizetype i = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(s, i, 4, 4, year) || !(at(s, i, '-') || at(s, i, '/')))
        return bad(expected());
    const char sep = static_cast<char>(s[i].unicode());
    ++i;
    if (!digits(s, i, 1, 2, month) || !at(s, i, sep))
        return bad(expected());
    ++i;
    if (!digits(s, i, 1, 2, day))
        return bad(expected());
    const QDate date(year, month, day);
    if (!date.isValid())
        return bad(Tr::tr("\"%1\" is not a valid date.").arg(shown()));
    bool hasTime = false;
    if (at(s, i, 'T') || at(s, i, 't') || at(s, i, ' ')) {
        qsizetype j = i + 1;
        while (at(s, j, ' '))
            ++j;
        if (digits(s, j, 1, 2, hour)) {
            if (!at(s, j, ':'))
                return bad(expected());
            ++j;
            if (!digits(s, j, 2, 2, minute))
                return bad(expected());
            if (at(s, j, ':')) {
                ++j;
                if (!digits(s, j, 2, 2, second))
                    return bad(expected());
                if (at(s, j, '.') || at(s, j, ',')) {
                    ++j;
                    int fraction = 0;
                    if (!digits(s, j, 1, 9, fraction))
                        return bad(expected());
                    while (j < s.size() && s[j].isDigit())
                        ++j;
                }
            }
            hasTime = true;
            i = j;
        }
    }
    if (!hasTime && !dateOnly)
        return bad(Tr::tr("\"%1\" has a date but no time of day.").arg(shown()));
    if (hour > 23 || minute > 59 || second > 60)
        return bad(Tr::tr("\"%1\" is not a valid time of day.").arg(shown()));
    while (at(s, i, ' '))
        ++i;
    std::optional<int> offset;
    if (at(s, i, 'Z') || at(s, i, 'z')) {
        offset = 0;
        ++i;
    } else if (at(s, i, '+') || at(s, i, '-')) {
        const int sign = at(s, i, '-') ? -1 : 1;
        ++i;
        int oh = 0, om = 0;
        if (!digits(s, i, 2, 2, oh))
            return bad(expected());
        if (at(s, i, ':'))
            ++i;
        if (i < s.size() && !digits(s, i, 2, 2, om))
            return bad(expected());
        if (oh > 14 || om > 59)
            return bad(Tr::tr("\"%1\" has an impossible time-zone offset.").arg(shown()));
        offset = sign * (oh * 3600 + om * 60);
    }
    if (i != s.size())
        return bad(expected());
    const qint64 local =
        (date.toJulianDay() - kEpochJulianDay) * 86400 + hour * 3600 + minute * 60 + std::min(second, 59);
    if (offset)
        return local - *offset;
    if (!fallback.isValid())
        return bad(Tr::tr("\"%1\" has no time zone; write it as 2024-03-01T08:15:00+08:00 or give the zone the file "
                          "uses (for example --time-zone Asia/Shanghai).")
                       .arg(shown()));
    const QDateTime dt(date, QTime(hour, minute, std::min(second, 59)), fallback);
    if (!dt.isValid())
        return bad(Tr::tr("\"%1\" does not exist in the time zone %2.").arg(shown(), QString::fromUtf8(fallback.id())));
    return dt.toSecsSinceEpoch();
}

std::optional<QString> FieldParser::date(QStringView text, QString* problem)
{
    const QStringView s = text.trimmed();
    QDate d;
    if (s.size() == 8 && s.toString().toInt() > 0) {
        d = QDate::fromString(s.toString(), QStringLiteral("yyyyMMdd"));
    } else {
        qsizetype i = 0;
        int y = 0, m = 0, day = 0;
        if (digits(s, i, 4, 4, y) && (at(s, i, '-') || at(s, i, '/'))) {
            const char sep = static_cast<char>(s[i].unicode());
            ++i;
            if (digits(s, i, 1, 2, m) && at(s, i, sep)) {
                ++i;
                if (digits(s, i, 1, 2, day) && i == s.size())
                    d = QDate(y, m, day);
            }
        }
    }
    if (!d.isValid()) {
        if (problem)
            *problem = Tr::tr("\"%1\" is not a date like 2024-03-01.").arg(s.toString());
        return std::nullopt;
    }
    return d.toString(Qt::ISODate);
}

std::optional<double> FieldParser::number(QStringView text, double min, double max, const QString& what,
                                          QString* problem)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max) {
        if (problem)
            *problem =
                Tr::tr("The %1 \"%2\" is not a number from %3 to %4.").arg(what, text.toString()).arg(min).arg(max);
        return std::nullopt;
    }
    return v;
}

std::optional<bool> FieldParser::yesNo(QStringView text, QString* problem)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("y") ||
        t == QStringLiteral("是") || t == QStringLiteral("有"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("n") ||
        t == QStringLiteral("否") || t == QStringLiteral("无") || t == QStringLiteral("没有"))
        return false;
    if (problem)
        *problem = Tr::tr("\"%1\" is not yes or no (1/0, true/false, 是/否).").arg(t);
    return std::nullopt;
}

} // namespace hc::imports
