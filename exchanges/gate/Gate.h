// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace bourse::ex {

ExchangeDescription gateDescription();
// Unified network code -> Gate's chain name ("TRC20" -> "TRX").
const std::map<std::string, std::string>& gateNetworkIds();

// Gate spot (API v4, api.gateio.ws/api/v4). Public calls are GETs; private calls carry KEY, Timestamp and an
// HMAC-SHA512 SIGN header (GateSigner.h), with a JSON body for POSTs. Errors come as {"label", "message"}.
class Gate final : public Exchange
{
public:
    Gate(Transport& transport, Clock& clock);

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
    void fetchTradingFees(const JsonValue& params, Callback<std::vector<TradingFee>> done) override;
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;
    MarketFeed* marketFeed() override;

    // The `account` a spot order call names: spot, margin (isolated), cross_margin or unified; "normal" for spot
    // trigger orders. Takes marginMode/account/unifiedAccount out of `params`. Throws BadRequest for cross-margin
    // trigger orders, which Gate does not have.
    std::string accountFor(bool trigger, JsonValue& params) const;
    // The body of POST spot/orders (or spot/price_orders when `trigger` comes back true) for a unified order.
    // Takes the unified options (clientOrderId, timeInForce, postOnly, cost, triggerPrice, stopLossPrice,
    // takeProfitPrice...) out of `params`. Pure apart from the market's precision.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params, bool& trigger) const;
    // Gate's chain name as a unified network code for `currencyCode` ("TRX" -> TRC20 for USDT, TRX for TRX).
    std::string networkCode(const std::string& chain, const std::string& currencyCode) const;
    // The unified symbol for a pair id ("BTC_USDT"), split at the underscore when the markets do not have it.
    std::string symbolFor(std::string_view pairId) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // Runs `then` once it is known whether the key trades from a unified account (account/detail, asked once;
    // any failure means no, as ccxt decides). Offline runs take the answer to be no.
    void withUnifiedStatus(std::function<void()> then, std::function<void(const Error&)> fail);
    void fetchOrdersByStatus(const std::string& status, const std::string& symbol, OptInt since, OptInt limit,
                             const JsonValue& params, Callback<std::vector<Order>> done);
    void fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done);
    std::string currencyId(const std::string& code) const;

    std::optional<bool> m_unifiedAccount;
};

} // namespace bourse::ex
