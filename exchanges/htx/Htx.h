// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bourse::ex {

ExchangeDescription htxDescription();

// HTX (formerly Huobi) spot, api.huobi.pro. Public calls are GETs; private calls are signed in the query
// (HtxSigner.h). Orders, balances and open orders name an account id, which is looked up once (v1/account/accounts)
// and kept. Answers are {"status":"ok","data":...} (v1) or {"code":200,"data":...} (v2), errors with HTTP 200.
class Htx final : public Exchange
{
public:
    Htx(Transport& transport, Clock& clock);

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
    void fetchDepositAddress(const std::string& code, const JsonValue& params, Callback<DepositAddress> done) override;
    void fetchDeposits(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                       Callback<std::vector<Transaction>> done) override;
    void fetchWithdrawals(const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                          Callback<std::vector<Transaction>> done) override;
    MarketFeed* marketFeed() override;

    // One of the user's accounts, as v1/account/accounts lists it.
    struct Account
    {
        std::string id;
        std::string type; // spot, margin (isolated, per pair), super-margin (cross), point, ...
        std::string subtype; // the pair of an isolated margin account
    };
    // The account an order or balance call names: the spot account, or the cross (super-margin) account, or the
    // isolated margin account of `market`, by `marginMode`; the first account when none matches, as ccxt does.
    std::string accountIdFor(const std::string& marginMode, const Market* market) const;
    void setAccounts(std::vector<Account> accounts) { m_accounts = std::move(accounts); }

    // The body of v1/order/orders/place for a unified order, with the account id given. Takes the unified options
    // (clientOrderId, timeInForce, postOnly, triggerPrice, cost, marginMode...) out of `params`.
    JsonValue orderRequest(const Market& market, const std::string& accountId, const std::string& marginMode,
                           const std::string& type, const std::string& side, const Decimal& amount,
                           const OptDecimal& price, JsonValue& params) const;
    // A chain id ("trc20usdt") as a unified network code ("TRC20"), through the chain titles fetchCurrencies learnt.
    std::string networkCode(const std::string& chainId, const std::string& currencyCode) const;
    std::string currencyId(const std::string& code) const;

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // Runs `then` once the account list is known (fetched once). Offline runs use the fixed account "myAccount".
    void withAccounts(std::function<void()> then, std::function<void(const Error&)> fail);
    void fetchOrdersByStates(const std::string& states, const std::string& symbol, OptInt since, OptInt limit,
                             const JsonValue& params, Callback<std::vector<Order>> done);
    void fetchTransactions(const std::string& type, const std::string& code, OptInt since, OptInt limit,
                           const JsonValue& params, Callback<std::vector<Transaction>> done);

    std::optional<std::vector<Account>> m_accounts;
    // Chain id -> its title ("trc20usdt" -> "TRX"), from the last currencies answer.
    std::map<std::string, std::string> m_chainTitles;
};

} // namespace bourse::ex
