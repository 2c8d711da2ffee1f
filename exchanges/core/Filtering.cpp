// SPDX-License-Identifier: GPL-3.0-or-later
// ccxt's list conventions after parsing, for every adapter (parseTrades, parseOrders, parseOHLCVs,
// filterBy*SinceLimit): sorted by time, filtered by symbol or currency and `since`, cut to `limit`, keeping the same
// end of the list as ccxt so that a caller paging with `since` gets the same page.
#include "Filtering.h"

#include <algorithm>

namespace bourse::ex {

namespace {

// ccxt's sortBy treats absent keys as equal to anything, which is no strict weak order, so std::stable_sort would
// be undefined on it: the order is that of a stable insertion sort. It is found on indices and applied once, so a
// list in reverse (OKX answers newest first) costs integer moves, not quadratic moves of whole items; a list already
// in order (kraken, binance) is left as it is after one pass; and where `strictWeak` vouches for the comparison on
// these items, std::stable_sort gives the insertion sort's result in n log n.
template<typename T, typename Less> void stableSort(std::vector<T>& items, Less less, bool strictWeak = false)
{
    size_t firstOutOfOrder = 1;
    while (firstOutOfOrder < items.size() && !less(items[firstOutOfOrder], items[firstOutOfOrder - 1])) {
        ++firstOutOfOrder;
    }
    if (firstOutOfOrder >= items.size()) {
        return;
    }
    std::vector<uint32_t> order(items.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = static_cast<uint32_t>(i);
    }
    auto lessAt = [&](uint32_t a, uint32_t b) { return less(items[a], items[b]); };
    if (strictWeak) {
        std::stable_sort(order.begin(), order.end(), lessAt);
    } else {
        for (size_t i = firstOutOfOrder; i < order.size(); ++i) {
            size_t j = i;
            while (j > 0 && lessAt(order[i], order[j - 1])) {
                --j;
            }
            std::rotate(order.begin() + static_cast<std::ptrdiff_t>(j), order.begin() + static_cast<std::ptrdiff_t>(i),
                        order.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        }
    }
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (uint32_t i : order) {
        sorted.push_back(std::move(items[i]));
    }
    items = std::move(sorted);
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
    // With every timestamp present and ids on all trades or on none, the comparison is a strict weak order.
    const bool allTimed = std::all_of(trades.begin(), trades.end(), [](const Trade& t) { return t.timestamp; });
    const auto withId = std::count_if(trades.begin(), trades.end(), [](const Trade& t) { return t.id.has_value(); });
    const bool strictWeak = allTimed && (withId == 0 || static_cast<size_t>(withId) == trades.size());
    stableSort(
        trades,
        [](const Trade& a, const Trade& b) {
            if (lessTimestamp(a.timestamp, b.timestamp)) {
                return true;
            }
            if (lessTimestamp(b.timestamp, a.timestamp)) {
                return false;
            }
            return a.id && b.id && *a.id < *b.id;
        },
        strictWeak);
    return filterSinceLimit(
        std::move(trades), !symbol.empty(), [&](const Trade& t) { return t.symbol == symbol; }, since, limit,
        [](const Trade& t) { return t.timestamp; });
}

std::vector<Order> sortAndFilterOrders(std::vector<Order> orders, const std::string& symbol, OptInt since, OptInt limit)
{
    const bool allTimed = std::all_of(orders.begin(), orders.end(), [](const Order& o) { return o.timestamp; });
    stableSort(
        orders, [](const Order& a, const Order& b) { return lessTimestamp(a.timestamp, b.timestamp); }, allTimed);
    return filterSinceLimit(
        std::move(orders), !symbol.empty(), [&](const Order& o) { return o.symbol == symbol; }, since, limit,
        [](const Order& o) { return o.timestamp; });
}

std::vector<Ohlcv> sortAndFilterOhlcv(std::vector<Ohlcv> candles, OptInt since, OptInt limit)
{
    stableSort(
        candles, [](const Ohlcv& a, const Ohlcv& b) { return a.timestamp < b.timestamp; }, true);
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
