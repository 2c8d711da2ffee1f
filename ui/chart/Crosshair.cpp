// SPDX-License-Identifier: GPL-3.0-or-later
#include "Crosshair.h"

#include "ui/Theme.h"

#include <QDateTime>
#include <qcustomplot.h>

namespace bourse::ui {

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

} // namespace

Crosshair::Crosshair(QCustomPlot* plot, QCPAxisRect* priceRect, QCPAxisRect* volumeRect, qint64 periodMs)
    : QObject(plot)
    , m_plot(plot)
    , m_priceRect(priceRect)
    , m_volumeRect(volumeRect)
    , m_periodMs(periodMs)
{
    m_plot->addLayer(QStringLiteral("crosshair"), m_plot->layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    m_layer = m_plot->layer(QStringLiteral("crosshair"));
    m_layer->setMode(QCPLayer::lmBuffered);

    m_priceVertical = addLine(m_priceRect);
    m_volumeVertical = addLine(m_volumeRect);
    m_horizontal = addLine(m_priceRect);
    m_priceTag = addTag(m_priceRect);
    m_priceTag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_priceTag->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_priceTag->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_timeTag = addTag(m_volumeRect);
    m_timeTag->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_timeTag->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_timeTag->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setVisible(false, false);
}

QCPItemStraightLine* Crosshair::addLine(QCPAxisRect* rect)
{
    auto* line = new QCPItemStraightLine(m_plot);
    line->setLayer(m_layer);
    line->setClipAxisRect(rect);
    line->setPen(QPen(Theme::crosshair(), 1, Qt::DashLine));
    line->setSelectable(false);
    for (QCPItemPosition* p : {line->point1, line->point2}) {
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    }
    return line;
}

QCPItemText* Crosshair::addTag(QCPAxisRect* rect)
{
    auto* tag = new QCPItemText(m_plot);
    tag->setLayer(m_layer);
    tag->setClipToAxisRect(false);
    tag->position->setAxisRect(rect);
    tag->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    tag->setPadding(QMargins(5, 2, 5, 2));
    tag->setColor(Theme::text());
    tag->setBrush(QBrush(Theme::border()));
    tag->setPen(QPen(Theme::crosshair()));
    tag->setSelectable(false);
    return tag;
}

void Crosshair::moveTo(const QPointF& pixel)
{
    const bool inPrice = m_priceRect->rect().contains(pixel.toPoint());
    const bool inVolume = m_volumeRect->rect().contains(pixel.toPoint());
    if (!inPrice && !inVolume) {
        hide();
        return;
    }
    const double key = m_priceRect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x());
    for (QCPItemStraightLine* line : {m_priceVertical, m_volumeVertical}) {
        line->point1->setCoords(key, 0.0);
        line->point2->setCoords(key, 1.0);
    }
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(key * 1000.0), Qt::UTC);
    m_timeTag->position->setCoords(key, 1.0);
    m_timeTag->setText(
        time.toString(m_periodMs >= DayMs ? QStringLiteral("ddd d MMM yyyy") : QStringLiteral("ddd d MMM yy  hh:mm")));
    if (inPrice) {
        const double price = m_priceRect->axis(QCPAxis::atRight)->pixelToCoord(pixel.y());
        m_horizontal->point1->setCoords(0.0, price);
        m_horizontal->point2->setCoords(1.0, price);
        m_priceTag->position->setCoords(1.0, price);
        m_priceTag->setText(QString::number(price, 'f', m_priceDecimals));
    }
    setVisible(inPrice, true);
    redraw();
}

void Crosshair::hide()
{
    if (isVisible()) {
        setVisible(false, false);
        redraw();
    }
}

bool Crosshair::isVisible() const
{
    return m_priceVertical->visible();
}

QString Crosshair::priceText() const
{
    return m_priceTag->visible() ? m_priceTag->text() : QString();
}

QString Crosshair::timeText() const
{
    return m_timeTag->visible() ? m_timeTag->text() : QString();
}

void Crosshair::setVisible(bool priceShown, bool timeShown)
{
    m_priceVertical->setVisible(timeShown);
    m_volumeVertical->setVisible(timeShown);
    m_timeTag->setVisible(timeShown);
    m_horizontal->setVisible(priceShown);
    m_priceTag->setVisible(priceShown);
}

void Crosshair::redraw()
{
    // Only the crosshair's own buffer is redrawn; the candles' buffers are reused as they are.
    m_layer->replot();
}

} // namespace bourse::ui
