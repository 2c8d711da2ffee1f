// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountBalances.h"

#include "core/Errors.h"

namespace bourse::ex {

namespace {

void requirePositive(const Decimal& amount, const char* what)
{
    if (amount.isNegative()) {
        // A negative move would be the opposite move in disguise: a bug in the caller, never a user error.
        throw Error(ErrorKind::BadRequest, std::string("negative amount to ") + what + ": " + amount.toString());
    }
}

} // namespace

void AccountBalances::setFree(const std::string& code, const Decimal& amount)
{
    requirePositive(amount, "set");
    entry(code).free = amount;
}

Decimal AccountBalances::free(const std::string& code) const
{
    auto it = m_entries.find(code);
    return it == m_entries.end() ? Decimal() : it->second.free;
}

Decimal AccountBalances::used(const std::string& code) const
{
    auto it = m_entries.find(code);
    return it == m_entries.end() ? Decimal() : it->second.used;
}

void AccountBalances::reserve(const std::string& code, const Decimal& amount)
{
    requirePositive(amount, "reserve");
    Entry& e = entry(code);
    if (e.free < amount) {
        throw Error(ErrorKind::InsufficientFunds,
                    "insufficient " + code + " balance: the order needs " + amount.toString() + " " + code + ", "
                        + e.free.toString() + " is free");
    }
    e.free -= amount;
    e.used += amount;
}

void AccountBalances::release(const std::string& code, const Decimal& amount)
{
    requirePositive(amount, "release");
    Entry& e = entry(code);
    if (e.used < amount) {
        throw Error(ErrorKind::BadRequest,
                    "cannot release " + amount.toString() + " " + code + ": only " + e.used.toString() + " is held");
    }
    e.used -= amount;
    e.free += amount;
}

void AccountBalances::pay(const std::string& code, const Decimal& amount)
{
    requirePositive(amount, "pay");
    Entry& e = entry(code);
    if (e.free < amount) {
        throw Error(ErrorKind::InsufficientFunds,
                    "insufficient " + code + " balance: " + amount.toString() + " " + code + " to pay, "
                        + e.free.toString() + " is free");
    }
    e.free -= amount;
}

void AccountBalances::receive(const std::string& code, const Decimal& amount)
{
    requirePositive(amount, "receive");
    entry(code).free += amount;
}

Balance AccountBalances::toBalance(long long timestamp) const
{
    Balance b;
    b.timestamp = timestamp;
    JsonValue info = JsonValue::object();
    for (const auto& [code, e] : m_entries) {
        b.currencies[code] = BalanceEntry {e.free, e.used, e.free + e.used};
        JsonValue raw = JsonValue::object();
        raw.set("free", e.free);
        raw.set("used", e.used);
        info.set(code, std::move(raw));
    }
    b.info = std::move(info);
    return b;
}

} // namespace bourse::ex
