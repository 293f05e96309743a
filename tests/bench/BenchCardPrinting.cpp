// Card printing benchmark (driven by bench-printing.sh, which also runs the reference pipelines):
//   BenchCardPrinting csv N FILE.csv   N tokens of our real format and length, as the peers' CSV
//   (id,name,district,token) BenchCardPrinting raw N            signing + QR encoding alone, on one core and on all
//   cores BenchCardPrinting pdf N FILE.pdf   the whole print path: selection, signing, QR, PDF, batch records
// Each mode sets up its own SQLite database with N people and a cards key first (not timed). Figures only,
// never asserts on time.

#include "BenchSupport.h"
#include "TestDatabase.h"

#include "codes/KeyService.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "printing/CardIssuer.h"
#include "printing/CardPainter.h"
#include "printing/CardPdfWriter.h"
#include "printing/CardPrinter.h"
#include "printing/CardSelection.h"
#include "printing/CardSheetWriter.h"
#include "services/Jurisdictions.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <limits>

using namespace hc;
using bench::cpuSeconds;

namespace {
const QString kPass = QStringLiteral("benchmark passphrase");
const char* const kSurnames[] = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"};
const char* const kGiven[] = {"Wei", "Fang", "Na", "Min", "Jing", "Qiang", "Lei", "Jun", "Xiu Ying", "Gui Ying"};
const char16_t* const kHanSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周"};
const char16_t* const kHanGiven[] = {u"伟", u"芳", u"娜", u"敏", u"静", u"强", u"磊", u"军", u"秀英", u"桂英"};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

// Peak resident memory since the last reset (VmHWM), in MiB; reset() starts a new measurement.
double peakMib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return -1;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

struct Setup
{
    std::unique_ptr<test::TestDatabase> t;
    auth::Session admin;
    qint64 district = 0;
};

bool setUp(Setup& s, qint64 people)
{
    QElapsedTimer timer;
    timer.start();
    s.t = std::make_unique<test::TestDatabase>();
    if (!s.t->isReady()) {
        out() << "database: " << s.t->error() << Qt::endl;
        return false;
    }
    s.admin = s.t->initAdmin();
    const db::Database& db = s.t->db();
    db::Transaction tx(db);
    auto city = db::insert(
        db,
        QStringLiteral("INSERT INTO jurisdictions (code, name, name_en, level, parent_id) VALUES (?, ?, ?, 'city', ?)"),
        {QStringLiteral("330100"), QStringLiteral("杭州市"), QStringLiteral("Hangzhou"), s.admin.jurisdictionId});
    auto district = db::insert(
        db,
        QStringLiteral(
            "INSERT INTO jurisdictions (code, name, name_en, level, parent_id) VALUES (?, ?, ?, 'district', ?)"),
        {QStringLiteral("330106"), QStringLiteral("西湖区"), QStringLiteral("Xihu"), city.value()});
    s.district = district.value();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO people (id, national_id, pseudonym, name, sex, birth_date, district_id, has_smartphone) "
        "VALUES (?, ?, ?, ?, 'F', '1940-01-01', ?, 0)"));
    for (qint64 i = 1; i <= people; ++i) {
        q.bindValue(0, i);
        q.bindValue(1, QStringLiteral("P%1").arg(i, 17, 10, QLatin1Char('0'))); // unique; validity does not matter here
        q.bindValue(
            2, QStringLiteral("%1").arg(static_cast<quint64>(0x5a00000000000000ULL) + static_cast<quint64>(i) * 7919,
                                        16, 16, QLatin1Char('0')));
        q.bindValue(3,
                    QString(QString::fromUtf16(kHanSurnames[i % 10]) + QString::fromUtf16(kHanGiven[(i / 10) % 10])));
        q.bindValue(4, s.district);
        if (!q.exec()) {
            out() << "insert failed" << Qt::endl;
            return false;
        }
    }
    if (!tx.commit())
        return false;
    s.admin.scope = services::Jurisdictions::subtree(db, s.admin.jurisdictionId).value();
    auto key = codes::KeyService::generate(db, s.admin, QStringLiteral("cards"), s.admin.jurisdictionId, kPass);
    if (!key) {
        out() << key.error().message << Qt::endl;
        return false;
    }
    out() << "setup (database, " << people << " people, key): " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

