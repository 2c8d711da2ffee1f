// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/AdapterKit.h"

// A balance given as a list of per-currency entries, [{"<id>":"btc","<free>":..,"<used>":..,"<total>":..}], as
// bitso and foxbit send it. A generic reader for the shared kit (lifted from here when the kit is folded).
namespace bourse::ex::kit {

struct BalanceKeys
{
    const char* currency;
    const char* free;
    const char* used;
    const char* total;
};

inline Balance balanceFromList(const JsonRef& entries, const Exchange& ex, const BalanceKeys& keys)
{
    Balance b;
    for (const auto& entry : entries.items()) {
        auto id = str(entry[keys.currency]);
        if (!id) {
            continue;
        }
        BalanceEntry e;
        e.free = num(entry[keys.free]);
        e.used = num(entry[keys.used]);
        e.total = num(entry[keys.total]);
        b.currencies[ex.safeCurrencyCode(upper(*id))] = e;
    }
    b.complete();
    return b;
}

} // namespace bourse::ex::kit
