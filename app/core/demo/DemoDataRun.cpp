#include "DemoDataRun.h"

#include "ChineseNames.h"
#include "DeferredIndexes.h"
#include "Rng.h"
#include "RowWriter.h"
#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "services/Jurisdictions.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <future>
#include <iterator>
#include <limits>
#include <unordered_map>

#include <sys/resource.h>

namespace hc::demo {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kChinaOffset = 8 * kHour; // China Standard Time has no daylight saving time
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

// Random streams of one seed; the scans of day d use kStreamScans + d.
enum Stream : std::uint64_t
{
    kStreamGeography = 1,
    kStreamVenues,
    kStreamPeople,
    kStreamPseudonyms,
    kStreamFacts,
    kStreamTests,
    kStreamScans = 1000,
};

// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::demo::DemoDataGenerator)
};

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Howard Hinnant's days <-> civil date algorithms: proleptic Gregorian, no tables, no time zone.
void civilFromDays(qint64 z, int& year, int& month, int& day)
{
    z += 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void putDigits(char* out, quint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

char nationalIdCheck(const char* first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i] - '0') * weights[i];
    return "10X98765432"[sum % 11];
}

int localHour(qint64 t)
{
    return static_cast<int>((t + kChinaOffset - floorDiv(t + kChinaOffset, kDay) * kDay) / kHour);
}

bool isWeekend(qint64 t)
{
    const qint64 days = floorDiv(t + kChinaOffset, kDay);
    const qint64 weekday = ((days + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday; 0 is Monday
    return weekday >= 5;
}

// A random second of [windowStart, windowStart + 1 day) in the given local hour.
qint64 atLocalHour(qint64 windowStart, int hour, Rng& rng)
{
    const qint64 local = windowStart + kChinaOffset;
    const qint64 sinceMidnight = local - floorDiv(local, kDay) * kDay;
    const qint64 offset = ((hour * kHour - sinceMidnight) % kDay + kDay) % kDay;
    qint64 t = windowStart + offset + static_cast<qint64>(rng.below(kHour));
    if (t >= windowStart + kDay)
        t -= kDay;
    return t;
}

struct VenueKind
{
    const char* key;
    double share;      // of all venues
    double popularity; // scans per venue, relative
    const char* hours; // relative scans by local hour 0..23, one digit each
    double weekend;    // factor on Saturdays and Sundays
    const char* name;  // %1: district, %2: street word
};

const VenueKind kKinds[] = {
    {"supermarket", 12, 3.0, "000000134455545567898631", 1.3, "%1%2超市"},
    {"market", 5, 3.0, "000013997654333345542100", 1.2, "%1%2农贸市场"},
    {"restaurant", 20, 1.0, "100000012235993235996421", 1.3, "%1%2饭店"},
    {"office", 13, 2.5, "000000029975448763210000", 0.2, "%2大厦"},
    {"school", 5, 3.0, "000000069631122964100000", 0.05, "%1%2小学"},
    {"hospital", 3, 4.0, "111111248998656665432211", 0.7, "%1%2医院"},
    {"metro_station", 4, 8.0, "100001499633433348964321", 0.6, "%2路地铁站"},
    {"bus_station", 3, 3.0, "000013675444444456542100", 0.9, "%1%2公交枢纽"},
    {"park", 5, 1.5, "000003897643344556787310", 2.0, "%2公园"},
    {"mall", 4, 4.0, "000000000246777777888631", 1.8, "%1%2购物中心"},
    {"pharmacy", 8, 0.7, "000000135666666667776431", 1.0, "%2大药房"},
    {"residential", 18, 2.5, "211112368543333446898643", 1.1, "%2花园"},
};

const char* const kStreetWords[] = {
    "人民", "中山", "解放", "建设", "文化", "和平", "新华", "光明", "幸福", "友谊",
    "青年", "胜利", "朝阳", "长江", "黄河", "滨河", "望湖", "金桥", "银杏", "梧桐",
    "春晖", "翠苑", "丰收", "东方", "振兴", "锦绣", "阳光", "华府", "天元", "学府",
};

// Population by five-year age band, percent (after the 2020 census, a little older): about 20% are 60 or more.
const double kAgeBands[20] = {5.5, 6.3, 6.0, 5.3, 5.4, 6.6, 8.8, 7.0, 6.7, 8.0,
                              8.7, 7.2, 5.8, 5.4, 3.5, 2.2, 1.5, 0.8, 0.3, 0.08};

const char* const kPhonePrefixes[] = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                                      "150", "151", "152", "153", "155", "156", "157", "158", "159", "180",
                                      "181", "182", "183", "184", "185", "186", "187", "188", "189"};

const char* const kSymptoms[] = {
    "fever", "cough", "sore_throat", "fatigue", "loss_of_taste_or_smell", "shortness_of_breath"};

const char kColourText[3][7] = {"green", "yellow", "red"};
const int kColourLength[3] = {5, 6, 3};

// PostgreSQL identity columns do not see explicit ids; move the sequence past them.
Status syncSequence(const db::Database& db, const QString& table)
{
    if (db.isSqlite())
        return {};
    auto q = db::run(db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                        "(SELECT COALESCE(MAX(id), 1) FROM %1))")
                             .arg(table));
    return q ? Status{} : Status{q.error()};
}

double processCpuSeconds()
{
    struct rusage u
    {
    };
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

Result<qint64> nextId(const db::Database& db, const QString& table)
{
    auto q = db::run(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table);
    if (!q)
        return q.error();
    if (!q.value().next())
        return db::sqlError(q.value());
    return q.value().value(0).toLongLong();
}

} // namespace

DemoDataRun::DemoDataRun(const db::Database& db, const auth::Session& session, const DemoDataOptions& options,
                         const DemoDataGenerator::Progress& progress)
    : m_db(db), m_session(session), m_options(options), m_progress(progress)
{}

bool DemoDataRun::progress(const QString& phase, qint64 done, qint64 total)
{
    return !m_progress || m_progress(phase, done, total);
}

Error DemoDataRun::cancelled(const QString& phase) const
{
    return makeError(
        ErrorCode::Cancelled,
        Tr::tr("Demo data generation was cancelled during \"%1\"; nothing of that step was stored.").arg(phase));
}

void DemoDataRun::PhaseClock::start()
{
    wall.start();
    cpuStart = processCpuSeconds();
}

