// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>
#include <string_view>

namespace bourse::ex {

ExchangeDescription okxDescription();
// The US entity (us.okx.com, formerly OKCoin USD): the same API and class, its own host.
ExchangeDescription okxusDescription();

// OKX spot (REST API v5). Every answer is {"code":"0","msg":"","data":[...]}, errors arriving with HTTP 200 and a
// non-zero code. Private calls carry OK-ACCESS-* headers (OkxSigner.h); POST bodies are JSON.
class Okx : public Exchange
{
public:
    Okx(Transport& transport, Clock& clock);

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
    MarketFeed* marketFeed() override;

    // ---- what the parsers and request builders ask of the exchange ----

    // The unified symbol of an instrument id: the loaded market's, else "BASE-QUOTE" read as BASE/QUOTE.
    std::string symbolOf(std::string_view instId, const Market* market) const;
    // OKX's currency id for a unified code (the currencies cache, else the code itself: OKX names currencies by
    // their tickers).
    std::string currencyId(const std::string& code) const;

    // The order's fields for trade/order, trade/batch-orders or trade/order-algo, in the order OKX documents
    // them. Takes the unified options (clientOrderId, timeInForce, postOnly, triggerPrice, stopLossPrice,
    // takeProfitPrice, stopLoss/takeProfit, trailing*, marginMode, cost...) out of `params`; what is left goes to
    // OKX as given. Pure apart from the market's precision and a random client order id.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;

protected:
    Okx(Transport& transport, Clock& clock, ExchangeDescription description);
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    void fetchOrderList(bool closed, const std::string& symbol, OptInt since, OptInt limit, const JsonValue& params,
                        Callback<std::vector<Order>> done);
    void fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done);
};

class OkxUs final : public Okx
{
public:
    OkxUs(Transport& transport, Clock& clock);
};

} // namespace bourse::ex
