// SPDX-License-Identifier: GPL-3.0-or-later
#include "MethodDispatch.h"

#include "core/OrderSafety.h"
#include "demo/PracticeVenue.h"

#include <functional>
#include <map>

namespace bourse::cli {

using namespace bourse::ex;

namespace {

// Positional arguments, read the way ccxt's unified signatures declare them.
class Args
{
public:
    Args(const std::string& method, const std::vector<JsonValue>& values)
        : m_method(method)
        , m_values(values)
    {
    }
    const JsonValue* at(size_t i) const
    {
        return i < m_values.size() && !m_values[i].isNull() ? &m_values[i] : nullptr;
    }
    std::string string(size_t i, const char* name, bool required = true) const
    {
        const JsonValue* v = at(i);
        if (!v) {
            if (required) {
                throw Error(ErrorKind::ArgumentsRequired, m_method + "() requires a " + name + " argument");
            }
            return {};
        }
        auto s = v->asString();
        if (!s) {
            throw Error(ErrorKind::BadRequest, m_method + "(): " + name + " must be a string");
        }
        return *s;
    }
    OptInt integer(size_t i, const char* name) const
    {
        const JsonValue* v = at(i);
        if (!v) {
            return std::nullopt;
        }
        auto n = v->asInteger();
        if (!n) {
            throw Error(ErrorKind::BadRequest, m_method + "(): " + name + " must be a number");
        }
        return n;
    }
    OptDecimal decimal(size_t i, const char* name) const
    {
        const JsonValue* v = at(i);
        if (!v) {
            return std::nullopt;
        }
        auto d = v->asDecimal();
        if (!d) {
            throw Error(ErrorKind::BadRequest, m_method + "(): " + name + " must be a number");
        }
        return d;
    }
    JsonValue params(size_t i) const
    {
        const JsonValue* v = at(i);
        if (!v) {
            return JsonValue::object();
        }
        if (!v->isObject()) {
            throw Error(ErrorKind::BadRequest, m_method + "(): params must be a JSON object");
        }
        return *v;
    }
    std::vector<std::string> strings(size_t i) const
    {
        std::vector<std::string> out;
        const JsonValue* v = at(i);
        if (!v) {
            return out;
        }
        if (v->isArray()) {
            for (const auto& item : v->items()) {
                if (auto s = item.asString()) {
                    out.push_back(*s);
                }
            }
        } else if (auto s = v->asString()) {
            out.push_back(*s);
        }
        return out;
    }

private:
    const std::string& m_method;
    const std::vector<JsonValue>& m_values;
};

template<typename T> JsonValue toJsonList(const std::vector<T>& items)
{
    JsonValue list = JsonValue::array();
    list.items().reserve(items.size());
    for (const auto& item : items) {
        list.push(item.toJson());
    }
    return list;
}

template<typename T, typename Convert> Callback<T> convert(Callback<JsonValue> done, Convert c)
{
    return [done = std::move(done), c = std::move(c)](Result<T> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        done(c(r.value()));
    };
}

template<typename T> Callback<T> asJson(Callback<JsonValue> done)
{
    return convert<T>(std::move(done), [](const T& v) { return v.toJson(); });
}

template<typename T> Callback<std::vector<T>> asJsonList(Callback<JsonValue> done)
{
    return convert<std::vector<T>>(std::move(done), [](const std::vector<T>& v) { return toJsonList(v); });
}

template<typename T> Callback<std::vector<T>> asJsonBySymbol(Callback<JsonValue> done)
{
    return convert<std::vector<T>>(std::move(done), [](const std::vector<T>& v) {
        JsonValue map = JsonValue::object();
        for (const auto& item : v) {
            map.set(item.symbol, item.toJson());
        }
        return map;
    });
}

using Handler = std::function<void(Exchange&, const Args&, Callback<JsonValue>)>;

const std::map<std::string, Handler>& handlers()
{
    static const std::map<std::string, Handler> table {
        {"loadMarkets",
         [](Exchange& ex, const Args&, Callback<JsonValue> done) {
             ex.loadMarkets([&ex, done](Result<std::monostate> r) {
                 if (!r.ok()) {
                     done(r.error());
                     return;
                 }
                 JsonValue map = JsonValue::object();
                 for (const auto& m : ex.markets()) {
                     map.set(m.symbol, m.toJson());
                 }
                 done(std::move(map));
             });
         }},
        {"fetchMarkets",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchMarkets(a.params(0), asJsonList<Market>(done));
         }},
        {"fetchCurrencies",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchCurrencies(a.params(0), convert<std::vector<Currency>>(done, [](const std::vector<Currency>& v) {
                                    JsonValue map = JsonValue::object();
                                    for (const auto& c : v) {
                                        map.set(c.code, c.toJson());
                                    }
                                    return map;
                                }));
         }},
        {"fetchTicker",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchTicker(a.string(0, "symbol"), a.params(1), asJson<Ticker>(done));
         }},
        {"fetchTickers",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchTickers(a.strings(0), a.params(1), asJsonBySymbol<Ticker>(done));
         }},
        {"fetchOrderBook",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchOrderBook(a.string(0, "symbol"), a.integer(1, "limit"), a.params(2), asJson<OrderBook>(done));
         }},
        {"fetchTrades",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchTrades(a.string(0, "symbol"), a.integer(1, "since"), a.integer(2, "limit"), a.params(3),
                            asJsonList<Trade>(done));
         }},
        {"fetchOHLCV",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             std::string timeframe = a.string(1, "timeframe", false);
             ex.fetchOHLCV(a.string(0, "symbol"), timeframe.empty() ? "1m" : timeframe, a.integer(2, "since"),
                           a.integer(3, "limit"), a.params(4), asJsonList<Ohlcv>(done));
         }},
        {"fetchTime",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchTime(a.params(0), convert<long long>(done, [](long long t) { return JsonValue(t); }));
         }},
        {"fetchBalance",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchBalance(a.params(0), asJson<Balance>(done));
         }},
        {"createOrder",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             auto amount = a.decimal(3, "amount");
             // A market buy by cost (params.cost) names no amount, as ccxt allows; the adapter reads the cost.
             if (!amount && a.params(5).contains("cost")) {
                 amount = Decimal(0);
             }
             if (!amount) {
                 throw Error(ErrorKind::ArgumentsRequired, "createOrder() requires an amount argument");
             }
             OrderRequest order {a.string(0, "symbol"), a.string(1, "type"), a.string(2, "side"), *amount,
                                 a.decimal(4, "price"), a.params(5)};
             if (ex.options().offline) {
                 // A dry run or a canned answer: the request exactly as ccxt would send it, nothing to look up.
                 ex.createOrder(order.symbol, order.type, order.side, order.amount, order.price, order.params,
                                asJson<Order>(done));
             } else {
                 // Over the network an order whose answer is lost is looked up, never sent again, exactly as the
                 // terminal does: a script learns whether it was placed.
                 createOrderSafely(ex, std::move(order), asJson<Order>(done));
             }
         }},
        {"cancelOrder",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.cancelOrder(a.string(0, "id"), a.string(1, "symbol", false), a.params(2), asJson<Order>(done));
         }},
        {"cancelAllOrders",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.cancelAllOrders(a.string(0, "symbol", false), a.params(1), asJsonList<Order>(done));
         }},
        {"fetchOrder",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchOrder(a.string(0, "id"), a.string(1, "symbol", false), a.params(2), asJson<Order>(done));
         }},
        {"fetchOrders",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchOrders(a.string(0, "symbol", false), a.integer(1, "since"), a.integer(2, "limit"), a.params(3),
                            asJsonList<Order>(done));
         }},
        {"fetchOpenOrders",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchOpenOrders(a.string(0, "symbol", false), a.integer(1, "since"), a.integer(2, "limit"), a.params(3),
                                asJsonList<Order>(done));
         }},
        {"fetchClosedOrders",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchClosedOrders(a.string(0, "symbol", false), a.integer(1, "since"), a.integer(2, "limit"),
                                  a.params(3), asJsonList<Order>(done));
         }},
        {"fetchMyTrades",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchMyTrades(a.string(0, "symbol", false), a.integer(1, "since"), a.integer(2, "limit"), a.params(3),
                              asJsonList<Trade>(done));
         }},
        {"fetchTradingFee",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchTradingFee(a.string(0, "symbol"), a.params(1), asJson<TradingFee>(done));
         }},
        {"fetchTradingFees",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchTradingFees(a.params(0), asJsonBySymbol<TradingFee>(done));
         }},
        {"fetchDepositAddress",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchDepositAddress(a.string(0, "code"), a.params(1), asJson<DepositAddress>(done));
         }},
        {"fetchDeposits",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchDeposits(a.string(0, "code", false), a.integer(1, "since"), a.integer(2, "limit"), a.params(3),
                              asJsonList<Transaction>(done));
         }},
        // Not one of ccxt's: a practice account (demo, paper-<id>) back to its starting balance, or to the balance
        // given as {"USD": 5000, ...}; answers with the fresh balance. Real accounts have nothing to reset.
        {"resetAccount",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             auto* venue = dynamic_cast<PracticeVenue*>(&ex);
             if (!venue) {
                 throw Error(ErrorKind::NotSupported,
                             ex.id() + " is a real account: only demo and paper-<id> accounts can be reset");
             }
             std::optional<std::map<std::string, Decimal>> balance;
             if (const JsonValue* given = a.at(0)) {
                 if (!given->isObject()) {
                     throw Error(ErrorKind::BadRequest, "resetAccount(): the balance must be a JSON object");
                 }
                 balance.emplace();
                 for (const auto& [code, amount] : given->members()) {
                     auto value = amount.asDecimal();
                     if (!value || value->isNegative()) {
                         throw Error(ErrorKind::BadRequest,
                                     "resetAccount(): " + code + " must be a number of at least 0");
                     }
                     (*balance)[code] = *value;
                 }
             }
             venue->resetAccount(balance);
             if (const auto& problem = venue->practiceAccount().problem()) {
                 throw Error(ErrorKind::ExchangeError, problem->message);
             }
             ex.fetchBalance(JsonValue::object(), asJson<Balance>(done));
         }},
        {"fetchWithdrawals",
         [](Exchange& ex, const Args& a, Callback<JsonValue> done) {
             ex.fetchWithdrawals(a.string(0, "code", false), a.integer(1, "since"), a.integer(2, "limit"), a.params(3),
                                 asJsonList<Transaction>(done));
         }},
    };
    return table;
}

} // namespace

bool isUnifiedMethod(const std::string& method)
{
    return handlers().count(method) > 0;
}

void callUnifiedMethod(Exchange& exchange, const std::string& method, const std::vector<JsonValue>& args,
                       Callback<JsonValue> done)
{
    auto it = handlers().find(method);
    if (it == handlers().end()) {
        done(Error(ErrorKind::NotSupported, "unknown unified method " + method));
        return;
    }
    try {
        it->second(exchange, Args(method, args), done);
    } catch (const Error& e) {
        done(e);
    }
}

} // namespace bourse::cli
