// SPDX-License-Identifier: GPL-3.0-or-later
#include "DepthChart.h"

#include "AxisStyle.h"
#include "models/OrderBookModel.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace bourse::ui {

namespace {

// Steps from the best price outward: each point holds its cumulative amount until the next, worse price.
void fill(QCPGraph* graph, const std::vector<ex::PriceLevel>& curve, double& highest)
{
    QVector<double> prices;
    QVector<double> amounts;
    prices.reserve(static_cast<qsizetype>(curve.size()));
    amounts.reserve(static_cast<qsizetype>(curve.size()));
    for (const ex::PriceLevel& l : curve) {
        prices << l.price.toDouble();
        amounts << l.amount.toDouble();
    }
    if (!amounts.isEmpty()) {
        highest = std::max(highest, amounts.back());
    }
    graph->setData(prices, amounts, false);
}

void styleSide(QCPGraph* graph, const QColor& colour, QCPGraph::LineStyle steps)
{
    graph->setLineStyle(steps);
    graph->setPen(QPen(colour, 1.5));
    QColor area = colour;
    area.setAlpha(60);
    graph->setBrush(area);
}

} // namespace

DepthChart::DepthChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("depthChart"));
    m_plot = new QCustomPlot(this);
    useCurrentLocale(m_plot);
    m_plot->setBackground(QBrush(Theme::panel()));
    m_plot->axisRect()->setBackground(QBrush(Theme::panel()));
    m_plot->xAxis2->setVisible(false);
    m_plot->yAxis->setVisible(false);
    m_plot->yAxis2->setVisible(true);
    styleChartAxis(m_plot->xAxis, true);
    styleChartAxis(m_plot->yAxis2, true);
    m_plot->yAxis2->setLabelColor(Theme::mutedText());
    m_plot->xAxis->setLabelColor(Theme::mutedText());
    retranslate();
    // Bids are ordered from the best (highest) price down: their steps hold to the left.
    m_bids = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    styleSide(m_bids, Theme::up(), QCPGraph::lsStepRight);
    m_asks = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    styleSide(m_asks, Theme::down(), QCPGraph::lsStepLeft);
    m_mid = new QCPItemStraightLine(m_plot);
    m_mid->setPen(QPen(Theme::mutedText(), 1, Qt::DashLine));
    m_mid->point1->setAxes(m_plot->xAxis, m_plot->yAxis2);
    m_mid->point2->setAxes(m_plot->xAxis, m_plot->yAxis2);
    m_mid->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

void DepthChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        useCurrentLocale(m_plot);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void DepthChart::retranslate()
{
    m_plot->yAxis2->setLabel(tr("Cumulative amount"));
    m_plot->xAxis->setLabel(tr("Price"));
}

void DepthChart::setModel(models::OrderBookModel* model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    if (m_model) {
        connect(m_model, &models::OrderBookModel::updated, this, &DepthChart::refresh);
    }
    refresh();
}

int DepthChart::bidPoints() const
{
    return m_bids->dataCount();
}

int DepthChart::askPoints() const
{
    return m_asks->dataCount();
}

void DepthChart::refresh()
{
    m_highest = 0;
    if (!m_model) {
        m_bids->data()->clear();
        m_asks->data()->clear();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    fill(m_bids, m_model->cumulativeDepth(false), m_highest);
    fill(m_asks, m_model->cumulativeDepth(true), m_highest);
    const ex::OptDecimal bid = m_model->bestBid();
    const ex::OptDecimal ask = m_model->bestAsk();
    if (bid && ask) {
        const double mid = (bid->toDouble() + ask->toDouble()) / 2;
        m_mid->point1->setCoords(mid, 0);
        m_mid->point2->setCoords(mid, 1);
        m_mid->setVisible(true);
    }
    // Both sides over the same price span around the middle, so neither curve is squeezed against an edge.
    bool found = false;
    const QCPRange bids = m_bids->getKeyRange(found);
    const QCPRange asks = m_asks->getKeyRange(found);
    if (m_bids->dataCount() > 0 && m_asks->dataCount() > 0) {
        const double mid = (bids.upper + asks.lower) / 2;
        const double half = std::max(mid - bids.lower, asks.upper - mid);
        m_plot->xAxis->setRange(mid - half, mid + half);
    } else {
        m_plot->xAxis->rescale();
    }
    m_plot->yAxis2->setRange(0, m_highest > 0 ? m_highest * 1.05 : 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace bourse::ui
