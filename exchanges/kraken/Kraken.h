// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace bourse::ex {

ExchangeDescription krakenDescription();
// Unified code -> the deposit method DepositAddresses wants when the caller names none ("BTC" -> "Bitcoin").
const std::map<std::string, std::string>& krakenDepositMethods();
// The `network` of a funding record ("Tron") -> the unified network code ("TRC20").
const std::map<std::string, std::string>& krakenWithdrawNetworks();

// Kraken spot (REST API 0, api.kraken.com). Public calls are GETs with a query string; private calls are signed
// POSTs (KrakenSigner.h). Every answer is {"error": [...], "result": ...}, errors arriving with HTTP 200.
class Kraken final : public Exchange
{
public:
    Kraken(Transport& transport, Clock& clock);

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
    void fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // ---- what the parsers ask of the exchange ----

    // A Kraken asset name as a unified code: "XXBT" -> BTC, "ZUSD" -> USD, "XBT.M" -> BTC.M (a staked or
    // opt-in-rewards variant keeps its suffix; the part before the dot is mapped).
    std::string currencyCode(std::string_view assetId) const;
    // The market a pair name in an answer refers to. Orders and trades name the pair by its altname ("XBTUSD"),
    // other calls by its id ("XXBTZUSD"); altnames are known once the markets came from AssetPairs.
    const Market* marketByAltnameOrId(std::string_view pair) const;
    // The asset name Kraken wants in a request for a unified code (ExchangeError when no market or currency has it).
    std::string currencyId(const std::string& code) const;

    // The AddOrder parameters for a unified order, in the order Kraken signs them. Takes the unified options
    // (clientOrderId, cost, postOnly, timeInForce, stopLossPrice, takeProfitPrice, trailing*, reduceOnly...) out
    // of `params` and leaves what goes to Kraken as is. Pure apart from the market's precision.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

    // Order books, trades and tickers pushed over the exchange's websocket API.
    MarketFeed* marketFeed() override;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchOrdersIn(const std::string& path, const char* resultKey, const std::string& symbol, OptInt since,
                       OptInt limit, const JsonValue& params, bool untilAsEnd, Callback<std::vector<Order>> done);
    void fetchTransactions(const std::string& path, const std::string& type, const std::string& code, OptInt since,
                           OptInt limit, const JsonValue& params, Callback<std::vector<Transaction>> done);
    void requestDepositAddress(const std::string& code, const std::string& assetId, const std::string& method,
                               const JsonValue& params, Callback<DepositAddress> done);

    // altname -> symbol, from the last AssetPairs answer (ccxt's marketsByAltname).
    std::unordered_map<std::string, std::string> m_symbolByAltname;
    // Asset precision from the last Assets answer: a market's amount step is never finer than its base asset's.
    std::map<std::string, Decimal> m_assetPrecision;
    // X/Z-prefixed asset names learnt from Assets ("XXBT" -> BTC) beyond the description's common codes.
    std::map<std::string, std::string> m_learntCodes;
};

} // namespace bourse::ex
