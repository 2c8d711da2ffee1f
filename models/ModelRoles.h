// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace bourse::models {

// Roles beyond Qt's own. DisplayRole is text formatted once with the market's precision; sorting, delegates and
// tests read the exact value through RawValueRole (qBittorrent's UnderlyingDataRole idea, STYLE.md 3).
enum ModelRole {
    // The exact value behind a cell: an ex::Decimal for numbers, qint64 milliseconds for times, QString otherwise.
    RawValueRole = Qt::UserRole + 1,
    // +1 buy / bid / up, -1 sell / ask / down, 0 neither: delegates colour by it.
    SideRole,
    // 0..1: the share of the widest cumulative depth a book level reaches, for the depth bar.
    DepthFractionRole,
    // OrderBookModel::RowKind of a book row.
    RowKindRole,
    // The unified symbol, base and quote of a market row.
    SymbolRole,
    BaseRole,
    QuoteRole,
    // bool: the market is a favourite.
    FavouriteRole,
    // QString: an order's id.
    OrderIdRole,
    // ex::Decimal: what the user's own open orders still have resting at a book level (absent when none).
    OwnAmountRole,
};

} // namespace bourse::models
