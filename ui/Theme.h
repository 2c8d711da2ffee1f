// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

class QApplication;

namespace bourse::ui {

// The dark look of the terminal: a Fusion palette and the few colours the chart and panels draw with. Brushes are
// made here once, so a later light theme changes one file.
class Theme final
{
public:
    Theme() = delete;

    static void applyDark(QApplication& app);
    static QPalette darkPalette();
    static QIcon appIcon();

    static QColor window() { return QColor(0x14, 0x18, 0x1e); }
    static QColor panel() { return QColor(0x0f, 0x13, 0x18); }
    static QColor border() { return QColor(0x25, 0x2b, 0x34); }
    static QColor grid() { return QColor(0x1c, 0x22, 0x2a); }
    static QColor text() { return QColor(0xd5, 0xda, 0xe1); }
    static QColor mutedText() { return QColor(0x84, 0x8e, 0x9c); }
    static QColor watermark() { return QColor(0x1e, 0x25, 0x2e); }
    static QColor accent() { return QColor(0x3b, 0x82, 0xf6); }
    static QColor demoBadge() { return QColor(0xf0, 0xb9, 0x0b); }
    static QColor up() { return QColor(0x0e, 0xcb, 0x81); }
    static QColor down() { return QColor(0xf6, 0x46, 0x5d); }
    static QColor upVolume() { return QColor(0x0b, 0x5e, 0x42); }
    static QColor downVolume() { return QColor(0x70, 0x27, 0x32); }
    // Chart studies, and the crosshair that reads them.
    static QColor movingAverage() { return QColor(0xf5, 0x9e, 0x0b); }
    static QColor exponentialAverage() { return QColor(0xa8, 0x55, 0xf7); }
    static QColor bands() { return QColor(0x22, 0xb8, 0xcf); }
    static QColor crosshair() { return QColor(0x6b, 0x75, 0x84); }
};

} // namespace bourse::ui
