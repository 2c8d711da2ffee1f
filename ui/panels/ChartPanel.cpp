// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPanel.h"

#include "models/CandleSeries.h"
#include "models/OrdersModel.h"
#include "models/session/ExchangeSession.h"
#include "ui/CandleChart.h"
#include "ui/Theme.h"
#include "ui/chart/ChartStudies.h"
#include "ui/chart/DepthChart.h"

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
    m_timeframeRow = new QHBoxLayout;
    m_timeframeRow->setSpacing(2);
    m_bar->addLayout(m_timeframeRow);
    m_bar->addStretch(1);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(barWidget);
    connect(&session, &models::ExchangeSession::described, this, &ChartPanel::fillTimeframes);
    connect(&session, &models::ExchangeSession::marketsReady, this, &ChartPanel::applyDecimals);
    fillTimeframes();
    addStudyToggles();
    m_depthToggle = new QToolButton(this);
    m_depthToggle->setObjectName(QStringLiteral("depthToggle"));
    m_depthToggle->setCheckable(true);
    m_depthToggle->setAutoRaise(true);
    m_depthToggle->setStyleSheet(QStringLiteral("QToolButton { color: %1; padding: 2px 6px; }"
                                                "QToolButton:checked { color: %2; font-weight: bold; }")
                                     .arg(Theme::mutedText().name(), Theme::accent().name()));
    connect(m_depthToggle, &QToolButton::toggled, this, &ChartPanel::setDepthShown);
    m_bar->addSpacing(8);
    m_bar->addWidget(m_depthToggle);
    retranslate();
    rebind();
}

void ChartPanel::retranslate()
{
    m_depthToggle->setText(tr("Depth"));
    m_depthToggle->setToolTip(tr("Show the order book's depth instead of the candles"));
    for (int s = 0; s < m_studyToggles.size(); ++s) {
        const auto study = static_cast<ChartStudies::Study>(s);
        m_studyToggles[s]->setText(ChartStudies::label(study));
        m_studyToggles[s]->setToolTip(tr("Show or hide the %1 study").arg(ChartStudies::label(study)));
    }
}

void ChartPanel::setDepthShown(bool shown)
{
    if (shown == m_depthShown) {
        return;
    }
    m_depthShown = shown;
    m_depthToggle->setChecked(shown);
    rebind();
}

// The depth view polls the book only while it is shown; the candles keep their feed so that switching back is
// instant.
void ChartPanel::applyDepth()
{
    if (!m_depthShown) {
        delete m_depth;
        m_depth = nullptr;
        m_chart->show();
        return;
    }
    if (!m_depth) {
        m_depth = new DepthChart(this);
        m_layout->addWidget(m_depth, 1);
    }
    m_depth->setModel(session().orderBook(symbol()));
    keep(session().subscribe(models::ExchangeSession::Channel::OrderBook, symbol(), {}, this));
    m_chart->hide();
    m_depth->show();
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
        m_timeframeRow->addWidget(b);
    }
    if (!offered.isEmpty() && !offered.contains(m_timeframe)) {
        setTimeframe(offered.contains(QStringLiteral("15m")) ? QStringLiteral("15m") : offered.front());
    }
}

void ChartPanel::addStudyToggles()
{
    for (int s = 0; s < ChartStudies::StudyCount; ++s) {
        const auto study = static_cast<ChartStudies::Study>(s);
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("study_%1").arg(ChartStudies::key(study)));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setStyleSheet(QStringLiteral("QToolButton { color: %1; padding: 2px 6px; }"
                                        "QToolButton:checked { color: %2; font-weight: bold; }")
                             .arg(Theme::mutedText().name(), Theme::text().name()));
        connect(b, &QToolButton::toggled, this, [this, study](bool on) {
            const QString key = ChartStudies::key(study);
            m_studies.removeAll(key);
            if (on) {
                m_studies << key;
            }
            if (m_chart) {
                m_chart->setStudyShown(study, on);
            }
        });
        m_studyToggles << b;
        m_bar->addWidget(b);
    }
}

void ChartPanel::setStudies(const QStringList& keys)
{
    for (int s = 0; s < ChartStudies::StudyCount; ++s) {
        const auto study = static_cast<ChartStudies::Study>(s);
        m_studyToggles[s]->setChecked(keys.contains(ChartStudies::key(study)));
    }
}

void ChartPanel::applyStudies()
{
    for (int s = 0; s < ChartStudies::StudyCount; ++s) {
        const auto study = static_cast<ChartStudies::Study>(s);
        m_chart->setStudyShown(study, m_studies.contains(ChartStudies::key(study)));
    }
}

void ChartPanel::applyDecimals()
{
    if (m_chart && session().market(symbol())) {
        m_chart->setDecimals(session().priceDecimals(symbol()), session().amountDecimals(symbol()));
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
    connect(m_chart, &CandleChart::earlierCandlesWanted, this,
            [this] { session().loadEarlierCandles(symbol(), m_timeframe); });
    applyStudies();
    applyDecimals();
    m_chart->showOrders(*session().openOrders());
    keep(session().subscribe(models::ExchangeSession::Channel::Candles, symbol(), m_timeframe, this));
    // The open orders feed the lines on the chart; a session without keys does not poll it.
    keep(session().subscribe(models::ExchangeSession::Channel::Orders, {}, {}, this));
    applyDepth();
}

bool ChartPanel::hasData() const
{
    return m_chart && m_chart->candleCount() > 0;
}

} // namespace bourse::ui
