// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCPAxis;

namespace bourse::ui {

// The look every chart's axes share: theme colours, ticks outward only, a plain grid.
void styleChartAxis(QCPAxis* axis, bool labels);

} // namespace bourse::ui
