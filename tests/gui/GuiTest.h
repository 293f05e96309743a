#pragma once
// Helpers shared by the GUI tests: finding widgets by object name and driving them like a user.

#include "auth/Authenticator.h"
#include "db/Database.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

namespace hc::test {

// The visible top-level dialog whose objectName is name, or nullptr.
inline QDialog* visibleDialog(const QString& name)
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<QDialog*>(w); d && d->objectName() == name && d->isVisible())
            return d;
    return nullptr;
}

// The child of parent named name; fails the test (via QTest) when it is missing.
template <typename T> T* child(const QObject* parent, const char* name)
{
    T* w = parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
    if (!w)
        qWarning("no child %s", name);
    return w;
}

inline QPushButton* okButton(const QObject* dialog, const char* buttonBoxName)
{
    auto* box = child<QDialogButtonBox>(dialog, buttonBoxName);
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

// Clicks the first cell of row like a user would.
inline void clickRow(QAbstractItemView* view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

inline void replaceText(QWidget* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

// With HC_SCREENSHOT_DIR set (tools/screenshots.sh), saves what widget shows as DIR/name.png.
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("HC_SCREENSHOT_DIR");
    if (!dir.isEmpty() && widget)
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

inline bool canLogIn(const db::Database& db, const QString& name, const QString& password)
{
    return auth::Authenticator::forDatabase(db)->login(db, name, password).ok();
}

} // namespace hc::test
