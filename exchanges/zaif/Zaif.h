// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

ExchangeDescription zaifDescription();

// Zaif (api.zaif.jp). Public data under /api/1/<call>/<pair>; the trading API is one POST endpoint, /tapi, whose
// form body names the call ("method=...") and a nonce (seconds with 8 decimals), signed as a whole with
// HMAC-SHA512 (hex) in the Sign header. Errors come as {"success":0,"error":"..."} or {"error":"..."}.
class Zaif final : public Exchange
{
public:
    Zaif(Transport& transport, Clock& clock);

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    void fetchBalance(const JsonValue& params, Callback<Balance> done) override;
    void createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done) override;
    void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                     Callback<Order> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchOrderList(const char* call, JsonValue request, const std::string& symbol, OptInt since, OptInt limit,
                        const JsonValue& params, const char* status, Callback<std::vector<Order>> done);
};

// The Sign header: hex HMAC-SHA512 of the form body under the secret.
std::string zaifSignature(const std::string& secret, const std::string& body);
// The nonce Zaif wants: seconds, with exactly 8 decimals ("1700000000.12300000").
std::string zaifNonce(long long milliseconds);

} // namespace bourse::ex