Result<printing::CardIssuer> issuerFor(const Setup& s)
{
    auto key = crypto::KeyStore::unlockActive(s.t->db(), QStringLiteral("cards"), kPass);
    if (!key)
        return key.error();
    auto j = services::Jurisdictions::byId(s.t->db(), key.value().key.jurisdictionId);
    return printing::CardIssuer(QByteArray::fromHex(key.value().key.kid.toLatin1()), key.value().secretKey,
                                j.value().code, 365 * 86400, false);
}

QList<printing::SelectedPerson> everyone(const Setup& s, qint64 n)
{
    printing::SelectionCriteria c;
    auto people = printing::CardSelection::page(s.t->db(), s.admin, c, 0, static_cast<int>(n));
    return people ? people.value() : QList<printing::SelectedPerson>();
}

int csv(qint64 n, const QString& path)
{
    Setup s;
    if (!setUp(s, n))
        return 1;
    auto issuer = issuerFor(s);
    auto cards = issuer.value().issue(everyone(s, n), QDateTime::currentSecsSinceEpoch());
    if (!cards) {
        out() << cards.error().message << Qt::endl;
        return 1;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    QTextStream w(&f);
    w << "id,name,district,token\n";
    qsizetype shortest = std::numeric_limits<qsizetype>::max();
    qsizetype longest = 0;
    int lowest = 40;
    int highest = 0;
    for (qsizetype i = 0; i < cards.value().size(); ++i) {
        const auto& c = cards.value().at(i);
        // ASCII names: the reportlab peer's built-in font has no CJK glyphs. Base45 has no comma or quote.
        w << QStringLiteral("%1").arg(110101000000000000LL + i) << ',' << kSurnames[i % 10] << ' '
          << kGiven[(i / 10) % 10] << ',' << "Xihu" << ',' << c.token << '\n';
        shortest = std::min(shortest, c.token.size());
        longest = std::max(longest, c.token.size());
        lowest = std::min(lowest, c.qr.version);
        highest = std::max(highest, c.qr.version);
    }
    const auto& first = cards.value().first();
    out() << "tokens: " << cards.value().size() << ", " << shortest << " to " << longest
          << " characters, QR versions " << lowest << " to " << highest << " at level Q; e.g. version "
          << first.qr.version << " (" << first.qr.size << " modules) in "
          << printing::CardPainter::rectangleCount(first.qr) << " rectangles" << Qt::endl;
    return 0;
}

int raw(qint64 n)
{
    Setup s;
    if (!setUp(s, n))
        return 1;
    auto issuer = issuerFor(s);
    const auto people = everyone(s, n);
    double issueCpuPerCard = 0; // signing + QR, as the print path issues cards (the one-thread raw run)
    double writeCpuPerCard = 0; // laying out and writing the PDF directly, one core
    {
        // The two halves on one core: signing (CBOR, Ed25519, zlib, base45) and QR encoding.
        auto one = issuer.value().issueOne(people.first(), QDateTime::currentSecsSinceEpoch());
        double cpu = cpuSeconds();
        for (const auto& p : people)
            Q_UNUSED(issuer.value().issueOne(p, QDateTime::currentSecsSinceEpoch()));
        const double both = cpuSeconds() - cpu;
        cpu = cpuSeconds();
        for (qint64 i = 0; i < n; ++i)
            Q_UNUSED(codes::QrEncoder::encode(one.value().token));
        const double qr = cpuSeconds() - cpu;
        out() << "one core (CPU time): sign " << qRound(n / (both - qr)) << " tokens/s, QR encode " << qRound(n / qr)
              << " codes/s (" << one.value().token.size() << " characters, version " << one.value().qr.version << ")"
              << Qt::endl;
    }
    {
        // Painting alone: the same cards laid out into a PDF, no signing and no database; written directly (the
        // print path) and, on fewer cards, through QPdfWriter (the path printers take) for comparison.
        auto cards = issuer.value().issue(people, QDateTime::currentSecsSinceEpoch());
        auto faceOf = [](const printing::IssuedCard& c) {
            printing::CardFace f;
            f.maskedName = c.person.name;
            f.districtName = c.person.districtName;
            f.districtNameEn = c.person.districtNameEn;
            f.issuerName = QStringLiteral("Test");
            f.serial = c.claims.serialText();
            f.issuedAt = c.claims.issuedAt;
            f.expiresAt = c.claims.expiresAt;
            f.qr = c.qr;
            return f;
        };
        for (const bool painted : {false, true}) {
            const qsizetype count = painted ? std::min<qsizetype>(cards.value().size(), 2000) : cards.value().size();
            QFile file(QStringLiteral("/dev/null"));
            file.open(QIODevice::WriteOnly);
            QPdfWriter device(&file);
            device.setResolution(254);
            const double cpu = cpuSeconds();
            std::unique_ptr<printing::CardOutput> output;
            if (painted)
                output = std::make_unique<printing::CardSheetWriter>(device, printing::CardTemplate());
            else
                output = std::make_unique<printing::CardPdfWriter>(file, printing::CardTemplate());
            Q_UNUSED(output->begin());
            for (qsizetype i = 0; i < count; ++i)
                output->addCard(faceOf(cards.value().at(i)));
            Q_UNUSED(output->finish());
            const double secs = cpuSeconds() - cpu;
            if (!painted)
                writeCpuPerCard = secs / static_cast<double>(count);
            out() << "one core: " << (painted ? "painting through QPdfWriter " : "writing the PDF directly ")
                  << qRound(count / secs) << " cards/s (CPU time, " << count << " cards)" << Qt::endl;
        }
    }
    const int cores = std::max(1, QThread::idealThreadCount());
    for (int threads : {1, cores}) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        auto cards = issuer.value().issue(people, QDateTime::currentSecsSinceEpoch(), threads);
        const double secs = timer.nsecsElapsed() / 1e9;
        if (threads == 1)
            issueCpuPerCard = (cpuSeconds() - cpu) / static_cast<double>(n);
        out() << "raw sign+QR " << threads << " thread(s): " << n << " cards in " << secs << " s = " << qRound(n / secs)
              << " cards/s (CPU " << cpuSeconds() - cpu << " s)" << Qt::endl;
        if (threads == cores && threads > 1) {
            // What the PDF path could reach if its work spread perfectly over every core, with recording the
            // cards and unlocking the key free: the CPU it cannot avoid, divided among the cores.
            const double bound = cores / (issueCpuPerCard + writeCpuPerCard);
            out() << "bound: signing + QR " << issueCpuPerCard * 1e3 << " ms and writing " << writeCpuPerCard * 1e3
                  << " ms CPU a card; on " << cores << " cores at best " << qRound(bound) << " cards/s, "
                  << (n / secs) / bound << "x slower than raw (records and key unlock not counted)" << Qt::endl;
        }
    }
    return 0;
}

