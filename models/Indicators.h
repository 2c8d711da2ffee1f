// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

// Chart studies over a series of closes. They are drawn, never sent to an exchange, so they work in doubles; a
// value that is not defined yet (the first period - 1 candles) is NaN, which the chart draws as a gap.
namespace bourse::models::indicators {

// The mean of the last `period` values.
std::vector<double> simpleMovingAverage(const std::vector<double>& values, int period);

// Weight 2 / (period + 1) on the newest value, seeded with the simple average of the first `period` values (the
// convention of the common charting packages, so the line matches what traders compare it with).
std::vector<double> exponentialMovingAverage(const std::vector<double>& values, int period);

struct Bands
{
    std::vector<double> middle;
    std::vector<double> upper;
    std::vector<double> lower;
};

// Bollinger bands: the simple average, and `deviations` population standard deviations of the same window
// either side of it.
Bands bollingerBands(const std::vector<double>& values, int period, double deviations);

} // namespace bourse::models::indicators
