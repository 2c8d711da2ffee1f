// SPDX-License-Identifier: GPL-3.0-or-later
#include "DepthBarDelegate.h"

#include "models/ModelRoles.h"
#include "models/OrderBookModel.h"
#include "ui/Theme.h"

#include <QAbstractItemView>
#include <QPainter>

namespace bourse::ui {

DepthBarDelegate::DepthBarDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void DepthBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int kind = index.data(models::RowKindRole).toInt();
    const QRect cell = option.rect;
    painter->save();
    const bool hovered = option.state & QStyle::State_MouseOver;
    if (kind == models::OrderBookModel::SpreadRow) {
        painter->fillRect(cell, Theme::window().lighter(118));
        QFont f = option.font;
        f.setBold(index.column() == models::OrderBookModel::Price);
        painter->setFont(f);
        painter->setPen(index.column() == models::OrderBookModel::Price ? Theme::text() : Theme::mutedText());
        painter->drawText(cell.adjusted(4, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter,
                          index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }
    const bool bid = kind == models::OrderBookModel::BidRow;
    const QColor side = bid ? Theme::up() : Theme::down();
    if (hovered) {
        painter->fillRect(cell, Theme::border());
    }
    // The bar spans the row from the right edge: each cell paints its share of it.
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const int rowWidth = view ? view->viewport()->width() : cell.width();
    const double fraction = index.data(models::DepthFractionRole).toDouble();
    const int barLeft = rowWidth - static_cast<int>(fraction * rowWidth);
    const QRect bar = QRect(barLeft, cell.top() + 1, rowWidth - barLeft, cell.height() - 2).intersected(cell);
    if (!bar.isEmpty()) {
        QColor fill = side;
        fill.setAlpha(38);
        painter->fillRect(bar, fill);
    }
    painter->setFont(option.font);
    painter->setPen(index.column() == models::OrderBookModel::Price ? side : Theme::text());
    painter->drawText(cell.adjusted(4, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter,
                      index.data(Qt::DisplayRole).toString());
    if (index.column() == models::OrderBookModel::Price && index.data(models::OwnAmountRole).isValid()) {
        paintOwnOrderMark(painter, option);
    }
    painter->restore();
}

// The user's own orders at a level: an accent wedge at the row's left edge (the row's tooltip says how much).
void DepthBarDelegate::paintOwnOrderMark(QPainter* painter, const QStyleOptionViewItem& option) const
{
    const QRect cell = option.rect;
    const int h = cell.height() - 4;
    const QPointF tip(cell.left() + 2 + h * 0.6, cell.center().y() + 0.5);
    const QPolygonF wedge {QPointF(cell.left() + 2, cell.top() + 2.0), tip,
                           QPointF(cell.left() + 2, cell.bottom() - 1.0)};
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::accent());
    painter->drawPolygon(wedge);
}

} // namespace bourse::ui
