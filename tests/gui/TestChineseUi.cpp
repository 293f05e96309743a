#include "GuiTest.h"
#include "TestDatabase.h"
#include "TsFile.h"

#include "MainWindow.h"
#include "Page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace hc;
using namespace hc::test;

namespace {

// How many rows of each item view are read: enough for the translated words in them (roles, states, colours).
constexpr int kRowsRead = 30;

QString describe(const QObject* o)
{
    return QString::fromLatin1(o->metaObject()->className()) + QLatin1Char(' ') + o->objectName();
}

} // namespace

// The console in Simplified Chinese: with the zh_CN catalogue installed, no text that the catalogue translates
// is shown in English on any page of an administrator's main window (a context lupdate extracted under another
// name than the code asks for, or a string set before the translator was installed, would be).
class TestChineseUi final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("backend: %s", qPrintable(TestDatabase::backendName()));
        const TsFile ts = TsFile::read(translationsDir() + QStringLiteral("/healthcode_zh_CN.ts"));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        static const QRegularExpression placeholder(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        for (const TsMessage& m : ts.messages) {
            if (m.translations.isEmpty() || m.translations.first() == m.source)
                continue; // the same in both languages ("SQLite", "Ctrl+Q")
            m_english.insert(m.source);
            // "Health Code Console — %1" shows as "Health Code Console — admin": match those as patterns, when
            // English text anchors them on one side at least and is left around the placeholders to tell them from
            // other text. Fragments such as "%1 negative %2 tests%3" are left out: they match rule text, which is
            // English by design.
            if (m.source.contains(placeholder)) {
                QStringList parts = m.source.split(placeholder);
                if ((parts.first().isEmpty() && parts.last().isEmpty()) ||
                    !word.match(parts.join(QString())).hasMatch())
                    continue;
                for (QString& p : parts)
                    p = QRegularExpression::escape(p);
                m_patterns << QRegularExpression(QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".*"))));
            }
        }
        QVERIFY(m_english.size() > 1000);

        // As ConsoleApp does at start, before any widget exists.
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QLocale::setDefault(chinese);
        QVERIFY(m_own.load(chinese, QStringLiteral("healthcode"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_own);
        QVERIFY2(m_qt.load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "Qt's own Chinese translations are missing (Debian: qt6-translations-l10n)");
        QCoreApplication::installTranslator(&m_qt);
        // Without a font for Chinese every character is a box.
        QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
                 "no font covers Simplified Chinese (Debian: fonts-noto-cjk)");
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_own);
        QLocale::setDefault(QLocale::c());
    }

    void everyPageOfTheAdministratorSpeaksChinese()
    {
        TestDatabase t;
        QVERIFY2(t.isReady(), qPrintable(t.error()));
        const auth::Session admin = t.initAdmin();
        t.addUser(admin, QStringLiteral("li.na"), auth::Role::Approver);
        gui::MainWindow window(t.db(), admin);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        check(QStringLiteral("window title"), window.windowTitle());
        for (QAction* a : window.menuBar()->actions())
            checkAction(QStringLiteral("menu"), a);

        const QList<gui::Page*> pages = window.findChildren<gui::Page*>();
        // An administrator sees users, rules, printing and the audit log.
        QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
        for (gui::Page* page : pages) {
            window.showPage(page);
            QTRY_VERIFY(page->isVisible());
            const QList<QTabWidget*> tabs = page->findChildren<QTabWidget*>();
            walk(&window, page->objectName());
            screenshot(&window, page->objectName());
            // Every tab of the page, not only the first.
            for (QTabWidget* tabWidget : tabs) {
                if (!tabWidget->isVisible())
                    continue;
                for (int i = 1; i < tabWidget->count(); ++i) {
                    if (!tabWidget->isTabEnabled(i))
                        continue;
                    tabWidget->setCurrentIndex(i);
                    QCoreApplication::processEvents();
                    const QString where = page->objectName() + QLatin1Char('/') + tabWidget->tabText(i);
                    walk(tabWidget->currentWidget(), where);
                    screenshot(&window, page->objectName() + QLatin1Char('-') + QString::number(i));
                }
            }
        }

        // The settings dialog, reached from the File menu.
        window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
        QDialog* settings = nullptr;
        QTRY_VERIFY((settings = visibleDialog(QStringLiteral("SettingsDialog"))));
        walk(settings, QStringLiteral("SettingsDialog"));
        screenshot(settings, QStringLiteral("SettingsDialog"));
        settings->reject();

        m_untranslated.removeDuplicates();
        QVERIFY2(m_untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts are shown in English although the catalogue translates them:\n  ")
                                .arg(m_untranslated.size()) +
                            m_untranslated.join(QStringLiteral("\n  "))));
    }