void DemoDataRun::timePhase(const QString& phase, qint64 rows, const PhaseClock& clock)
{
    const double seconds = static_cast<double>(clock.wall.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - clock.cpuStart;
    m_report.phases.append(DemoPhaseTiming{phase, rows, seconds, cpu});
    qCInfo(lcDemo).nospace() << "demo data: " << phase << " " << rows << " rows in " << seconds << " s (CPU " << cpu
                             << " s)";
}

QJsonObject DemoDataRun::reportJson() const
{
    return {
        {QStringLiteral("seed"), QString::number(m_options.seed)},
        {QStringLiteral("days"), m_options.days},
        {QStringLiteral("scansPerDay"), m_options.scansPerDay},
        {QStringLiteral("from"), m_report.fromSecs},
        {QStringLiteral("to"), m_report.toSecs},
        {QStringLiteral("jurisdictions"), m_report.jurisdictions},
        {QStringLiteral("venues"), m_report.venues},
        {QStringLiteral("people"), m_report.people},
        {QStringLiteral("guardians"), m_report.guardians},
        {QStringLiteral("withoutSmartphone"), m_report.withoutSmartphone},
        {QStringLiteral("testResults"), m_report.testResults},
        {QStringLiteral("positives"), m_report.positives},
        {QStringLiteral("riskAreas"), m_report.riskAreas},
        {QStringLiteral("closeContacts"), m_report.closeContacts},
        {QStringLiteral("symptomDeclarations"), m_report.symptomDeclarations},
        {QStringLiteral("scans"), m_report.scans},
        {QStringLiteral("seconds"), static_cast<double>(m_timer.elapsed()) / 1000.0},
    };
}

qint64 DemoDataRun::districtId(int district) const
{
    return m_regionIds[static_cast<std::size_t>(m_geo.districts()[static_cast<std::size_t>(district)])];
}

DemoDataRun::Flag& DemoDataRun::flagOf(std::uint32_t person)
{
    std::uint32_t& index = m_flagIndex[person];
    if (index == 0) {
        m_flags.push_back(Flag{kNever, kNever, kNever, kNever});
        index = static_cast<std::uint32_t>(m_flags.size());
    }
    return m_flags[index - 1];
}

DemoDataRun::Colour DemoDataRun::colourAt(std::uint32_t person, qint64 at) const
{
    const std::uint32_t index = m_flagIndex[person];
    if (index == 0)
        return Green;
    const Flag& f = m_flags[index - 1];
    if (at >= f.redFrom && at < f.redUntil)
        return Red;
    if (at >= f.yellowFrom && at < f.yellowUntil)
        return Yellow;
    return Green;
}

std::uint32_t DemoDataRun::residentOf(int district, Rng& rng) const
{
    const auto& r = m_residents[static_cast<std::size_t>(district)];
    if (r.empty())
        return static_cast<std::uint32_t>(rng.below(m_districtOfPerson.size()));
    return r[rng.below(r.size())];
}

Result<DemoDataReport> DemoDataRun::run()
{
    m_timer.start();
    if (m_options.endAt.isValid()) {
        m_end = m_options.endAt.toSecsSinceEpoch();
    } else {
        const QDate today = Clock::nowUtc().toUTC().date();
        m_end = QDateTime(today.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    }
    m_start = m_end - static_cast<qint64>(m_options.days) * kDay;
    m_report.fromSecs = m_start;
    m_report.toSecs = m_end;

    Status s = placesAndPeople();
    if (s)
        s = generateFacts();
    if (s)
        s = generateScans();
    if (!s)
        return s.error();
    m_report.seconds = static_cast<double>(m_timer.nsecsElapsed()) / 1e9;
    qCInfo(lcDemo) << "demo data generated in" << m_report.seconds << "s";
    return m_report;
}

Status DemoDataRun::placesAndPeople()
{
    // Places and people share one transaction: a run cancelled before its people are stored leaves the
    // database as it was, so it can simply be started again.
    PhaseClock timer;
    timer.start();
    db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    {
        auto any = db::run(m_db, QStringLiteral("SELECT id FROM people LIMIT 1"));
        if (!any)
            return any.error();
        if (any.value().next())
            return makeError(ErrorCode::Conflict,
                             Tr::tr("The database already has people. Demo data goes only into a database without any: "
                                    "create a new database (or reset demo mode) and generate again."));
    }
    qint64 rootId = 0;
    QString rootCode;
    QSet<QString> taken;
    {
        auto roots = db::run(m_db, QStringLiteral("SELECT id, code, level, name FROM jurisdictions "
                                                  "WHERE parent_id IS NULL ORDER BY id"));
        if (!roots)
            return roots.error();
        QSqlQuery& q = roots.value();
        if (q.next()) {
            rootId = q.value(0).toLongLong();
            rootCode = q.value(1).toString();
            const QString level = q.value(2).toString();
            const QString name = q.value(3).toString();
            if (q.next())
                return makeError(ErrorCode::Conflict,
                                 Tr::tr("The database has more than one top-level jurisdiction; demo data needs a "
                                        "single province at the top."));
            if (level != QLatin1String("province"))
                return makeError(ErrorCode::Conflict,
                                 Tr::tr("The top-level jurisdiction %1 is a %2; demo data needs a province at the top.")
                                     .arg(name, services::Jurisdictions::levelDisplayName(level)));
            const Status inScope = m_session.requireScope(rootId, name);
            if (!inScope)
                return inScope;
        }
        auto codes = db::run(m_db, QStringLiteral("SELECT code FROM jurisdictions"));
        if (!codes)
            return codes.error();
        while (codes.value().next())
            taken.insert(codes.value().value(0).toString());
    }

    Status s = storeJurisdictions(rootId, rootCode, taken);
    if (s)
        s = generateVenues();
    if (!s)
        return s;
    timePhase(QStringLiteral("places"), m_report.jurisdictions + m_report.venues, timer);
    timer.start();
    s = generatePeople();
    if (!s)
        return s;
    QJsonObject details = reportJson();
    details.remove(QStringLiteral("seconds"));
    auto a = audit::AuditLog::append(m_db, m_session.userName, QStringLiteral("demo.generate"),
                                     QStringLiteral("phase:people"), details);
    if (!a)
        return a.error();
    s = tx.commit();
    if (!s)
        return s;
    timePhase(QStringLiteral("people"), m_report.people, timer);
    return {};
}

Status DemoDataRun::storeJurisdictions(qint64 rootId, const QString& rootCode, const QSet<QString>& takenCodes)
{
    const QString phase = Tr::tr("Jurisdictions");
    // Codes continue the root's province digits when it has an administrative-division style code.
    QString prefix = QStringLiteral("99");
    static const QRegularExpression provinceCode(QStringLiteral("^[0-9]{2}0000$"));
    if (rootId > 0 && provinceCode.match(rootCode).hasMatch())
        prefix = rootCode.left(2);
    Rng rng(m_options.seed, kStreamGeography);
    m_geo = SyntheticGeography::build(rng, prefix, rootId == 0, takenCodes);
    const auto& regions = m_geo.regions();
    m_regionIds.assign(regions.size(), 0);
    const qint64 total = static_cast<qint64>(regions.size());
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const Region& r = regions[i];
        services::Jurisdiction j;
        j.code = r.code;
        j.name = r.name;
        j.nameEn = r.nameEn;
        j.level = r.level;
        j.parentId = r.parent >= 0 ? m_regionIds[static_cast<std::size_t>(r.parent)] : rootId;
        auto id = services::Jurisdictions::create(m_db, m_session.userName, j);
        if (!id)
            return id.error();
        m_regionIds[i] = id.value();
        auto b = db::run(m_db, QStringLiteral("UPDATE jurisdictions SET boundary = ? WHERE id = ?"),
                         {m_geo.geoJson(static_cast<int>(i)), id.value()});
        if (!b)
            return b.error();
        if (!progress(phase, static_cast<qint64>(i) + 1, total))
            return cancelled(phase);
    }
    m_report.jurisdictions = total;

    // Two PCR laboratories per city, named after it.
    for (int d : m_geo.districts()) {
        const Region& city = regions[static_cast<std::size_t>(regions[static_cast<std::size_t>(d)].parent)];
        m_labsOfDistrict.push_back((city.stem + QString::fromUtf8("疾控中心实验室")).toUtf8());
        m_labsOfDistrict.push_back((city.name + QString::fromUtf8("第一人民医院检验科")).toUtf8());
    }
    return {};
}

Status DemoDataRun::generateVenues()
{
    const QString phase = Tr::tr("Venues");
    const auto& districts = m_geo.districts();
    const auto& regions = m_geo.regions();
    const int districtCount = static_cast<int>(districts.size());
    const qint64 count = std::max<qint64>({40, m_options.people / 200, 2 * districtCount});

    // At least two venues per district, the rest by population (largest remainders).
    std::vector<qint64> perDistrict(static_cast<std::size_t>(districtCount), 2);
    double weightSum = 0;
    for (int d : districts)
        weightSum += regions[static_cast<std::size_t>(d)].populationWeight;
    const qint64 rest = count - 2 * districtCount;
    std::vector<std::pair<double, int>> remainders;
    qint64 given = 0;
    for (int i = 0; i < districtCount; ++i) {
        const double exact =
            static_cast<double>(rest) *
            regions[static_cast<std::size_t>(districts[static_cast<std::size_t>(i)])].populationWeight / weightSum;
        const auto whole = static_cast<qint64>(exact);
        perDistrict[static_cast<std::size_t>(i)] += whole;
        given += whole;
        remainders.emplace_back(exact - static_cast<double>(whole), i);
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (qint64 i = 0; i < rest - given; ++i)
        ++perDistrict[static_cast<std::size_t>(remainders[static_cast<std::size_t>(i)].second)];

    auto first = nextId(m_db, QStringLiteral("venues"));
    if (!first)
        return first.error();
    auto w =
        RowWriter::create(m_db, QStringLiteral("venues"),
                          {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
                           QStringLiteral("district_id"), QStringLiteral("lat"), QStringLiteral("lon")});
    if (!w)
        return w.error();
    RowWriter& writer = *w.value();

    std::vector<double> shares;
    for (const VenueKind& k : kKinds)
        shares.push_back(k.share);
    const AliasTable kinds(shares);
    Rng rng(m_options.seed, kStreamVenues);
    m_venuesOfDistrict.assign(static_cast<std::size_t>(districtCount), {});
    m_venues.reserve(static_cast<std::size_t>(count));
    qint64 id = first.value();
    for (int d = 0; d < districtCount; ++d) {
        const int region = districts[static_cast<std::size_t>(d)];
        const Region& r = regions[static_cast<std::size_t>(region)];
        // Venues cluster around a few centres: a main one (old town, station) and smaller ones.
        struct Centre
        {
            GeoPoint at;
            double spread;
            double weight;
        };
        std::vector<Centre> centres;
        const int centreCount = 2 + static_cast<int>(rng.below(3));
        double centreWeights = 0;
        for (int c = 0; c < centreCount; ++c) {
            centres.push_back(
                {m_geo.randomPoint(region, rng), rng.uniform(0.006, 0.02), c == 0 ? 3.0 : rng.uniform(0.8, 2.0)});
            centreWeights += centres.back().weight;
        }
        const QByteArray districtCode = r.code.toLatin1();
        for (qint64 k = 0; k < perDistrict[static_cast<std::size_t>(d)]; ++k) {
            double pick = rng.uniform() * centreWeights;
            int c = 0;
            while (c + 1 < centreCount && pick >= centres[static_cast<std::size_t>(c)].weight) {
                pick -= centres[static_cast<std::size_t>(c)].weight;
                ++c;
            }
            const Centre& centre = centres[static_cast<std::size_t>(c)];
            GeoPoint p;
            bool inside = false;
            for (int attempt = 0; attempt < 16 && !inside; ++attempt) {
                // A degree of longitude is shorter than one of latitude at 30N: stretch to keep clusters round.
                p = {centre.at.lon + rng.normal() * centre.spread * 1.15, centre.at.lat + rng.normal() * centre.spread};
                inside = m_geo.contains(region, p);
            }
            if (!inside)
                p = m_geo.randomPoint(region, rng);
            const int kind = static_cast<int>(kinds.sample(rng));
            const double u = rng.uniform();
            const double popularity = kKinds[kind].popularity * (1.0 + 15.0 * u * u * u * u) * (c == 0 ? 1.5 : 1.0);
            const QString word = QString::fromUtf8(kStreetWords[rng.below(std::size(kStreetWords))]);
            QString pattern = QString::fromUtf8(kKinds[kind].name);
            const QByteArray name =
                pattern.replace(QLatin1String("%1"), r.stem).replace(QLatin1String("%2"), word).toUtf8();
            char code[16];
            code[0] = 'V';
            std::copy(districtCode.begin(), districtCode.end(), code + 1);
            code[7] = '-';
            putDigits(code + 8, static_cast<quint64>(k + 1), 5);

            writer.setInt(0, id);
            writer.setText(1, code, 13);
            writer.setText(2, name);
            writer.setText(3, kKinds[kind].key, static_cast<int>(qstrlen(kKinds[kind].key)));
            writer.setInt(4, m_regionIds[static_cast<std::size_t>(region)]);
            writer.setDouble(5, p.lat);
            writer.setDouble(6, p.lon);
            const Status s = writer.addRow();
            if (!s)
                return s;
            m_venuesOfDistrict[static_cast<std::size_t>(d)].push_back(static_cast<std::uint32_t>(m_venues.size()));
            m_venues.push_back(Venue{id, d, p.lat, p.lon, kind, popularity});
            ++id;
            if (m_venues.size() % 1024 == 0 && !progress(phase, static_cast<qint64>(m_venues.size()), count))
                return cancelled(phase);
        }
    }
    Status s = writer.finish();
    if (s)
        s = syncSequence(m_db, QStringLiteral("venues"));
    if (!s)
        return s;
    m_report.venues = static_cast<qint64>(m_venues.size());
    if (!progress(phase, m_report.venues, count))
        return cancelled(phase);
    return {};
}

Status DemoDataRun::generatePeople()
{
    const QString phase = Tr::tr("People");
    const qint64 total = m_options.people;
    const auto& districts = m_geo.districts();
    const auto& regions = m_geo.regions();
    const std::size_t districtCount = districts.size();

    auto first = nextId(m_db, QStringLiteral("people"));
    if (!first)
        return first.error();
    m_firstPersonId = first.value();
    auto deferred = DeferredIndexes::suspend(m_db, QStringLiteral("people"));
    if (!deferred)
        return deferred.error();
    auto w = RowWriter::create(m_db, QStringLiteral("people"),
                               {QStringLiteral("id"), QStringLiteral("national_id"), QStringLiteral("pseudonym"),
                                QStringLiteral("name"), QStringLiteral("name_initials"), QStringLiteral("sex"),
                                QStringLiteral("birth_date"), QStringLiteral("phone"), QStringLiteral("district_id"),
                                QStringLiteral("has_smartphone"), QStringLiteral("guardian_id")});
    if (!w)
        return w.error();
    RowWriter& writer = *w.value();

    std::vector<double> weights;
    std::vector<quint64> districtCodes;
    for (int d : districts) {
        weights.push_back(regions[static_cast<std::size_t>(d)].populationWeight);
        districtCodes.push_back(regions[static_cast<std::size_t>(d)].code.toULongLong());
    }
    const AliasTable districtTable(weights);
    const AliasTable ageTable(std::vector<double>(std::begin(kAgeBands), std::end(kAgeBands)));
    const ChineseNames names;
    Rng rng(m_options.seed, kStreamPeople);
    Rng keys(m_options.seed, kStreamPseudonyms);
    const std::uint64_t key1 = keys.next();
    const std::uint64_t key2 = keys.next();

    // The first 17 digits of every ID number so far, in an open-addressing set: uniqueness without the database.
    std::size_t tableSize = 1024;
    while (tableSize < static_cast<std::size_t>(total) * 2)
        tableSize *= 2;
    std::vector<quint64> issued(tableSize, 0);
    const std::size_t mask = tableSize - 1;
    auto issue = [&](quint64 number) {
        std::size_t h = Rng::mix(number) & mask;
        while (issued[h] != 0) {
            if (issued[h] == number)
                return false;
            h = (h + 1) & mask;
        }
        issued[h] = number;
        return true;
    };

    // Guardians come from adults already stored in the same district (the foreign key must point back).
    constexpr std::size_t kRing = 32;
    std::vector<std::array<std::uint32_t, kRing>> adults(districtCount);
    std::vector<std::size_t> adultCount(districtCount, 0);

    m_districtOfPerson.assign(static_cast<std::size_t>(total), 0);
    m_residents.assign(districtCount, {});
    double weightSum = 0;
    for (double x : weights)
        weightSum += x;
    for (std::size_t d = 0; d < districtCount; ++d)
        m_residents[d].reserve(static_cast<std::size_t>(static_cast<double>(total) * 1.05 * weights[d] / weightSum) +
                               16);
    m_flagIndex.assign(static_cast<std::size_t>(total), 0);

    const qint64 lastDay = floorDiv(m_end - 1, kDay);
    std::string name;
    std::string initials;
    char nationalId[18];
    char birth[10];
    char phone[11];
    char pseudonym[16];
    qint64 guardians = 0;
    qint64 withoutSmartphone = 0;
    for (qint64 i = 0; i < total; ++i) {
        const auto person = static_cast<std::uint32_t>(i);
        const qint64 id = m_firstPersonId + i;
        const auto d = static_cast<std::size_t>(districtTable.sample(rng));
        const bool male = rng.chance(0.51);
        const int age = static_cast<int>(ageTable.sample(rng)) * 5 + static_cast<int>(rng.below(5));
        const qint64 born = lastDay - (static_cast<qint64>(age) * 365 + age / 4) - static_cast<qint64>(rng.below(365));
        int year = 0;
        int month = 0;
        int day = 0;
        civilFromDays(born, year, month, day);
        names.generate(rng, male, year, name, initials);

        // Region, birth date, a sequence number whose last digit is odd for men and even for women, check digit.
        const quint64 date =
            static_cast<quint64>(year) * 10000 + static_cast<quint64>(month) * 100 + static_cast<quint64>(day);
        quint64 number = 0;
        do {
            const quint64 sequence = male ? 2 * rng.below(500) + 1 : 2 * (rng.below(499) + 1);
            number = (districtCodes[d] * 100000000 + date) * 1000 + sequence;
        } while (!issue(number));
        putDigits(nationalId, number, 17);
        nationalId[17] = nationalIdCheck(nationalId);
        putDigits(birth, static_cast<quint64>(year), 4);
        birth[4] = '-';
        putDigits(birth + 5, static_cast<quint64>(month), 2);
        birth[7] = '-';
        putDigits(birth + 8, static_cast<quint64>(day), 2);

        // Many elderly people and small children have no smartphone of their own.
        const double smartphoneShare = age >= 70 ? 0.40 : age >= 60 ? 0.72 : age < 12 ? 0.70 : 0.97;
        const bool smartphone = rng.chance(smartphoneShare);
        const bool hasPhone = smartphone || (age >= 12 ? rng.chance(0.75) : rng.chance(0.05));
        if (hasPhone) {
            const char* prefix = kPhonePrefixes[rng.below(std::size(kPhonePrefixes))];
            std::copy(prefix, prefix + 3, phone);
            putDigits(phone + 3, rng.below(100000000), 8);
        }
        // A keyed bijection of the id: unique without a lookup, and unrelated to the ID number.
        const std::uint64_t pseudo = Rng::mix(Rng::mix(static_cast<std::uint64_t>(id) ^ key1) ^ key2);
        for (int k = 0; k < 16; ++k)
            pseudonym[k] = "0123456789abcdef"[(pseudo >> (60 - 4 * k)) & 0xF];

        qint64 guardian = 0;
        if (!smartphone) {
            ++withoutSmartphone;
            const double guardianShare = age >= 60 ? 0.55 : age < 12 ? 0.9 : 0.2;
            if (adultCount[d] > 0 && rng.chance(guardianShare)) {
                const std::size_t n = std::min(adultCount[d], kRing);
                guardian = m_firstPersonId + adults[d][rng.below(n)];
                ++guardians;
            }
        } else if (age >= 25 && age < 60) {
            adults[d][adultCount[d] % kRing] = person;
            ++adultCount[d];
        }

        writer.setInt(0, id);
        writer.setText(1, nationalId, 18);
        writer.setText(2, pseudonym, 16);
        writer.setText(3, name.data(), static_cast<int>(name.size()));
        writer.setText(4, initials.data(), static_cast<int>(initials.size()));
        writer.setText(5, male ? "M" : "F", 1);
        writer.setText(6, birth, 10);
        if (hasPhone)
            writer.setText(7, phone, 11);
        else
            writer.setNull(7);
        writer.setInt(8, m_regionIds[static_cast<std::size_t>(districts[d])]);
        writer.setInt(9, smartphone ? 1 : 0);
        if (guardian > 0)
            writer.setInt(10, guardian);
        else
            writer.setNull(10);
        const Status s = writer.addRow();
        if (!s)
            return s;
        m_districtOfPerson[person] = static_cast<std::uint16_t>(d);
        m_residents[d].push_back(person);
        if ((i + 1) % 8192 == 0 && !progress(phase, i + 1, total))
            return cancelled(phase);
    }
    Status s = writer.finish();
    if (s)
        s = deferred.value().restore();
    if (s)
        s = syncSequence(m_db, QStringLiteral("people"));
    if (!s)
        return s;
    m_report.people = total;
    m_report.guardians = guardians;
    m_report.withoutSmartphone = withoutSmartphone;
    if (!progress(phase, total, total))
        return cancelled(phase);
    return {};
}

Status DemoDataRun::generateFacts()
{
    // An outbreak in one or two districts (growing towards the end), a few sporadic cases elsewhere, their
    // close contacts, routine tests of everybody, symptom declarations and the risk areas officials declared.
    const QString phase = Tr::tr("Tests, contacts and risk areas");
    PhaseClock timer;
    timer.start();
    Rng rng(m_options.seed, kStreamFacts);
    const qint64 people = m_options.people;
    const int districtCount = static_cast<int>(m_geo.districts().size());

    std::vector<int> outbreak{static_cast<int>(rng.below(static_cast<std::uint64_t>(districtCount)))};
    if (rng.chance(0.5)) {
        const int second = static_cast<int>(rng.below(static_cast<std::uint64_t>(districtCount)));
        if (second != outbreak.front())
            outbreak.push_back(second);
    }
    const qint64 latestSample = m_end - 20 * kHour; // leaves time for the result to be reported
    qint64 outbreakStart = m_start + (m_options.days / 3) * kDay;
    if (outbreakStart > latestSample)
        outbreakStart = m_start;

    struct PendingTest
    {
        qint64 sampledAt;
        qint64 reportedAt;
        bool pcr;
        bool positive;
        bool operator<(const PendingTest& o) const
        {
            return std::tie(sampledAt, reportedAt, pcr, positive) <
                   std::tie(o.sampledAt, o.reportedAt, o.pcr, o.positive);
        }
    };
    struct Case
    {
        std::uint32_t person;
        int district;
        qint64 sampledAt;
        qint64 reportedAt;
    };
    std::unordered_map<std::uint32_t, std::vector<PendingTest>> extraTests;
    std::unordered_map<std::uint32_t, qint64> caseSampledAt;
    std::vector<Case> cases;
    const qint64 caseCount = std::min<qint64>(std::max<qint64>(3, people / 2500), std::max<qint64>(1, people / 10));
    for (qint64 c = 0; c < caseCount; ++c) {
        const bool inOutbreak = rng.chance(0.8);
        const int district = inOutbreak ? outbreak[rng.below(outbreak.size())]
                                        : static_cast<int>(rng.below(static_cast<std::uint64_t>(districtCount)));
        std::uint32_t person = 0;
        bool fresh = false;
        for (int attempt = 0; attempt < 20 && !fresh; ++attempt) {
            person = residentOf(district, rng);
            fresh = caseSampledAt.find(person) == caseSampledAt.end();
        }
        if (!fresh)
            continue;
        // Outbreak cases grow linearly in time (density ~ t); sporadic ones are spread evenly.
        const qint64 from = inOutbreak ? outbreakStart : m_start;
        const double u = inOutbreak ? std::sqrt(rng.uniform()) : rng.uniform();
        const qint64 sampled = from + static_cast<qint64>(u * static_cast<double>(latestSample - from));
        const qint64 reported = sampled + rng.between(6 * kHour, 18 * kHour);
        qint64 redFrom = reported;
        auto& tests = extraTests[person];
        tests.push_back({sampled, reported, true, true});
        if (rng.chance(0.4)) {
            // A positive self-test first, then the confirming PCR.
            const qint64 antigen = std::max(m_start, sampled - rng.between(kHour, 6 * kHour));
            const qint64 antigenReported = antigen + rng.between(15 * 60, 30 * 60);
            tests.push_back({antigen, antigenReported, false, true});
            redFrom = std::min(redFrom, antigenReported);
        }
        caseSampledAt[person] = std::min(sampled, redFrom);
        Flag& f = flagOf(person);
        f.redFrom = std::min(f.redFrom, redFrom);
        f.redUntil = f.redFrom + 14 * kDay;
        cases.push_back({person, static_cast<int>(m_districtOfPerson[person]), sampled, reported});
    }
    std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) {
        return std::tie(a.sampledAt, a.person) < std::tie(b.sampledAt, b.person);
    });
    m_report.positives = static_cast<qint64>(cases.size());

    struct Contact
    {
        std::uint32_t person;
        std::uint32_t source;
        qint64 designatedAt;
        int note;
    };
    static const char* const kContactNotes[] = {"同住人员", "同事", "同一场所暴露", "同行人员"};
    std::vector<Contact> contacts;
    for (const Case& c : cases) {
        const int k = 2 + static_cast<int>(rng.below(9));
        for (int j = 0; j < k; ++j) {
            const std::uint32_t person = residentOf(c.district, rng);
            const qint64 designated = c.reportedAt + rng.between(2 * kHour, 30 * kHour);
            if (person == c.person || designated >= m_end)
                continue;
            contacts.push_back({person, c.person, designated, j < 2 ? 0 : 1 + static_cast<int>(rng.below(3))});
            Flag& f = flagOf(person);
            f.yellowFrom = std::min(f.yellowFrom, designated);
            f.yellowUntil = std::max(f.yellowUntil == kNever ? 0 : f.yellowUntil, designated + 7 * kDay);
            // Contacts are tested on the first and third day after designation.
            for (const qint64 after : {kDay, 3 * kDay}) {
                const qint64 sampled = designated + after;
                const qint64 reported = sampled + rng.between(6 * kHour, 12 * kHour);
                if (reported < m_end)
                    extraTests[person].push_back({sampled, reported, true, false});
            }
        }
    }

    struct Symptom
    {
        std::uint32_t person;
        qint64 at;
        int symptom;
    };
    std::vector<Symptom> symptoms;
    for (const Case& c : cases)
        if (rng.chance(0.4))
            symptoms.push_back({c.person, std::max(m_start, c.sampledAt - rng.between(2 * kHour, 48 * kHour)),
                                static_cast<int>(rng.below(2))});
    const qint64 otherSymptoms = std::max<qint64>(3, people / 4000);
    for (qint64 i = 0; i < otherSymptoms; ++i)
        symptoms.push_back({static_cast<std::uint32_t>(rng.below(static_cast<std::uint64_t>(people))),
                            m_start + static_cast<qint64>(rng.below(static_cast<std::uint64_t>(m_end - m_start))),
                            static_cast<int>(rng.below(std::size(kSymptoms)))});
    for (const Symptom& s : symptoms) {
        Flag& f = flagOf(s.person);
        f.yellowFrom = std::min(f.yellowFrom, s.at);
        f.yellowUntil = std::max(f.yellowUntil == kNever ? 0 : f.yellowUntil, s.at + 3 * kDay);
    }

    struct Risk
    {
        qint64 district;
        qint64 venue;
        const char* level;
        qint64 from;
        qint64 to;
        const char* note;
    };
    std::vector<Risk> risks;
    auto addRisk = [&](qint64 district, qint64 venue, const char* level, qint64 from, qint64 to, const char* note) {
        from = std::max(from, m_start);
        to = std::min(to, m_end);
        if (to > from)
            risks.push_back({district, venue, level, from, to, note});
    };
    for (int d : outbreak) {
        addRisk(districtId(d), 0, "medium", outbreakStart + kDay, outbreakStart + 3 * kDay, "出现社区传播");
        addRisk(districtId(d), 0, "high", outbreakStart + 3 * kDay, m_end, "聚集性疫情");
    }
    std::vector<int> lowDistricts;
    for (const Case& c : cases) {
        if (std::find(outbreak.begin(), outbreak.end(), c.district) != outbreak.end() ||
            std::find(lowDistricts.begin(), lowDistricts.end(), c.district) != lowDistricts.end())
            continue;
        lowDistricts.push_back(c.district);
        addRisk(districtId(c.district), 0, "low", c.reportedAt, c.reportedAt + 7 * kDay, "散发病例");
    }
    const std::size_t caseVenues = std::min<std::size_t>(cases.size(), 3 + cases.size() / 20);
    for (std::size_t i = 0; i < caseVenues; ++i) {
        const auto& local = m_venuesOfDistrict[static_cast<std::size_t>(cases[i].district)];
        if (local.empty())
            continue;
        const Venue& v = m_venues[local[rng.below(local.size())]];
        addRisk(0, v.id, "high", cases[i].sampledAt - 2 * kDay, cases[i].sampledAt + 5 * kDay, "病例活动场所");
    }

    db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    {
        auto w =
            RowWriter::create(m_db, QStringLiteral("test_results"),
                              {QStringLiteral("person_id"), QStringLiteral("kind"), QStringLiteral("result"),
                               QStringLiteral("sampled_at"), QStringLiteral("reported_at"), QStringLiteral("lab")});
        if (!w)
            return w.error();
        RowWriter& writer = *w.value();
        // Routine screening: everybody now and then, mostly PCR at a sampling point, some antigen self-tests.
        constexpr double kPcrPerDay = 0.012;
        constexpr double kAntigenPerDay = 0.004;
        Rng testRng(m_options.seed, kStreamTests);
        std::vector<PendingTest> tests;
        qint64 stored = 0;
        for (qint64 i = 0; i < people; ++i) {
            const auto person = static_cast<std::uint32_t>(i);
            tests.clear();
            const auto isCase = caseSampledAt.find(person);
            const qint64 cutoff = isCase == caseSampledAt.end() ? kNever : isCase->second - kHour;
            for (int day = 0; day < m_options.days; ++day) {
                const double u = testRng.uniform();
                if (u >= kPcrPerDay + kAntigenPerDay)
                    continue;
                const bool pcr = u < kPcrPerDay;
                const qint64 sampled =
                    atLocalHour(m_start + day * kDay, 7 + static_cast<int>(testRng.below(13)), testRng);
                const qint64 reported =
                    sampled + (pcr ? testRng.between(6 * kHour, 20 * kHour) : testRng.between(15 * 60, 30 * 60));
                if (reported < m_end && sampled < cutoff)
                    tests.push_back({sampled, reported, pcr, false});
            }
            const auto extra = extraTests.find(person);
            if (extra != extraTests.end())
                tests.insert(tests.end(), extra->second.begin(), extra->second.end());
            std::sort(tests.begin(), tests.end());
            const std::size_t district = m_districtOfPerson[person];
            for (const PendingTest& t : tests) {
                writer.setInt(0, personId(person));
                writer.setText(1, t.pcr ? "pcr" : "antigen", t.pcr ? 3 : 7);
                writer.setText(2, t.positive ? "positive" : "negative", 8);
                writer.setInt(3, t.sampledAt);
                writer.setInt(4, t.reportedAt);
                if (t.pcr)
                    writer.setText(5, m_labsOfDistrict[2 * district + (t.sampledAt / kHour) % 2]);
                else
                    writer.setText(5, "", 0);
                const Status s = writer.addRow();
                if (!s)
                    return s;
                ++stored;
            }
            if ((i + 1) % 16384 == 0 && !progress(phase, i + 1, people))
                return cancelled(phase);
        }
        const Status s = writer.finish();
        if (!s)
            return s;
        m_report.testResults = stored;
    }
    {
        auto w = RowWriter::create(m_db, QStringLiteral("close_contacts"),
                                   {QStringLiteral("person_id"), QStringLiteral("designated_at"),
                                    QStringLiteral("source_person_id"), QStringLiteral("note")});
        if (!w)
            return w.error();
        RowWriter& writer = *w.value();
        for (const Contact& c : contacts) {
            const char* note = kContactNotes[c.note];
            writer.setInt(0, personId(c.person));
            writer.setInt(1, c.designatedAt);
            writer.setInt(2, personId(c.source));
            writer.setText(3, note, static_cast<int>(qstrlen(note)));
            const Status s = writer.addRow();
            if (!s)
                return s;
        }
        const Status s = writer.finish();
        if (!s)
            return s;
        m_report.closeContacts = static_cast<qint64>(contacts.size());
    }
    {
        auto w =
            RowWriter::create(m_db, QStringLiteral("symptom_declarations"),
                              {QStringLiteral("person_id"), QStringLiteral("declared_at"), QStringLiteral("symptom")});
        if (!w)
            return w.error();
        RowWriter& writer = *w.value();
        for (const Symptom& sd : symptoms) {
            const char* symptom = kSymptoms[sd.symptom];
            writer.setInt(0, personId(sd.person));
            writer.setInt(1, sd.at);
            writer.setText(2, symptom, static_cast<int>(qstrlen(symptom)));
            const Status s = writer.addRow();
            if (!s)
                return s;
        }
        const Status s = writer.finish();
        if (!s)
            return s;
        m_report.symptomDeclarations = static_cast<qint64>(symptoms.size());
    }
    {
        auto w = RowWriter::create(m_db, QStringLiteral("risk_areas"),
                                   {QStringLiteral("district_id"), QStringLiteral("venue_id"), QStringLiteral("level"),
                                    QStringLiteral("from_at"), QStringLiteral("to_at"), QStringLiteral("note")});
        if (!w)
            return w.error();
        RowWriter& writer = *w.value();
        for (const Risk& r : risks) {
            if (r.district > 0)
                writer.setInt(0, r.district);
            else
                writer.setNull(0);
            if (r.venue > 0)
                writer.setInt(1, r.venue);
            else
                writer.setNull(1);
            writer.setText(2, r.level, static_cast<int>(qstrlen(r.level)));
            writer.setInt(3, r.from);
            writer.setInt(4, r.to);
            writer.setText(5, r.note, static_cast<int>(qstrlen(r.note)));
            const Status s = writer.addRow();
            if (!s)
                return s;
        }
        const Status s = writer.finish();
        if (!s)
            return s;
        m_report.riskAreas = static_cast<qint64>(risks.size());
    }
    if (!progress(phase, people, people))
        return cancelled(phase);

    const bool last = m_options.scansPerDay <= 0 || m_options.days <= 0;
    QJsonObject details{
        {QStringLiteral("seed"), QString::number(m_options.seed)},
        {QStringLiteral("testResults"), m_report.testResults},
        {QStringLiteral("positives"), m_report.positives},
        {QStringLiteral("closeContacts"), m_report.closeContacts},
        {QStringLiteral("symptomDeclarations"), m_report.symptomDeclarations},
        {QStringLiteral("riskAreas"), m_report.riskAreas},
    };
    if (last)
        details.insert(QStringLiteral("report"), reportJson());
    auto a = audit::AuditLog::append(m_db, m_session.userName, QStringLiteral("demo.generate"),
                                     QStringLiteral("phase:facts"), details);
    if (!a)
        return a.error();
    const Status c = tx.commit();
    if (!c)
        return c;
    timePhase(QStringLiteral("facts"),
              m_report.testResults + m_report.closeContacts + m_report.symptomDeclarations + m_report.riskAreas, timer);
    return {};
}

