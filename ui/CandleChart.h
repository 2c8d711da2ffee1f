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
}

namespace bourse::ui {

// Candles over volume, fed by a CandleSeries. QCustomPlot has no model/view: appended and updated candles are
// written into its data containers and one replot is queued, so a burst of updates costs one frame (STYLE.md 3).
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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpPlot();
    QWidget* createHeader();
    void onCandlesAppended(qsizetype first, qsizetype count);
    void onCandleUpdated(qsizetype index);
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
    QLabel* m_changeLabel = nullptr;
    QLabel* m_badgeLabel = nullptr;
    qsizetype m_hoverIndex = -1;
    bool m_fitting = false;
};

} // namespace bourse::ui