int pdf(qint64 n, const QString& path)
{
    Setup s;
    if (!setUp(s, n))
        return 1;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    printing::PrintRequest request;
    request.passphrase = kPass;
    request.destination = QStringLiteral("file:") + path;
    {
        // Unlocking the key (Argon2id, 64 MiB) is part of every print run; shown on its own for comparison.
        QElapsedTimer unlock;
        unlock.start();
        auto key = crypto::KeyStore::unlockActive(s.t->db(), QStringLiteral("cards"), kPass);
        out() << "key unlock (Argon2id, included in the pdf path): " << unlock.nsecsElapsed() / 1e9 << " s" << Qt::endl;
    }
    resetPeak();
    const double before = peakMib();
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    auto outcome = printing::CardPrinter::printPdf(s.t->db(), s.admin, request, file);
    const double secs = timer.nsecsElapsed() / 1e9;
    file.close();
    if (!outcome) {
        out() << outcome.error().message << Qt::endl;
        return 1;
    }
    out() << "pdf path: " << outcome.value().printed << " cards on " << outcome.value().sheets << " sheets in " << secs
          << " s = " << qRound(outcome.value().printed / secs)
          << " cards/s (includes unlocking the key: Argon2id); CPU " << cpuSeconds() - cpu << " s" << Qt::endl;
    out() << "pdf size: " << QFile(path).size() << " bytes" << Qt::endl;
    out() << "print peak RSS: " << peakMib() << " MiB (at start " << before << " MiB)" << Qt::endl;
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.value(0);
    const qint64 n = args.value(1).toLongLong();
    if (n <= 0 || (mode != QLatin1String("raw") && args.size() < 3)) {
        std::fputs("usage: BenchCardPrinting csv N FILE.csv | raw N | pdf N FILE.pdf\n", stderr);
        return 2;
    }
    if (mode == QLatin1String("csv"))
        return csv(n, args.value(2));
    if (mode == QLatin1String("raw"))
        return raw(n);
    if (mode == QLatin1String("pdf"))
        return pdf(n, args.value(2));
    std::fputs("unknown mode\n", stderr);
    return 2;
}
