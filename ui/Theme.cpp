// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QStyleFactory>
#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace. bourse_ui is a static library, so the linker would drop the
// resources' initialiser unless something calls it.
static void initBourseResources()
{
    static std::once_flag once;
    std::call_once(once, [] { Q_INIT_RESOURCE(bourse); });
}

namespace bourse::ui {

QPalette Theme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, window());
    p.setColor(QPalette::WindowText, text());
    p.setColor(QPalette::Base, panel());
    p.setColor(QPalette::AlternateBase, QColor(0x17, 0x1c, 0x23));
    p.setColor(QPalette::ToolTipBase, QColor(0x22, 0x28, 0x31));
    p.setColor(QPalette::ToolTipText, text());
    p.setColor(QPalette::PlaceholderText, mutedText());
    p.setColor(QPalette::Text, text());
    p.setColor(QPalette::Button, QColor(0x1c, 0x21, 0x28));
    p.setColor(QPalette::ButtonText, text());
    p.setColor(QPalette::BrightText, down());
    p.setColor(QPalette::Light, QColor(0x2c, 0x33, 0x3d));
    p.setColor(QPalette::Midlight, QColor(0x23, 0x29, 0x31));
    p.setColor(QPalette::Mid, QColor(0x1a, 0x1f, 0x26));
    p.setColor(QPalette::Dark, QColor(0x0a, 0x0d, 0x11));
    p.setColor(QPalette::Shadow, QColor(0x05, 0x06, 0x08));
    p.setColor(QPalette::Highlight, accent());
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, accent());
    p.setColor(QPalette::LinkVisited, accent().lighter(120));

    const QColor disabled = QColor(0x5a, 0x62, 0x6e);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x2a, 0x30, 0x38));
    return p;
}

void Theme::applyDark(QApplication& app)
{
    initBourseResources();
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(darkPalette());
    // Fusion draws dock titles and separators from the palette; only the spacing needs a hand.
    app.setStyleSheet(QStringLiteral("QDockWidget::title { padding: 5px 8px; background: %1; }"
                                     "QMainWindow::separator { background: %2; width: 3px; height: 3px; }"
                                     "QStatusBar { border-top: 1px solid %2; }"
                                     "QStatusBar::item { border: none; }")
                          .arg(window().lighter(112).name(), border().name()));
}

QIcon Theme::appIcon()
{
    initBourseResources();
    // The SVG needs Qt's SVG icon engine, which not every install has; the PNG renders of it always load.
    QIcon icon(QStringLiteral(":/icons/bourse.svg"));
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/bourse-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace bourse::ui
