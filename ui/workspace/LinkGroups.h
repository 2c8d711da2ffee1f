// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace bourse::ui::LinkGroups {

// Panels of one link group follow the market chosen in any market list of that group. Group 0 follows no one.
// Colours, not numbers, because that is how a trader tells them apart at a glance on a dock's title.
int count();
QColor colour(int group);
QString name(int group);

} // namespace bourse::ui::LinkGroups
