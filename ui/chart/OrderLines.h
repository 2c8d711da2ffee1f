// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QCPAxisRect;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;

namespace bourse::models {
class OrdersModel;
}

namespace bourse::ui {

// The account's open orders on this market drawn across the chart at their prices: a dashed line in the side's
// colour and a tag with the side, the amount left and the price (a stop order at its trigger price), so a trader
// sees where the orders sit against the candles.
class OrderLines final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderLines)

public:
    OrderLines(QCustomPlot* plot, QCPAxisRect* priceRect, const models::OrdersModel& orders, QString symbol);

    void setDecimals(int priceDecimals, int amountDecimals);
    // The tags as drawn ("BUY 0.5 @ 95000.00"), top to bottom of the model, for tests.
    QStringList labels() const;
    // Redraws from the model (it is connected to the model's updates).
    void refresh();

private:
    struct Line
    {
        QCPItemStraightLine* line;
        QCPItemText* tag;
    };
    Line addLine();

    QCustomPlot* m_plot;
    QCPAxisRect* m_priceRect;
    const models::OrdersModel& m_orders;
    QString m_symbol;
    int m_priceDecimals = 2;
    int m_amountDecimals = 8;
    QList<Line> m_lines; // reused between refreshes; the unused ones hidden
};

} // namespace bourse::ui
