#pragma once
// Makes a window or dialog remember its size and position (and a main window its toolbars) between runs.
// The keys are built here only: "geometry/<objectName>" in the user's console settings file.

#include <QObject>

class QWidget;

namespace hc::gui {

class WindowGeometry final : public QObject
{
    Q_OBJECT
public:
    // Restores window's saved geometry now and saves it whenever the window is hidden or closed.
    // window needs its objectName set (setupUi does); the helper is owned by window.
    static void remember(QWidget* window);

    static QString geometryKey(const QWidget* window);
    static QString stateKey(const QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit WindowGeometry(QWidget* window);
    void restore();
    void save();

    QWidget* m_window;
};

} // namespace hc::gui