Status DemoDataRun::generateScans()
{
    if (m_options.scansPerDay <= 0 || m_options.days <= 0)
        return {};
    PhaseClock timer;
    timer.start();
    // The venue drawn for a scan depends on the local hour and on weekday or weekend: offices at nine,
    // restaurants at noon and seven, parks at dawn and on Sundays. Tables: [weekend * 24 + hour].
    std::vector<AliasTable> venueByHour;
    std::vector<double> hourTotals;
    std::vector<double> weights(m_venues.size());
    for (int weekend = 0; weekend < 2; ++weekend)
        for (int hour = 0; hour < 24; ++hour) {
            double total = 0;
            for (std::size_t v = 0; v < m_venues.size(); ++v) {
                const VenueKind& k = kKinds[m_venues[v].kind];
                const double byHour = (k.hours[hour] - '0') + 0.05;
                weights[v] = m_venues[v].popularity * byHour * (weekend ? k.weekend : 1.0);
                total += weights[v];
            }
            venueByHour.emplace_back(weights);
            hourTotals.push_back(total);
        }

    // All days in one transaction: the scan indexes are rebuilt once at the end, and a cancelled or
    // failed run stores no scans at all (and gets its indexes back with the rollback).
    db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto deferred = DeferredIndexes::suspend(m_db, QStringLiteral("scan_events"));
    if (!deferred)
        return deferred.error();
    {
        auto w = RowWriter::create(m_db, QStringLiteral("scan_events"),
                                   {QStringLiteral("provider"), QStringLiteral("scanned_at"),
                                    QStringLiteral("venue_id"), QStringLiteral("lat"), QStringLiteral("lon"),
                                    QStringLiteral("person_id"), QStringLiteral("colour")});
        if (!w)
            return w.error();
        // While SQLite stores one day, the next is generated on the other core.
        auto generate = [this, &venueByHour, &hourTotals](int day) { return scansOfDay(day, venueByHour, hourTotals); };
        std::future<std::vector<Scan>> next = std::async(std::launch::async, generate, 0);
        for (int day = 0; day < m_options.days; ++day) {
            const std::vector<Scan> scans = next.get();
            if (day + 1 < m_options.days)
                next = std::async(std::launch::async, generate, day + 1);
            const Status s = writeScanDay(day, scans, *w.value());
            if (!s)
                return s; // next's destructor waits for the day being generated
        }
        const Status s = w.value()->finish();
        if (!s)
            return s;
    }
    const QString indexing = Tr::tr("Indexing scans");
    if (!progress(indexing, 0, 1))
        return cancelled(indexing);
    PhaseClock indexTimer;
    indexTimer.start();
    const Status indexed = deferred.value().restore();
    if (!indexed)
        return indexed;
    timePhase(QStringLiteral("scan indexes"), m_options.scansPerDay * m_options.days, indexTimer);
    if (!progress(indexing, 1, 1))
        return cancelled(indexing);

    m_report.scans = m_options.scansPerDay * m_options.days;
    const QJsonObject details{
        {QStringLiteral("seed"), QString::number(m_options.seed)},
        {QStringLiteral("days"), m_options.days},
        {QStringLiteral("scansPerDay"), m_options.scansPerDay},
        {QStringLiteral("scans"), m_report.scans},
        {QStringLiteral("from"), m_start},
        {QStringLiteral("to"), m_end},
        {QStringLiteral("report"), reportJson()},
    };
    auto a = audit::AuditLog::append(m_db, m_session.userName, QStringLiteral("demo.generate"),
                                     QStringLiteral("phase:scans"), details);
    if (a) {
        const Status c = tx.commit();
        if (!c)
            a = c.error();
    }
    if (!a) {
        m_report.scans = 0;
        return a.error();
    }
    timePhase(QStringLiteral("scans"), m_report.scans, timer);
    return {};
}

