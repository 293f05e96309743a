#include "JurisdictionImporter.h"

#include "ImportRun.h"
#include "TextDecoder.h"
#include "audit/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "heatmap/Boundary.h"
#include "heatmap/Rollups.h"
#include "services/Jurisdictions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace hc::imports {

namespace {
// Q_DECLARE_TR_FUNCTIONS names the context for lupdate as well as for translate(), so every Tr::tr string
// is extracted under the context it is looked up in, whatever function or class it is called from.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hc::imports::JurisdictionImporter)
};

int levelRank(const QString& level)
{
    if (level == QLatin1String("province"))
        return 0;
    if (level == QLatin1String("city"))
        return 1;
    if (level == QLatin1String("district"))
        return 2;
    return -1;
}

QString normalisedLevel(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("province") || t == QStringLiteral("省") || t == QStringLiteral("自治区") ||
        t == QStringLiteral("直辖市"))
        return QStringLiteral("province");
    if (t == QLatin1String("city") || t == QStringLiteral("市") || t == QStringLiteral("地级市") ||
        t == QStringLiteral("地区") || t == QStringLiteral("自治州"))
        return QStringLiteral("city");
    if (t == QLatin1String("district") || t == QLatin1String("county") || t == QStringLiteral("区") ||
        t == QStringLiteral("县") || t == QStringLiteral("区县") || t == QStringLiteral("县级市"))
        return QStringLiteral("district");
    return {};
}

QString text(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isString())
            return v.toString().trimmed();
        if (v.isDouble()) {
            // A code written as a number; one beyond what a double holds exactly is kept as written.
            const double d = v.toDouble();
            return std::fabs(d) <= 9007199254740992.0 && d == std::floor(d) ? QString::number(static_cast<qint64>(d))
                                                                             : QString::number(d, 'g', 17);
        }
    }
    return {};
}

struct Feature
{
    qint64 number = 0;
    QString code;
    QString name;
    QString nameEn;
    QString level;
    QString parent;
    QString boundary; // compact GeoJSON; empty: none given
};

struct Existing
{
    qint64 id = 0;
    QString name;
    QString nameEn;
    QString level;
    qint64 parentId = 0;
    QString boundary;
};

qint64 lineOf(const QByteArray& bytes, qint64 offset)
{
    return bytes.left(offset).count('\n') + 1;
}
} // namespace

JurisdictionImporter::JurisdictionImporter(const db::Database& db, const auth::Session& session,
                                           const ImportOptions& options)
    : m_db(db), m_session(session), m_options(options)
{}

