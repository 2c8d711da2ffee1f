// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Panel.h"

class QButtonGroup;
class QHBoxLayout;
class QVBoxLayout;

namespace bourse::ui {

class CandleChart;

// The candle chart of one market, fed by the session's candles, with the timeframes the exchange declares.
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

protected:
    void rebind() override;

private:
    void fillTimeframes();

    QString m_timeframe;
    QHBoxLayout* m_bar = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QButtonGroup* m_timeframes = nullptr;
    CandleChart* m_chart = nullptr;
};

} // namespace bourse::ui
