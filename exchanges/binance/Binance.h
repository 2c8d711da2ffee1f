// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

namespace bourse::ex {

ExchangeDescription binanceDescription();

// Binance spot (api/v3), with the margin (sapi) and portfolio-margin (papi) order endpoints that the unified
// methods reach through the `marginMode` and `portfolioMargin` params.
class Binance final : public Exchange
{
public:
    Binance(Transport& transport, Clock& clock);

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
    void fetchOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                     Callback<std::vector<Order>> done) override;
    void fetchOpenOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                         Callback<std::vector<Order>> done) override;
    void fetchClosedOrders(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Order>> done) override;
    void fetchMyTrades(const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Trade>> done) override;
    void fetchTradingFee(const std::string& symbol, const JsonValue& params, Callback<TradingFee> done) override;
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;

    // The order request (symbol, side, type, quantity, price...) in the order Binance signs it; pure.
    JsonValue buildOrderRequest(const Market& market, const std::string& type, const std::string& side,
                                const Decimal& amount, const OptDecimal& price, bool isolated, JsonValue& params) const;

    // Order books, trades and tickers pushed over the exchange's websocket API.
    MarketFeed* marketFeed() override;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // Which account an order call addresses: spot, margin (sapi) or portfolio margin (papi).
    enum class Account {
        Spot,
        Margin,
        Portfolio,
    };
    struct Route
    {
        Account account = Account::Spot;
        std::string marginMode; // cross | isolated
    };
    Route takeRoute(JsonValue& params) const;
    void fetchOrdersFrom(const std::string& path, const std::string& symbol, OptInt since, OptInt limit,
                         JsonValue params, bool requireSymbol, Callback<std::vector<Order>> done);
};

} // namespace bourse::ex
