#include "TsFile.h"

#include "rules/Colour.h"
#include "services/UserService.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace hc;
using namespace hc::test;

namespace {

QString tsPath(const QString& language)
{
    return translationsDir() + QStringLiteral("/healthcode_") + language + QStringLiteral(".ts");
}

QString report(const QStringList& problems)
{
    return QStringLiteral("%1 entries:\n  ").arg(problems.size()) + problems.join(QStringLiteral("\n  "));
}

QSet<QString> keys(const TsFile& file)
{
    QSet<QString> k;
    for (const TsMessage& m : file.messages)
        k.insert(m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment);
    return k;
}

} // namespace

// The translation sources are complete (every entry finished, placeholders kept) and the embedded catalogue is
// built from them: the GUI, the CLI and the core messages appear in Simplified Chinese.
class TestTranslations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyEntryIsFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyEntryIsFinished()
    {
        QFETCH(QString, language);
        const TsFile ts = TsFile::read(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.path + QStringLiteral(": ") + ts.error));
        QCOMPARE(ts.language, language);
        // lupdate has run: an empty file would pass every other check.
        QVERIFY2(ts.messages.size() > 1000, qPrintable(QString::number(ts.messages.size())));
        const QStringList problems = unfinishedEntries(ts);
        QVERIFY2(problems.isEmpty(), qPrintable(ts.path + QStringLiteral(": ") + report(problems)));
    }

    void placeholdersAreKept_data() { everyEntryIsFinished_data(); }

    void placeholdersAreKept()
    {
        QFETCH(QString, language);
        const TsFile ts = TsFile::read(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        const QStringList problems = placeholderMismatches(ts);
        QVERIFY2(problems.isEmpty(), qPrintable(ts.path + QStringLiteral(": ") + report(problems)));
    }

    void bothFilesHaveTheSameEntries()
    {
        const QSet<QString> zh = keys(TsFile::read(tsPath(QStringLiteral("zh_CN"))));
        const QSet<QString> en = keys(TsFile::read(tsPath(QStringLiteral("en"))));
        QStringList onlyOne;
        for (const QString& k : zh - en)
            onlyOne << QStringLiteral("only in zh_CN: ") + k;
        for (const QString& k : en - zh)
            onlyOne << QStringLiteral("only in en: ") + k;
        QVERIFY2(onlyOne.isEmpty(), qPrintable(report(onlyOne).replace(QLatin1Char('\x1f'), QLatin1String(" | "))));
    }

    // The checks above must be able to fail: a deliberately broken file trips each of them.
    void checksFindBrokenEntries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("broken.ts")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Ctx</name>
    <message><source>Fine %1</source><translation>好 %1</translation></message>
    <message><source>Todo</source><translation type="unfinished"></translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>Lost %1 of %2</source><translation>丢了 %1</translation></message>
    <message><source>Gained</source><translation>多了 %L1</translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation><numerusform></numerusform></translation></message>
</context>
</TS>
)");
        file.close();
        const TsFile ts = TsFile::read(file.fileName());
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.messages.size(), 6);
        const QStringList unfinished = unfinishedEntries(ts);
        QCOMPARE(unfinished.size(), 3);
        QVERIFY(unfinished.at(0).startsWith(QStringLiteral("Ctx | Todo: unfinished")));
        QVERIFY(unfinished.at(1).startsWith(QStringLiteral("Ctx | Empty: empty")));
        QVERIFY(unfinished.at(2).startsWith(QStringLiteral("Ctx | %n file(s): empty")));
        const QStringList mismatches = placeholderMismatches(ts);
        QCOMPARE(mismatches.size(), 2);
        QVERIFY2(mismatches.at(0).startsWith(QStringLiteral("Ctx | Lost %1 of %2: has %1 instead of %1 %2")),
                 qPrintable(mismatches.at(0)));
        QVERIFY2(mismatches.at(1).startsWith(QStringLiteral("Ctx | Gained: has %L1 instead of no placeholder in")),
                 qPrintable(mismatches.at(1)));
    }

    void embeddedChineseCatalogueTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/healthcode_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        // Through the code that shows them, so that the context it asks for is the one lupdate extracted.
        QCOMPARE(rules::colourDisplayName(rules::Colour::Green), QStringLiteral("绿码"));
        QCOMPARE(rules::colourInSentence(rules::Colour::Red), QStringLiteral("红码"));
        const QString problem = services::UserService::passwordProblem(QStringLiteral("x"));
        QVERIFY2(problem.startsWith(QStringLiteral("密码至少需要")), qPrintable(problem));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Health Code Console"), QStringLiteral("健康码管理控制台"));
        QCOMPARE(QCoreApplication::translate("hc::gui::MainWindow", "Health Code Console — %1"),
                 QStringLiteral("健康码管理控制台 — %1"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("文件(&F)"));

        // Every entry of the source file is in the embedded catalogue: it was built from this file.
        const TsFile ts = TsFile::read(tsPath(QStringLiteral("zh_CN")));
        QStringList stale;
        for (const TsMessage& m : ts.messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const QString got =
                translator.translate(context.constData(), source.constData(),
                                     m.comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
            if (m.translations.isEmpty() || got != m.translations.first())
                stale << m.context + QStringLiteral(" | ") + m.source;
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("not in :/i18n/healthcode_zh_CN.qm as in the .ts, ") + report(stale)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
