// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Types.h"

#include <map>
#include <string>

namespace bourse::ex {

// The money of one simulated account, per currency: free (can be spent) and used (held by open orders). Every
// change is a move between the two or an exchange with the market, so nothing is created or lost on the way;
// a move the account cannot afford throws InsufficientFunds and changes nothing.
class AccountBalances
{
public:
    struct Entry
    {
        Decimal free;
        Decimal used;
    };

    // Sets a currency's free amount (a starting balance, a reset); what open orders hold is kept.
    void setFree(const std::string& code, const Decimal& amount);
    Decimal free(const std::string& code) const;
    Decimal used(const std::string& code) const;
    Decimal total(const std::string& code) const { return free(code) + used(code); }
    const std::map<std::string, Entry>& entries() const { return m_entries; }
    // Every currency at once (a saved account coming back, a reset).
    void assign(std::map<std::string, Entry> entries) { m_entries = std::move(entries); }

    // free -> used, for an order that rests.
    void reserve(const std::string& code, const Decimal& amount);
    // used -> free, when an order no longer needs what it held.
    void release(const std::string& code, const Decimal& amount);
    // Paid to the market out of free funds.
    void pay(const std::string& code, const Decimal& amount);
    // Received from the market.
    void receive(const std::string& code, const Decimal& amount);

    // The unified balance (free, used and total for every currency held or ever held).
    Balance toBalance(long long timestamp) const;

private:
    Entry& entry(const std::string& code) { return m_entries[code]; }

    std::map<std::string, Entry> m_entries;
};

} // namespace bourse::ex