private:
    bool isEnglishSource(const QString& text) const
    {
        if (text.isEmpty())
            return false;
        if (m_english.contains(text))
            return true;
        for (const QRegularExpression& re : m_patterns)
            if (re.match(text).hasMatch())
                return true;
        return false;
    }

    void check(const QString& where, const QString& text)
    {
        if (isEnglishSource(text))
            m_untranslated << where + QStringLiteral(": \"") + text + QLatin1Char('"');
    }

    void checkAction(const QString& where, QAction* action)
    {
        if (action->isSeparator())
            return;
        check(where + QStringLiteral(" action ") + action->objectName(), action->text());
        check(where + QStringLiteral(" action tool tip ") + action->objectName(), action->toolTip());
        if (QMenu* menu = action->menu()) {
            for (QAction* a : menu->actions())
                checkAction(where + QLatin1Char('/') + action->text(), a);
        }
    }

    void checkView(const QString& where, const QAbstractItemView* view)
    {
        const QAbstractItemModel* model = view->model();
        if (!model)
            return;
        for (int c = 0; c < model->columnCount(); ++c) {
            check(where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < std::min(model->rowCount(), kRowsRead); ++r) {
                const QModelIndex index = model->index(r, c);
                check(where + QStringLiteral(" cell"), index.data(Qt::DisplayRole).toString());
                check(where + QStringLiteral(" cell tool tip"), index.data(Qt::ToolTipRole).toString());
            }
        }
    }

    // Every text a user (or a screen reader) meets in the visible widgets under root.
    void walk(QWidget* root, const QString& area)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : widgets) {
            if (!w->isVisible())
                continue;
            const QString where = area + QLatin1Char(' ') + describe(w);
            check(where + QStringLiteral(" tool tip"), w->toolTip());
            check(where + QStringLiteral(" accessible name"), w->accessibleName());
            check(where + QStringLiteral(" accessible description"), w->accessibleDescription());
            if (w->isWindow())
                check(where + QStringLiteral(" window title"), w->windowTitle());
            if (auto* label = qobject_cast<QLabel*>(w))
                check(where, label->text());
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                check(where, button->text());
            if (auto* box = qobject_cast<QGroupBox*>(w))
                check(where, box->title());
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                check(where + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto* spin = qobject_cast<QSpinBox*>(w)) {
                check(where + QStringLiteral(" suffix"), spin->suffix());
                check(where + QStringLiteral(" special value"), spin->specialValueText());
            }
            if (auto* combo = qobject_cast<QComboBox*>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    check(where + QStringLiteral(" item"), combo->itemText(i));
            }
            if (auto* tabWidget = qobject_cast<QTabWidget*>(w)) {
                for (int i = 0; i < tabWidget->count(); ++i) {
                    check(where + QStringLiteral(" tab"), tabWidget->tabText(i));
                    check(where + QStringLiteral(" tab tool tip"), tabWidget->tabToolTip(i));
                }
            }
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && !qobject_cast<QHeaderView*>(w))
                checkView(where, view);
            for (QAction* a : w->actions())
                checkAction(where, a);
        }
    }

    // Pictures of the Chinese console, to look at the fonts: HC_SCREENSHOT_DIR, or the temporary folder.
    static void screenshot(QWidget* widget, const QString& name)
    {
        QString dir = qEnvironmentVariable("HC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QDir::tempPath();
        const QString path = dir + QStringLiteral("/zh-") + name + QStringLiteral(".png");
        if (!widget->grab().save(path))
            qWarning("could not save %s", qPrintable(path));
    }

    QTranslator m_own;
    QTranslator m_qt;
    QSet<QString> m_english;
    QList<QRegularExpression> m_patterns;
    QStringList m_untranslated;
};

QTEST_MAIN(TestChineseUi)
#include "TestChineseUi.moc"
