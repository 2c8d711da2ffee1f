// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketFilterProxyModel.h"

#include "ModelRoles.h"
#include "core/Decimal.h"

namespace bourse::models {

MarketFilterProxyModel::MarketFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
}

void MarketFilterProxyModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateRowsFilter();
}

void MarketFilterProxyModel::setQuoteCurrency(const QString& quote)
{
    if (quote == m_quote) {
        return;
    }
    m_quote = quote;
    invalidateRowsFilter();
}

void MarketFilterProxyModel::setFavouritesOnly(bool only)
{
    if (only == m_favouritesOnly) {
        return;
    }
    m_favouritesOnly = only;
    invalidateRowsFilter();
}

bool MarketFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_favouritesOnly && !index.data(FavouriteRole).toBool()) {
        return false;
    }
    const QString quote = index.data(QuoteRole).toString();
    if (!m_quote.isEmpty() && quote.compare(m_quote, Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    // "btc" finds BTC/USD and ETH/BTC; "eth/b" finds ETH/BTC; "usd" finds every USD market.
    const QString base = index.data(BaseRole).toString();
    return index.data(SymbolRole).toString().contains(m_text, Qt::CaseInsensitive)
        || base.startsWith(m_text, Qt::CaseInsensitive) || quote.startsWith(m_text, Qt::CaseInsensitive);
}

bool MarketFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(RawValueRole);
    const QVariant b = right.data(RawValueRole);
    // Markets without a value yet sort below every number.
    if (!a.isValid() || !b.isValid()) {
        return !a.isValid() && b.isValid();
    }
    if (a.metaType() == QMetaType::fromType<ex::Decimal>() && b.metaType() == QMetaType::fromType<ex::Decimal>()) {
        return a.value<ex::Decimal>() < b.value<ex::Decimal>();
    }
    if (a.metaType() == QMetaType::fromType<bool>()) {
        return a.toBool() < b.toBool();
    }
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
}

} // namespace bourse::models
