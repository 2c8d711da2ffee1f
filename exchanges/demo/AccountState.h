// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountBalances.h"
#include "core/Types.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace bourse::ex {

// Everything a simulated account is, as plain data: what MatchingEngine hands out to be saved and takes back, and
// what PracticeAccount writes to its file. Orders keep the engine's own bookkeeping (what they hold, at which
// price, whether a stop has fired) beside the unified order, so a restored engine goes on exactly where it was.
struct AccountState
{
    struct OrderRecord
    {
        // Without its trades: they are in `trades`, once, and go back to their order by its id.
        Order order;
        uint64_t sequence = 0;
        Decimal reserved;
        Decimal reservePrice;
        bool triggered = true;
    };

    std::map<std::string, AccountBalances::Entry> balances;
    std::vector<OrderRecord> orders; // oldest first
    std::vector<Trade> trades; // the account's fills, oldest first
    uint64_t nextOrder = 1;
    uint64_t nextTrade = 1;

    JsonValue toJson() const;
    // Reads what toJson wrote and checks that it adds up (see check()). Throws Error(BadResponse) naming the
    // first field that is missing, malformed or inconsistent.
    static AccountState fromJson(const JsonRef& json);
    // The invariants the engine keeps, so that a file that parses but was cut, mixed up or edited by hand is not
    // taken for an account: no negative money; what each currency has in `used` is exactly what its open orders
    // hold; ids unique and below the counters; every order's filled amount is the sum of its trades. Throws
    // Error(BadResponse).
    void check() const;
};

} // namespace bourse::ex