std::vector<DemoDataRun::Scan> DemoDataRun::scansOfDay(int day, const std::vector<AliasTable>& venueByHour,
                                                       const std::vector<double>& hourTotals) const
{
    const qint64 dayStart = m_start + static_cast<qint64>(day) * kDay;
    Rng rng(m_options.seed, kStreamScans + static_cast<std::uint64_t>(day));

    // Each hour of this (UTC) day gets scans in proportion to what its venues draw at that local hour.
    std::array<int, 24> table{};
    std::vector<double> slotWeights(24);
    for (std::size_t slot = 0; slot < 24; ++slot) {
        const qint64 t = dayStart + static_cast<qint64>(slot) * kHour;
        table[slot] = (isWeekend(t) ? 24 : 0) + localHour(t);
        slotWeights[slot] = hourTotals[static_cast<std::size_t>(table[slot])];
    }
    const AliasTable slots(slotWeights);

    std::vector<Scan> scans(static_cast<std::size_t>(m_options.scansPerDay));
    const auto people = static_cast<std::uint64_t>(m_districtOfPerson.size());
    for (Scan& s : scans) {
        const std::uint32_t slot = slots.sample(rng);
        s.second = slot * 3600 + static_cast<std::uint32_t>(rng.below(3600));
        s.venue = venueByHour[static_cast<std::size_t>(table[slot])].sample(rng);
        const qint64 at = dayStart + s.second;
        // Most people are scanned near home; red codes mostly stay at home.
        std::uint32_t person = rng.chance(0.85) ? residentOf(m_venues[s.venue].district, rng)
                                                : static_cast<std::uint32_t>(rng.below(people));
        if (m_flagIndex[person] != 0 && colourAt(person, at) == Red && rng.chance(0.9))
            person = static_cast<std::uint32_t>(rng.below(people));
        s.person = person;
        s.colour = colourAt(person, at);
    }
    // Counting sort by second: stable, linear, and rows are stored in time order.
    std::vector<std::uint32_t> starts(kDay + 1, 0);
    for (const Scan& s : scans)
        ++starts[s.second + 1];
    for (std::size_t i = 1; i < starts.size(); ++i)
        starts[i] += starts[i - 1];
    std::vector<Scan> sorted(scans.size());
    for (const Scan& s : scans)
        sorted[starts[s.second]++] = s;
    return sorted;
}

