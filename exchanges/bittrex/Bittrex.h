// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RestParams.h"
#include "core/Exchange.h"

#include <string>

namespace bourse::ex {

// What sets bleutrade's copy of the API apart from bittrex's beyond the description: market ids, the order id
// parameter, a few paths and the shape of its orders, trades and transfers.
struct BittrexApi
{
    enum class Dialect {
        Bittrex, // QUOTE-BASE ids ("USDT-BTC"), booleans and numbers
        Bleutrade, // BASE_QUOTE ids ("ETH_BTC"), strings for everything, orders with a Status
    };
    Dialect dialect = Dialect::Bittrex;
    const char* orderIdKey = "uuid";
    // getorderbook's type for both sides, and whether it takes a depth.
    const char* bookType = "both";
    bool bookTakesDepth = false;
    const char* withdrawalHistory = "getwithdrawalhistory";
};

ExchangeDescription bittrexDescription();
ExchangeDescription bleutradeDescription();
BittrexApi bittrexApi();
BittrexApi bleutradeApi();

// Bittrex's API v1.1 (2019): public/get<name> calls, and account/market calls that are GETs with apikey and nonce
// in the query, the whole URL signed with HMAC-SHA512 in the apisign header; candles from the v2.0 "pub" API.
// Bittrex closed in 2023; Bleutrade ran the same API as its v2.
class Bittrex : public Exchange
{
public:
    Bittrex(Transport& transport, Clock& clock);
    Bittrex(Transport& transport, Clock& clock, ExchangeDescription description, BittrexApi api);

    const BittrexApi& api() const { return m_api; }

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
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The endpoint path (buylimit / selllimit) and query of a unified order. Pure apart from the market's precision.
    std::pair<std::string, JsonValue> orderRequest(const Market& market, const std::string& type,
                                                   const std::string& side, const Decimal& amount,
                                                   const OptDecimal& price) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;
    void transfers(const char* type, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                   Callback<std::vector<Transaction>> done);
    // The orders an endpoint lists (getopenorders, getorderhistory, getorders) for `query` (and the market's id,
    // where `marketInQuery`), kept to `symbol` and to `status` when given.
    void listOrders(const rest::Endpoint& endpoint, JsonValue query, bool marketInQuery, const std::string& symbol,
                    OptInt since, OptInt limit, const JsonValue& params, const char* status,
                    Callback<std::vector<Order>> done);

private:
    long long nextNonce();

    BittrexApi m_api;
    long long m_lastNonce = 0;
};

// Bleutrade: bittrex's API as its v2 at bleutrade.com, with its own order list (account/getorders).
class Bleutrade final : public Bittrex
{
public:
    Bleutrade(Transport& transport, Clock& clock)
        : Bittrex(transport, clock, bleutradeDescription(), bleutradeApi())
    {
    }
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
};

// The apisign header: HMAC-SHA512 of the whole URL (query included) under the secret, in hex.
std::string bittrexSignature(const std::string& url, const std::string& secret);

} // namespace bourse::ex
