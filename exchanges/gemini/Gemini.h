// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <string>

namespace bourse::ex {

ExchangeDescription geminiDescription();

// Gemini (REST API v1, candles v2; api.gemini.com, sandbox api.sandbox.gemini.com). Public calls are GETs.
// Private calls are POSTs whose parameters, with the request path and a nonce, travel as base64 JSON in
// X-GEMINI-PAYLOAD, signed in X-GEMINI-SIGNATURE with the hex HMAC-SHA384 of that base64 text
// (docs.gemini.com/rest-api/#private-api-invocation). Errors are {"result":"error","reason":..,"message":..}.
class Gemini final : public Exchange
{
public:
    Gemini(Transport& transport, Clock& clock);

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
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;
    MarketFeed* marketFeed() override;

    // The order/new body for a unified order (Gemini takes limit orders only; a market order is refused).
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchTransfers(const std::string& type, const std::string& code, OptInt since, OptInt limit,
                        const JsonValue& params, Callback<std::vector<Transaction>> done);
};

// The X-GEMINI-PAYLOAD and X-GEMINI-SIGNATURE values for a private call: base64 of
// {"request": path, "nonce": nonce, ...params}, and hex HMAC-SHA384 of that base64 text keyed with the secret.
std::pair<std::string, std::string> geminiPayloadAndSignature(const std::string& secret, const std::string& path,
                                                              const std::string& nonce, const JsonValue& params);

} // namespace bourse::ex