Result<ImportReport> JurisdictionImporter::run(const QString& path, const Progress& progress)
{
    const Status allowed = m_session.require(auth::Permission::ImportData);
    if (!allowed)
        return allowed.error();
    const QString shownName = QDir::toNativeSeparators(path);
    const QString baseName = QFileInfo(path).fileName();
    auto fatal = [&](const QString& message) {
        const Error e = makeError(ErrorCode::InvalidArgument, shownName + QStringLiteral(": ") + message);
        auto a = audit::AuditLog::appendAlone(m_db, m_session.userName, QStringLiteral("import.refused"),
                                              QStringLiteral("file:") + baseName,
                                              {{QStringLiteral("kind"), ImportKinds::key(ImportKind::Jurisdictions)},
                                               {QStringLiteral("reason"), e.message}});
        Q_UNUSED(a);
        return e;
    };
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound, Tr::tr("%1: there is no such file.").arg(shownName));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("%1: cannot be opened: %2").arg(shownName, file.errorString()));
    if (file.size() > kMaxBytes)
        return fatal(Tr::tr("the file is larger than %1 MiB; split it by city.").arg(kMaxBytes >> 20));
    if (progress && !progress(Tr::tr("Reading %1").arg(baseName), 0, file.size()))
        return makeError(ErrorCode::Cancelled, Tr::tr("%1: cancelled; nothing was imported.").arg(shownName));
    QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return fatal(Tr::tr("the file is empty."));
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (bytes.contains('\0'))
        return fatal(Tr::tr("contains a NUL byte: this is a binary file, not GeoJSON."));
    if (TextDecoder::startsWithUtf8Bom(bytes))
        bytes.remove(0, 3);
    QString encoding = QStringLiteral("UTF-8");
    if (m_options.encoding == TextEncoding::Gb18030) {
        const qsizetype bad = TextDecoder::invalidOffset(TextEncoding::Gb18030, bytes);
        if (bad >= 0)
            return fatal(
                Tr::tr("line %1: the text is not valid GB18030 (byte offset %2).").arg(lineOf(bytes, bad)).arg(bad));
        TextDecoder d(TextEncoding::Gb18030);
        const auto decoded = d.decode(bytes);
        if (!decoded)
            return fatal(Tr::tr("the text is not valid GB18030."));
        bytes = decoded->toUtf8();
        encoding = QStringLiteral("GB18030");
    } else {
        const qsizetype bad = TextDecoder::invalidOffset(TextEncoding::Utf8, bytes);
        if (bad >= 0)
            return fatal(Tr::tr("line %1: the text is not valid UTF-8 (byte offset %2); GeoJSON is always UTF-8.")
                             .arg(lineOf(bytes, bad))
                             .arg(bad));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fatal(
            Tr::tr("line %1: not valid JSON: %2.").arg(lineOf(bytes, parseError.offset)).arg(parseError.errorString()));
    if (!doc.isObject() || doc.object().value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection") ||
        !doc.object().value(QLatin1String("features")).isArray())
        return fatal(Tr::tr("this is not a GeoJSON FeatureCollection with a \"features\" array."));
    const QJsonArray features = doc.object().value(QLatin1String("features")).toArray();

    ImportReport report;
    report.fileName = baseName;
    report.kind = ImportKind::Jurisdictions;
    report.encoding = encoding;
    report.sha256 = sha256;
    auto latest = ImportRun::latest(m_db, ImportKind::Jurisdictions, QString(), sha256);
    if (!latest)
        return latest.error();
    if (latest.value() && latest.value()->state == QLatin1String("completed") && !m_options.force) {
        report.runId = latest.value()->id;
        report.alreadyImported = true;
        report.earlierRejected = latest.value()->rejected;
        return report;
    }

    QList<RejectedRow> rejects;
    QList<Feature> rows;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const qint64 n = i + 1;
        const QJsonObject f = features.at(i).toObject();
        if (f.value(QLatin1String("type")).toString() != QLatin1String("Feature")) {
            rejects << RejectedRow{n, QString(), Tr::tr("Feature %1 is not a GeoJSON Feature.").arg(n)};
            continue;
        }
        const QJsonObject p = f.value(QLatin1String("properties")).toObject();
        Feature row;
        row.number = n;
        row.code = text(p, {"code", "adcode", "编码", "区划代码"});
        row.name = text(p, {"name", "名称"});
        row.nameEn = text(p, {"name_en", "nameEn", "英文名"});
        row.level = normalisedLevel(text(p, {"level", "级别"}));
        row.parent = text(p, {"parent", "parent_code", "parentCode", "上级编码"});
        if (row.code.isEmpty() || row.code.size() > 32) {
            rejects << RejectedRow{n, QStringLiteral("code"),
                                   Tr::tr("Feature %1 has no code (or one over 32 characters).").arg(n)};
            continue;
        }
        if (row.name.isEmpty() || row.name.size() > 100) {
            rejects << RejectedRow{n, QStringLiteral("name"),
                                   Tr::tr("Feature %1 (%2) has no name.").arg(n).arg(row.code)};
            continue;
        }
        if (row.level.isEmpty()) {
            rejects << RejectedRow{
                n, QStringLiteral("level"),
                Tr::tr("Feature %1 (%2) has no level, or not province, city or district.").arg(n).arg(row.code)};
            continue;
        }
        const QJsonValue geometry = f.value(QLatin1String("geometry"));
        if (geometry.isObject()) {
            auto b = heatmap::Boundary::fromGeoJson(geometry.toObject());
            if (!b) {
                rejects << RejectedRow{n, QStringLiteral("geometry"),
                                       Tr::tr("Feature %1 (%2): %3").arg(n).arg(row.code, b.error().message)};
                continue;
            }
            row.boundary = b.value().toText();
        } else if (!geometry.isNull() && !geometry.isUndefined()) {
            rejects << RejectedRow{
                n, QStringLiteral("geometry"),
                Tr::tr("Feature %1 (%2) has a geometry that is not an object.").arg(n).arg(row.code)};
            continue;
        }
        rows << row;
    }
    // Parents before children, whatever order the file has.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Feature& a, const Feature& b) { return levelRank(a.level) < levelRank(b.level); });

    db::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Status st = heatmap::Rollups::lock(m_db);
    if (!st)
        return st.error();
    QHash<QString, Existing> existing;
    {
        auto q = db::run(
            m_db, QStringLiteral("SELECT code, id, name, name_en, level, parent_id, boundary FROM jurisdictions"));
        if (!q)
            return q.error();
        while (q.value().next())
            existing.insert(q.value().value(0).toString(),
                            Existing{q.value().value(1).toLongLong(), q.value().value(2).toString(),
                                     q.value().value(3).toString(), q.value().value(4).toString(),
                                     q.value().value(5).toLongLong(), q.value().value(6).toString()});
    }
    auto run = ImportRun::create(m_db, ImportKind::Jurisdictions, QString(), baseName, sha256, file.size(), encoding,
                                 QString(), m_session.userId);
    if (!run)
        return run.error();
    auto a = audit::AuditLog::append(m_db, m_session.userName, QStringLiteral("import.start"),
                                     QStringLiteral("import:%1").arg(run.value().id),
                                     {{QStringLiteral("file"), baseName},
                                      {QStringLiteral("kind"), ImportKinds::key(ImportKind::Jurisdictions)},
                                      {QStringLiteral("sha256"), sha256},
                                      {QStringLiteral("features"), static_cast<double>(features.size())}});
    if (!a)
        return a.error();

    auto liveScope = services::Jurisdictions::subtree(m_db, m_session.jurisdictionId);
    if (!liveScope)
        return liveScope.error();
    const QSet<qint64> scope = liveScope.value() + m_session.scope;
    QSet<qint64> created;
    QHash<qint64, QString> levelById;
    for (const Existing& e : std::as_const(existing))
        levelById.insert(e.id, e.level);
    for (const Feature& f : std::as_const(rows)) {
        auto reject = [&](const QString& field, const QString& reason) {
            rejects << RejectedRow{f.number, field, Tr::tr("Feature %1 (%2): %3").arg(f.number).arg(f.code, reason)};
        };
        qint64 parentId = 0;
        if (!f.parent.isEmpty()) {
            const auto p = existing.constFind(f.parent);
            if (p == existing.cend()) {
                reject(QStringLiteral("parent"),
                       Tr::tr("the parent %1 is neither stored nor in the file.").arg(f.parent));
                continue;
            }
            parentId = p->id;
            if (levelRank(p->level) >= levelRank(f.level)) {
                reject(QStringLiteral("level"), Tr::tr("a %1 cannot lie inside a %2.").arg(f.level, p->level));
                continue;
            }
        }
        const auto old = existing.constFind(f.code);
        if (old != existing.cend()) {
            if (old->level != f.level || (!f.parent.isEmpty() && old->parentId != parentId)) {
                reject(QStringLiteral("level"),
                       Tr::tr("it is stored with another level or parent; imports never move a "
                              "jurisdiction."));
                continue;
            }
            if (!scope.contains(old->id) && !created.contains(old->id)) {
                reject(QStringLiteral("code"),
                       Tr::tr("it is outside the jurisdiction of user %1.").arg(m_session.userName));
                continue;
            }
            const QString nameEn = f.nameEn.isEmpty() ? old->nameEn : f.nameEn;
            const QString boundary = f.boundary.isEmpty() ? old->boundary : f.boundary;
            if (old->name == f.name && old->nameEn == nameEn && old->boundary == boundary) {
                ++report.duplicates;
                continue;
            }
            auto up = db::run(
                m_db, QStringLiteral("UPDATE jurisdictions SET name = ?, name_en = ?, boundary = ? WHERE id = ?"),
                {f.name, nameEn, boundary.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(boundary),
                 old->id});
            if (!up)
                return up.error();
            auto au = audit::AuditLog::append(m_db, m_session.userName, QStringLiteral("jurisdiction.update"),
                                              QStringLiteral("jurisdiction:") + f.code,
                                              {{QStringLiteral("name"), f.name},
                                               {QStringLiteral("boundary_changed"), boundary != old->boundary},
                                               {QStringLiteral("import"), static_cast<double>(run.value().id)}});
            if (!au)
                return au.error();
            Existing e = *old;
            e.name = f.name;
            e.nameEn = nameEn;
            e.boundary = boundary;
            existing.insert(f.code, e);
            ++report.imported;
            continue;
        }
        if (parentId == 0) {
            reject(QStringLiteral("parent"),
                   Tr::tr("a new jurisdiction needs the code of its parent (the database has one "
                          "top-level jurisdiction)."));
            continue;
        }
        if (!scope.contains(parentId) && !created.contains(parentId)) {
            reject(QStringLiteral("parent"),
                   Tr::tr("its parent is outside the jurisdiction of user %1.").arg(m_session.userName));
            continue;
        }
        auto id = services::Jurisdictions::create(
            m_db, m_session.userName, services::Jurisdiction{0, f.code, f.name, f.nameEn, f.level, parentId});
        if (!id)
            return id.error();
        if (!f.boundary.isEmpty()) {
            auto up = db::run(m_db, QStringLiteral("UPDATE jurisdictions SET boundary = ? WHERE id = ?"),
                              {f.boundary, id.value()});
            if (!up)
                return up.error();
        }
        created.insert(id.value());
        existing.insert(f.code, Existing{id.value(), f.name, f.nameEn, f.level, parentId, f.boundary});
        ++report.imported;
    }

    std::stable_sort(rejects.begin(), rejects.end(),
                     [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
    ImportRun r = run.value();
    st = r.addRejects(m_db, rejects, m_options.maxStoredRejects);
    if (!st)
        return st.error();
    r.state = QStringLiteral("completed");
    r.imported = report.imported;
    r.duplicates = report.duplicates;
    r.rejected = rejects.size();
    r.batches = 1;
    r.resumeOffset = file.size();
    r.resumeLine = features.size();
    r.finishedAt = r.heartbeatAt;
    st = r.save(m_db);
    if (!st)
        return st.error();
    a = audit::AuditLog::append(m_db, m_session.userName, QStringLiteral("import.finish"),
                                QStringLiteral("import:%1").arg(r.id),
                                {{QStringLiteral("file"), baseName},
                                 {QStringLiteral("imported"), static_cast<double>(r.imported)},
                                 {QStringLiteral("duplicates"), static_cast<double>(r.duplicates)},
                                 {QStringLiteral("rejected"), static_cast<double>(r.rejected)}});
    if (!a)
        return a.error();
    if (progress && !progress(Tr::tr("Importing %1").arg(baseName), file.size(), file.size()))
        return makeError(ErrorCode::Cancelled, Tr::tr("%1: cancelled; nothing was imported.").arg(shownName));
    st = tx.commit();
    if (!st)
        return st.error();
    report.runId = r.id;
    report.rejected = rejects.size();
    report.batches = 1;
    report.rejects = rejects.mid(0, m_options.maxStoredRejects);
    return report;
}

} // namespace hc::imports
