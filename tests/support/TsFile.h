#pragma once
// Reads the Qt Linguist .ts files for the translation tests and finds entries a translator still owes:
// unfinished or empty translations, and translations that lost or gained a placeholder.

#include <QList>
#include <QString>
#include <QStringList>

namespace hc::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "unfinished", "vanished" or "obsolete"; empty once finished
    QStringList translations; // the translation, or one per numerus form
};

struct TsFile
{
    QString path;
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    static TsFile read(const QString& path);
};

// The folder of healthcode_<language>.ts in the source tree.
QString translationsDir();

// The placeholders of text (%1 to %99, %L1, %n), sorted and without repeats.
QStringList placeholders(const QString& text);

// One line per problem, "context | source: what is wrong".
QStringList unfinishedEntries(const TsFile& file);
QStringList placeholderMismatches(const TsFile& file);

} // namespace hc::test
