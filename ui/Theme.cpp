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

namespace {

struct Scheme
{
    QColor window, panel, border, grid, text, mutedText, watermark, accent, demoBadge;
    QColor up, down, upVolume, downVolume;
    QColor movingAverage, exponentialAverage, bands, crosshair;
    // Palette roles the named colours do not cover.
    QColor alternateBase, toolTipBase, button, light, midlight, mid, dark, shadow, disabled, disabledHighlight;
};

// The dark scheme is the trading-floor default: low glare over long sessions, green and red that stay apart.
const Scheme& darkScheme()
{
    static const Scheme s {
        QColor(0x14, 0x18, 0x1e), QColor(0x0f, 0x13, 0x18), QColor(0x25, 0x2b, 0x34), QColor(0x1c, 0x22, 0x2a),
        QColor(0xd5, 0xda, 0xe1), QColor(0x84, 0x8e, 0x9c), QColor(0x1e, 0x25, 0x2e), QColor(0x3b, 0x82, 0xf6),
        QColor(0xf0, 0xb9, 0x0b), QColor(0x0e, 0xcb, 0x81), QColor(0xf6, 0x46, 0x5d), QColor(0x0b, 0x5e, 0x42),
        QColor(0x70, 0x27, 0x32), QColor(0xf5, 0x9e, 0x0b), QColor(0xa8, 0x55, 0xf7), QColor(0x22, 0xb8, 0xcf),
        QColor(0x6b, 0x75, 0x84), QColor(0x17, 0x1c, 0x23), QColor(0x22, 0x28, 0x31), QColor(0x1c, 0x21, 0x28),
        QColor(0x2c, 0x33, 0x3d), QColor(0x23, 0x29, 0x31), QColor(0x1a, 0x1f, 0x26), QColor(0x0a, 0x0d, 0x11),
        QColor(0x05, 0x06, 0x08), QColor(0x5a, 0x62, 0x6e), QColor(0x2a, 0x30, 0x38)};
    return s;
}

// The light scheme for bright rooms: the up and down colours are darker so they read on white.
const Scheme& lightScheme()
{
    static const Scheme s {
        QColor(0xf3, 0xf4, 0xf6), QColor(0xff, 0xff, 0xff), QColor(0xd5, 0xd9, 0xe0), QColor(0xee, 0xf0, 0xf3),
        QColor(0x1b, 0x1f, 0x24), QColor(0x5f, 0x67, 0x74), QColor(0xed, 0xef, 0xf2), QColor(0x25, 0x63, 0xeb),
        QColor(0xb4, 0x6a, 0x00), QColor(0x05, 0x96, 0x69), QColor(0xdc, 0x26, 0x4b), QColor(0x9f, 0xdc, 0xc8),
        QColor(0xf5, 0xb5, 0xc2), QColor(0xd9, 0x77, 0x06), QColor(0x7c, 0x3a, 0xed), QColor(0x08, 0x91, 0xb2),
        QColor(0x9c, 0xa3, 0xaf), QColor(0xf7, 0xf8, 0xfa), QColor(0xff, 0xff, 0xff), QColor(0xea, 0xec, 0xf0),
        QColor(0xff, 0xff, 0xff), QColor(0xe5, 0xe7, 0xeb), QColor(0xc9, 0xce, 0xd6), QColor(0xa0, 0xa7, 0xb1),
        QColor(0x6b, 0x72, 0x80), QColor(0x9c, 0xa3, 0xaf), QColor(0xe5, 0xe7, 0xeb)};
    return s;
}

Theme::Kind g_current = Theme::Kind::Dark;

const Scheme& scheme(Theme::Kind kind)
{
    return kind == Theme::Kind::Light ? lightScheme() : darkScheme();
}

const Scheme& active()
{
    return scheme(g_current);
}

} // namespace

QPalette Theme::palette(Kind kind)
{
    const Scheme& c = scheme(kind);
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.panel);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.mutedText);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, c.down);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    p.setColor(QPalette::Highlight, c.accent);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, c.accent);
    p.setColor(QPalette::LinkVisited, c.accent.lighter(120));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, c.disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    return p;
}

void Theme::apply(QApplication& app, Kind kind)
{
    initBourseResources();
    g_current = kind;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(palette(kind));
    // Fusion draws dock titles and separators from the palette; only the spacing needs a hand.
    const QColor title = kind == Kind::Dark ? window().lighter(112) : window().darker(104);
    app.setStyleSheet(QStringLiteral("QDockWidget::title { padding: 5px 8px; background: %1; }"
                                     "QMainWindow::separator { background: %2; width: 3px; height: 3px; }"
                                     "QStatusBar { border-top: 1px solid %2; }"
                                     "QStatusBar::item { border: none; }")
                          .arg(title.name(), border().name()));
}

Theme::Kind Theme::current()
{
    return g_current;
}

QString Theme::name(Kind kind)
{
    return kind == Kind::Light ? QStringLiteral("light") : QStringLiteral("dark");
}

Theme::Kind Theme::fromName(const QString& name)
{
    return name == QLatin1String("light") ? Kind::Light : Kind::Dark;
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

QColor Theme::window()
{
    return active().window;
}
QColor Theme::panel()
{
    return active().panel;
}
QColor Theme::border()
{
    return active().border;
}
QColor Theme::grid()
{
    return active().grid;
}
QColor Theme::text()
{
    return active().text;
}
QColor Theme::mutedText()
{
    return active().mutedText;
}
QColor Theme::watermark()
{
    return active().watermark;
}
QColor Theme::accent()
{
    return active().accent;
}
QColor Theme::demoBadge()
{
    return active().demoBadge;
}
QColor Theme::up()
{
    return active().up;
}
QColor Theme::down()
{
    return active().down;
}
QColor Theme::upVolume()
{
    return active().upVolume;
}
QColor Theme::downVolume()
{
    return active().downVolume;
}
QColor Theme::movingAverage()
{
    return active().movingAverage;
}
QColor Theme::exponentialAverage()
{
    return active().exponentialAverage;
}
QColor Theme::bands()
{
    return active().bands;
}
QColor Theme::crosshair()
{
    return active().crosshair;
}

} // namespace bourse::ui
