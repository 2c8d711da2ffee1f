// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription btcmarketsDescription();

// BTC Markets (REST API v3, api.btcmarkets.net). Public calls are plain GETs. Private calls carry three headers:
// the key, a millisecond timestamp and a base64 HMAC-SHA512, keyed with the base64-decoded secret, of
// method + path + timestamp + body (btcmarketsSignature). Parameters travel sorted by key, as a query string on
// GET and DELETE and as a JSON body on POST and PUT. Errors come as {"code":"...","message":"..."}.
class BtcMarkets final : public Exchange
{
public:
    BtcMarkets(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTime(const JsonValue& params, Callback<long long> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    void fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                    const JsonValue& params, Callback<std::vector<Ohlcv>> done) override;
    void fetchBalance(const JsonValue& params, Callback<Balance> done) override;
    void createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done) override;
    void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                     Callback<Order> done) override;
    // DELETE /v3/orders: every open order, or those of one market.
    void cancelAllOrders(const std::string& symbol, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                    Callback<Order> done) override;
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The POST /v3/orders body for a unified order: market id, amount, side, BTC Markets' type name, the price of
    // a limit or stop-limit order and the trigger price of a stop or take-profit order. Takes triggerPrice and
    // clientOrderId out of `params`; the rest (timeInForce, postOnly, selfTrade...) goes through as given.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchTransfers(const char* path, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Transaction>> done);
};

// The BM-AUTH-SIGNATURE value: base64(HMAC-SHA512(base64decode(secret), method + path + timestamp + body)), where
// path is the request path without its query ("/v3/orders"). AuthenticationError when the secret is not base64.
std::string btcmarketsSignature(const std::string& secret, const std::string& method, const std::string& path,
                                const std::string& timestamp, const std::string& body);

} // namespace bourse::ex
