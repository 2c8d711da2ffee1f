// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPanel.h"

#include "models/CandleSeries.h"
#include "models/session/ExchangeSession.h"
#include "ui/CandleChart.h"
#include "ui/Theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace bourse::ui {

ChartPanel::ChartPanel(models::ExchangeSession& session, const QString& symbol, const QString& timeframe,
                       QWidget* parent)
    : Panel(session, symbol, parent)
    , m_timeframe(timeframe)
{
    setObjectName(QStringLiteral("chartPanel"));
    m_timeframes = new QButtonGroup(this);
    m_timeframes->setExclusive(true);
    auto* barWidget = new QWidget(this);
    barWidget->setObjectName(QStringLiteral("timeframeBar"));
    barWidget->setAutoFillBackground(true);
    QPalette p = barWidget->palette();
    p.setColor(QPalette::Window, Theme::window());
    barWidget->setPalette(p);
    // A narrow chart clips the row of timeframes rather than forcing the whole window wider than the screen.
    barWidget->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setMinimumWidth(280);
    m_bar = new QHBoxLayout(barWidget);
    m_bar->setContentsMargins(8, 2, 8, 2);
    m_bar->setSpacing(2);
    m_bar->addStretch(1);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(barWidget);
    connect(&session, &models::ExchangeSession::described, this, &ChartPanel::fillTimeframes);
    fillTimeframes();
    rebind();
}

QStringList ChartPanel::offeredTimeframes() const
{
    return session().isDescribed() ? session().timeframes() : QStringList {m_timeframe};
}

void ChartPanel::fillTimeframes()
{
    for (QAbstractButton* b : m_timeframes->buttons()) {
        m_timeframes->removeButton(b);
        delete b;
    }
    const QStringList offered = offeredTimeframes();
    for (const QString& tf : offered) {
        auto* b = new QToolButton(this);
        b->setText(tf);
        b->setObjectName(QStringLiteral("timeframe_%1").arg(tf));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setChecked(tf == m_timeframe);
        b->setStyleSheet(QStringLiteral("QToolButton { color: %1; padding: 2px 6px; }"
                                        "QToolButton:checked { color: %2; font-weight: bold; }")
                             .arg(Theme::mutedText().name(), Theme::accent().name()));
        connect(b, &QToolButton::clicked, this, [this, tf] { setTimeframe(tf); });
        m_timeframes->addButton(b);
        m_bar->insertWidget(m_bar->count() - 1, b);
    }
    if (!offered.isEmpty() && !offered.contains(m_timeframe)) {
        setTimeframe(offered.contains(QStringLiteral("15m")) ? QStringLiteral("15m") : offered.front());
    }
}

void ChartPanel::setTimeframe(const QString& timeframe)
{
    if (timeframe == m_timeframe) {
        return;
    }
    m_timeframe = timeframe;
    for (QAbstractButton* b : m_timeframes->buttons()) {
        b->setChecked(b->text() == timeframe);
    }
    rebind();
}

void ChartPanel::rebind()
{
    dropSubscriptions();
    // QCustomPlot has no model/view: a new series gets a new chart rather than a reset of the old one.
    delete m_chart;
    m_chart = new CandleChart(*session().candles(symbol(), m_timeframe), this);
    m_layout->addWidget(m_chart, 1);
    keep(session().subscribe(models::ExchangeSession::Channel::Candles, symbol(), m_timeframe, this));
}

bool ChartPanel::hasData() const
{
    return m_chart && m_chart->candleCount() > 0;
}

} // namespace bourse::ui
