#include "TsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace hc::test {

namespace {

QString where(const TsMessage& m)
{
    QString s = m.context + QStringLiteral(" | ") + m.source;
    if (!m.comment.isEmpty())
        s += QStringLiteral(" (") + m.comment + QLatin1Char(')');
    return s;
}

void readMessage(QXmlStreamReader& xml, const QString& context, QList<TsMessage>* out)
{
    TsMessage m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations << xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    out->append(m);
}

QString names(const QStringList& placeholders)
{
    return placeholders.isEmpty() ? QStringLiteral("no placeholder") : placeholders.join(QLatin1Char(' '));
}

} // namespace

TsFile TsFile::read(const QString& path)
{
    TsFile ts;
    ts.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS")) {
        ts.error = QStringLiteral("not a TS file");
        return ts;
    }
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                readMessage(xml, context, &ts.messages);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString translationsDir()
{
    return QStringLiteral(HC_TRANSLATIONS_DIR);
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& m : re.globalMatch(text))
        found.insert(m.captured());
    QStringList sorted(found.begin(), found.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QStringList unfinishedEntries(const TsFile& file)
{
    QStringList problems;
    for (const TsMessage& m : file.messages) {
        if (!m.type.isEmpty())
            problems << where(m) + QStringLiteral(": ") + m.type;
        else if (m.translations.isEmpty() || std::any_of(m.translations.begin(), m.translations.end(),
                                                         [](const QString& t) { return t.isEmpty(); }))
            problems << where(m) + QStringLiteral(": empty translation");
    }
    return problems;
}

QStringList placeholderMismatches(const TsFile& file)
{
    QStringList problems;
    for (const TsMessage& m : file.messages) {
        const QStringList expected = placeholders(m.source);
        for (const QString& t : m.translations) {
            if (t.isEmpty())
                continue; // reported as unfinished
            const QStringList got = placeholders(t);
            if (got != expected)
                problems << where(m) +
                                QStringLiteral(": has %1 instead of %2 in \"%3\"").arg(names(got), names(expected), t);
        }
    }
    return problems;
}

} // namespace hc::test
