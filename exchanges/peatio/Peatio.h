// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <string>
#include <vector>

namespace bourse::ex {

// What sets the members of the peatio family apart beyond their descriptions: where the market list comes from.
// One value per member, in PeatioDescription.cpp.
struct PeatioApi
{
    // acx lists its markets (GET /api/v2/markets.json); kuna had no such list in 2019, so its markets are read off
    // the ticker ids ("btcuah"), split at the first known quote id found past the start.
    bool marketsFromTickers = false;
    std::vector<std::string> quoteIds;
    // Decimals of a price in a quote currency (unified code); others have `defaultPricePlaces`.
    std::map<std::string, int> pricePlaces;
    int defaultPricePlaces = 6;
    int amountPlaces = 6;
};

ExchangeDescription acxDescription();
ExchangeDescription kunaDescription();
PeatioApi acxApi();
PeatioApi kunaApi();

// Peatio's API v2 (the open-source exchange engine acx and kuna ran in 2019): every path is /api/v2/<name>.json;
// public calls take a plain query; private ones add access_key and tonce (ms) to the parameters, sort them by
// name, urlencode them and sign "METHOD|/api/v2/<name>.json|query" with hex HMAC-SHA256, sent as the last
// parameter `signature` of the query (GET) or of the form body (POST). Errors are {"error":{"code":2002,...}}.
class Peatio : public Exchange
{
public:
    Peatio(Transport& transport, Clock& clock, ExchangeDescription description, PeatioApi api);

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
    // kuna only (acx's 2019 description has neither): one market's open orders, and one market's own trades.
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;

    // The POST orders form of a unified order: market, side, volume, ord_type and, for a limit order, price, at the
    // market's decimals.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void requireSupport(const char* method) const;
    long long nextTonce();

    PeatioApi m_api;
    long long m_lastTonce = 0;
};

// ACX (acx.io, Australia).
class Acx final : public Peatio
{
public:
    Acx(Transport& transport, Clock& clock)
        : Peatio(transport, clock, acxDescription(), acxApi())
    {
    }
};

// Kuna (kuna.io, Ukraine): acx's API, its markets read off the tickers, and open orders and own trades per market.
class Kuna final : public Peatio
{
public:
    Kuna(Transport& transport, Clock& clock)
        : Peatio(transport, clock, kunaDescription(), kunaApi())
    {
    }
};

// The parameters of a private call as they are signed and sent: the caller's, with access_key and tonce, sorted
// by name and urlencoded (without the signature).
std::string peatioQuery(const JsonValue& params, const std::string& apiKey, long long tonce);
// signature: hex HMAC-SHA256 under the secret of "METHOD|/api/v2/<name>.json|query".
std::string peatioSignature(const std::string& secret, const std::string& method, const std::string& path,
                            const std::string& query);

} // namespace bourse::ex
