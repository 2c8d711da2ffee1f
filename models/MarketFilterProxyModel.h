// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace bourse::models {

// The market list as the user narrows it: text matched against base, quote and symbol as they type, one quote
// currency or all, favourites only. Sorts on RawValueRole, so numbers sort as exact decimals, not as text.
class MarketFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarketFilterProxyModel)

public:
    explicit MarketFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    // Empty: every quote currency.
    void setQuoteCurrency(const QString& quote);
    void setFavouritesOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QString m_quote;
    bool m_favouritesOnly = false;
};

} // namespace bourse::models
