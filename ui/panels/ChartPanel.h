// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Panel.h"

class QButtonGroup;
class QHBoxLayout;
class QToolButton;
class QVBoxLayout;

namespace bourse::ui {

class CandleChart;
class DepthChart;

// The candle chart of one market, fed by the session's candles, with the timeframes the exchange declares, the
// study toggles, and the account's open orders on this market drawn at their prices; or, toggled, the market's
// depth chart from its order book.
class ChartPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ChartPanel(models::ExchangeSession& session, const QString& symbol, const QString& timeframe,
               QWidget* parent = nullptr);

    bool hasData() const override;
    CandleChart* chart() const { return m_chart; }
    const QString& timeframe() const { return m_timeframe; }
    void setTimeframe(const QString& timeframe);
    QStringList offeredTimeframes() const;
    // The shown studies by key ("sma20", "bb20"), as a workspace stores them; unknown keys are ignored.
    QStringList studies() const { return m_studies; }
    void setStudies(const QStringList& keys);
    // The depth chart in place of the candles.
    bool depthShown() const { return m_depthShown; }
    void setDepthShown(bool shown);
    DepthChart* depthChart() const { return m_depth; }

protected:
    void rebind() override;
    void retranslate() override;

private:
    void fillTimeframes();
    void addStudyToggles();
    void applyStudies();
    void applyDecimals();
    void applyDepth();

    QString m_timeframe;
    QStringList m_studies;
    QList<QToolButton*> m_studyToggles;
    QHBoxLayout* m_bar = nullptr;
    QHBoxLayout* m_timeframeRow = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QButtonGroup* m_timeframes = nullptr;
    CandleChart* m_chart = nullptr;
    DepthChart* m_depth = nullptr;
    QToolButton* m_depthToggle = nullptr;
    bool m_depthShown = false;
};

} // namespace bourse::ui
