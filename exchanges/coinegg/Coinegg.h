// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <vector>

namespace bourse::ex {

// What sets the members of the coinegg family apart beyond their descriptions: the quote currencies their markets
// are grouped under (each has its own market list and its own trading "region"). One value per member, in
// CoineggDescription.cpp.
struct CoineggApi
{
    std::vector<std::string> quoteIds;
};

ExchangeDescription coineggDescription();
ExchangeDescription btctradeimDescription();
ExchangeDescription coolcoinDescription();
CoineggApi coineggApi();
CoineggApi btctradeimApi();
CoineggApi coolcoinApi();

// CoinEgg's API v1 (2019): markets grouped by quote ("regions": btc, eth, usc, usdt). A web API
// (<host>/coin/<quote>/allcoin) lists every market of a region with its ticker; the REST API at /api/v1 has a
// region's ticker, depth and trades (ticker/region/<quote>?coin=<base>), and the trading calls are POST forms
// (key, nonce in milliseconds, the call's fields) signed with HMAC-SHA256 under the hex MD5 of the secret, the
// signature appended as the last field. BtcTrade.im and CoolCoin ran the same API on their own hosts.
class Coinegg : public Exchange
{
public:
    Coinegg(Transport& transport, Clock& clock);
    Coinegg(Transport& transport, Clock& clock, ExchangeDescription description, CoineggApi api);

    const CoineggApi& api() const { return m_api; }

    void fetchMarkets(const JsonValue& params, Callback<std::vector<Market>> done) override;
    void fetchTicker(const std::string& symbol, const JsonValue& params, Callback<Ticker> done) override;
    // One web request per region that holds a wanted market (every region without symbols).
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
    // trade_list with type=open.
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;

    // The trade_add form of a unified order (coin, type = side, amount, price). Pure apart from the market's
    // precision.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // The web allcoin lists of `quoteIds` from `next` on, one after the other; `each` reads one region's answer.
    void fetchRegions(std::vector<std::string> quoteIds, size_t next, const JsonValue& params,
                      std::function<void(const std::string& quoteId, const JsonRef& answer)> each,
                      Callback<std::monostate> done);
    void listOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params, bool openOnly,
                    Callback<std::vector<Order>> done);
    long long nextNonce();

    CoineggApi m_api;
    long long m_lastNonce = 0;
};

// BtcTrade.im (api.btctrade.im): coinegg's API, regions btc, eth and usc; answers wrapped in {"code","msg","data"}.
class Btctradeim final : public Coinegg
{
public:
    Btctradeim(Transport& transport, Clock& clock)
        : Coinegg(transport, clock, btctradeimDescription(), btctradeimApi())
    {
    }
};

// CoolCoin (www.coolcoin.com): coinegg's API, regions btc and usdt.
class Coolcoin final : public Coinegg
{
public:
    Coolcoin(Transport& transport, Clock& clock)
        : Coinegg(transport, clock, coolcoinDescription(), coolcoinApi())
    {
    }
};

// The signature field: HMAC-SHA256 of the form under the hex MD5 of the secret, in hex.
std::string coineggSignature(const std::string& form, const std::string& secret);

} // namespace bourse::ex
