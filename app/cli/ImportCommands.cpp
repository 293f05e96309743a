// healthcode-ctl import scans|people|tests|risk-areas|venues|jurisdictions, scans purge, rollups rebuild.

#include "Arguments.h"
#include "Ctl.h"
#include "ExitCodes.h"
#include "Terminal.h"
#include "heatmap/Retention.h"
#include "heatmap/Rollups.h"
#include "imports/ColumnMapping.h"
#include "imports/ImportService.h"
#include "imports/TextDecoder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>


namespace hc::cli {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::cli)
};

QString iso(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

int importFiles(Ctl& ctl, const QStringList& args)
{
    Arguments a(args,
                {QStringLiteral("encoding"), QStringLiteral("provider"), QStringLiteral("report"),
                 QStringLiteral("map"), QStringLiteral("time-zone"), QStringLiteral("batch-size"),
                 QStringLiteral("format")},
                {QStringLiteral("force")});
    const auto batch = a.integer(QStringLiteral("batch-size"), 50000, 1, 10'000'000);
    if (!a.isValid())
        return ctl.usage(a.error());
    const auto kind = imports::ImportKinds::fromName(a.positional(0));
    if (!kind || a.positional().size() < 2)
        return ctl.usage(Tr::tr("Usage: import scans|people|tests|risk-areas|venues FILE... [--encoding utf-8|gb18030] "
                                "[--provider NAME] [--report FILE.csv] [--map FIELD=COLUMN,...] [--time-zone ZONE] "
                                "[--force]; import jurisdictions FILE.geojson"));
    imports::ImportOptions o;
    o.batchSize = *batch;
    o.force = a.has(QStringLiteral("force"));
    o.provider = a.value(QStringLiteral("provider"));
    if (a.has(QStringLiteral("encoding"))) {
        const auto e = imports::TextDecoder::fromName(a.value(QStringLiteral("encoding")));
        if (!e)
            return ctl.usage(
                Tr::tr("Unknown encoding \"%1\": use utf-8 or gb18030.").arg(a.value(QStringLiteral("encoding"))));
        o.encoding = *e;
    }
    if (a.has(QStringLiteral("format"))) {
        const QString f = a.value(QStringLiteral("format")).toLower();
        if (f == QLatin1String("csv"))
            o.format = imports::RecordReader::Format::Csv;
        else if (f == QLatin1String("jsonl"))
            o.format = imports::RecordReader::Format::JsonLines;
        else
            return ctl.usage(Tr::tr("Unknown format \"%1\": use csv or jsonl.").arg(f));
    }
    if (a.has(QStringLiteral("time-zone"))) {
        o.timeZone = QTimeZone(a.value(QStringLiteral("time-zone")).toUtf8());
        if (!o.timeZone.isValid())
            return ctl.usage(Tr::tr("Unknown time zone \"%1\" (write for example Asia/Shanghai).")
                                 .arg(a.value(QStringLiteral("time-zone"))));
    }
    auto map = imports::ColumnMapping::parseOverrides(a.value(QStringLiteral("map")));
    if (!map)
        return ctl.usage(map.error().message);
    o.columns = map.value();
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;

    int exit = Ok;
    QList<imports::ImportReport> reports;
    QList<std::pair<QString, QString>> fatal;
    for (const QString& path : a.positional().mid(1)) {
        ProgressPrinter progress;
        auto r = imports::ImportService::importFile(*ctl.database(), *s, *kind, path, o, std::ref(progress));
        progress.end();
        if (!r) {
            // A file refused as a whole: nothing of it is stored; the other files still go in.
            fatal << std::pair{QFileInfo(path).fileName(), r.error().message};
            const int code = ctl.fail(r.error());
            if (exit == Ok)
                exit = code;
            continue;
        }
        const imports::ImportReport& rep = r.value();
        reports << rep;
        if (rep.alreadyImported) {
            ctl.out() << Tr::tr("%1: already imported completely with these settings (run %2; rows rejected: %3); "
                                "nothing to do. Use --force to import it again.")
                             .arg(path)
                             .arg(rep.runId)
                             .arg(rep.earlierRejected)
                      << Qt::endl;
            continue;
        }
        ctl.out() << Tr::tr("%1: %2 imported, %3 duplicates, %4 rejected (%5, run %6%7).")
                         .arg(path)
                         .arg(rep.imported)
                         .arg(rep.duplicates)
                         .arg(rep.rejected)
                         .arg(rep.encoding)
                         .arg(rep.runId)
                         .arg(rep.resumed ? Tr::tr(", resumed") : QString())
                  << Qt::endl;
        if (!rep.completed()) {
            const int code = ctl.fail(rep.error);
            if (exit == Ok)
                exit = code;
        }
    }
    if (a.has(QStringLiteral("report"))) {
        const Status w = imports::ImportReport::writeCsv(a.value(QStringLiteral("report")), reports, fatal);
        if (!w) {
            const int code = ctl.fail(w.error());
            return exit == Ok ? code : exit;
        }
        ctl.out() << Tr::tr("Rejected rows written to %1.").arg(a.value(QStringLiteral("report"))) << Qt::endl;
    }
    return exit;
}
} // namespace

