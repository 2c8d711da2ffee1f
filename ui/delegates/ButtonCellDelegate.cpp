// SPDX-License-Identifier: GPL-3.0-or-later
#include "ButtonCellDelegate.h"

#include <QPainter>

namespace bourse::ui {

ButtonCellDelegate::ButtonCellDelegate(const QColor& colour, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_colour(colour)
{
}

void ButtonCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty()) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int width = option.fontMetrics.horizontalAdvance(text) + 16;
    QRect button(0, 0, width, option.rect.height() - 4);
    button.moveCenter(option.rect.center());
    QColor fill = m_colour;
    fill.setAlpha(option.state & QStyle::State_MouseOver ? 70 : 30);
    painter->setPen(QPen(m_colour, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(button).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setPen(m_colour);
    painter->drawText(button, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace bourse::ui
