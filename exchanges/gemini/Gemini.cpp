// SPDX-License-Identifier: GPL-3.0-or-later
#include "Gemini.h"

#include "GeminiParsers.h"
#include "GeminiStream.h"
#include "common/AdapterKit.h"
#include "core/Filtering.h"
#include "core/Signing.h"

#include <algorithm>

namespace bourse::ex {

using namespace gemini;

namespace {

// Public calls cost 5 of the 100 ms units (two a second), private calls 1.
RequestSpec publicGet(std::string path, JsonValue request, const JsonValue& params)
{
    mergeParams(request, params);
    return RequestSpec {"public", "GET", std::move(path), std::move(request), 5};
}

RequestSpec privatePost(std::string path, JsonValue request, const JsonValue& params)
{
    mergeParams(request, params);
    return RequestSpec {"private", "POST", std::move(path), std::move(request), 1};
}

JsonValue object()
{
    return JsonValue::object();
}

} // namespace

Gemini::Gemini(Transport& transport, Clock& clock)
    : Exchange(geminiDescription(), transport, clock)
{
}

std::pair<std::string, std::string> geminiPayloadAndSignature(const std::string& secret, const std::string& path,
                                                              const std::string& nonce, const JsonValue& params)
{
    JsonValue request = JsonValue::object();
    request.set("request", path);
    request.set("nonce", nonce);
    mergeParams(request, params);
    std::string payload = signing::toBase64(request.dump());
    return {payload, signing::toHex(signing::hmac(signing::Hash::Sha384, secret, payload))};
}

HttpRequest Gemini::sign(const RequestSpec& s)
{
    HttpRequest r;
    r.method = s.method;
    r.url = apiUrl(s.api) + "/" + s.path;
    if (s.api != "private") {
        if (s.params.size() > 0) {
            r.url += "?" + signing::urlencode(paramPairs(s.params));
        }
        return r;
    }
    requireCredentials();
    // A master key acts for many accounts and needs an `account` in every call; Bourse takes account keys only.
    if (credentials().apiKey.find("account") == std::string::npos) {
        throw Error(ErrorKind::AuthenticationError,
                    "gemini requires an account-scoped API key (\"account-...\"); master keys are not supported");
    }
    auto [payload, signature] =
        geminiPayloadAndSignature(credentials().secret, "/" + s.path, std::to_string(clock().milliseconds()), s.params);
    r.body = s.params.dump();
    r.headers = {
        {"Content-Type", "text/plain"},
        {"X-GEMINI-APIKEY", credentials().apiKey},
        {"X-GEMINI-PAYLOAD", payload},
        {"X-GEMINI-SIGNATURE", signature},
    };
    return r;
}

// {"result":"error","reason":"InsufficientFunds","message":"Failed to place buy order ..."}; a maintenance page
// comes as plain text.
void Gemini::handleErrors(const HttpResponse& response, const JsonDocument* json)
{
    if (!json) {
        if (auto kind = m_description.errors.matchBroad(response.body)) {
            throw Error(*kind, "gemini " + textExcerpt(response.body, 200));
        }
        return;
    }
    JsonRef root = json->root();
    if (!root.isObject() || root["result"].stringOr("") != "error") {
        return;
    }
    const std::string reason = root["reason"].stringOr("");
    const std::string message = root["message"].stringOr("");
    const std::string feedback = "gemini " + message;
    for (const std::string& text : {reason, message}) {
        if (auto kind = m_description.errors.match(text); kind && !text.empty()) {
            throw Error(*kind, feedback);
        }
    }
    if (auto kind = m_description.errors.matchBroad(message)) {
        throw Error(*kind, feedback);
    }
    throw Error(ErrorKind::ExchangeError, feedback);
}

// ---- market data ----

void Gemini::fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done)
{
    request<std::vector<Market>>(publicGet("v1/symbols", object(), params), std::move(done), [this](const JsonRef& r) {
        // ["btcusd","ethbtc",...]: names only; precision and minimums are in v1/symbols/details/{symbol}.
        std::vector<Market> markets;
        for (const auto& id : r.items()) {
            if (auto m = parseMarket(id.stringOr(""), *this)) {
                markets.push_back(std::move(*m));
            }
        }
        return markets;
    });
}

