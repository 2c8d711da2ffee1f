// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Types.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace bourse::ex {

namespace detail {
inline long long timestampOf(const Ohlcv& c)
{
    return c.timestamp;
}
template<typename T>
long long timestampOf(const T& item)
{
    return item.timestamp.value_or(0);
}
} // namespace detail

// What ccxt does to every list it returns: oldest first, nothing older than `since`, and at most `limit` items:
// the first `limit` after `since` when a start was given, else the most recent `limit`.
template<typename T>
void filterBySinceLimit(std::vector<T>& items, std::optional<long long> since, std::optional<long long> limit)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const T& a, const T& b) { return detail::timestampOf(a) < detail::timestampOf(b); });
    if (since) {
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [&](const T& item) { return detail::timestampOf(item) < *since; }),
                    items.end());
    }
    if (limit && *limit >= 0 && items.size() > static_cast<size_t>(*limit)) {
        if (since) {
            items.resize(static_cast<size_t>(*limit));
        } else {
            items.erase(items.begin(), items.end() - *limit);
        }
    }
}

} // namespace bourse::ex
