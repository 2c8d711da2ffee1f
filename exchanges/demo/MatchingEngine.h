// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountBalances.h"
#include "AccountState.h"
#include "core/Errors.h"
#include "core/Precision.h"
#include "core/Types.h"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace bourse::ex {

// An order as the user asks the matching engine for it, before the engine rounds and checks it. (Not
// OrderSafety's OrderRequest: one name for two types in one namespace broke the one-definition rule.)
struct EngineOrder
{
    std::string symbol;
    std::string type; // limit | market
    std::string side; // buy | sell
    Decimal amount;
    OptDecimal price; // required for limit orders
    OptDecimal triggerPrice; // makes a stop-market or stop-limit order: buy when the ask rises to it, sell when
                             // the bid falls to it
    std::string timeInForce = "GTC"; // GTC | IOC | FOK | PO
    bool postOnly = false;
    OptString clientOrderId;
};

// Fills one account's orders against market data it is given: an order book snapshot, or only the best prices.
// It knows nothing of where that data comes from, so the same rules serve the demo exchange's simulated market
// and paper trading on a real exchange's public feed.
//
// The rules are a spot exchange's: an order is rounded to the market's precision (amount truncated to the step,
// price rounded to the tick) and checked against its limits and the account's free funds before anything moves;
// a marketable order takes liquidity level by level at the taker fee; what rests holds its funds (the quote cost
// of a buy at its limit price, the base amount of a sell) and is filled at its own price, at the maker fee, when
// the market later trades through it; the user's resting orders keep price-time priority among themselves. Fees
// are charged in the currency received, as most venues do, so a buy never needs more quote than its cost.
class MatchingEngine
{
public:
    MatchingEngine() = default;

    // A market the engine may trade: its precision, limits and fees (maker/taker, falling back to the defaults).
    void addMarket(const Market& market, CountingMode precisionMode = CountingMode::TickSize);
    void setDefaultFees(const Decimal& maker, const Decimal& taker);
    AccountBalances& balances() { return m_balances; }
    const AccountBalances& balances() const { return m_balances; }
    Balance balance(long long timestamp) const { return m_balances.toBalance(timestamp); }

    // Validates, rounds, executes what is immediately marketable against `book` (the market's book now) and
    // rests the rest. Throws BadSymbol, InvalidOrder, InsufficientFunds, OrderImmediatelyFillable (a post-only
    // order that would take, a stop that would trigger at once) or OrderNotFillable (a market order facing an
    // empty book).
    Order createOrder(const EngineOrder& request, const OrderBook& book, long long timestamp);
    // Throws OrderNotFound unless the order is open.
    Order cancelOrder(const std::string& id, long long timestamp);
    // Every open order, of one symbol or (empty symbol) of all.
    std::vector<Order> cancelAllOrders(const std::string& symbol, long long timestamp);

    // The market moved: stops whose trigger was reached fire, and resting orders the book crosses fill at their
    // own price, as far as the crossing levels reach (each level's amount serves the user's orders once per
    // snapshot, best priority first).
    void onBook(const OrderBook& book, long long timestamp);
    // The same with only the best prices, taken as deep enough to fill everything they cross. Over an interval,
    // pass the highest bid and the lowest ask seen in it.
    void onMarket(const std::string& symbol, const Decimal& bestBid, const Decimal& bestAsk, long long timestamp);
    // Public trades the market printed (paper trading reads them from the real exchange): a resting order fills
    // at its own price, at the maker fee, from prints strictly beyond its price made after it was placed, as far as
    // their amounts reach (best priority first). A print at the order's own price does not fill it: the orders
    // queued there before it may have taken it all. Stops fire from books only (onBook, onMarket).
    void onTrades(const std::vector<Trade>& trades, long long timestamp);

    // The account as data, for saving, and back. restore() keeps the markets and fees and replaces balances,
    // orders, trades and id counters with a state that check()s (AccountState::fromJson checks what it reads).
    AccountState state() const;
    void restore(const AccountState& state);
    // A fresh account: no orders and no trades, ids from 1 again, and these free balances.
    void reset(const std::map<std::string, Decimal>& balances);

    // Throws OrderNotFound.
    Order order(const std::string& id) const;
    // Oldest first; an empty symbol means every market.
    std::vector<Order> orders(const std::string& symbol) const;
    std::vector<Order> openOrders(const std::string& symbol) const;
    std::vector<Order> closedOrders(const std::string& symbol) const;
    std::vector<Trade> myTrades(const std::string& symbol) const;
    bool hasOpenOrders(const std::string& symbol) const;

private:
    struct MarketRules
    {
        Market market;
        CountingMode mode = CountingMode::TickSize;
    };
    struct Entry
    {
        Order order;
        uint64_t sequence = 0;
        Decimal reserved; // what the order still holds in `used`
        Decimal reservePrice; // the price a buy's quote is held at (its limit, or the worst level a market walked)
        bool triggered = true;
    };
    // A fill the book offers: an amount at a price.
    struct Take
    {
        Decimal price;
        Decimal amount;
    };

    const MarketRules& rules(const std::string& symbol) const;
    Decimal makerFee(const Market& market) const;
    Decimal takerFee(const Market& market) const;
    // The fills a taker of `amount` gets from `levels`, stopping at `limit` when given.
    static std::vector<Take> walk(const std::vector<PriceLevel>& levels, const Decimal& amount, bool buy,
                                  const OptDecimal& limit);
    static void consume(std::vector<PriceLevel>& levels, const std::vector<Take>& takes);
    void fill(Entry& e, const Decimal& amount, const Decimal& price, bool maker, long long timestamp);
    // Indexes of the open, triggered limit orders of one side of `symbol` that `accept` lets through, in price-time
    // priority.
    template<typename Accept> std::vector<size_t> resting(const std::string& symbol, bool buy, Accept accept) const;
    // Takes liquidity from `book` (consuming what it takes), then rests or expires the remainder.
    void execute(Entry& e, OrderBook& book, long long timestamp);
    void trigger(Entry& e, OrderBook& book, long long timestamp);
    void finish(Entry& e, const std::string& status, long long timestamp);
    Entry& entry(const std::string& id);

    AccountBalances m_balances;
    std::unordered_map<std::string, MarketRules> m_markets;
    Decimal m_defaultMaker;
    Decimal m_defaultTaker;
    std::vector<Entry> m_orders;
    std::unordered_map<std::string, size_t> m_orderIndex;
    std::vector<Trade> m_trades;
    uint64_t m_nextOrder = 1;
    uint64_t m_nextTrade = 1;
};

} // namespace bourse::ex