void Gemini::fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done)
{
    withMarket<Ticker>(symbol, done, [this, params, done](const Market& m) {
        // v1/pubticker: v2/ticker misreports some fields (ccxt#28077).
        request<Ticker>(publicGet("v1/pubticker/" + m.id, object(), params), done,
                        [this, m](const JsonRef& r) { return parseTicker(r, *this, &m); });
    });
}

void Gemini::fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                          Callback<std::vector<Ticker>> done)
{
    withMarkets<std::vector<Ticker>>(done, [this, symbols, params, done] {
        request<std::vector<Ticker>>(
            publicGet("v1/pricefeed", object(), params), done, [this, symbols](const JsonRef& r) {
                std::vector<Ticker> tickers;
                for (const auto& raw : r.items()) {
                    Ticker t = parseTicker(raw, *this, nullptr);
                    if (symbols.empty() || std::find(symbols.begin(), symbols.end(), t.symbol) != symbols.end()) {
                        tickers.push_back(std::move(t));
                    }
                }
                return tickers;
            });
    });
}

void Gemini::fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params, Callback<OrderBook> done)
{
    withMarket<OrderBook>(symbol, done, [this, limit, params, done](const Market& m) {
        JsonValue q = object();
        if (limit) {
            q.set("limit_bids", *limit);
            q.set("limit_asks", *limit);
        }
        request<OrderBook>(publicGet("v1/book/" + m.id, q, params), done,
                           [m](const JsonRef& r) { return parseOrderBook(r, m.symbol); });
    });
}

void Gemini::fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Trade>> done)
{
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        if (limit) {
            q.set("limit_trades", std::min<long long>(*limit, 500));
        }
        if (since) {
            q.set("timestamp", *since);
        }
        request<std::vector<Trade>>(publicGet("v1/trades/" + m.id, q, params), done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

void Gemini::fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Ohlcv>> done)
{
    withMarket<std::vector<Ohlcv>>(symbol, done, [=, this](const Market& m) {
        const std::string frame = m_description.timeframe(timeframe).value_or(timeframe);
        request<std::vector<Ohlcv>>(publicGet("v2/candles/" + m.id + "/" + frame, object(), params), done,
                                    [since, limit](const JsonRef& r) {
                                        std::vector<Ohlcv> rows;
                                        for (const auto& raw : r.items()) {
                                            rows.push_back(parseOhlcv(raw));
                                        }
                                        return sortAndFilterOhlcv(std::move(rows), since, limit);
                                    });
    });
}

// ---- account ----

void Gemini::fetchBalance(const JsonValue& params, Callback<Balance> done)
{
    withMarkets<Balance>(done, [this, params, done] {
        request<Balance>(privatePost("v1/balances", object(), params), done,
                         [this](const JsonRef& r) { return parseBalance(r, *this); });
    });
}

void Gemini::fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done)
{
    withMarkets<std::vector<TradingFee>>(done, [this, params, done] {
        request<std::vector<TradingFee>>(privatePost("v1/notionalvolume", object(), params), done,
                                         [this](const JsonRef& r) {
                                             // One rate for every market, in basis points.
                                             auto maker = kit::num(r["api_maker_fee_bps"]);
                                             auto taker = kit::num(r["api_taker_fee_bps"]);
                                             std::vector<TradingFee> fees;
                                             for (const auto& m : markets()) {
                                                 TradingFee f;
                                                 f.symbol = m.symbol;
                                                 f.maker = maker ? OptDecimal(*maker / Decimal(10000)) : std::nullopt;
                                                 f.taker = taker ? OptDecimal(*taker / Decimal(10000)) : std::nullopt;
                                                 f.percentage = true;
                                                 f.tierBased = true;
                                                 f.info = JsonValue::fromRef(r);
                                                 fees.push_back(std::move(f));
                                             }
                                             return fees;
                                         });
    });
}

// ---- orders ----

