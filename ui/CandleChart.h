// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCPAxisRect;
class QCPBars;
class QCPFinancial;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QLabel;

namespace bourse::models {
class CandleSeries;
class OrdersModel;
} // namespace bourse::models

namespace bourse::ui {

class ChartStudies;
class Crosshair;
class OrderLines;

// Candles over volume, fed by a CandleSeries. QCustomPlot has no model/view: appended and updated candles are
// written into its data containers and one replot is queued, so a burst of updates costs one frame (STYLE.md 3).
// Over the candles: the studies a trader turned on, the account's open orders, and a crosshair under the mouse.
class CandleChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandleChart)

public:
    explicit CandleChart(models::CandleSeries& series, QWidget* parent = nullptr);

    // What is drawn, for tests and the status bar.
    int candleCount() const;
    QString sourceBadgeText() const;
    QCustomPlot* plot() const { return m_plot; }
    ChartStudies* studies() const { return m_studies; }
    Crosshair* crosshair() const { return m_crosshair; }
    OrderLines* orderLines() const { return m_orderLines; }
    QString readoutText() const;
    QString studiesText() const;

    // The market's display decimals (prices on the axis, the tags and the read-out; volumes).
    void setDecimals(int priceDecimals, int amountDecimals);
    // Shows or hides a study (ChartStudies::Study) and its value in the read-out.
    void setStudyShown(int study, bool shown);
    // Draws the open orders of this chart's market from the account's open orders.
    void showOrders(const models::OrdersModel& openOrders);

signals:
    // The user panned or zoomed out to the first candle: the panel asks the session for the page before it.
    void earlierCandlesWanted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setUpPlot();
    QWidget* createHeader();
    void onCandlesAppended(qsizetype first, qsizetype count);
    void onCandleUpdated(qsizetype index);
    void onCandlesPrepended(qsizetype count);
    void askForHistoryIfAtTheStart();
    void onCleared();
    void onSourceLabelChanged(const QString& label);
    void writeCandle(qsizetype index);
    void followLatest(bool scroll);
    bool isFollowing() const;
    void fitValueRanges();
    void updateLastPrice();
    void showReadout(qsizetype index);
    qsizetype indexAtPixel(double x) const;

    models::CandleSeries& m_series;
    int m_priceDecimals = 2;
    int m_amountDecimals = 4;
    QCustomPlot* m_plot = nullptr;
    QCPAxisRect* m_priceRect = nullptr;
    QCPAxisRect* m_volumeRect = nullptr;
    QCPFinancial* m_candles = nullptr;
    QCPBars* m_upVolume = nullptr;
    QCPBars* m_downVolume = nullptr;
    QCPItemStraightLine* m_lastPriceLine = nullptr;
    QCPItemText* m_lastPriceTag = nullptr;
    QCPItemText* m_watermark = nullptr;
    QLabel* m_symbolLabel = nullptr;
    QLabel* m_readoutLabel = nullptr;
    QLabel* m_studiesLabel = nullptr;
    QLabel* m_changeLabel = nullptr;
    QLabel* m_badgeLabel = nullptr;
    ChartStudies* m_studies = nullptr;
    Crosshair* m_crosshair = nullptr;
    OrderLines* m_orderLines = nullptr;
    qsizetype m_hoverIndex = -1;
    bool m_fitting = false;
};

} // namespace bourse::ui
