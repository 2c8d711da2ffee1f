// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <string>
#include <vector>

namespace bourse::ex {

// What sets the brokers of the blinktrade family apart beyond their descriptions: the broker id every order and
// balance is kept under (blinktrade.com/docs#brokers), and the market(s) the broker runs. One value per member, in
// BlinktradeDescription.cpp.
struct BlinktradeApi
{
    int brokerId = 0;
    struct Pair
    {
        const char* id; // BTCCLP
        const char* base;
        const char* quote;
    };
    std::vector<Pair> markets;
};

ExchangeDescription chilebitDescription();
ExchangeDescription surbitcoinDescription();
ExchangeDescription vbtcDescription();
BlinktradeApi chilebitApi();
BlinktradeApi surbitcoinApi();
BlinktradeApi vbtcApi();

// BlinkTrade's API v1 (2019), run for its brokers (ChileBit, SurBitcoin, VBTC; FoxBit's then API) at
// api.blinktrade.com: public market data at /api/v1/<quote>/{ticker,orderbook,trades}?crypto_currency=<base>, and
// the trading messages as JSON POSTs ({"MsgType":"D",...}) at /tapi/v1/<MsgType>, authenticated by the APIKey,
// Nonce (seconds) and Signature (HMAC-SHA256 of the nonce under the secret, hex) headers. The markets are a static
// list: the broker's own.
class Blinktrade : public Exchange
{
public:
    Blinktrade(Transport& transport, Clock& clock, ExchangeDescription description, BlinktradeApi api);

    const BlinktradeApi& api() const { return m_api; }

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    void fetchOrderBook(const std::string& symbol, OptInt limit, const JsonValue& params,
                        Callback<OrderBook> done) override;
    void fetchTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Trade>> done) override;
    // Built from the public trades, as 2019 ccxt did: the API has no candles.
    void fetchOHLCV(const std::string& symbol, const std::string& timeframe, OptInt since, OptInt limit,
                    const JsonValue& params, Callback<std::vector<Ohlcv>> done) override;
    void fetchBalance(const JsonValue& params, Callback<Balance> done) override;
    // Limit orders only (OrdType 2).
    void createOrder(const std::string& symbol, const std::string& type, const std::string& side, const Decimal& amount,
                     OptDecimal price, const JsonValue& params, Callback<Order> done) override;
    // F by ClOrdID: the client id of an order this session placed, else the id given.
    void cancelOrder(const std::string& id, const std::string& symbol, const JsonValue& params,
                     Callback<Order> done) override;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    JsonValue pairQuery(const Market& m) const;
    long long nextNonce();
    long long nextRequestId();

    BlinktradeApi m_api;
    long long m_lastNonce = 0;
    long long m_lastRequestId = 0;
    // OrderID -> ClOrdID of the orders this session placed: the cancel message names an order by its ClOrdID.
    std::map<std::string, std::string> m_clientIds;
};

class Chilebit final : public Blinktrade
{
public:
    Chilebit(Transport& transport, Clock& clock)
        : Blinktrade(transport, clock, chilebitDescription(), chilebitApi())
    {
    }
};

class Surbitcoin final : public Blinktrade
{
public:
    Surbitcoin(Transport& transport, Clock& clock)
        : Blinktrade(transport, clock, surbitcoinDescription(), surbitcoinApi())
    {
    }
};

class Vbtc final : public Blinktrade
{
public:
    Vbtc(Transport& transport, Clock& clock)
        : Blinktrade(transport, clock, vbtcDescription(), vbtcApi())
    {
    }
};

// The Signature header: HMAC-SHA256 of the nonce under the secret, in hex.
std::string blinktradeSignature(const std::string& nonce, const std::string& secret);

} // namespace bourse::ex
