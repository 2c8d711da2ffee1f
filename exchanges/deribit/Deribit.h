// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription deribitDescription();

// Deribit spot pairs (BTC_USDC, ETH_USDT...; its futures and options are out of Bourse's scope). JSON-RPC methods
// called over HTTP GET: /api/v2/public/<method> and /api/v2/private/<method>, parameters in the query string.
// Private calls carry "Authorization: deri-hmac-sha256 id=<key>,ts=<ms>,sig=<hex>,nonce=<nonce>", the signature
// an HMAC-SHA256 over ts \n nonce \n GET \n <path?query> \n <body> \n (docs.deribit.com "Authentication").
// Answers are {"jsonrpc":"2.0","result":...} or {"error":{"code":..,"message":..}}.
class Deribit final : public Exchange
{
public:
    Deribit(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                      Callback<std::vector<Ticker>> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    void fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                    const JsonValue& params, Callback<std::vector<Ohlcv>> done) override;
    void fetchTime(const JsonValue& params, Callback<long long> done) override;
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
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;
    MarketFeed* marketFeed() override;

    // The buy/sell parameters for a unified order (limit, market, stop and take-profit types, trailing stops).
    JsonValue orderRequest(const Market& market, const std::string& type, const Decimal& amount,
                           const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchOrderList(bool open, const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Order>> done);
    void fetchTransactions(const char* method, const std::string& code, OptInt since, OptInt limit,
                           const JsonValue& params, Callback<std::vector<Transaction>> done);
    std::string currencyId(const std::string& code) const;
};

// The Authorization header of a private call. `requestPath` is the path with its query ("/api/v2/private/buy?...").
std::string deribitAuthorization(const std::string& apiKey, const std::string& secret, const std::string& timestamp,
                                 const std::string& nonce, const std::string& method, const std::string& requestPath,
                                 const std::string& body);

} // namespace bourse::ex
