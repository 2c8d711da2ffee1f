// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignedTextDelegate.h"

#include "models/ModelRoles.h"
#include "ui/Theme.h"

namespace bourse::ui {

SignedTextDelegate::SignedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void SignedTextDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int sign = index.data(models::SideRole).toInt();
    if (sign != 0) {
        const QColor colour = sign > 0 ? Theme::up() : Theme::down();
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::HighlightedText, colour);
    }
}

} // namespace bourse::ui
