// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <string>

namespace bourse::ex {

// What sets the members of the liqui family apart beyond their descriptions: the trading API's method names and
// fields, where the method goes (a form field, or the path as well on dsx), how the signature is written, and the
// dialect of a few answers. One value per member, in LiquiDescription.cpp.
struct LiquiApi
{
    enum class Dialect {
        Liqui, // liqui, tidex: getInfo funds as free amounts, orders keyed by id with start_amount
        Yobit, // liqui's, but getInfo has funds and funds_incl_orders, and status 3 is still open
        Dsx, // its own trading API v2: funds as {total, available}, orders with volume/remainingVolume
    };
    Dialect dialect = Dialect::Liqui;
    // dsx sends the method in the path too (/tapi/v2/order/new) and signs in base64 instead of hex.
    bool methodInPath = false;
    bool base64Signature = false;
    const char* orderIdKey = "order_id";
    const char* getInfo = "getInfo";
    const char* trade = "Trade";
    const char* cancelOrder = "CancelOrder";
    const char* orderInfo = "OrderInfo";
    // The orders the venue lists: the open ones (ActiveOrders), or dsx's whole history.
    const char* orders = "ActiveOrders";
    const char* tradeHistory = "TradeHistory";
    // yobit's ActiveOrders answers only for one pair.
    bool ordersNeedSymbol = false;
    // fetchTickers without symbols asks for every market in one path; longer than this and the URL is refused.
    size_t tickersMaxLength = 2048;
};

ExchangeDescription liquiDescription();
ExchangeDescription dsxDescription();
ExchangeDescription tidexDescription();
ExchangeDescription yobitDescription();
LiquiApi liquiApi();
LiquiApi dsxApi();
LiquiApi yobitApi();

// Liqui's API 3 (2019): public market data under /api/3 (ticker, depth and trades take several pairs joined by
// "-"), and a trading API at /tapi where every call is a POST form with nonce and method, signed with HMAC-SHA512
// in the Sign header. Liqui closed in 2019; dsx, tidex and yobit ran the same API (yobit's WEX-like original).
class Liqui : public Exchange
{
public:
    Liqui(Transport& transport, Clock& clock);
    Liqui(Transport& transport, Clock& clock, ExchangeDescription description, LiquiApi api);

    const LiquiApi& api() const { return m_api; }

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchTickers(const std::vector<std::string>& symbols, const JsonValue& params,
                      Callback<std::vector<Ticker>> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    // Built from the public trades, as 2019 ccxt did: the API has no candles.
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
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;

    // The trading form of a unified order (pair, type = side, amount/volume, rate). Pure apart from the market's
    // precision.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // The orders the venue lists, merged into the orders this session placed; `status` keeps one kind (or all).
    void listOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params, const char* status,
                    Callback<std::vector<Order>> done);
    std::vector<Order> mergeIntoCache(std::vector<Order> listed, const std::string& symbol);
    void completeFromCache(Order& order) const;
    long long nextNonce();

    LiquiApi m_api;
    long long m_lastNonce = 0;
    // The API lists open orders only; like 2019 ccxt, the orders this session placed or saw are kept, and one that
    // leaves the open list is taken as closed (fetchOrders / fetchClosedOrders are emulated from that).
    std::map<std::string, Order> m_orders;
};

// DSX (dsx.uk): market data at /mapi, trading API v2 at /tapi/v2/<method>, base64 signatures.
class Dsx final : public Liqui
{
public:
    Dsx(Transport& transport, Clock& clock)
        : Liqui(transport, clock, dsxDescription(), dsxApi())
    {
    }
};

// Tidex: liqui's API at api.tidex.com, and the currency list from its web API (gate.tidex.com/api/currency).
class Tidex final : public Liqui
{
public:
    Tidex(Transport& transport, Clock& clock)
        : Liqui(transport, clock, tidexDescription(), liquiApi())
    {
    }
    void fetchCurrencies(const JsonValue& params, Callback<std::vector<Currency>> done) override;
};

// YoBit: the original WEX-like API at yobit.net, with a deposit address call.
class Yobit final : public Liqui
{
public:
    Yobit(Transport& transport, Clock& clock)
        : Liqui(transport, clock, yobitDescription(), yobitApi())
    {
    }
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
};

// The Sign header: HMAC-SHA512 of the form under the secret, in hex (or base64 for dsx).
std::string liquiSignature(const std::string& body, const std::string& secret, bool base64);

} // namespace bourse::ex
