// SPDX-License-Identifier: GPL-3.0-or-later
// ccxt's list conventions after parsing, for every adapter (parseTrades, parseOrders, parseOHLCVs,
// filterBy*SinceLimit): sorted by time, filtered by symbol or currency and `since`, cut to `limit`, keeping the same
// end of the list as ccxt so that a caller paging with `since` gets the same page.
#include "Filtering.h"

#include <algorithm>

namespace bourse::ex {

namespace {

// A stable insertion sort: ccxt's sortBy treats absent keys as equal to anything, which is no strict weak order,
// so std::stable_sort would be undefined on it. Kraken answers in time order already, so this is linear there.
template<typename T, typename Less> void stableSort(std::vector<T>& items, Less less)
{
    for (size_t i = 1; i < items.size(); ++i) {
        size_t j = i;
        while (j > 0 && less(items[i], items[j - 1])) {
            --j;
        }
        if (j != i) {
            T moving = std::move(items[i]);
            items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
            items.insert(items.begin() + static_cast<std::ptrdiff_t>(j), std::move(moving));
        }
    }
}

bool lessTimestamp(const OptInt& a, const OptInt& b)
{
    return a && b && *a < *b;
}

// ccxt's filterByValueSinceLimit + filterByLimit (tail = false): with `since`, the first `limit` from it; without,
// the last `limit` (for a list in ascending time order).
template<typename T, typename Timestamp, typename Matches>
std::vector<T> filterSinceLimit(std::vector<T> items, bool filterValue, Matches matches, OptInt since, OptInt limit,
                                Timestamp timestamp)
{
    if (filterValue || since) {
        std::vector<T> kept;
        for (auto& item : items) {
            OptInt ts = timestamp(item);
            bool sinceOk = !since || (ts && *ts != 0 && *ts >= *since);
            if ((!filterValue || matches(item)) && sinceOk) {
                kept.push_back(std::move(item));
            }
        }
        items = std::move(kept);
    }
    if (!limit || items.empty()) {
        return items;
    }
    bool ascending = true;
    OptInt first = timestamp(items.front()), last = timestamp(items.back());
    if (first && last) {
        ascending = *first <= *last;
    }
    size_t n = items.size();
    size_t count = static_cast<size_t>(std::max<long long>(*limit, 0));
    bool fromStart = since.has_value() == ascending;
    if (fromStart) {
        items.resize(std::min(count, n));
    } else if (count > 0 && count < n) {
        // JavaScript's slice(-0) is the whole array, hence count > 0.
        items.erase(items.begin(), items.end() - static_cast<std::ptrdiff_t>(count));
    }
    return items;
}

} // namespace

std::vector<Trade> sortAndFilterTrades(std::vector<Trade> trades, const std::string& symbol, OptInt since, OptInt limit)
{
    stableSort(trades, [](const Trade& a, const Trade& b) {
        if (lessTimestamp(a.timestamp, b.timestamp)) {
            return true;
        }
        if (lessTimestamp(b.timestamp, a.timestamp)) {
            return false;
        }
        return a.id && b.id && *a.id < *b.id;
    });
    return filterSinceLimit(
        std::move(trades), !symbol.empty(), [&](const Trade& t) { return t.symbol == symbol; }, since, limit,
        [](const Trade& t) { return t.timestamp; });
}

std::vector<Order> sortAndFilterOrders(std::vector<Order> orders, const std::string& symbol, OptInt since, OptInt limit)
{
    stableSort(orders, [](const Order& a, const Order& b) { return lessTimestamp(a.timestamp, b.timestamp); });
    return filterSinceLimit(
        std::move(orders), !symbol.empty(), [&](const Order& o) { return o.symbol == symbol; }, since, limit,
        [](const Order& o) { return o.timestamp; });
}

std::vector<Ohlcv> sortAndFilterOhlcv(std::vector<Ohlcv> candles, OptInt since, OptInt limit)
{
    stableSort(candles, [](const Ohlcv& a, const Ohlcv& b) { return a.timestamp < b.timestamp; });
    return filterSinceLimit(
        std::move(candles), false, [](const Ohlcv&) { return true; }, since, limit,
        [](const Ohlcv& c) { return OptInt(c.timestamp); });
}

std::vector<Transaction> filterTransactions(std::vector<Transaction> items, const std::string& code, OptInt since,
                                            OptInt limit)
{
    return filterSinceLimit(
        std::move(items), !code.empty(), [&](const Transaction& t) { return t.currency == code; }, since, limit,
        [](const Transaction& t) { return t.timestamp; });
}

void filterBySinceLimit(std::vector<Trade>& items, OptInt since, OptInt limit)
{
    items = sortAndFilterTrades(std::move(items), {}, since, limit);
}

void filterBySinceLimit(std::vector<Order>& items, OptInt since, OptInt limit)
{
    items = sortAndFilterOrders(std::move(items), {}, since, limit);
}

void filterBySinceLimit(std::vector<Ohlcv>& items, OptInt since, OptInt limit)
{
    items = sortAndFilterOhlcv(std::move(items), since, limit);
}

} // namespace bourse::ex
