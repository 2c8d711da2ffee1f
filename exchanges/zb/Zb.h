// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription zbDescription();
ExchangeDescription bitkkDescription();

// ZB's 2019 API: market data at <host>/data/v1/<name> (plain http, the only way ZB served it), and a trading API at
// trade.<host>/api/<method> where every call is a GET whose query carries method and accesskey with the call's
// parameters, sorted by name and joined unencoded; the query is signed with hex HMAC-MD5 under the hex SHA-1 of the
// secret and sent with &sign=..&reqTime=<ms>. Answers to trading calls carry {"code":1000,"message":..} (1000 is
// success). bitkk ran the same API on its own hosts.
class Zb : public Exchange
{
public:
    Zb(Transport& transport, Clock& clock, ExchangeDescription description = zbDescription());

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                      Callback<std::vector<Ticker>> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    void fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                    const JsonValue& params, Callback<std::vector<Ohlcv>> done) override;
    void fetchBalance(const JsonValue& params, Callback<Balance> done) override;
    // Limit orders only (ZB had no market orders).
    void createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done) override;
    void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                     Callback<Order> done) override;
    void fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                    Callback<Order> done) override;
    // One market's orders, a page at a time (the first page of `limit`, 50 by default; open orders 10).
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;

    // The order call's parameters for a unified limit order: price, amount, tradeType (1 buy, 0 sell), currency.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void listOrders(const char* method, const std::string& symbol, OptInt since, OptInt limit, long long pageSize,
                    const JsonValue& params, Callback<std::vector<Order>> done);
};

// bitkk: ZB's API on api.bitkk.com and trade.bitkk.com.
class Bitkk final : public Zb
{
public:
    Bitkk(Transport& transport, Clock& clock)
        : Zb(transport, clock, bitkkDescription())
    {
    }
};

// The signed part of a trading call: method, accesskey and the parameters, sorted by name, as key=value joined by &
// with nothing encoded.
std::string zbQuery(const std::string& method, const std::string& apiKey, const JsonValue& params);
// sign: hex HMAC-MD5 of the query under the hex SHA-1 of the secret.
std::string zbSignature(const std::string& secret, const std::string& query);

} // namespace bourse::ex
