// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandleChart.h"

#include "Theme.h"
#include "chart/AxisStyle.h"
#include "chart/ChartStudies.h"
#include "chart/Crosshair.h"
#include "chart/OrderLines.h"
#include "models/CandleSeries.h"
#include "models/DecimalText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace bourse::ui {

namespace {

constexpr int VisibleCandles = 120;
constexpr double BodyWidth = 0.72; // of a period
constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

double seconds(qint64 milliseconds)
{
    return static_cast<double>(milliseconds) / 1000.0;
}

double toDouble(const ex::OptDecimal& value)
{
    return value ? value->toDouble() : 0.0;
}

bool isUp(const ex::Ohlcv& candle)
{
    return !(candle.close && candle.open && *candle.close < *candle.open);
}

} // namespace

CandleChart::CandleChart(models::CandleSeries& series, QWidget* parent)
    : QWidget(parent)
    , m_series(series)
{
    setObjectName(QStringLiteral("candleChart"));
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("candlePlot"));
    useCurrentLocale(m_plot);
    setUpPlot();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(m_plot, 1);

    connect(&m_series, &models::CandleSeries::candlesAppended, this, &CandleChart::onCandlesAppended);
    connect(&m_series, &models::CandleSeries::candleUpdated, this, &CandleChart::onCandleUpdated);
    connect(&m_series, &models::CandleSeries::candlesPrepended, this, &CandleChart::onCandlesPrepended);
    connect(&m_series, &models::CandleSeries::cleared, this, &CandleChart::onCleared);
    connect(&m_series, &models::CandleSeries::sourceLabelChanged, this, &CandleChart::onSourceLabelChanged);
    onSourceLabelChanged(m_series.sourceLabel());
    if (!m_series.isEmpty()) {
        onCandlesAppended(0, m_series.size());
    }
}

void CandleChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        useCurrentLocale(m_plot);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

QWidget* CandleChart::createHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("chartHeader"));
    header->setAutoFillBackground(true);
    QPalette p = header->palette();
    p.setColor(QPalette::Window, Theme::window());
    header->setPalette(p);

    m_symbolLabel = new QLabel(tr("%1  ·  %2").arg(m_series.symbol(), m_series.timeframe()), header);
    QFont symbolFont = m_symbolLabel->font();
    symbolFont.setBold(true);
    symbolFont.setPointSizeF(symbolFont.pointSizeF() * 1.15);
    m_symbolLabel->setFont(symbolFont);

    m_readoutLabel = new QLabel(header);
    m_readoutLabel->setObjectName(QStringLiteral("chartReadout"));
    m_readoutLabel->setTextFormat(Qt::RichText);
    m_changeLabel = new QLabel(header);
    m_changeLabel->setObjectName(QStringLiteral("chartChange"));

    m_badgeLabel = new QLabel(header);
    m_badgeLabel->setObjectName(QStringLiteral("chartSourceBadge"));
    m_badgeLabel->setStyleSheet(QStringLiteral("color: %1; border: 1px solid %1; border-radius: 3px; padding: 1px 6px;")
                                    .arg(Theme::demoBadge().name()));
    m_badgeLabel->hide();

    // The candle's figures and the studies' values get a line each under the symbol, so a narrow chart keeps them
    // legible.
    m_studiesLabel = new QLabel(header);
    m_studiesLabel->setObjectName(QStringLiteral("chartStudiesReadout"));
    m_studiesLabel->setTextFormat(Qt::RichText);
    m_studiesLabel->hide();

    auto* rows = new QVBoxLayout(header);
    rows->setContentsMargins(10, 6, 10, 4);
    rows->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->setSpacing(14);
    row->addWidget(m_symbolLabel);
    row->addWidget(m_changeLabel);
    row->addStretch(1);
    row->addWidget(m_badgeLabel);
    rows->addLayout(row);
    rows->addWidget(m_readoutLabel);
    rows->addWidget(m_studiesLabel);
    return header;
}

