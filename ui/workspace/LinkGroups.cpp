// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkGroups.h"

#include "models/workspace/WorkspaceLayout.h"
#include "ui/Theme.h"

#include <QCoreApplication>
#include <array>

namespace bourse::ui::LinkGroups {

namespace {

// Hues that stay apart for the common colour-vision deficiencies and from the up/down colours of prices.
constexpr std::array<QRgb, models::WorkspaceLayout::kLinkGroups> Colours {0x000000, 0x3b82f6, 0xf0b90b, 0xc084fc,
                                                                          0x22d3ee};

} // namespace

int count()
{
    return models::WorkspaceLayout::kLinkGroups;
}

QColor colour(int group)
{
    if (group <= 0 || group >= count()) {
        return Theme::mutedText();
    }
    return QColor::fromRgb(Colours[static_cast<std::size_t>(group)]);
}

QString name(int group)
{
    switch (group) {
    case 1:
        return QCoreApplication::translate("bourse::ui::LinkGroups", "Blue group");
    case 2:
        return QCoreApplication::translate("bourse::ui::LinkGroups", "Amber group");
    case 3:
        return QCoreApplication::translate("bourse::ui::LinkGroups", "Violet group");
    case 4:
        return QCoreApplication::translate("bourse::ui::LinkGroups", "Cyan group");
    default:
        return QCoreApplication::translate("bourse::ui::LinkGroups", "Not linked");
    }
}

} // namespace bourse::ui::LinkGroups
