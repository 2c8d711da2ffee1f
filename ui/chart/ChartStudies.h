// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <optional>
#include <vector>

class QCPAxis;
class QCPGraph;

namespace bourse::models {
class CandleSeries;
}

namespace bourse::ui {

// The studies a trader lays over the candles: a 20-period simple average, a 50-period exponential one and 20-period
// Bollinger bands at two deviations (the bands' middle is the 20-period average: the average's toggle draws it). Each
// is a toggle; only the shown ones are computed, again on every candle update (a few thousand additions, far below one
// frame).
class ChartStudies final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartStudies)

public:
    enum Study { MovingAverage, ExponentialAverage, Bollinger, StudyCount };

    ChartStudies(QCPAxis* keyAxis, QCPAxis* valueAxis, const models::CandleSeries& series);

    // The key a workspace stores a study under ("sma20") and the label of its toggle ("MA 20").
    static QString key(Study study);
    static QString label(Study study);
    static std::optional<Study> fromKey(const QString& key);

    // Shows or hides a study's lines; the values come with the next update().
    void setShown(Study study, bool shown);
    bool isShown(Study study) const { return m_shown[study]; }
    QStringList shownKeys() const;
    // The study's value at a candle of the series (the bands' middle), for the read-out; NaN when the study is
    // hidden or not defined there yet.
    double valueAt(Study study, qsizetype index) const;
    // Recomputes the shown studies from the series.
    void update();

private:
    QCPGraph* addLine(QCPAxis* keyAxis, QCPAxis* valueAxis, const QColor& colour, Qt::PenStyle style);

    const models::CandleSeries& m_series;
    bool m_shown[StudyCount] = {};
    std::vector<double> m_values[StudyCount];
    QCPGraph* m_average = nullptr;
    QCPGraph* m_exponential = nullptr;
    QCPGraph* m_bandUpper = nullptr;
    QCPGraph* m_bandLower = nullptr;
};

} // namespace bourse::ui
