// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketListModel.h"

#include "DecimalText.h"
#include "ModelRoles.h"

#include <QSettings>
#include <algorithm>
#include <utility>

namespace bourse::models {

MarketListModel::MarketListModel(QString exchangeId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_exchangeId(std::move(exchangeId))
{
    const QStringList saved = QSettings().value(settingsKey()).toStringList();
    m_favourites = QSet<QString>(saved.cbegin(), saved.cend());
}

QString MarketListModel::settingsKey() const
{
    return QStringLiteral("favourites/%1").arg(m_exchangeId);
}

void MarketListModel::reindex(int from)
{
    for (int i = from; i < static_cast<int>(m_rows.size()); ++i) {
        m_rowBySymbol.insert(QString::fromStdString(m_rows[static_cast<size_t>(i)].market.symbol), i);
    }
}

void MarketListModel::setMarkets(const std::vector<ex::Market>& markets, ex::CountingMode mode)
{
    QSet<QString> incoming;
    for (const ex::Market& m : markets) {
        incoming.insert(QString::fromStdString(m.symbol));
    }
    // Gone markets first, from the bottom so the rows above keep their numbers.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        const QString symbol = QString::fromStdString(m_rows[static_cast<size_t>(row)].market.symbol);
        if (!incoming.contains(symbol)) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            m_rowBySymbol.remove(symbol);
            reindex(row);
            endRemoveRows();
        }
    }
    std::vector<Row> added;
    for (const ex::Market& m : markets) {
        Row row {m, std::nullopt, DecimalText::places(m.precision.price, mode, 2),
                 DecimalText::places(m.precision.amount, mode, 8)};
        const int existing = rowOf(QString::fromStdString(m.symbol));
        if (existing >= 0) {
            row.ticker = m_rows[static_cast<size_t>(existing)].ticker;
            m_rows[static_cast<size_t>(existing)] = std::move(row);
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        } else {
            added.push_back(std::move(row));
        }
    }
    if (!added.empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        std::move(added.begin(), added.end(), std::back_inserter(m_rows));
        reindex(first);
        endInsertRows();
    }
}

bool MarketListModel::sameFigures(const ex::Ticker& a, const ex::Ticker& b)
{
    return a.last == b.last && a.percentage == b.percentage && a.high == b.high && a.low == b.low
        && a.quoteVolume == b.quoteVolume && a.baseVolume == b.baseVolume;
}

void MarketListModel::applyTickers(const std::vector<ex::Ticker>& tickers)
{
    // Changed rows are reported in runs of consecutive rows: one signal when most of the list moved.
    std::vector<int> changed;
    for (const ex::Ticker& t : tickers) {
        const int row = rowOf(QString::fromStdString(t.symbol));
        if (row < 0) {
            continue;
        }
        std::optional<ex::Ticker>& current = m_rows[static_cast<size_t>(row)].ticker;
        if (current && sameFigures(*current, t)) {
            continue;
        }
        current = t;
        changed.push_back(row);
    }
    std::sort(changed.begin(), changed.end());
    for (size_t i = 0; i < changed.size();) {
        size_t j = i;
        while (j + 1 < changed.size() && changed[j + 1] == changed[j] + 1) {
            ++j;
        }
        emit dataChanged(index(changed[i], Last), index(changed[j], Volume));
        i = j + 1;
    }
    emit tickersUpdated();
}

const ex::Market* MarketListModel::market(const QString& symbol) const
{
    const int row = rowOf(symbol);
    return row < 0 ? nullptr : &m_rows[static_cast<size_t>(row)].market;
}

std::optional<ex::Ticker> MarketListModel::ticker(const QString& symbol) const
{
    const int row = rowOf(symbol);
    return row < 0 ? std::nullopt : m_rows[static_cast<size_t>(row)].ticker;
}

QString MarketListModel::symbolAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return {};
    }
    return QString::fromStdString(m_rows[static_cast<size_t>(row)].market.symbol);
}

int MarketListModel::priceDecimals(const QString& symbol) const
{
    const int row = rowOf(symbol);
    return row < 0 ? 2 : m_rows[static_cast<size_t>(row)].priceDecimals;
}

int MarketListModel::amountDecimals(const QString& symbol) const
{
    const int row = rowOf(symbol);
    return row < 0 ? 8 : m_rows[static_cast<size_t>(row)].amountDecimals;
}

