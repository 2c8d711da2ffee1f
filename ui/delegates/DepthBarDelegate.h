// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace bourse::ui {

// Paints an order book row: the cumulative depth bar (DepthFractionRole) growing from the right edge across the
// whole row, the price in the side's colour, a wedge where the user's own orders rest, and the spread row as a band
// of its own. The model computes the
// fraction; the delegate only paints (STYLE.md 3).
class DepthBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepthBarDelegate)

public:
    explicit DepthBarDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintOwnOrderMark(QPainter* painter, const QStyleOptionViewItem& option) const;
};

} // namespace bourse::ui
