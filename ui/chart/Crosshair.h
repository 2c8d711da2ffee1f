// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>

class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPLayer;
class QCustomPlot;

namespace bourse::ui {

// The crosshair under the mouse: a vertical line through the price and volume panes with the time on the time
// axis, and a horizontal line with the price on the price axis. It lives on a buffered layer of its own, so
// following the mouse repaints that layer, not the candles.
class Crosshair final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Crosshair)

public:
    Crosshair(QCustomPlot* plot, QCPAxisRect* priceRect, QCPAxisRect* volumeRect, qint64 periodMs);

    void setPriceDecimals(int decimals) { m_priceDecimals = decimals; }
    // Follows a mouse position in the plot's pixels; hides itself outside both panes.
    void moveTo(const QPointF& pixel);
    void hide();
    bool isVisible() const;
    QString priceText() const;
    QString timeText() const;

private:
    QCPItemStraightLine* addLine(QCPAxisRect* rect);
    QCPItemText* addTag(QCPAxisRect* rect);
    void setVisible(bool priceShown, bool timeShown);
    void redraw();

    QCustomPlot* m_plot;
    QCPAxisRect* m_priceRect;
    QCPAxisRect* m_volumeRect;
    qint64 m_periodMs;
    int m_priceDecimals = 2;
    QCPLayer* m_layer = nullptr;
    QCPItemStraightLine* m_priceVertical = nullptr;
    QCPItemStraightLine* m_volumeVertical = nullptr;
    QCPItemStraightLine* m_horizontal = nullptr;
    QCPItemText* m_priceTag = nullptr;
    QCPItemText* m_timeTag = nullptr;
};

} // namespace bourse::ui