Status DemoDataRun::writeScanDay(int day, const std::vector<Scan>& scans, RowWriter& writer)
{
    const QString phase = Tr::tr("Scans");
    const qint64 perDay = m_options.scansPerDay;
    const qint64 total = perDay * m_options.days;
    const qint64 dayStart = m_start + static_cast<qint64>(day) * kDay;
    const qint64 doneBefore = static_cast<qint64>(day) * perDay;
    for (std::size_t i = 0; i < scans.size(); ++i) {
        const Scan& s = scans[i];
        const Venue& v = m_venues[s.venue];
        writer.setText(0, "demo", 4);
        writer.setInt(1, dayStart + s.second);
        writer.setInt(2, v.id);
        writer.setDouble(3, v.lat);
        writer.setDouble(4, v.lon);
        writer.setInt(5, personId(s.person));
        writer.setText(6, kColourText[s.colour], kColourLength[s.colour]);
        const Status st = writer.addRow();
        if (!st)
            return st;
        if ((i + 1) % 16384 == 0 && !progress(phase, doneBefore + static_cast<qint64>(i) + 1, total))
            return cancelled(phase);
    }
    if (!progress(phase, static_cast<qint64>(day + 1) * perDay, total))
        return cancelled(phase);
    return {};
}

} // namespace hc::demo