int runImport(Ctl& ctl, const QStringList& args)
{
    return importFiles(ctl, args);
}

int runScans(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {QStringLiteral("days")});
    const auto days = a.integer(QStringLiteral("days"), 0, 1, 3650);
    if (!a.isValid())
        return ctl.usage(a.error());
    if (a.positional() != QStringList{QStringLiteral("purge")})
        return ctl.usage(Tr::tr("Usage: scans purge [--days N]"));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    ProgressPrinter progress;
    auto r = heatmap::Retention::purge(*ctl.database(), *s, std::ref(progress),
                                       *days > 0 ? std::optional<int>(static_cast<int>(*days)) : std::nullopt);
    progress.end();
    if (!r)
        return ctl.fail(r.error());
    const auto& p = r.value();
    if (p.deleted > 0)
        ctl.out() << Tr::tr("Purged %1 scans from %2 to %3 (older than %4); %5 rollup buckets hardened.")
                         .arg(p.deleted)
                         .arg(iso(p.oldestDeleted), iso(p.newestDeleted), iso(p.cutoff))
                         .arg(p.hardenedBuckets)
                  << Qt::endl;
    else
        ctl.out() << Tr::tr("No scans older than %1 to purge; %2 rollup buckets hardened.")
                         .arg(iso(p.cutoff))
                         .arg(p.hardenedBuckets)
                  << Qt::endl;
    return Ok;
}

int runRollups(Ctl& ctl, const QStringList& args)
{
    Arguments a(args, {QStringLiteral("cell-size")});
    const auto cell = a.integer(QStringLiteral("cell-size"), 0, 50, 20000);
    if (!a.isValid())
        return ctl.usage(a.error());
    if (a.positional() != QStringList{QStringLiteral("rebuild")})
        return ctl.usage(Tr::tr("Usage: rollups rebuild [--cell-size METRES]"));
    const auth::Session* s = ctl.session();
    if (!s)
        return -1;
    ProgressPrinter progress;
    auto r = heatmap::Rollups::rebuild(*ctl.database(), *s, std::ref(progress), static_cast<int>(*cell));
    progress.end();
    if (!r)
        return ctl.fail(r.error());
    const auto& v = r.value();
    ctl.out() << Tr::tr("Rebuilt the heatmap rollups from %1 scans (%2 m cells) in %3 s.")
                     .arg(v.scans)
                     .arg(v.cellSizeMetres)
                     .arg(v.seconds, 0, 'f', 1);
    if (v.unplaced > 0)
        ctl.out() << ' ' << Tr::tr("%1 scans lie in no city and are not counted.").arg(v.unplaced);
    if (v.keptBefore > 0)
        ctl.out() << ' ' << Tr::tr("Rollups before %1 were kept: their scans are purged.").arg(iso(v.keptBefore));
    ctl.out() << Qt::endl;
    return Ok;
}

} // namespace hc::cli
