// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription bitsoDescription();

// Bitso (REST API v3, bitso.com/api/v3). Every answer is {"success":true,"payload":...}; a failure is
// {"success":false,"error":{"code","message"}}. Private calls carry "Authorization: Bitso key:nonce:signature",
// the signature an HMAC-SHA256 over nonce + method + path (query included) + JSON body (bitsoAuthorization).
class Bitso final : public Exchange
{
public:
    Bitso(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done) override;
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
    void cancelAllOrders(const std::string& symbol, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                    Callback<Order> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;

    // The POST /orders body for a unified order: book, side, type, major (the base amount) and price, with the
    // unified options (clientOrderId, timeInForce, postOnly, triggerPrice) taken out of `params` into Bitso's
    // client_id, time_in_force and stop. Pure apart from the market's precision.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // A book-scoped private list (open_orders, user_trades) with Bitso's default page of 25 and its `marker`.
    JsonValue pagedRequest(const Market* market, OptInt since, OptInt limit, JsonValue& params,
                           const char* method) const;
};

// The Authorization header value: "Bitso <key>:<nonce>:<hex HMAC-SHA256(secret, nonce + method + path + body)>",
// `path` starting at /api/ and carrying the query string.
std::string bitsoAuthorization(const std::string& apiKey, const std::string& secret, const std::string& nonce,
                               const std::string& method, const std::string& path, const std::string& body);

} // namespace bourse::ex