void CandleChart::setUpPlot()
{
    m_plot->setBackground(QBrush(Theme::panel()));
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->plotLayout()->clear();
    m_plot->plotLayout()->setRowSpacing(0);

    m_priceRect = new QCPAxisRect(m_plot);
    m_volumeRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_priceRect);
    m_plot->plotLayout()->addElement(1, 0, m_volumeRect);
    m_plot->plotLayout()->setRowStretchFactors({4.0, 1.0});
    auto* margins = new QCPMarginGroup(m_plot);
    for (QCPAxisRect* rect : {m_priceRect, m_volumeRect}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        // New axis rects start on the "main" layer; their background belongs under the grid and the watermark.
        rect->setLayer(QStringLiteral("background"));
        rect->setBackground(QBrush(Theme::panel()));
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->axis(QCPAxis::atLeft)->setVisible(false);
        rect->axis(QCPAxis::atTop)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(true);
        styleChartAxis(rect->axis(QCPAxis::atBottom), rect == m_volumeRect);
        styleChartAxis(rect->axis(QCPAxis::atRight), true);
    }
    m_priceRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
    m_priceRect->setMargins(QMargins(0, 0, 0, 0));
    m_volumeRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_volumeRect->setMargins(QMargins(0, 0, 0, 0));
    m_volumeRect->axis(QCPAxis::atRight)->ticker()->setTickCount(2);
    m_volumeRect->axis(QCPAxis::atRight)->setRangeLower(0);

    auto dateTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    dateTicker->setDateTimeFormat(QStringLiteral("d MMM\nhh:mm"));
    dateTicker->setDateTimeSpec(Qt::UTC);
    dateTicker->setTickCount(8);
    m_priceRect->axis(QCPAxis::atBottom)->setTicker(dateTicker);
    m_volumeRect->axis(QCPAxis::atBottom)->setTicker(dateTicker);

    QCPAxis* priceX = m_priceRect->axis(QCPAxis::atBottom);
    QCPAxis* priceY = m_priceRect->axis(QCPAxis::atRight);
    QCPAxis* volumeX = m_volumeRect->axis(QCPAxis::atBottom);
    QCPAxis* volumeY = m_volumeRect->axis(QCPAxis::atRight);
    priceY->setNumberFormat(QStringLiteral("f"));
    priceY->setNumberPrecision(m_priceDecimals);
    volumeY->setNumberFormat(QStringLiteral("gb"));

    // The two rects show the same time span; the value axes follow what is visible.
    connect(priceX, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this, volumeX](const QCPRange& range) {
        volumeX->setRange(range);
        fitValueRanges();
        askForHistoryIfAtTheStart();
    });
    connect(volumeX, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), priceX,
            [priceX](const QCPRange& range) { priceX->setRange(range); });

    const double width = seconds(m_series.periodMs()) * BodyWidth;
    m_candles = new QCPFinancial(priceX, priceY);
    m_candles->setChartStyle(QCPFinancial::csCandlestick);
    m_candles->setWidthType(QCPFinancial::wtPlotCoords);
    m_candles->setWidth(width);
    m_candles->setTwoColored(true);
    m_candles->setBrushPositive(QBrush(Theme::up()));
    m_candles->setBrushNegative(QBrush(Theme::down()));
    m_candles->setPenPositive(QPen(Theme::up()));
    m_candles->setPenNegative(QPen(Theme::down()));
    m_candles->setAntialiased(false);

    m_upVolume = new QCPBars(volumeX, volumeY);
    m_downVolume = new QCPBars(volumeX, volumeY);
    for (auto [bars, colour] :
         {std::pair {m_upVolume, Theme::upVolume()}, std::pair {m_downVolume, Theme::downVolume()}}) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(width);
        bars->setPen(Qt::NoPen);
        bars->setBrush(QBrush(colour));
        bars->setAntialiased(false);
    }

    m_watermark = new QCPItemText(m_plot);
    m_watermark->setLayer(QStringLiteral("background"));
    m_watermark->setClipAxisRect(m_priceRect);
    m_watermark->position->setAxisRect(m_priceRect);
    m_watermark->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_watermark->position->setCoords(0.5, 0.5);
    m_watermark->setPositionAlignment(Qt::AlignCenter);
    m_watermark->setTextAlignment(Qt::AlignCenter);
    m_watermark->setColor(Theme::watermark());
    QFont watermarkFont = font();
    watermarkFont.setBold(true);
    watermarkFont.setPixelSize(44);
    m_watermark->setFont(watermarkFont);
    m_watermark->setText(m_series.symbol());

    m_lastPriceLine = new QCPItemStraightLine(m_plot);
    m_lastPriceLine->setClipAxisRect(m_priceRect);
    for (QCPItemPosition* point : {m_lastPriceLine->point1, m_lastPriceLine->point2}) {
        point->setAxes(priceX, priceY);
    }
    m_lastPriceLine->setVisible(false);

    m_lastPriceTag = new QCPItemText(m_plot);
    m_lastPriceTag->setLayer(QStringLiteral("overlay"));
    m_lastPriceTag->setClipToAxisRect(false);
    m_lastPriceTag->position->setAxisRect(m_priceRect);
    m_lastPriceTag->position->setAxes(priceX, priceY);
    m_lastPriceTag->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_lastPriceTag->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_lastPriceTag->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_lastPriceTag->setPadding(QMargins(5, 2, 5, 2));
    m_lastPriceTag->setColor(QColor(0xff, 0xff, 0xff));
    m_lastPriceTag->setVisible(false);

    m_studies = new ChartStudies(priceX, priceY, m_series);
    m_crosshair = new Crosshair(m_plot, m_priceRect, m_volumeRect, m_series.periodMs());

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        m_hoverIndex = indexAtPixel(event->position().x());
        showReadout(m_hoverIndex);
        m_crosshair->moveTo(event->position());
    });
}

