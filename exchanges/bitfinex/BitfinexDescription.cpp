// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bitfinex.h"

namespace bourse::ex {

ExchangeDescription bitfinexDescription()
{
    ExchangeDescription d;
    d.id = "bitfinex";
    d.name = "Bitfinex";
    d.countries = {"VG"};
    d.version = "v2";
    // Public market data has its own host; everything signed goes to api.bitfinex.com.
    d.api = {
        {"public", "https://api-pub.bitfinex.com"},
        {"private", "https://api.bitfinex.com"},
    };
    d.www = "https://www.bitfinex.com";
    d.doc = {"https://docs.bitfinex.com/v2/docs/"};
    // The cheapest endpoints allow 240 requests a minute (docs.bitfinex.com "Rate limits"): 250 ms per unit. Most
    // calls allow 90 a minute and cost 2.7 units; the order book costs 1, deposit addresses 24.
    d.rateLimitMs = 250;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets", "fetchCurrencies", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades",
          "fetchOHLCV", "fetchBalance", "createOrder", "cancelOrder", "cancelAllOrders", "fetchOrder",
          "fetchOpenOrders", "fetchClosedOrders", "fetchMyTrades", "fetchTradingFees", "fetchDepositAddress"}) {
        d.has[m] = Support::Yes;
    }
    // The account summary gives every market's fee at once; one market's is read from it.
    d.has["fetchTradingFee"] = Support::Emulated;
    // Bitfinex lists deposits and withdrawals together (movements); each is that list filtered by the sign.
    d.has["fetchDeposits"] = Support::Emulated;
    d.has["fetchWithdrawals"] = Support::Emulated;
    // No server-time call, and no "all orders" call: open and closed orders are separate lists.
    d.has["fetchTime"] = Support::No;
    d.has["fetchOrders"] = Support::No;
    d.timeframes = {{"1m", "1m"}, {"5m", "5m"},  {"15m", "15m"}, {"30m", "30m"}, {"1h", "1h"},
                    {"3h", "3h"}, {"4h", "4h"},  {"6h", "6h"},   {"12h", "12h"}, {"1d", "1D"},
                    {"1w", "7D"}, {"2w", "14D"}, {"1M", "1M"}};
    // The first tier of bitfinex.com/fees: 0.1 % maker, 0.2 % taker, falling with 30-day volume.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.002");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    // Prices have 5 significant digits on every pair; amounts 8 decimals (the adapter rounds each its own way).
    d.precisionMode = CountingMode::SignificantDigits;
    // Errors come as ["error", 10100, "apikey: invalid"] with HTTP 500, or {"error": "...", ...} objects.
    d.errors.exact = {
        {"11010", ErrorKind::RateLimitExceeded},
        {"10001", ErrorKind::PermissionDenied},
        {"10020", ErrorKind::BadRequest},
        {"10100", ErrorKind::AuthenticationError},
        {"10114", ErrorKind::InvalidNonce},
        {"20060", ErrorKind::OnMaintenance},
        {"temporarily_unavailable", ErrorKind::ExchangeNotAvailable},
    };
    d.errors.broad = {
        {"available balance is only", ErrorKind::InsufficientFunds},
        {"not enough exchange balance", ErrorKind::InsufficientFunds},
        {"Order not found", ErrorKind::OrderNotFound},
        {"symbol: invalid", ErrorKind::BadSymbol},
    };
    // Bitfinex's three-letter tickers and its derivative (F0) collateral names, as ccxt maps them.
    d.commonCurrencies = {
        {"UST", "USDT"}, {"EUTF0", "EURT"},    {"USTF0", "USDT"}, {"ALG", "ALGO"},      {"AMP", "AMPL"},
        {"ATO", "ATOM"}, {"BCHABC", "XEC"},    {"BCHN", "BCH"},   {"DAT", "DATA"},      {"DOG", "MDOGE"},
        {"DSH", "DASH"}, {"EDO", "PNT"},       {"EUS", "EURS"},   {"EUT", "EURT"},      {"HTX", "HT"},
        {"IDX", "ID"},   {"IOT", "IOTA"},      {"IQX", "IQ"},     {"LUNA", "LUNC"},     {"LUNA2", "LUNA"},
        {"MNA", "MANA"}, {"ORS", "ORS Group"}, {"PAS", "PASS"},   {"QSH", "QASH"},      {"QTM", "QTUM"},
        {"RBT", "RBTC"}, {"SNG", "SNGLS"},     {"STJ", "STORJ"},  {"TERRAUST", "USTC"}, {"TSD", "TUSD"},
        {"YGG", "YEED"}, {"YYW", "YOYOW"},     {"UDC", "USDC"},   {"VSY", "VSYS"},      {"WAX", "WAXP"},
        {"XCH", "XCHF"}, {"ZBT", "ZB"},
    };
    d.timeoutMs = 10000;
    return d;
}

// Unified network code -> Bitfinex's deposit method name (its "pub:map:tx:method" names).
const std::map<std::string, std::string>& bitfinexNetworks()
{
    static const std::map<std::string, std::string> networks {
        {"BTC", "BITCOIN"},       {"LTC", "LITECOIN"},       {"ERC20", "ETHEREUM"},    {"OMNI", "TETHERUSO"},
        {"LIQUID", "TETHERUSL"},  {"TRC20", "TETHERUSX"},    {"EOS", "TETHERUSS"},     {"AVAX", "TETHERUSDTAVAX"},
        {"SOL", "TETHERUSDTSOL"}, {"ALGO", "TETHERUSDTALG"}, {"BCH", "TETHERUSDTBCH"}, {"KSM", "TETHERUSDTKSM"},
        {"DVF", "TETHERUSDTDVF"}, {"OMG", "TETHERUSDTOMG"},
    };
    return networks;
}

} // namespace bourse::ex
