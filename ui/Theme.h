// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QApplication;

namespace bourse::ui {

// The look of the terminal: a Fusion palette and the few colours the chart and panels draw with, in a dark and a
// light scheme. Widgets ask for a colour when they are built or paint, so switching the scheme and rebuilding the
// panels (MainWindow::setTheme) repaints everything in the new one.
class Theme final
{
public:
    enum class Kind { Dark, Light };

    Theme() = delete;

    static void apply(QApplication& app, Kind kind);
    static void applyDark(QApplication& app) { apply(app, Kind::Dark); }
    static Kind current();
    static QPalette palette(Kind kind);
    static QIcon appIcon();
    // The settings' name of a scheme ("dark", "light") and back; an unknown name is the dark scheme.
    static QString name(Kind kind);
    static Kind fromName(const QString& name);

    static QColor window();
    static QColor panel();
    static QColor border();
    static QColor grid();
    static QColor text();
    static QColor mutedText();
    static QColor watermark();
    static QColor accent();
    static QColor demoBadge();
    static QColor up();
    static QColor down();
    static QColor upVolume();
    static QColor downVolume();
    // Chart studies, and the crosshair that reads them.
    static QColor movingAverage();
    static QColor exponentialAverage();
    static QColor bands();
    static QColor crosshair();
};

} // namespace bourse::ui
