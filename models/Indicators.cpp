// SPDX-License-Identifier: GPL-3.0-or-later
#include "Indicators.h"

#include <cmath>
#include <limits>

namespace bourse::models::indicators {

namespace {

constexpr double Undefined = std::numeric_limits<double>::quiet_NaN();

bool usable(const std::vector<double>& values, int period)
{
    return period > 0 && values.size() >= static_cast<size_t>(period);
}

} // namespace

std::vector<double> simpleMovingAverage(const std::vector<double>& values, int period)
{
    std::vector<double> out(values.size(), Undefined);
    if (!usable(values, period)) {
        return out;
    }
    const auto n = static_cast<size_t>(period);
    // A running sum drifts over thousands of candles; each window is summed afresh from its own values instead,
    // which costs period additions per candle and stays exact to the last bit the inputs allow.
    for (size_t end = n; end <= values.size(); ++end) {
        double sum = 0.0;
        for (size_t i = end - n; i < end; ++i) {
            sum += values[i];
        }
        out[end - 1] = sum / static_cast<double>(n);
    }
    return out;
}

std::vector<double> exponentialMovingAverage(const std::vector<double>& values, int period)
{
    std::vector<double> out(values.size(), Undefined);
    if (!usable(values, period)) {
        return out;
    }
    const auto n = static_cast<size_t>(period);
    double seed = 0.0;
    for (size_t i = 0; i < n; ++i) {
        seed += values[i];
    }
    double ema = seed / static_cast<double>(n);
    out[n - 1] = ema;
    const double weight = 2.0 / (static_cast<double>(period) + 1.0);
    for (size_t i = n; i < values.size(); ++i) {
        ema += weight * (values[i] - ema);
        out[i] = ema;
    }
    return out;
}

Bands bollingerBands(const std::vector<double>& values, int period, double deviations)
{
    Bands bands;
    bands.middle = simpleMovingAverage(values, period);
    bands.upper.assign(values.size(), Undefined);
    bands.lower.assign(values.size(), Undefined);
    if (!usable(values, period)) {
        return bands;
    }
    const auto n = static_cast<size_t>(period);
    for (size_t end = n; end <= values.size(); ++end) {
        const double mean = bands.middle[end - 1];
        double squares = 0.0;
        for (size_t i = end - n; i < end; ++i) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        const double width = deviations * std::sqrt(squares / static_cast<double>(n));
        bands.upper[end - 1] = mean + width;
        bands.lower[end - 1] = mean - width;
    }
    return bands;
}

} // namespace bourse::models::indicators
