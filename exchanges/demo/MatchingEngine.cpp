// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchingEngine.h"

#include "core/Errors.h"

#include <algorithm>
#include <cctype>

namespace bourse::ex {

namespace {

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

Error invalid(const std::string& message)
{
    return Error(ErrorKind::InvalidOrder, message);
}

bool isOpen(const Order& o)
{
    return o.status == "open";
}

// The book best first, as the engine walks it. Books arrive sorted from every parser and the simulator, so the
// check is what usually runs: sorting 400 decimal levels per order would cost more than the matching itself.
OrderBook sortedCopy(const OrderBook& book)
{
    OrderBook live = book;
    const auto higher = [](const PriceLevel& a, const PriceLevel& b) { return a.price > b.price; };
    const auto lower = [](const PriceLevel& a, const PriceLevel& b) { return a.price < b.price; };
    if (!std::is_sorted(live.bids.begin(), live.bids.end(), higher)
        || !std::is_sorted(live.asks.begin(), live.asks.end(), lower)) {
        live.sort();
    }
    return live;
}

// Deep enough for anything an account can pay for: the best prices of onMarket() stand for unlimited depth.
Decimal unlimited()
{
    return Decimal::pow10(24);
}

} // namespace

void MatchingEngine::addMarket(const Market& market, CountingMode precisionMode)
{
    m_markets[market.symbol] = MarketRules {market, precisionMode};
}

void MatchingEngine::setDefaultFees(const Decimal& maker, const Decimal& taker)
{
    m_defaultMaker = maker;
    m_defaultTaker = taker;
}

const MatchingEngine::MarketRules& MatchingEngine::rules(const std::string& symbol) const
{
    auto it = m_markets.find(symbol);
    if (it == m_markets.end()) {
        throw Error(ErrorKind::BadSymbol, "no market " + symbol);
    }
    return it->second;
}

Decimal MatchingEngine::makerFee(const Market& market) const
{
    return market.maker.value_or(m_defaultMaker);
}

Decimal MatchingEngine::takerFee(const Market& market) const
{
    return market.taker.value_or(m_defaultTaker);
}

MatchingEngine::Entry& MatchingEngine::entry(const std::string& id)
{
    auto it = m_orderIndex.find(id);
    if (it == m_orderIndex.end()) {
        throw Error(ErrorKind::OrderNotFound, "order " + id + " not found");
    }
    return m_orders[it->second];
}

// ---- placing ----

Order MatchingEngine::createOrder(const EngineOrder& request, const OrderBook& book, long long timestamp)
{
    const MarketRules& r = rules(request.symbol);
    const Market& m = r.market;
    if (request.side != "buy" && request.side != "sell") {
        throw invalid("order side must be buy or sell, got \"" + request.side + "\"");
    }
    if (request.type != "limit" && request.type != "market") {
        throw invalid("order type " + request.type
                      + " is not supported: limit or market (with a triggerPrice for stop orders)");
    }
    const bool buy = request.side == "buy";
    const bool isMarket = request.type == "market";
    std::string tif = upper(request.timeInForce.empty() ? std::string("GTC") : request.timeInForce);
    if (tif != "GTC" && tif != "IOC" && tif != "FOK" && tif != "PO") {
        throw invalid("time in force " + tif + " is not supported: GTC, IOC, FOK or PO");
    }
    const bool postOnly = request.postOnly || tif == "PO";
    if (postOnly) {
        if (isMarket || tif == "IOC" || tif == "FOK") {
            throw invalid("a post-only order must be a limit order that rests (GTC)");
        }
        tif = "PO";
    }
    if (isMarket) {
        tif = "IOC"; // what a market order is: take what is there, never rest
    }

    // Rounding as ccxt's amountToPrecision / priceToPrecision do: truncate the amount, round the price.
    Decimal amount = request.amount;
    if (m.precision.amount) {
        amount = roundToPrecision(amount, Rounding::Truncate, *m.precision.amount, r.mode);
    }
    if (amount.sign() <= 0) {
        throw invalid(m.symbol + " amount must be greater than its precision "
                      + (m.precision.amount ? m.precision.amount->toString() : std::string("0")) + ", got "
                      + request.amount.toString());
    }
    auto roundPrice = [&](const Decimal& value, const char* what) {
        Decimal p = m.precision.price ? roundToPrecision(value, Rounding::Round, *m.precision.price, r.mode) : value;
        if (p.sign() <= 0) {
            throw invalid(m.symbol + " " + what + " must be positive and at least the tick "
                          + (m.precision.price ? m.precision.price->toString() : std::string("0")) + ", got "
                          + value.toString());
        }
        return p;
    };
    OptDecimal price;
    if (!isMarket) {
        if (!request.price) {
            throw invalid("a " + m.symbol + " limit order needs a price");
        }
        price = roundPrice(*request.price, "price");
    }
    OptDecimal triggerPrice;
    if (request.triggerPrice) {
        triggerPrice = roundPrice(*request.triggerPrice, "trigger price");
    }

    const auto& limits = m.limits;
    if (limits.amount.min && amount < *limits.amount.min) {
        throw invalid(m.symbol + " amount " + amount.toString() + " is below the minimum "
                      + limits.amount.min->toString());
    }
    if (limits.amount.max && amount > *limits.amount.max) {
        throw invalid(m.symbol + " amount " + amount.toString() + " is above the maximum "
                      + limits.amount.max->toString());
    }
    for (const OptDecimal& p : {price, triggerPrice}) {
        if (p && limits.price.min && *p < *limits.price.min) {
            throw invalid(m.symbol + " price " + p->toString() + " is below the minimum "
                          + limits.price.min->toString());
        }
        if (p && limits.price.max && *p > *limits.price.max) {
            throw invalid(m.symbol + " price " + p->toString() + " is above the maximum "
                          + limits.price.max->toString());
        }
    }

    OrderBook live = sortedCopy(book);
    const auto& opposite = buy ? live.asks : live.bids;
    if (triggerPrice) {
        bool reached = buy ? (!opposite.empty() && opposite.front().price >= *triggerPrice)
                           : (!opposite.empty() && opposite.front().price <= *triggerPrice);
        if (reached) {
            throw Error(ErrorKind::OrderImmediatelyFillable,
                        m.symbol + " stop order would trigger immediately: the market is already at "
                            + opposite.front().price.toString());
        }
    } else if (postOnly && !opposite.empty()
               && (buy ? opposite.front().price <= *price : opposite.front().price >= *price)) {
        throw Error(ErrorKind::OrderImmediatelyFillable,
                    m.symbol + " post-only order at " + price->toString() + " would immediately match and take");
    }

    std::vector<Take> takes;
    Decimal takeAmount, takeCost;
    if (!triggerPrice && !postOnly) {
        takes = walk(opposite, amount, buy, price);
        for (const auto& t : takes) {
            takeAmount += t.amount;
            takeCost += t.amount * t.price;
        }
    }
    if (isMarket && !triggerPrice && takes.empty()) {
        throw Error(ErrorKind::OrderNotFillable, m.symbol + " market order finds no liquidity on the book");
    }
    // The order's worth for the minimum-cost check: at its price, or what walking the book would cost.
    Decimal notional = price ? amount * *price
        : triggerPrice       ? amount * *triggerPrice
                             : takeCost + (amount - takeAmount) * takes.back().price;
    if (limits.cost.min && notional < *limits.cost.min) {
        throw invalid(m.symbol + " order cost " + notional.toString() + " " + m.quote + " is below the minimum "
                      + limits.cost.min->toString());
    }
    if (limits.cost.max && notional > *limits.cost.max) {
        throw invalid(m.symbol + " order cost " + notional.toString() + " " + m.quote + " is above the maximum "
                      + limits.cost.max->toString());
    }

    // Hold the funds first: if the account cannot, nothing has happened yet.
    Decimal need = amount;
    Decimal reservePrice;
    if (buy) {
        reservePrice = price ? *price : triggerPrice ? *triggerPrice : takes.back().price;
        need = price || triggerPrice ? amount * reservePrice : takeCost;
    }
    m_balances.reserve(buy ? m.quote : m.base, need);

    Entry e;
    e.sequence = m_nextOrder++;
    e.reserved = need;
    e.reservePrice = reservePrice;
    e.triggered = !triggerPrice;
    Order& o = e.order;
    o.id = std::to_string(e.sequence);
    o.clientOrderId = request.clientOrderId;
    o.timestamp = timestamp;
    o.lastUpdateTimestamp = timestamp;
    o.symbol = m.symbol;
    o.type = request.type;
    o.timeInForce = tif;
    o.postOnly = postOnly;
    o.reduceOnly = false;
    o.side = request.side;
    o.price = price;
    o.triggerPrice = triggerPrice;
    o.amount = amount;
    o.filled = Decimal();
    o.remaining = amount;
    o.cost = Decimal();
    o.status = "open";
    o.fee = Fee {Decimal(), buy ? m.base : m.quote, std::nullopt};
    o.info = JsonValue::object();
    m_orderIndex[*o.id] = m_orders.size();
    m_orders.push_back(std::move(e));
    Entry& stored = m_orders.back();

    if (tif == "FOK" && takeAmount < amount) {
        // Binance's answer to a fill-or-kill it cannot fill: the order exists, expired, untouched.
        finish(stored, "expired", timestamp);
    } else if (stored.triggered) {
        execute(stored, live, timestamp);
    }
    return stored.order;
}

std::vector<MatchingEngine::Take> MatchingEngine::walk(const std::vector<PriceLevel>& levels, const Decimal& amount,
                                                       bool buy, const OptDecimal& limit)
{
    std::vector<Take> takes;
    Decimal left = amount;
    for (const auto& level : levels) {
        if (left.sign() <= 0) {
            break;
        }
        if (limit && (buy ? level.price > *limit : level.price < *limit)) {
            break;
        }
        if (level.amount.sign() <= 0) {
            continue;
        }
        Decimal take = std::min(left, level.amount);
        takes.push_back({level.price, take});
        left -= take;
    }
    return takes;
}

void MatchingEngine::consume(std::vector<PriceLevel>& levels, const std::vector<Take>& takes)
{
    for (const auto& t : takes) {
        auto it = std::find_if(levels.begin(), levels.end(), [&](const PriceLevel& l) { return l.price == t.price; });
        if (it != levels.end()) {
            it->amount -= std::min(it->amount, t.amount);
        }
    }
    levels.erase(std::remove_if(levels.begin(), levels.end(), [](const PriceLevel& l) { return l.amount.sign() <= 0; }),
                 levels.end());
}

// ---- executing ----

void MatchingEngine::execute(Entry& e, OrderBook& book, long long timestamp)
{
    const MarketRules& r = rules(e.order.symbol);
    const Market& m = r.market;
    const bool buy = e.order.side == "buy";
    const bool isMarket = e.order.type == "market";
    auto& levels = buy ? book.asks : book.bids;
    std::vector<Take> takes;
    if (e.order.postOnly != true) {
        takes = walk(levels, *e.order.remaining, buy, isMarket ? std::nullopt : e.order.price);
    }
    if (isMarket && buy && !takes.empty()) {
        // A market buy holds what the book costs now. A stop-market buy held its trigger price's worth: when it
        // fires into a dearer book, it takes more from free funds, and only as much as the account can pay.
        Decimal budget = e.reserved + m_balances.free(m.quote);
        Decimal spent;
        std::vector<Take> affordable;
        for (const auto& t : takes) {
            Decimal cost = t.amount * t.price;
            if (spent + cost <= budget) {
                affordable.push_back(t);
                spent += cost;
                continue;
            }
            Decimal part = (budget - spent).divided(t.price);
            if (m.precision.amount) {
                part = roundToPrecision(part, Rounding::Truncate, *m.precision.amount, r.mode);
            }
            if (part.sign() > 0) {
                affordable.push_back({t.price, part});
                spent += part * t.price;
            }
            break;
        }
        takes = std::move(affordable);
        if (spent > e.reserved) {
            m_balances.reserve(m.quote, spent - e.reserved);
            e.reserved = spent;
        }
        if (!takes.empty()) {
            e.reservePrice = std::max(e.reservePrice, takes.back().price);
        }
    }
    for (const auto& t : takes) {
        fill(e, t.amount, t.price, false, timestamp);
    }
    consume(levels, takes);
    if (isOpen(e.order) && (isMarket || e.order.timeInForce == "IOC" || e.order.timeInForce == "FOK")) {
        finish(e, "expired", timestamp);
    }
}

void MatchingEngine::fill(Entry& e, const Decimal& amount, const Decimal& price, bool maker, long long timestamp)
{
    const Market& m = rules(e.order.symbol).market;
    const bool buy = e.order.side == "buy";
    const Decimal rate = maker ? makerFee(m) : takerFee(m);
    const Decimal cost = amount * price;
    const Decimal remaining = *e.order.remaining - amount;
    Decimal fee;
    if (buy) {
        // The quote held at the order's price covers a fill at that price or better; the last fill frees it all.
        Decimal release = remaining.isZero() ? e.reserved : std::min(e.reserved, amount * e.reservePrice);
        m_balances.release(m.quote, release);
        e.reserved -= release;
        m_balances.pay(m.quote, cost);
        fee = amount * rate;
        m_balances.receive(m.base, amount - fee);
    } else {
        Decimal release = remaining.isZero() ? e.reserved : std::min(e.reserved, amount);
        m_balances.release(m.base, release);
        e.reserved -= release;
        m_balances.pay(m.base, amount);
        fee = cost * rate;
        m_balances.receive(m.quote, cost - fee);
    }
    const std::string feeCurrency = buy ? m.base : m.quote;

    Trade t;
    t.id = std::to_string(m_nextTrade++);
    t.timestamp = timestamp;
    t.symbol = m.symbol;
    t.order = e.order.id;
    t.type = e.order.type;
    t.side = e.order.side;
    t.takerOrMaker = maker ? "maker" : "taker";
    t.price = price;
    t.amount = amount;
    t.cost = cost;
    t.fee = Fee {fee, feeCurrency, rate};
    t.info = JsonValue::object();
    t.complete();
    m_trades.push_back(t);

    Order& o = e.order;
    o.trades.push_back(std::move(t));
    o.filled = *o.filled + amount;
    o.remaining = remaining;
    o.cost = *o.cost + cost;
    o.average = o.cost->divided(*o.filled);
    o.fee = Fee {o.fee->cost.value_or(Decimal()) + fee, feeCurrency, std::nullopt};
    o.fees = {*o.fee};
    o.lastTradeTimestamp = timestamp;
    o.lastUpdateTimestamp = timestamp;
    if (remaining.isZero()) {
        finish(e, "closed", timestamp);
    }
}

void MatchingEngine::finish(Entry& e, const std::string& status, long long timestamp)
{
    if (e.reserved.sign() > 0) {
        const Market& m = rules(e.order.symbol).market;
        m_balances.release(e.order.side == "buy" ? m.quote : m.base, e.reserved);
        e.reserved = Decimal();
    }
    e.order.status = status;
    e.order.lastUpdateTimestamp = timestamp;
}

void MatchingEngine::trigger(Entry& e, OrderBook& book, long long timestamp)
{
    e.triggered = true;
    e.order.lastUpdateTimestamp = timestamp;
    execute(e, book, timestamp);
}

// ---- the market moves ----

template<typename Accept>
std::vector<size_t> MatchingEngine::resting(const std::string& symbol, bool buy, Accept accept) const
{
    std::vector<size_t> out;
    for (size_t i = 0; i < m_orders.size(); ++i) {
        const Entry& e = m_orders[i];
        if (e.triggered && isOpen(e.order) && e.order.symbol == symbol && e.order.price
            && (e.order.side == "buy") == buy && accept(e)) {
            out.push_back(i);
        }
    }
    std::stable_sort(out.begin(), out.end(), [this, buy](size_t a, size_t b) {
        const Entry& x = m_orders[a];
        const Entry& y = m_orders[b];
        if (*x.order.price != *y.order.price) {
            return buy ? *x.order.price > *y.order.price : *x.order.price < *y.order.price;
        }
        return x.sequence < y.sequence;
    });
    return out;
}

void MatchingEngine::onBook(const OrderBook& book, long long timestamp)
{
    if (!hasOpenOrders(book.symbol)) {
        return;
    }
    OrderBook live = sortedCopy(book);
    // Stops first, oldest first: a fired stop-limit may rest and then be crossed like any other order.
    for (auto& e : m_orders) {
        if (e.triggered || !isOpen(e.order) || e.order.symbol != book.symbol) {
            continue;
        }
        const bool buy = e.order.side == "buy";
        const auto& opposite = buy ? live.asks : live.bids;
        if (!opposite.empty()
            && (buy ? opposite.front().price >= *e.order.triggerPrice
                    : opposite.front().price <= *e.order.triggerPrice)) {
            trigger(e, live, timestamp);
        }
    }
    // Then resting orders the book trades through, by price-time priority on each side.
    const auto any = [](const Entry&) { return true; };
    const std::vector<size_t> buys = resting(book.symbol, true, any);
    const std::vector<size_t> sells = resting(book.symbol, false, any);
    for (bool buy : {true, false}) {
        auto& levels = buy ? live.asks : live.bids;
        for (size_t i : buy ? buys : sells) {
            Entry& e = m_orders[i];
            auto takes = walk(levels, *e.order.remaining, buy, e.order.price);
            Decimal crossed;
            for (const auto& t : takes) {
                crossed += t.amount;
            }
            if (crossed.sign() > 0) {
                fill(e, crossed, *e.order.price, true, timestamp);
                consume(levels, takes);
            }
        }
    }
}

void MatchingEngine::onMarket(const std::string& symbol, const Decimal& bestBid, const Decimal& bestAsk,
                              long long timestamp)
{
    OrderBook book;
    book.symbol = symbol;
    book.bids.push_back({bestBid, unlimited()});
    book.asks.push_back({bestAsk, unlimited()});
    onBook(book, timestamp);
}

void MatchingEngine::onTrades(const std::vector<Trade>& trades, long long timestamp)
{
    for (const Trade& t : trades) {
        if (!t.price || !t.amount || !t.timestamp || !hasOpenOrders(t.symbol)) {
            continue;
        }
        for (bool buy : {true, false}) {
            // Strictly beyond the order's price, and after the order existed.
            const auto through = [&](const Entry& e) {
                return *e.order.timestamp < *t.timestamp
                    && (buy ? *t.price < *e.order.price : *t.price > *e.order.price);
            };
            Decimal left = *t.amount;
            for (size_t i : resting(t.symbol, buy, through)) {
                if (left.sign() <= 0) {
                    break;
                }
                Entry& e = m_orders[i];
                const Decimal take = std::min(left, *e.order.remaining);
                fill(e, take, *e.order.price, true, timestamp);
                left -= take;
            }
        }
    }
}

// ---- saving and restoring ----

AccountState MatchingEngine::state() const
{
    AccountState s;
    s.balances = m_balances.entries();
    s.orders.reserve(m_orders.size());
    for (const auto& e : m_orders) {
        AccountState::OrderRecord rec {e.order, e.sequence, e.reserved, e.reservePrice, e.triggered};
        rec.order.trades.clear();
        s.orders.push_back(std::move(rec));
    }
    s.trades = m_trades;
    s.nextOrder = m_nextOrder;
    s.nextTrade = m_nextTrade;
    return s;
}

void MatchingEngine::restore(const AccountState& state)
{
    state.check();
    m_balances.assign(state.balances);
    m_orders.clear();
    m_orderIndex.clear();
    std::unordered_map<std::string, std::vector<const Trade*>> tradesByOrder;
    for (const auto& t : state.trades) {
        tradesByOrder[t.order.value_or("")].push_back(&t);
    }
    for (const auto& rec : state.orders) {
        Entry e;
        e.order = rec.order;
        e.order.trades.clear();
        for (const Trade* t : tradesByOrder[*e.order.id]) {
            e.order.trades.push_back(*t);
        }
        e.sequence = rec.sequence;
        e.reserved = rec.reserved;
        e.reservePrice = rec.reservePrice;
        e.triggered = rec.triggered;
        m_orderIndex[*e.order.id] = m_orders.size();
        m_orders.push_back(std::move(e));
    }
    m_trades = state.trades;
    m_nextOrder = state.nextOrder;
    m_nextTrade = state.nextTrade;
}

void MatchingEngine::reset(const std::map<std::string, Decimal>& balances)
{
    std::map<std::string, AccountBalances::Entry> entries;
    for (const auto& [code, amount] : balances) {
        if (amount.isNegative()) {
            throw Error(ErrorKind::BadRequest,
                        "a starting balance cannot be negative: " + amount.toString() + " " + code);
        }
        entries[code] = AccountBalances::Entry {amount, Decimal()};
    }
    m_balances.assign(std::move(entries));
    m_orders.clear();
    m_orderIndex.clear();
    m_trades.clear();
    m_nextOrder = 1;
    m_nextTrade = 1;
}

// ---- cancelling ----

Order MatchingEngine::cancelOrder(const std::string& id, long long timestamp)
{
    Entry& e = entry(id);
    if (!isOpen(e.order)) {
        throw Error(ErrorKind::OrderNotFound,
                    "order " + id + " is " + e.order.status.value_or("gone")
                        + ", not open: there is nothing to cancel");
    }
    finish(e, "canceled", timestamp);
    return e.order;
}

std::vector<Order> MatchingEngine::cancelAllOrders(const std::string& symbol, long long timestamp)
{
    std::vector<Order> out;
    for (auto& e : m_orders) {
        if (isOpen(e.order) && (symbol.empty() || e.order.symbol == symbol)) {
            finish(e, "canceled", timestamp);
            out.push_back(e.order);
        }
    }
    return out;
}

// ---- queries ----

Order MatchingEngine::order(const std::string& id) const
{
    auto it = m_orderIndex.find(id);
    if (it == m_orderIndex.end()) {
        throw Error(ErrorKind::OrderNotFound, "order " + id + " not found");
    }
    return m_orders[it->second].order;
}

std::vector<Order> MatchingEngine::orders(const std::string& symbol) const
{
    std::vector<Order> out;
    for (const auto& e : m_orders) {
        if (symbol.empty() || e.order.symbol == symbol) {
            out.push_back(e.order);
        }
    }
    return out;
}

std::vector<Order> MatchingEngine::openOrders(const std::string& symbol) const
{
    std::vector<Order> out;
    for (const auto& e : m_orders) {
        if (isOpen(e.order) && (symbol.empty() || e.order.symbol == symbol)) {
            out.push_back(e.order);
        }
    }
    return out;
}

std::vector<Order> MatchingEngine::closedOrders(const std::string& symbol) const
{
    std::vector<Order> out;
    for (const auto& e : m_orders) {
        if (e.order.status == "closed" && (symbol.empty() || e.order.symbol == symbol)) {
            out.push_back(e.order);
        }
    }
    return out;
}

std::vector<Trade> MatchingEngine::myTrades(const std::string& symbol) const
{
    std::vector<Trade> out;
    for (const auto& t : m_trades) {
        if (symbol.empty() || t.symbol == symbol) {
            out.push_back(t);
        }
    }
    return out;
}

bool MatchingEngine::hasOpenOrders(const std::string& symbol) const
{
    return std::any_of(m_orders.begin(), m_orders.end(),
                       [&](const Entry& e) { return isOpen(e.order) && (symbol.empty() || e.order.symbol == symbol); });
}

} // namespace bourse::ex
