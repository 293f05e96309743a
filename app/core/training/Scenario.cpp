#include "Scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hc::training {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::training::Scenario)
};

constexpr int kMaxSteps = 60;
constexpr int kMaxPerEvent = 100000;

// Reads one scenario file, remembering where it is for the messages.
class Reader
{
public:
    explicit Reader(QString fileName) : m_file(std::move(fileName)) {}

    Error error(const QString& where, const QString& what) const
    {
        return makeError(ErrorCode::InvalidArgument, Tr::tr("%1: %2: %3").arg(m_file, where, what));
    }

    Result<LocalizedText> text(const QJsonObject& parent, const QString& key, const QString& where) const
    {
        const QJsonValue v = parent.value(key);
        const QString at = where + QLatin1Char('.') + key;
        if (!v.isObject())
            return error(at, Tr::tr("expected an object of texts by language, e.g. {\"en\": \"...\", \"zh_CN\": \"...\"}"));
        LocalizedText t;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                return error(at + QLatin1Char('.') + it.key(), Tr::tr("expected a non-empty text"));
            t.byLanguage.insert(it.key(), it.value().toString());
        }
        if (!t.byLanguage.contains(QStringLiteral("en")))
            return error(at, Tr::tr("the English text (\"en\") is missing"));
        return t;
    }

    Result<int> number(const QJsonObject& o, const QString& key, const QString& where, int min, int max) const
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != static_cast<int>(d) || d < min || d > max)
            return error(where + QLatin1Char('.') + key, Tr::tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return static_cast<int>(d);
    }

    Result<ScenarioEvent> event(const QJsonValue& v, const QString& where) const
    {
        if (!v.isObject())
            return error(where, Tr::tr("expected an object"));
        const QJsonObject o = v.toObject();
        static const QHash<QString, ScenarioEvent::Type> types{
            {QStringLiteral("positive_tests"), ScenarioEvent::Type::PositiveTests},
            {QStringLiteral("close_contacts"), ScenarioEvent::Type::CloseContacts},
            {QStringLiteral("symptoms"), ScenarioEvent::Type::Symptoms},
            {QStringLiteral("designate_venues"), ScenarioEvent::Type::DesignateVenues},
            {QStringLiteral("designate_district"), ScenarioEvent::Type::DesignateDistrict},
            {QStringLiteral("lift_district"), ScenarioEvent::Type::LiftDistrict},
        };
        const QString type = o.value(QStringLiteral("type")).toString();
        if (!types.contains(type))
            return error(where + QStringLiteral(".type"),
                         Tr::tr("unknown event type \"%1\"; known types: %2")
                             .arg(type, QStringList(types.keys()).join(QStringLiteral(", "))));
        ScenarioEvent e;
        e.type = types.value(type);
        auto district = number(o, QStringLiteral("district"), where, 1, 1000);
        if (!district)
            return district.error();
        e.district = district.value();
        auto need = [&](const QString& key, int min, int max, int* into) -> Status {
            auto n = number(o, key, where, min, max);
            if (!n)
                return n.error();
            *into = n.value();
            return {};
        };
        Status s;
        switch (e.type) {
        case ScenarioEvent::Type::PositiveTests:
        case ScenarioEvent::Type::CloseContacts:
        case ScenarioEvent::Type::Symptoms:
            s = need(QStringLiteral("people"), 1, kMaxPerEvent, &e.people);
            break;
        case ScenarioEvent::Type::DesignateVenues:
            s = need(QStringLiteral("venues"), 1, 1000, &e.venues);
            if (s)
                s = need(QStringLiteral("since_hours"), 0, 24 * 30, &e.sinceHours);
            [[fallthrough]];
        case ScenarioEvent::Type::DesignateDistrict:
            if (s) {
                e.level = o.value(QStringLiteral("level")).toString();
                if (e.level != QLatin1String("low") && e.level != QLatin1String("medium") &&
                    e.level != QLatin1String("high"))
                    s = error(where + QStringLiteral(".level"), Tr::tr("expected \"low\", \"medium\" or \"high\""));
            }
            break;
        case ScenarioEvent::Type::LiftDistrict:
            break;
        }
        if (!s)
            return s.error();
        return e;
    }

private:
    QString m_file;
};
} // namespace

QString LocalizedText::text(const QLocale& locale) const
{
    const QString name = locale.name(); // "zh_CN"
    if (byLanguage.contains(name))
        return byLanguage.value(name);
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        if (it.key().section(QLatin1Char('_'), 0, 0) == language)
            return it.value();
    return byLanguage.value(QStringLiteral("en"));
}

Result<Scenario> Scenario::parse(const QByteArray& json, const QString& fileName)
{
    const Reader r(fileName);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::InvalidArgument, Tr::tr("%1: not valid JSON at character %2: %3")
                                                         .arg(fileName)
                                                         .arg(parseError.offset)
                                                         .arg(parseError.errorString()));
    if (!doc.isObject())
        return r.error(QStringLiteral("(top)"), Tr::tr("expected an object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != 1)
        return r.error(QStringLiteral("format"), Tr::tr("this console reads scenario format 1"));
    Scenario s;
    s.id = o.value(QStringLiteral("id")).toString();
    if (s.id.isEmpty())
        return r.error(QStringLiteral("id"), Tr::tr("a scenario needs an id"));
    auto title = r.text(o, QStringLiteral("title"), QString());
    if (!title)
        return title.error();
    s.title = title.value();
    auto summary = r.text(o, QStringLiteral("summary"), QString());
    if (!summary)
        return summary.error();
    s.summary = summary.value();
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty() || steps.size() > kMaxSteps)
        return r.error(QStringLiteral("steps"), Tr::tr("expected 1 to %1 steps").arg(kMaxSteps));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString where = QStringLiteral("steps[%1]").arg(i);
        const QJsonObject so = steps.at(i).toObject();
        ScenarioStep step;
        auto t = r.text(so, QStringLiteral("title"), where);
        if (!t)
            return t.error();
        step.title = t.value();
        auto n = r.text(so, QStringLiteral("narrative"), where);
        if (!n)
            return n.error();
        step.narrative = n.value();
        const QJsonArray tasks = so.value(QStringLiteral("tasks")).toArray();
        for (qsizetype k = 0; k < tasks.size(); ++k) {
            QJsonObject wrapper{{QStringLiteral("task"), tasks.at(k)}};
            auto task = r.text(wrapper, QStringLiteral("task"), where + QStringLiteral(".tasks[%1]").arg(k));
            if (!task)
                return task.error();
            step.tasks << task.value();
        }
        const QJsonArray events = so.value(QStringLiteral("events")).toArray();
        for (qsizetype k = 0; k < events.size(); ++k) {
            auto e = r.event(events.at(k), where + QStringLiteral(".events[%1]").arg(k));
            if (!e)
                return e.error();
            step.events << e.value();
        }
        s.steps << step;
    }
    return s;
}

Result<Scenario> Scenario::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return parse(f.readAll(), QFileInfo(path).fileName());
}

QList<Scenario> Scenario::builtIn()
{
    QList<Scenario> list;
    const QDir dir(QStringLiteral(":/scenarios"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto s = load(dir.filePath(name));
        if (s)
            list << s.value();
        else
            qWarning("%s", qPrintable(s.error().message));
    }
    return list;
}

} // namespace hc::training
