// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStudies.h"

#include "models/CandleSeries.h"
#include "models/Indicators.h"
#include "ui/Theme.h"

#include <cmath>
#include <limits>
#include <qcustomplot.h>

namespace bourse::ui {

namespace {

constexpr int AveragePeriod = 20;
constexpr int ExponentialPeriod = 50;
constexpr int BandPeriod = 20;
constexpr double BandDeviations = 2.0;

void setLine(QCPGraph* graph, const QVector<double>& keys, const std::vector<double>& values)
{
    graph->setData(keys, QVector<double>(values.begin(), values.end()), true);
}

} // namespace

ChartStudies::ChartStudies(QCPAxis* keyAxis, QCPAxis* valueAxis, const models::CandleSeries& series)
    : QObject(keyAxis)
    , m_series(series)
{
    m_average = addLine(keyAxis, valueAxis, Theme::movingAverage(), Qt::SolidLine);
    m_exponential = addLine(keyAxis, valueAxis, Theme::exponentialAverage(), Qt::SolidLine);
    m_bandUpper = addLine(keyAxis, valueAxis, Theme::bands(), Qt::SolidLine);
    m_bandLower = addLine(keyAxis, valueAxis, Theme::bands(), Qt::SolidLine);
    QColor fill = Theme::bands();
    fill.setAlpha(22);
    m_bandUpper->setBrush(QBrush(fill));
    m_bandUpper->setChannelFillGraph(m_bandLower);
}

QCPGraph* ChartStudies::addLine(QCPAxis* keyAxis, QCPAxis* valueAxis, const QColor& colour, Qt::PenStyle style)
{
    auto* graph = new QCPGraph(keyAxis, valueAxis);
    graph->setPen(QPen(colour, 1.2, style));
    graph->setAdaptiveSampling(true);
    graph->setVisible(false);
    return graph;
}

QString ChartStudies::key(Study study)
{
    switch (study) {
    case MovingAverage:
        return QStringLiteral("sma%1").arg(AveragePeriod);
    case ExponentialAverage:
        return QStringLiteral("ema%1").arg(ExponentialPeriod);
    case Bollinger:
    case StudyCount:
        break;
    }
    return QStringLiteral("bb%1").arg(BandPeriod);
}

QString ChartStudies::label(Study study)
{
    switch (study) {
    case MovingAverage:
        return tr("MA %1").arg(AveragePeriod);
    case ExponentialAverage:
        return tr("EMA %1").arg(ExponentialPeriod);
    case Bollinger:
    case StudyCount:
        break;
    }
    return tr("BB %1, %2").arg(BandPeriod).arg(BandDeviations);
}

std::optional<ChartStudies::Study> ChartStudies::fromKey(const QString& key)
{
    for (int s = 0; s < StudyCount; ++s) {
        if (ChartStudies::key(static_cast<Study>(s)) == key) {
            return static_cast<Study>(s);
        }
    }
    return std::nullopt;
}

void ChartStudies::setShown(Study study, bool shown)
{
    m_shown[study] = shown;
    switch (study) {
    case MovingAverage:
        m_average->setVisible(shown);
        break;
    case ExponentialAverage:
        m_exponential->setVisible(shown);
        break;
    case Bollinger:
    case StudyCount:
        for (QCPGraph* g : {m_bandUpper, m_bandLower}) {
            g->setVisible(shown);
        }
        break;
    }
}

QStringList ChartStudies::shownKeys() const
{
    QStringList keys;
    for (int s = 0; s < StudyCount; ++s) {
        if (m_shown[s]) {
            keys << key(static_cast<Study>(s));
        }
    }
    return keys;
}

double ChartStudies::valueAt(Study study, qsizetype index) const
{
    const std::vector<double>& values = m_values[study];
    if (!m_shown[study] || index < 0 || static_cast<size_t>(index) >= values.size()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return values[static_cast<size_t>(index)];
}

void ChartStudies::update()
{
    // Called on every candle update: with no study shown there is nothing to compute.
    if (shownKeys().isEmpty()) {
        return;
    }
    const qsizetype n = m_series.size();
    QVector<double> keys;
    std::vector<double> closes;
    keys.reserve(n);
    closes.reserve(static_cast<size_t>(n));
    for (const ex::Ohlcv& candle : m_series.candles()) {
        keys.push_back(static_cast<double>(candle.timestamp) / 1000.0);
        closes.push_back(candle.close ? candle.close->toDouble() : std::numeric_limits<double>::quiet_NaN());
    }
    if (m_shown[MovingAverage]) {
        m_values[MovingAverage] = models::indicators::simpleMovingAverage(closes, AveragePeriod);
        setLine(m_average, keys, m_values[MovingAverage]);
    }
    if (m_shown[ExponentialAverage]) {
        m_values[ExponentialAverage] = models::indicators::exponentialMovingAverage(closes, ExponentialPeriod);
        setLine(m_exponential, keys, m_values[ExponentialAverage]);
    }
    if (m_shown[Bollinger]) {
        auto bands = models::indicators::bollingerBands(closes, BandPeriod, BandDeviations);
        setLine(m_bandUpper, keys, bands.upper);
        setLine(m_bandLower, keys, bands.lower);
        m_values[Bollinger] = std::move(bands.middle);
    }
}

} // namespace bourse::ui
