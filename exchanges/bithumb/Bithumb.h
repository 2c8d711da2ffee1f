// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription bithumbDescription();

// Bithumb on its second-generation REST API (api.bithumb.com/v1 and /v2): market ids are "KRW-BTC", public calls
// are plain GETs, private calls carry a JWT (HS256) naming the key, a UUID nonce, the time and the SHA-512 of the
// parameters. The first-generation API (public/ticker/..., info/..., trade/...) is being retired and is not used.
// Errors come as {"error":{"name":"...","message":"..."}}, older ones as {"status":"5300","message":"..."}.
class Bithumb final : public Exchange
{
public:
    Bithumb(Transport& transport, Clock& clock);

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
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The POST v2/orders body for a unified order, in Bithumb's field names; takes the unified options (cost,
    // clientOrderId, timeInForce, postOnly, createMarketBuyOrderRequiresPrice) out of `params`.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void orderById(bool cancel, const std::string& id, const std::string& symbol, const JsonValue& params,
                   Callback<Order> done);
    void fetchOrderList(const std::string& state, const std::string& symbol, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Order>> done);
    void fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done);
};

// The Authorization header of a private request: "Bearer <JWT>". `query` is the parameters as sent, hashed
// (SHA-512 of key=value&..., arrays as key[]=v) when there are any; `timestamp` is the client time in ms.
std::string bithumbAuthorization(const std::string& apiKey, const std::string& secret, const std::string& nonce,
                                 long long timestamp, const JsonValue& query);

// Parameters as Bithumb's query string and hash input: percent-encoded, a list as repeated key[]=value.
std::string bithumbQueryString(const JsonValue& query);

} // namespace bourse::ex
