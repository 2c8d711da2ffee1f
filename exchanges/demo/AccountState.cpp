// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountState.h"

#include "core/Errors.h"

#include <charconv>
#include <set>
#include <unordered_map>

namespace bourse::ex {

namespace {

// Field access that fails loudly: an account file is ours, so anything unexpected in it means damage, never a
// quirk to tolerate.
class Reader
{
public:
    Reader(const JsonRef& ref, std::string where)
        : m_ref(ref)
        , m_where(std::move(where))
    {
        if (!m_ref.isObject()) {
            fail(m_where, "is not an object");
        }
    }

    [[noreturn]] static void fail(const std::string& where, const std::string& what)
    {
        throw Error(ErrorKind::BadResponse, "account state: " + where + " " + what);
    }

    JsonRef at(const char* key) const { return m_ref[key]; }
    std::string string(const char* key) const
    {
        auto s = at(key).isString() ? at(key).string() : std::nullopt;
        if (!s) {
            fail(m_where + "." + key, "must be a string");
        }
        return *s;
    }
    OptString optString(const char* key) const { return at(key).isNull() ? std::nullopt : OptString(string(key)); }
    Decimal decimal(const char* key) const
    {
        auto d = at(key).isNumber() || at(key).isString() ? at(key).decimal() : std::nullopt;
        if (!d) {
            fail(m_where + "." + key, "must be a number");
        }
        return *d;
    }
    OptDecimal optDecimal(const char* key) const { return at(key).isNull() ? std::nullopt : OptDecimal(decimal(key)); }
    long long integer(const char* key) const
    {
        auto n = at(key).isNumber() ? at(key).integer() : std::nullopt;
        if (!n) {
            fail(m_where + "." + key, "must be a whole number");
        }
        return *n;
    }
    OptInt optInteger(const char* key) const { return at(key).isNull() ? std::nullopt : OptInt(integer(key)); }
    uint64_t counter(const char* key) const
    {
        long long n = integer(key);
        if (n < 1) {
            fail(m_where + "." + key, "must be at least 1");
        }
        return static_cast<uint64_t>(n);
    }
    bool boolean(const char* key) const
    {
        auto b = at(key).boolean();
        if (!b) {
            fail(m_where + "." + key, "must be true or false");
        }
        return *b;
    }
    OptBool optBoolean(const char* key) const { return at(key).isNull() ? std::nullopt : OptBool(boolean(key)); }
    std::vector<JsonRef> array(const char* key) const
    {
        if (!at(key).isArray()) {
            fail(m_where + "." + key, "must be an array");
        }
        return at(key).items();
    }
    const std::string& where() const { return m_where; }

private:
    JsonRef m_ref;
    std::string m_where;
};

std::optional<Fee> readFee(const JsonRef& ref, const std::string& where)
{
    if (ref.isNull()) {
        return std::nullopt;
    }
    Reader r(ref, where);
    return Fee {r.optDecimal("cost"), r.optString("currency"), r.optDecimal("rate")};
}

std::vector<Fee> readFees(const Reader& r)
{
    std::vector<Fee> fees;
    for (const auto& f : r.array("fees")) {
        fees.push_back(*readFee(f, r.where() + ".fees[]"));
    }
    return fees;
}

// The unified trade as Trade::toJson writes it, less what is derived from other fields (datetime).
Trade readTrade(const JsonRef& ref, const std::string& where)
{
    Reader r(ref, where);
    Trade t;
    t.id = r.string("id");
    t.timestamp = r.integer("timestamp");
    t.symbol = r.string("symbol");
    t.order = r.optString("order");
    t.type = r.optString("type");
    t.side = r.string("side");
    t.takerOrMaker = r.optString("takerOrMaker");
    t.price = r.decimal("price");
    t.amount = r.decimal("amount");
    t.cost = r.optDecimal("cost");
    t.fee = readFee(r.at("fee"), where + ".fee");
    t.fees = readFees(r);
    t.info = r.at("info").isNull() ? JsonValue::object() : JsonValue::fromRef(r.at("info"));
    return t;
}

Order readOrder(const Reader& r)
{
    Order o;
    o.id = r.string("id");
    o.clientOrderId = r.optString("clientOrderId");
    o.timestamp = r.integer("timestamp");
    o.lastTradeTimestamp = r.optInteger("lastTradeTimestamp");
    o.lastUpdateTimestamp = r.optInteger("lastUpdateTimestamp");
    o.symbol = r.string("symbol");
    o.type = r.string("type");
    o.timeInForce = r.optString("timeInForce");
    o.postOnly = r.optBoolean("postOnly");
    o.reduceOnly = r.optBoolean("reduceOnly");
    o.side = r.string("side");
    o.price = r.optDecimal("price");
    o.triggerPrice = r.optDecimal("triggerPrice");
    o.takeProfitPrice = r.optDecimal("takeProfitPrice");
    o.stopLossPrice = r.optDecimal("stopLossPrice");
    o.amount = r.decimal("amount");
    o.cost = r.decimal("cost");
    o.average = r.optDecimal("average");
    o.filled = r.decimal("filled");
    o.remaining = r.decimal("remaining");
    o.status = r.string("status");
    o.fee = readFee(r.at("fee"), r.where() + ".fee");
    o.fees = readFees(r);
    o.info = r.at("info").isNull() ? JsonValue::object() : JsonValue::fromRef(r.at("info"));
    return o;
}

std::optional<uint64_t> number(const std::string& id)
{
    uint64_t n = 0;
    auto res = std::from_chars(id.data(), id.data() + id.size(), n);
    if (res.ec != std::errc() || res.ptr != id.data() + id.size()) {
        return std::nullopt;
    }
    return n;
}

// The currency an open order holds: the quote of a buy, the base of a sell ("BTC/USD" -> USD or BTC).
std::string heldCurrency(const Order& o)
{
    const auto slash = o.symbol.find('/');
    if (slash == std::string::npos) {
        Reader::fail("order " + o.id.value_or(""), "has a symbol that is not BASE/QUOTE: " + o.symbol);
    }
    const auto colon = o.symbol.find(':', slash);
    return o.side == "buy" ? o.symbol.substr(slash + 1, colon == std::string::npos ? colon : colon - slash - 1)
                           : o.symbol.substr(0, slash);
}

} // namespace

JsonValue AccountState::toJson() const
{
    JsonValue v = JsonValue::object();
    JsonValue money = JsonValue::object();
    for (const auto& [code, e] : balances) {
        JsonValue entry = JsonValue::object();
        entry.set("free", e.free);
        entry.set("used", e.used);
        money.set(code, std::move(entry));
    }
    v.set("balances", std::move(money));
    JsonValue orderList = JsonValue::array();
    for (const auto& rec : orders) {
        JsonValue o = rec.order.toJson();
        o.remove("datetime");
        o.remove("stopPrice"); // ccxt's older name for triggerPrice, written by toJson for callers that still read it
        o.remove("trades");
        JsonValue engine = JsonValue::object();
        engine.set("sequence", static_cast<long long>(rec.sequence));
        engine.set("reserved", rec.reserved);
        engine.set("reservePrice", rec.reservePrice);
        engine.set("triggered", rec.triggered);
        o.set("engine", std::move(engine));
        orderList.push(std::move(o));
    }
    v.set("orders", std::move(orderList));
    JsonValue tradeList = JsonValue::array();
    for (const auto& t : trades) {
        JsonValue tj = t.toJson();
        tj.remove("datetime");
        tradeList.push(std::move(tj));
    }
    v.set("trades", std::move(tradeList));
    v.set("nextOrderId", static_cast<long long>(nextOrder));
    v.set("nextTradeId", static_cast<long long>(nextTrade));
    return v;
}

AccountState AccountState::fromJson(const JsonRef& json)
{
    Reader root(json, "account");
    AccountState s;
    if (!root.at("balances").isObject()) {
        Reader::fail("account.balances", "must be an object");
    }
    for (const auto& m : root.at("balances").members()) {
        Reader e(m.value, "balances." + std::string(m.key));
        s.balances[std::string(m.key)] = AccountBalances::Entry {e.decimal("free"), e.decimal("used")};
    }
    std::unordered_map<std::string, std::vector<size_t>> tradesByOrder;
    for (const auto& t : root.array("trades")) {
        s.trades.push_back(readTrade(t, "trades[" + std::to_string(s.trades.size()) + "]"));
        tradesByOrder[s.trades.back().order.value_or("")].push_back(s.trades.size() - 1);
    }
    for (const auto& o : root.array("orders")) {
        Reader r(o, "orders[" + std::to_string(s.orders.size()) + "]");
        OrderRecord rec;
        rec.order = readOrder(r);
        Reader engine(r.at("engine"), r.where() + ".engine");
        rec.sequence = engine.counter("sequence");
        rec.reserved = engine.decimal("reserved");
        rec.reservePrice = engine.decimal("reservePrice");
        rec.triggered = engine.boolean("triggered");
        for (size_t i : tradesByOrder[*rec.order.id]) {
            rec.order.trades.push_back(s.trades[i]);
        }
        s.orders.push_back(std::move(rec));
    }
    s.nextOrder = root.counter("nextOrderId");
    s.nextTrade = root.counter("nextTradeId");
    s.check();
    return s;
}

void AccountState::check() const
{
    auto fail = Reader::fail;
    std::map<std::string, Decimal> held;
    for (const auto& [code, e] : balances) {
        if (e.free.isNegative() || e.used.isNegative()) {
            fail("balances." + code, "is negative");
        }
        held[code] = Decimal();
    }
    std::set<std::string> ids;
    std::set<uint64_t> sequences;
    std::map<std::string, Decimal> filledByTrades;
    for (const auto& t : trades) {
        auto n = number(*t.id);
        if (!n || *n == 0 || *n >= nextTrade) {
            fail("trade " + *t.id, "has an id outside 1.." + std::to_string(nextTrade - 1));
        }
        if (!t.order) {
            fail("trade " + *t.id, "belongs to no order");
        }
        filledByTrades[*t.order] += *t.amount;
    }
    for (const auto& rec : orders) {
        const Order& o = rec.order;
        const std::string where = "order " + *o.id;
        if (!ids.insert(*o.id).second || !sequences.insert(rec.sequence).second) {
            fail(where, "appears twice");
        }
        if (rec.sequence >= nextOrder || number(*o.id) != rec.sequence) {
            fail(where, "has an id that does not match its sequence " + std::to_string(rec.sequence));
        }
        if (o.side != "buy" && o.side != "sell") {
            fail(where, "has no side");
        }
        if (o.amount->sign() <= 0 || o.filled->isNegative() || o.remaining->isNegative()
            || *o.filled + *o.remaining != *o.amount) {
            fail(where, "has amounts that do not add up");
        }
        auto byTrades = filledByTrades.find(*o.id);
        if ((byTrades == filledByTrades.end() ? Decimal() : byTrades->second) != *o.filled) {
            fail(where, "has a filled amount its trades do not account for");
        }
        if (rec.reserved.isNegative()) {
            fail(where, "holds a negative amount");
        }
        if (o.status == "open") {
            if (o.remaining->isZero()) {
                fail(where, "is open with nothing remaining");
            }
            held[heldCurrency(o)] += rec.reserved;
        } else if (!rec.reserved.isZero()) {
            fail(where, "is " + o.status.value_or("") + " but still holds funds");
        }
    }
    for (const auto& [order, amount] : filledByTrades) {
        if (!ids.count(order)) {
            fail("trades of order " + order, "have no order");
        }
    }
    for (const auto& [code, amount] : held) {
        auto it = balances.find(code);
        Decimal used = it == balances.end() ? Decimal() : it->second.used;
        if (used != amount) {
            fail("balances." + code, "has " + used.toString() + " used while open orders hold " + amount.toString());
        }
    }
}

} // namespace bourse::ex