int CandleChart::candleCount() const
{
    return m_candles->data()->size();
}

QString CandleChart::sourceBadgeText() const
{
    return m_badgeLabel->isVisibleTo(this) ? m_badgeLabel->text() : QString();
}

bool CandleChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Leave) {
        m_hoverIndex = -1;
        showReadout(m_series.size() - 1);
        m_crosshair->hide();
    }
    return QWidget::eventFilter(watched, event);
}

void CandleChart::onSourceLabelChanged(const QString& label)
{
    m_badgeLabel->setText(label.toUpper());
    m_badgeLabel->setVisible(!label.isEmpty());
    m_watermark->setText(label.isEmpty() ? m_series.symbol() : tr("%1\n%2").arg(m_series.symbol(), label.toUpper()));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CandleChart::writeCandle(qsizetype index)
{
    const ex::Ohlcv& candle = m_series.at(index);
    const double key = seconds(candle.timestamp);
    m_candles->data()->remove(key);
    m_upVolume->data()->remove(key);
    m_downVolume->data()->remove(key);
    m_candles->data()->add(QCPFinancialData(key, toDouble(candle.open), toDouble(candle.high), toDouble(candle.low),
                                            toDouble(candle.close)));
    (isUp(candle) ? m_upVolume : m_downVolume)->data()->add(QCPBarsData(key, toDouble(candle.volume)));
}

bool CandleChart::isFollowing() const
{
    // The view follows the newest candle while the user has not scrolled it out of sight.
    if (m_candles->data()->isEmpty()) {
        return true;
    }
    const double lastKey = (m_candles->data()->constEnd() - 1)->key;
    return m_priceRect->axis(QCPAxis::atBottom)->range().upper >= lastKey;
}

void CandleChart::onCandlesAppended(qsizetype first, qsizetype count)
{
    const bool wasEmpty = m_candles->data()->isEmpty();
    const bool following = isFollowing();
    for (qsizetype i = first; i < first + count; ++i) {
        writeCandle(i);
    }
    followLatest(wasEmpty || following);
}

void CandleChart::onCandleUpdated(qsizetype index)
{
    writeCandle(index);
    followLatest(false);
}

void CandleChart::onCandlesPrepended(qsizetype count)
{
    // Keys are times, so the visible span stays where the user put it; only indices moved.
    for (qsizetype i = 0; i < count; ++i) {
        writeCandle(i);
    }
    if (m_hoverIndex >= 0) {
        m_hoverIndex += count;
    }
    followLatest(false);
    // A page may not reach the left edge of a wide zoom: ask for the next one.
    askForHistoryIfAtTheStart();
}

void CandleChart::askForHistoryIfAtTheStart()
{
    if (m_series.isEmpty() || m_series.loadingEarlier() || m_series.historyComplete()) {
        return;
    }
    // Within a few periods of the first candle, before the user sees the chart's empty left side.
    const double first = seconds(m_series.at(0).timestamp);
    const double margin = 10 * seconds(m_series.periodMs());
    if (m_priceRect->axis(QCPAxis::atBottom)->range().lower <= first + margin) {
        emit earlierCandlesWanted();
    }
}

void CandleChart::onCleared()
{
    m_candles->data()->clear();
    m_upVolume->data()->clear();
    m_downVolume->data()->clear();
    followLatest(false);
}

void CandleChart::followLatest(bool scroll)
{
    if (scroll && !m_series.isEmpty()) {
        const double period = seconds(m_series.periodMs());
        const double last = seconds(m_series.at(m_series.size() - 1).timestamp);
        // A few empty periods on the right leave room for the last price tag, as trading screens do.
        m_priceRect->axis(QCPAxis::atBottom)
            ->setRange(last - (VisibleCandles - 1) * period - period / 2, last + 4 * period);
    }
    m_studies->update();
    fitValueRanges();
    updateLastPrice();
    // The readout shows the candle under the mouse, else the newest one.
    showReadout(m_hoverIndex >= 0 && m_hoverIndex < m_series.size() ? m_hoverIndex : m_series.size() - 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CandleChart::fitValueRanges()
{
    if (m_fitting || m_candles->data()->isEmpty()) {
        return;
    }
    m_fitting = true;
    const QCPRange keys = m_priceRect->axis(QCPAxis::atBottom)->range();
    bool found = false;
    const QCPRange prices = m_candles->getValueRange(found, QCP::sdBoth, keys);
    if (found) {
        const double pad = std::max(prices.size() * 0.08, 0.01);
        m_priceRect->axis(QCPAxis::atRight)->setRange(prices.lower - pad, prices.upper + pad);
    }
    double maxVolume = 0.0;
    for (QCPBars* bars : {m_upVolume, m_downVolume}) {
        bool any = false;
        const QCPRange volumes = bars->getValueRange(any, QCP::sdBoth, keys);
        if (any) {
            maxVolume = std::max(maxVolume, volumes.upper);
        }
    }
    m_volumeRect->axis(QCPAxis::atRight)->setRange(0.0, maxVolume > 0.0 ? maxVolume * 1.1 : 1.0);
    m_fitting = false;
}

void CandleChart::updateLastPrice()
{
    if (m_series.isEmpty()) {
        m_lastPriceLine->setVisible(false);
        m_lastPriceTag->setVisible(false);
        return;
    }
    const ex::Ohlcv& last = m_series.at(m_series.size() - 1);
    const double close = toDouble(last.close);
    const QColor colour = isUp(last) ? Theme::up() : Theme::down();
    m_lastPriceLine->point1->setCoords(0.0, close);
    m_lastPriceLine->point2->setCoords(1.0, close);
    m_lastPriceLine->setPen(QPen(colour, 1, Qt::DotLine));
    m_lastPriceLine->setVisible(true);
    m_lastPriceTag->position->setCoords(1.0, close);
    m_lastPriceTag->setText(models::DecimalText::format(last.close, m_priceDecimals));
    m_lastPriceTag->setBrush(QBrush(colour));
    m_lastPriceTag->setPen(QPen(colour));
    m_lastPriceTag->setVisible(true);

    // Change against the close one day earlier, or the first candle when the history is shorter.
    const qsizetype perDay =
        std::max<qsizetype>(1, static_cast<qsizetype>(DayMs / std::max<qint64>(m_series.periodMs(), 1)));
    const ex::Ohlcv& reference = m_series.at(std::max<qsizetype>(0, m_series.size() - 1 - perDay));
    if (last.close && reference.close && !reference.close->isZero()) {
        const ex::Decimal change = ((*last.close - *reference.close) * ex::Decimal(100)).divided(*reference.close, 6);
        const QString sign = change.isNegative() ? QString() : QStringLiteral("+");
        m_changeLabel->setText(tr("24h %1%2%").arg(sign, models::DecimalText::format(change, 2)));
        m_changeLabel->setStyleSheet(
            QStringLiteral("color: %1;").arg((change.isNegative() ? Theme::down() : Theme::up()).name()));
    }
}

void CandleChart::setDecimals(int priceDecimals, int amountDecimals)
{
    m_priceDecimals = priceDecimals;
    m_amountDecimals = amountDecimals;
    m_priceRect->axis(QCPAxis::atRight)->setNumberPrecision(priceDecimals);
    m_crosshair->setPriceDecimals(priceDecimals);
    if (m_orderLines) {
        m_orderLines->setDecimals(priceDecimals, amountDecimals);
    }
    followLatest(false);
}

void CandleChart::setStudyShown(int study, bool shown)
{
    m_studies->setShown(static_cast<ChartStudies::Study>(study), shown);
    followLatest(false);
}

void CandleChart::showOrders(const models::OrdersModel& openOrders)
{
    delete m_orderLines;
    m_orderLines = new OrderLines(m_plot, m_priceRect, openOrders, m_series.symbol());
    m_orderLines->setDecimals(m_priceDecimals, m_amountDecimals);
}

QString CandleChart::readoutText() const
{
    return m_readoutLabel->text();
}

QString CandleChart::studiesText() const
{
    return m_studiesLabel->text();
}

qsizetype CandleChart::indexAtPixel(double x) const
{
    if (m_series.isEmpty()) {
        return -1;
    }
    const double key = m_priceRect->axis(QCPAxis::atBottom)->pixelToCoord(x);
    const auto timestamp = static_cast<qint64>(key * 1000.0 + static_cast<double>(m_series.periodMs()) / 2.0);
    const auto& candles = m_series.candles();
    auto it = std::upper_bound(candles.begin(), candles.end(), timestamp,
                               [](qint64 t, const ex::Ohlcv& candle) { return t < candle.timestamp; });
    if (it == candles.begin()) {
        return 0;
    }
    return static_cast<qsizetype>(std::distance(candles.begin(), it)) - 1;
}

void CandleChart::showReadout(qsizetype index)
{
    if (index < 0 || index >= m_series.size()) {
        m_readoutLabel->clear();
        m_studiesLabel->clear();
        return;
    }
    const ex::Ohlcv& candle = m_series.at(index);
    const QString valueColour = (isUp(candle) ? Theme::up() : Theme::down()).name();
    const QString muted = Theme::mutedText().name();
    auto field = [&](const QString& name, const ex::OptDecimal& value, int places) {
        return QStringLiteral("<span style=\"color:%1\">%2</span> <span style=\"color:%3\">%4</span>")
            .arg(muted, name, valueColour, models::DecimalText::format(value, places));
    };
    //: Open: the first price of a candle
    const QString open = tr("O");
    //: High: the highest price of a candle
    const QString high = tr("H");
    //: Low: the lowest price of a candle
    const QString low = tr("L");
    //: Close: the last price of a candle
    const QString close = tr("C");
    //: Volume, abbreviated
    const QString volume = tr("Vol");
    const QStringList fields {field(open, candle.open, m_priceDecimals), field(high, candle.high, m_priceDecimals),
                              field(low, candle.low, m_priceDecimals), field(close, candle.close, m_priceDecimals),
                              field(volume, candle.volume, m_amountDecimals)};
    m_readoutLabel->setText(fields.join(QStringLiteral("&nbsp;&nbsp;")));
    QStringList studies;
    const QColor studyColours[] = {Theme::movingAverage(), Theme::exponentialAverage(), Theme::bands()};
    for (int s = 0; s < ChartStudies::StudyCount; ++s) {
        const auto study = static_cast<ChartStudies::Study>(s);
        const double value = m_studies->valueAt(study, index);
        if (m_studies->isShown(study) && !std::isnan(value)) {
            studies << QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                           .arg(studyColours[s].name(), ChartStudies::label(study).toHtmlEscaped(),
                                QLocale::c().toString(value, 'f', m_priceDecimals));
        }
    }
    m_studiesLabel->setText(studies.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")));
    m_studiesLabel->setVisible(!studies.isEmpty());
}

} // namespace bourse::ui
