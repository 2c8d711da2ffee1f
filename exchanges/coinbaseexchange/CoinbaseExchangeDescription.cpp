// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinbaseExchange.h"

namespace bourse::ex {

ExchangeDescription coinbaseExchangeDescription()
{
    ExchangeDescription d;
    d.id = "coinbaseexchange";
    d.name = "Coinbase Exchange";
    d.countries = {"US"};
    d.version = "";
    // The institutional venue that was Coinbase Pro (and GDAX before it); retail keys belong to `coinbase`.
    d.api = {
        {"public", "https://api.exchange.coinbase.com"},
        {"private", "https://api.exchange.coinbase.com"},
    };
    d.sandboxApi = {
        {"public", "https://api-public.sandbox.exchange.coinbase.com"},
        {"private", "https://api-public.sandbox.exchange.coinbase.com"},
    };
    d.www = "https://coinbase.com/";
    d.doc = {"https://docs.cloud.coinbase.com/exchange/docs/"};
    // Coinbase allows 10 public and 15 private requests a second per IP or profile; ccxt spaces every call by
    // 100 ms at cost 1, which stays under both.
    d.rateLimitMs = 100;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets",      "fetchCurrencies", "fetchTicker",      "fetchTickers",  "fetchOrderBook",
          "fetchTrades",       "fetchOHLCV",      "fetchTime",        "fetchBalance",  "createOrder",
          "cancelOrder",       "cancelAllOrders", "fetchOrder",       "fetchOrders",   "fetchOpenOrders",
          "fetchClosedOrders", "fetchMyTrades",   "fetchTradingFees", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // The fee call answers for the whole account, not per market; and the API only creates deposit addresses
    // (POST coinbase-accounts/{id}/addresses), it has no call that reads one back.
    d.has["fetchTradingFee"] = Support::No;
    d.has["fetchDepositAddress"] = Support::No;
    // `granularity` in seconds; these six are the only ones the candles call accepts.
    d.timeframes = {{"1m", "60"}, {"5m", "300"}, {"15m", "900"}, {"1h", "3600"}, {"6h", "21600"}, {"1d", "86400"}};
    // The highest tier of the schedule (0.4 % maker, 0.6 % taker); rates fall with 30-day volume per account.
    d.tradingFees.maker = *Decimal::parse("0.004");
    d.tradingFees.taker = *Decimal::parse("0.006");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    // Every key comes with the passphrase chosen when it was created.
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.requiredCredentials.password = true;
    d.precisionMode = CountingMode::TickSize;
    // Errors come as {"message": "..."} with HTTP 400/404 (and 401/429 for keys and limits).
    d.errors.exact = {
        {"Insufficient funds", ErrorKind::InsufficientFunds},
        {"NotFound", ErrorKind::OrderNotFound},
        {"Invalid API Key", ErrorKind::AuthenticationError},
        {"invalid signature", ErrorKind::AuthenticationError},
        {"Invalid Passphrase", ErrorKind::AuthenticationError},
        {"Invalid order id", ErrorKind::InvalidOrder},
        {"Private rate limit exceeded", ErrorKind::RateLimitExceeded},
        {"Trading pair not available", ErrorKind::PermissionDenied},
        {"Product not found", ErrorKind::InvalidOrder},
    };
    d.errors.broad = {
        {"Order already done", ErrorKind::OrderNotFound},
        {"order not found", ErrorKind::OrderNotFound},
        {"price too small", ErrorKind::InvalidOrder},
        {"price too precise", ErrorKind::InvalidOrder},
        {"under maintenance", ErrorKind::OnMaintenance},
        {"size is too small", ErrorKind::InvalidOrder},
        // A market that only takes cancellations (ccxt#7690).
        {"Cancel only mode", ErrorKind::OnMaintenance},
    };
    // Celo's first ticker on Coinbase.
    d.commonCurrencies = {{"CGLD", "CELO"}};
    d.createOrderTakesClientOrderId = true;
    d.fetchOrderByClientOrderId = true;
    d.clientOrderIdFormat = ExchangeDescription::ClientOrderIdFormat::Uuid;
    d.timeoutMs = 10000;
    return d;
}

// Coinbase's network ids ("ethereum") for the unified network codes, where Coinbase has the network.
const std::map<std::string, std::string>& coinbaseExchangeNetworks()
{
    static const std::map<std::string, std::string> networks {
        {"BTC", "bitcoin"},     {"ETH", "ethereum"},  {"SOL", "solana"},   {"ARBITRUM", "arbitrum"},
        {"AVAXC", "avacchain"}, {"MATIC", "polygon"}, {"BASE", "base"},    {"SUI", "sui"},
        {"OP", "optimism"},     {"NEAR", "near"},     {"APT", "aptos"},    {"KAVA", "kava"},
        {"BLAST", "blast"},     {"XLM", "stellar"},   {"SEI", "sei"},      {"ADA", "cardano"},
        {"CORE", "coredao"},    {"ALGO", "algorand"}, {"OSMO", "osmosis"}, {"CELO", "celo"},
        {"HBAR", "hedera"},     {"ZKSYNC", "zksync"}, {"STX", "stacks"},   {"XTZ", "tezos"},
        {"EGLD", "elrond"},     {"LTC", "litecoin"},  {"ATOM", "cosmos"},  {"FIL", "filecoin"},
        {"DOT", "polkadot"},    {"DOGE", "dogecoin"}, {"XRP", "ripple"},   {"DASH", "dash"},
    };
    return networks;
}

} // namespace bourse::ex
