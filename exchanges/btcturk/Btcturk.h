// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription btcturkDescription();

// BTCTurk Pro spot (api.btcturk.com: public data on /api/v2, the account on /api/v1, candles on graph-api).
// Private calls carry X-PCK (the key), X-Stamp (milliseconds) and X-Signature: base64(HMAC-SHA256(
// base64decode(secret), key + stamp)) (docs.btcturk.com/authentication). Answers are {"data":..,"success":true,
// "message":..,"code":0}; an error is a non-zero code or a known message.
class Btcturk final : public Exchange
{
public:
    Btcturk(Transport& transport, Clock& clock);

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
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;
};

// The X-Signature value: base64(HMAC-SHA256(base64decode(secret), apiKey + stamp)).
std::string btcturkSignature(const std::string& apiKey, const std::string& secret, const std::string& stamp);

} // namespace bourse::ex
