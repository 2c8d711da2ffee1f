// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bourse::ex {

ExchangeDescription kucoinDescription();
// Unified network code -> KuCoin chain id ("ERC20" -> "eth"), for the `chain` parameter of deposit calls.
const std::map<std::string, std::string>& kucoinNetworkIds();
// KuCoin chain id -> unified network code ("eth" -> "ERC20", "bsc" -> "BEP20").
const std::map<std::string, std::string>& kucoinNetworkCodes();

// KuCoin spot on its classic (non-unified) account, REST API v1/v2/v3 at api.kucoin.com. Every answer is
// {"code": "200000", "data": ...}; an error is another code with a `msg`, often with HTTP 200. Private calls carry
// KC-API-* headers (KucoinSigner.h).
//
// KuCoin runs two order books per account: the classic one and the "high-frequency" (hf) one that accounts are
// being migrated to. Which one an order call goes to follows the caller's `hf` parameter, else what
// hf/accounts/opened said when the markets were loaded with credentials, else classic (as ccxt does).
class Kucoin final : public Exchange
{
public:
    Kucoin(Transport& transport, Clock& clock);

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
    MarketFeed* marketFeed() override;

    // The request body of a spot order, in the order ccxt builds it (clientOid, side, symbol, type, size/funds,
    // price, stopPrice...). Takes the unified options (clientOrderId, cost, triggerPrice, stopLossPrice,
    // takeProfitPrice, postOnly, marginMode) out of `params`; what is left goes to KuCoin as is.
    JsonValue orderRequest(const Market& market, const std::string& type, const std::string& side,
                           const Decimal& amount, const OptDecimal& price, JsonValue& params) const;
    // The KuCoin currency id of a unified code (the currencies cache, else the code itself, reversing the
    // description's common codes).
    std::string currencyId(const std::string& code) const;
    // Whether order calls default to the hf book (see the class comment).
    bool hfDefault() const { return m_hf.value_or(false); }

protected:
    HttpRequest sign(const RequestSpec& spec) override;
    void handleErrors(const HttpResponse& response, const JsonDocument* json) override;

private:
    // Sends the requests one after the other and hands over all the answers, or the first error.
    void requestInTurn(std::vector<RequestSpec> specs, Callback<std::vector<std::shared_ptr<JsonDocument>>> done,
                       std::vector<std::shared_ptr<JsonDocument>> answers = {});
    void fetchOrdersByStatus(const std::string& status, const std::string& symbol, OptInt since, OptInt limit,
                             const JsonValue& params, Callback<std::vector<Order>> done);
    void fetchTransactions(bool deposits, const std::string& code, OptInt since, OptInt limit, const JsonValue& params,
                           Callback<std::vector<Transaction>> done);

    std::optional<bool> m_hf;
};

} // namespace bourse::ex
