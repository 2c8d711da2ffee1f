// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCPAxis;
class QCustomPlot;

namespace bourse::ui {

// The look every chart's axes share: theme colours, ticks outward only, a plain grid.
void styleChartAxis(QCPAxis* axis, bool labels);
// The axes' figures and month names in the language's locale (QCustomPlot keeps the locale it was made with, so
// charts call this again on a language change); no group separators, which would only widen the price axis.
void useCurrentLocale(QCustomPlot* plot);

} // namespace bourse::ui