QStringList MarketListModel::quoteCurrencies() const
{
    QStringList quotes;
    for (const Row& r : m_rows) {
        const QString quote = QString::fromStdString(r.market.quote);
        if (!quotes.contains(quote)) {
            quotes.append(quote);
        }
    }
    quotes.sort();
    return quotes;
}

void MarketListModel::setFavourite(const QString& symbol, bool favourite)
{
    if (favourite == isFavourite(symbol)) {
        return;
    }
    if (favourite) {
        m_favourites.insert(symbol);
    } else {
        m_favourites.remove(symbol);
    }
    QStringList saved(m_favourites.cbegin(), m_favourites.cend());
    saved.sort();
    QSettings().setValue(settingsKey(), saved);
    const int row = rowOf(symbol);
    if (row >= 0) {
        emit dataChanged(index(row, Favourite), index(row, Favourite));
    }
}

int MarketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MarketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MarketListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const QString symbol = QString::fromStdString(row.market.symbol);
    switch (role) {
    case SymbolRole:
        return symbol;
    case BaseRole:
        return QString::fromStdString(row.market.base);
    case QuoteRole:
        return QString::fromStdString(row.market.quote);
    case FavouriteRole:
        return isFavourite(symbol);
    case Qt::TextAlignmentRole:
        if (index.column() == Favourite) {
            return QVariant::fromValue(Qt::AlignCenter);
        }
        return QVariant::fromValue(index.column() == Symbol ? Qt::AlignLeft | Qt::AlignVCenter
                                                            : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Favourite) {
            return isFavourite(symbol) ? tr("Remove from favourites") : tr("Add to favourites");
        }
        return {};
    default:
        break;
    }
    const ex::Ticker* t = row.ticker ? &*row.ticker : nullptr;
    const auto pick = [&](int column) -> ex::OptDecimal {
        if (!t) {
            return std::nullopt;
        }
        switch (column) {
        case Last:
            return t->last;
        case Change:
            return t->percentage;
        case High:
            return t->high;
        case Low:
            return t->low;
        case Volume:
            return t->quoteVolume ? t->quoteVolume : t->baseVolume;
        default:
            return std::nullopt;
        }
    };
    if (role == SideRole) {
        const ex::OptDecimal change = t ? t->percentage : std::nullopt;
        return change ? change->sign() : 0;
    }
    if (role == RawValueRole) {
        if (index.column() == Favourite) {
            return isFavourite(symbol);
        }
        if (index.column() == Symbol) {
            return symbol;
        }
        const ex::OptDecimal value = pick(index.column());
        return value ? QVariant::fromValue(*value) : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Favourite:
        return isFavourite(symbol) ? QStringLiteral("★") : QStringLiteral("☆");
    case Symbol:
        return symbol;
    case Change:
        return DecimalText::percent(pick(Change));
    case Volume: {
        // Volumes read better short: 1.2M, 845.3K (the digits in the user's locale).
        const ex::OptDecimal v = pick(Volume);
        if (!v) {
            return QStringLiteral("—");
        }
        const double d = v->toDouble();
        if (d >= 1e9) {
            //: Billions, abbreviated (a 24h volume)
            return tr("%1B").arg(DecimalText::format(v->divided(ex::Decimal(1'000'000'000), 3), 2));
        }
        if (d >= 1e6) {
            //: Millions, abbreviated (a 24h volume)
            return tr("%1M").arg(DecimalText::format(v->divided(ex::Decimal(1'000'000), 3), 2));
        }
        if (d >= 1e3) {
            //: Thousands, abbreviated (a 24h volume)
            return tr("%1K").arg(DecimalText::format(v->divided(ex::Decimal(1'000), 2), 1));
        }
        return DecimalText::format(*v, 2);
    }
    default:
        return DecimalText::format(pick(index.column()), row.priceDecimals);
    }
}

QVariant MarketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section <= Symbol ? Qt::AlignLeft | Qt::AlignVCenter
                                                     : Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Favourite:
        return QStringLiteral("★");
    case Symbol:
        return tr("Market");
    case Last:
        //: A column: the market's last traded price
        return tr("Last");
    case Change:
        //: A column: the price change over 24 hours, in percent
        return tr("24h %");
    case High:
        return tr("24h high");
    case Low:
        return tr("24h low");
    case Volume:
        return tr("Volume");
    default:
        return {};
    }
}

} // namespace bourse::models