JsonValue Gemini::orderRequest(const Market& m, const std::string& type, const std::string& side, const Decimal& amount,
                               const OptDecimal& price, JsonValue& params) const
{
    if (type != "limit") {
        throw Error(ErrorKind::InvalidOrder, "gemini createOrder() allows limit orders only");
    }
    if (!price) {
        throw Error(ErrorKind::ArgumentsRequired, "gemini createOrder() a limit order requires a price");
    }
    auto clientOrderId = kit::takeTextParam2(params, "clientOrderId", "client_order_id");
    params.remove("type");
    auto trigger = kit::takeTextParam2(params, "triggerPrice", "stop_price");
    if (auto stopPrice = kit::takeTextParam(params, "stopPrice"); !trigger) {
        trigger = stopPrice;
    }
    auto timeInForce = kit::takeTextParam(params, "timeInForce");
    auto postOnly = kit::takeBoolParam(params, "postOnly");
    auto options = kit::takeTextParam(params, "options");
    JsonValue q = object();
    // The client order id is how Bourse finds the order again if the answer to its creation is lost.
    q.set("client_order_id", clientOrderId ? *clientOrderId : randomClientOrderId("bourse"));
    q.set("symbol", m.id);
    q.set("amount", amountToPrecision(m, amount));
    q.set("price", priceToPrecision(m, *price));
    q.set("side", side);
    q.set("type", "exchange limit");
    if (trigger) {
        auto stop = Decimal::parse(*trigger);
        if (!stop) {
            throw Error(ErrorKind::InvalidOrder, "gemini createOrder() triggerPrice is not a number: " + *trigger);
        }
        q.set("stop_price", priceToPrecision(m, *stop));
        q.set("type", "exchange stop limit");
        return q;
    }
    std::string option;
    if (timeInForce == "IOC" || timeInForce == "immediate-or-cancel") {
        option = "immediate-or-cancel";
    } else if (timeInForce == "FOK" || timeInForce == "fill-or-kill") {
        option = "fill-or-kill";
    } else if (timeInForce == "PO") {
        option = "maker-or-cancel";
    }
    if (postOnly == true) {
        option = "maker-or-cancel";
    }
    if (options) {
        option = *options;
    }
    if (!option.empty()) {
        JsonValue list = JsonValue::array();
        list.push(option);
        q.set("options", list);
    }
    return q;
}

void Gemini::createOrder(const std::string& symbol, const std::string& type, const std::string& side,
                         const Decimal& amount, OptDecimal price, const JsonValue& params, Callback<Order> done)
{
    withMarket<Order>(symbol, done, [=, this](const Market& m) {
        JsonValue extra = params;
        JsonValue q = orderRequest(m, type, side, amount, price, extra);
        request<Order>(privatePost("v1/order/new", q, extra), done,
                       [this, m](const JsonRef& r) { return parseOrder(r, *this, &m); });
    });
}

void Gemini::cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                         Callback<Order> done)
{
    (void)symbol; // Gemini cancels by order id alone
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue q = object();
        q.set("order_id", id);
        request<Order>(privatePost("v1/order/cancel", q, params), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

void Gemini::fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params, Callback<Order> done)
{
    (void)symbol;
    withMarkets<Order>(done, [this, id, params, done] {
        JsonValue q = object();
        q.set("order_id", id);
        request<Order>(privatePost("v1/order/status", q, params), done,
                       [this](const JsonRef& r) { return parseOrder(r, *this, nullptr); });
    });
}

void Gemini::fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                             Callback<std::vector<Order>> done)
{
    withMarkets<std::vector<Order>>(done, [=, this] {
        std::string unifiedSymbol = symbol.empty() ? std::string() : market(symbol).symbol;
        request<std::vector<Order>>(privatePost("v1/orders", object(), params), done,
                                    [this, unifiedSymbol, since, limit](const JsonRef& r) {
                                        std::vector<Order> orders;
                                        for (const auto& raw : r.items()) {
                                            orders.push_back(parseOrder(raw, *this, nullptr));
                                        }
                                        return sortAndFilterOrders(std::move(orders), unifiedSymbol, since, limit);
                                    });
    });
}

