// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription upbitDescription();

// Upbit (REST API v1, api.upbit.com). Public calls are plain GETs; private calls carry a JWT (HS256) whose payload
// names the key, a one-time UUID nonce and the SHA-512 of the query (UpbitSigner). Errors come as
// {"error":{"name":"...","message":"..."}} with a 4xx status.
class Upbit final : public Exchange
{
public:
    Upbit(Transport& transport, Clock& clock);

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
    void createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done) override;
    void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                     Callback<Order> done) override;
    void fetchOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                    Callback<Order> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done) override;
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The POST /orders body for a unified order, in Upbit's field names. Takes the unified options (cost,
    // clientOrderId, timeInForce, postOnly, ordType, selfTradePrevention) out of `params`. Pure apart from the
    // market's precision.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchTransactions(const char* path, const std::string& code, OptInt since, OptInt limit,
                           const JsonValue& params, Callback<std::vector<Transaction>> done);
    void fetchOrderList(const char* path, JsonValue request, const std::string& symbol, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Order>> done);
    // A unified code as Upbit's currency id (the markets know it; upbit has no currency list).
    std::string currencyId(const std::string& code) const;
};

// The Authorization header value for a private request: "Bearer <JWT>". `query` is the request's parameters as
// they are sent (query string or JSON body), hashed with SHA-512 when there are any.
std::string upbitAuthorization(const std::string& apiKey, const std::string& secret, const std::string& nonce,
                               const JsonValue& query);

} // namespace bourse::ex
