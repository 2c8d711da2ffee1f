// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;

namespace bourse::models {
class OrderBookModel;
}

namespace bourse::ui {

// The market's depth: the cumulative amount bid at or above each price (left, rising towards lower prices) and
// asked at or below it (right), as filled steps meeting at the spread, fed by the order book model. A burst of
// book updates costs one queued replot.
class DepthChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepthChart)

public:
    explicit DepthChart(QWidget* parent = nullptr);

    void setModel(models::OrderBookModel* model);
    QCustomPlot* plot() const { return m_plot; }
    // What is drawn, for tests: points per side and the widest cumulative amount.
    int bidPoints() const;
    int askPoints() const;
    double highestCumulative() const { return m_highest; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();

    QPointer<models::OrderBookModel> m_model;
    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_bids = nullptr;
    QCPGraph* m_asks = nullptr;
    QCPItemStraightLine* m_mid = nullptr;
    double m_highest = 0;
};

} // namespace bourse::ui
