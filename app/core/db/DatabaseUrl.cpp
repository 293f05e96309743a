#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace hc::db {

QString DatabaseUrl::displayString() const
{
    if (backend == Backend::SQLite)
        return QStringLiteral("sqlite:") + path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    return s + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + name;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QString t = text.trimmed();
    auto bad = [&](const QString& why) {
        return makeError(ErrorCode::BadDatabaseUrl,
                         QCoreApplication::translate("hc::db::DatabaseUrl",
                                                     "Invalid database URL \"%1\": %2 Use sqlite:PATH or "
                                                     "postgresql://user@host:port/name.")
                             .arg(t, why));
    };
    if (t.isEmpty())
        return bad(QCoreApplication::translate("hc::db::DatabaseUrl", "it is empty."));

    DatabaseUrl url;
    if (t.startsWith(QLatin1String("sqlite:"))) {
        QString path = t.mid(7);
        if (path.startsWith(QLatin1String("//")) && !path.startsWith(QLatin1String("///")))
            path = path.mid(2); // sqlite://relative or sqlite:///absolute both accepted
        else if (path.startsWith(QLatin1String("///")))
            path = path.mid(2);
        if (path.isEmpty())
            return bad(QCoreApplication::translate("hc::db::DatabaseUrl", "the file path is missing."));
        url.backend = Backend::SQLite;
        url.path = path;
        return url;
    }
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(t, QUrl::StrictMode);
        if (!u.isValid())
            return bad(u.errorString() + QLatin1Char('.'));
        url.backend = Backend::PostgreSQL;
        url.host = u.host().isEmpty() ? QStringLiteral("localhost") : u.host();
        url.port = u.port(5432);
        if (url.port <= 0 || url.port > 65535)
            return bad(QCoreApplication::translate("hc::db::DatabaseUrl", "the port is out of range."));
        url.user = u.userName();
        url.password = u.password();
        url.name = u.path().mid(1);
        if (url.name.isEmpty() || url.name.contains(QLatin1Char('/')))
            return bad(QCoreApplication::translate("hc::db::DatabaseUrl", "the database name is missing."));
        return url;
    }
    return bad(QCoreApplication::translate("hc::db::DatabaseUrl", "the scheme is not sqlite: or postgresql://."));
}

} // namespace hc::db
