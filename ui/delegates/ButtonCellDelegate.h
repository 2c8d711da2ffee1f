// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace bourse::ui {

// Paints a cell's text as a small outlined button (the open orders' Cancel); the view's clicked signal acts on it.
class ButtonCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ButtonCellDelegate)

public:
    explicit ButtonCellDelegate(const QColor& colour, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QColor m_colour;
};

} // namespace bourse::ui
