// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderLines.h"

#include "models/DecimalText.h"
#include "models/OrdersModel.h"
#include "ui/Theme.h"

#include <qcustomplot.h>

namespace bourse::ui {

OrderLines::OrderLines(QCustomPlot* plot, QCPAxisRect* priceRect, const models::OrdersModel& orders, QString symbol)
    : QObject(plot)
    , m_plot(plot)
    , m_priceRect(priceRect)
    , m_orders(orders)
    , m_symbol(std::move(symbol))
{
    connect(&orders, &models::OrdersModel::updated, this, &OrderLines::refresh);
    connect(&orders, &QAbstractItemModel::modelReset, this, &OrderLines::refresh);
    refresh();
}

void OrderLines::setDecimals(int priceDecimals, int amountDecimals)
{
    m_priceDecimals = priceDecimals;
    m_amountDecimals = amountDecimals;
    refresh();
}

OrderLines::Line OrderLines::addLine()
{
    QCPAxis* keyAxis = m_priceRect->axis(QCPAxis::atBottom);
    QCPAxis* valueAxis = m_priceRect->axis(QCPAxis::atRight);
    Line l {new QCPItemStraightLine(m_plot), new QCPItemText(m_plot)};
    l.line->setClipAxisRect(m_priceRect);
    l.line->setSelectable(false);
    for (QCPItemPosition* p : {l.line->point1, l.line->point2}) {
        p->setAxes(keyAxis, valueAxis);
    }
    l.tag->setLayer(QStringLiteral("overlay"));
    l.tag->setClipAxisRect(m_priceRect);
    l.tag->position->setAxisRect(m_priceRect);
    l.tag->position->setAxes(keyAxis, valueAxis);
    l.tag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    l.tag->position->setTypeY(QCPItemPosition::ptPlotCoords);
    l.tag->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    l.tag->setPadding(QMargins(4, 1, 4, 1));
    l.tag->setSelectable(false);
    return l;
}

void OrderLines::refresh()
{
    int used = 0;
    for (int row = 0; row < m_orders.rowCount(); ++row) {
        const ex::Order& order = m_orders.orderAt(row);
        const ex::OptDecimal& level = order.price ? order.price : order.triggerPrice;
        if (QString::fromStdString(order.symbol) != m_symbol || !level) {
            continue;
        }
        if (used == m_lines.size()) {
            m_lines.append(addLine());
        }
        const Line& l = m_lines[used++];
        const bool buy = order.side && *order.side == "buy";
        const QColor colour = buy ? Theme::up() : Theme::down();
        const double price = level->toDouble();
        l.line->point1->setCoords(0.0, price);
        l.line->point2->setCoords(1.0, price);
        l.line->setPen(QPen(colour, 1, Qt::DashLine));
        l.tag->position->setCoords(0.01, price);
        l.tag->setColor(colour);
        l.tag->setBrush(QBrush(Theme::panel()));
        l.tag->setPen(QPen(colour));
        const ex::OptDecimal left = order.remaining ? order.remaining : order.amount;
        const QString amount = left ? models::DecimalText::format(*left, m_amountDecimals) : QStringLiteral("?");
        const QString at = models::DecimalText::format(*level, m_priceDecimals);
        // Whole tags, not pieces: a language may order side, stop and amount its own way.
        //: A tag on the chart: an open buy order's amount @ its price
        const QString limitBuy = tr("BUY %1 @ %2");
        //: A tag on the chart: an open sell order's amount @ its price
        const QString limitSell = tr("SELL %1 @ %2");
        //: A tag on the chart: a stop buy order's amount @ its trigger price
        const QString stopBuy = tr("BUY stop %1 @ %2");
        //: A tag on the chart: a stop sell order's amount @ its trigger price
        const QString stopSell = tr("SELL stop %1 @ %2");
        const QString& tag = order.price ? (buy ? limitBuy : limitSell) : (buy ? stopBuy : stopSell);
        l.tag->setText(tag.arg(amount, at));
        l.line->setVisible(true);
        l.tag->setVisible(true);
    }
    for (int i = used; i < m_lines.size(); ++i) {
        m_lines[i].line->setVisible(false);
        m_lines[i].tag->setVisible(false);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QStringList OrderLines::labels() const
{
    QStringList out;
    for (const Line& l : m_lines) {
        if (l.tag->visible()) {
            out << l.tag->text();
        }
    }
    return out;
}

} // namespace bourse::ui