void Gemini::fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Trade>> done)
{
    if (symbol.empty()) {
        done(Error(ErrorKind::ArgumentsRequired, "gemini fetchMyTrades() requires a symbol argument"));
        return;
    }
    withMarket<std::vector<Trade>>(symbol, done, [=, this](const Market& m) {
        JsonValue q = object();
        q.set("symbol", m.id);
        if (limit) {
            q.set("limit_trades", *limit);
        }
        if (since) {
            q.set("timestamp", *since / 1000); // seconds here
        }
        request<std::vector<Trade>>(privatePost("v1/mytrades", q, params), done,
                                    [this, m, since, limit](const JsonRef& r) {
                                        std::vector<Trade> trades;
                                        for (const auto& raw : r.items()) {
                                            trades.push_back(parseTrade(raw, *this, &m));
                                        }
                                        return sortAndFilterTrades(std::move(trades), m.symbol, since, limit);
                                    });
    });
}

// ---- funding ----

void Gemini::fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done)
{
    // Unified network code -> Gemini's network name in the path.
    static const std::map<std::string, std::string> networks {
        {"BTC", "bitcoin"},     {"ERC20", "ethereum"}, {"BCH", "bitcoincash"}, {"LTC", "litecoin"},
        {"ZEC", "zcash"},       {"FIL", "filecoin"},   {"DOGE", "dogecoin"},   {"XTZ", "tezos"},
        {"AVAXX", "avalanche"}, {"SOL", "solana"},     {"ATOM", "cosmos"},     {"DOT", "polkadot"},
    };
    withMarkets<DepositAddress>(done, [this, code, params, done] {
        JsonValue extra = params;
        auto network = kit::takeTextParam(extra, "network");
        if (!network) {
            throw Error(ErrorKind::ArgumentsRequired, "gemini fetchDepositAddress() requires a network parameter");
        }
        auto it = networks.find(kit::upper(*network));
        const std::string networkId = it == networks.end() ? *network : it->second;
        const std::string networkCode = *network;
        request<DepositAddress>(privatePost("v1/addresses/" + networkId, object(), extra), done,
                                [code, networkCode](const JsonRef& r) {
                                    // [{"address":"n2saq73aDTu42bRgEHd8gd4to1gCzHxrdj","timestamp":1424285102000,
                                    //   "label":"my bitcoin address"}]: every address this network has.
                                    if (r.size() == 0) {
                                        throw Error(ErrorKind::InvalidAddress,
                                                    "gemini has no " + code + " deposit address on " + networkCode);
                                    }
                                    JsonRef last = r[r.size() - 1];
                                    DepositAddress a;
                                    a.currency = code;
                                    a.network = networkCode;
                                    a.address = kit::str(last["address"]);
                                    a.info = JsonValue::fromRef(last);
                                    return a;
                                });
    });
}

void Gemini::fetchTransfers(const std::string& type, const std::string& code, OptInt since, OptInt limit,
                            const JsonValue& params, Callback<std::vector<Transaction>> done)
{
    withMarkets<std::vector<Transaction>>(done, [=, this] {
        JsonValue q = object();
        if (limit) {
            q.set("limit_transfers", *limit);
        }
        if (since) {
            q.set("timestamp", *since);
        }
        request<std::vector<Transaction>>(privatePost("v1/transfers", q, params), done, [=, this](const JsonRef& r) {
            std::vector<Transaction> items;
            for (const auto& raw : r.items()) {
                Transaction t = parseTransaction(raw, *this);
                if (t.type == type) {
                    items.push_back(std::move(t));
                }
            }
            return filterTransactions(std::move(items), code, since, limit);
        });
    });
}

void Gemini::fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done)
{
    fetchTransfers("deposit", code, since, limit, params, std::move(done));
}

void Gemini::fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                              Callback<std::vector<Transaction>> done)
{
    fetchTransfers("withdrawal", code, since, limit, params, std::move(done));
}

MarketFeed* Gemini::marketFeed()
{
    return websocketFeed([] { return std::make_unique<GeminiStream>(); });
}

} // namespace bourse::ex
