// SPDX-License-Identifier: GPL-3.0-or-later
#include "Poloniex.h"

namespace bourse::ex {

ExchangeDescription poloniexDescription()
{
    ExchangeDescription d;
    d.id = "poloniex";
    d.name = "Poloniex";
    d.countries = {"US"};
    d.version = "1"; // the spot REST API of 2022 on (api-docs.poloniex.com/spot), which replaced the 2014 one
    d.api = {
        {"public", "https://api.poloniex.com"},
        {"private", "https://api.poloniex.com"},
    };
    d.sandboxApi = {
        {"public", "https://sand-spot-api-gateway.poloniex.com"},
        {"private", "https://sand-spot-api-gateway.poloniex.com"},
    };
    d.www = "https://www.poloniex.com";
    d.doc = {"https://api-docs.poloniex.com/spot/"};
    // api-docs.poloniex.com/spot/rate-limits: 200 requests a second for the lightest market data, down to 10 a
    // second for the heavy lists. One cost unit is 1000 / 200 ms; a call allowed 50 a second costs 4, one allowed
    // 10 a second costs 20.
    d.rateLimitMs = 5;
    d.rateCapacity = 20;
    for (const char* m : {"fetchMarkets", "fetchCurrencies", "fetchTicker", "fetchTickers", "fetchOrderBook",
                          "fetchTrades", "fetchOHLCV", "fetchTime", "fetchBalance", "createOrder", "cancelOrder",
                          "cancelAllOrders", "fetchOrder", "fetchOpenOrders", "fetchMyTrades", "fetchTradingFees",
                          "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // The spot API has no order history call that ccxt's shape fits (only the futures API has one), no
    // all-orders call, and one account-wide fee rate rather than one per market.
    d.has["fetchClosedOrders"] = Support::No;
    d.has["fetchOrders"] = Support::No;
    d.has["fetchTradingFee"] = Support::No;
    d.timeframes = {{"1m", "MINUTE_1"},   {"5m", "MINUTE_5"}, {"10m", "MINUTE_10"}, {"15m", "MINUTE_15"},
                    {"30m", "MINUTE_30"}, {"1h", "HOUR_1"},   {"2h", "HOUR_2"},     {"4h", "HOUR_4"},
                    {"6h", "HOUR_6"},     {"12h", "HOUR_12"}, {"1d", "DAY_1"},      {"3d", "DAY_3"},
                    {"1w", "WEEK_1"},     {"1M", "MONTH_1"}};
    // poloniex.com/fees: 0.09 % maker and taker at the first tier since January 2020.
    d.tradingFees.maker = *Decimal::parse("0.0009");
    d.tradingFees.taker = *Decimal::parse("0.0009");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // {"code":21709,"message":"Low available balance"} (api-docs.poloniex.com/spot/error-code, and the futures v3
    // codes the same host answers with).
    d.errors.exact = {
        {"500", ErrorKind::ExchangeNotAvailable},
        {"603", ErrorKind::RequestTimeout},
        {"601", ErrorKind::BadRequest},
        {"415", ErrorKind::ExchangeError},
        {"602", ErrorKind::ArgumentsRequired},
        {"21604", ErrorKind::BadRequest},
        {"21600", ErrorKind::AuthenticationError},
        {"21605", ErrorKind::AuthenticationError},
        {"21102", ErrorKind::ExchangeError},
        {"21100", ErrorKind::AuthenticationError},
        {"21704", ErrorKind::AuthenticationError},
        {"21700", ErrorKind::BadRequest},
        {"21705", ErrorKind::BadRequest},
        {"21707", ErrorKind::ExchangeError},
        {"21708", ErrorKind::BadRequest},
        {"21601", ErrorKind::AccountSuspended},
        {"21711", ErrorKind::ExchangeError},
        {"21709", ErrorKind::InsufficientFunds},
        {"250000", ErrorKind::ExchangeError},
        {"250001", ErrorKind::BadRequest},
        {"250002", ErrorKind::BadRequest},
        {"250003", ErrorKind::BadRequest},
        {"250004", ErrorKind::BadRequest},
        {"250005", ErrorKind::InsufficientFunds},
        {"250008", ErrorKind::BadRequest},
        {"250012", ErrorKind::ExchangeError},
        {"21110", ErrorKind::BadRequest},
        {"10040", ErrorKind::BadSymbol},
        {"10060", ErrorKind::ExchangeError},
        {"10020", ErrorKind::BadSymbol},
        {"10041", ErrorKind::BadSymbol},
        {"21340", ErrorKind::OnMaintenance},
        {"21341", ErrorKind::InvalidOrder},
        {"21342", ErrorKind::InvalidOrder},
        {"21343", ErrorKind::InvalidOrder},
        {"21351", ErrorKind::AccountSuspended},
        {"21352", ErrorKind::BadSymbol},
        {"21353", ErrorKind::PermissionDenied},
        {"21354", ErrorKind::PermissionDenied},
        {"21359", ErrorKind::OrderNotFound},
        {"21360", ErrorKind::InvalidOrder},
        {"24106", ErrorKind::BadRequest},
        {"24201", ErrorKind::ExchangeNotAvailable},
        {"21301", ErrorKind::OrderNotFound},
        {"21302", ErrorKind::ExchangeError},
        {"21304", ErrorKind::ExchangeError},
        {"21305", ErrorKind::OrderNotFound},
        {"21307", ErrorKind::ExchangeError},
        {"21309", ErrorKind::InvalidOrder},
        {"21310", ErrorKind::InvalidOrder},
        {"21311", ErrorKind::InvalidOrder},
        {"21312", ErrorKind::InvalidOrder},
        {"21314", ErrorKind::InvalidOrder},
        {"21315", ErrorKind::InvalidOrder},
        {"21317", ErrorKind::InvalidOrder},
        {"21319", ErrorKind::InvalidOrder},
        {"21320", ErrorKind::InvalidOrder},
        {"21321", ErrorKind::InvalidOrder},
        {"21322", ErrorKind::InvalidOrder},
        {"21324", ErrorKind::BadRequest},
        {"21327", ErrorKind::InvalidOrder},
        {"21328", ErrorKind::InvalidOrder},
        {"21330", ErrorKind::InvalidOrder},
        {"21335", ErrorKind::InvalidOrder},
        {"21336", ErrorKind::InvalidOrder},
        {"21337", ErrorKind::InvalidOrder},
        {"21344", ErrorKind::InvalidOrder},
        {"21345", ErrorKind::InvalidOrder},
        {"21346", ErrorKind::InvalidOrder},
        {"21348", ErrorKind::InvalidOrder},
        {"21347", ErrorKind::InvalidOrder},
        {"21349", ErrorKind::InvalidOrder},
        {"21350", ErrorKind::InvalidOrder},
        {"21355", ErrorKind::ExchangeError},
        {"21356", ErrorKind::BadRequest},
        {"21721", ErrorKind::InsufficientFunds},
        {"24101", ErrorKind::BadSymbol},
        {"24102", ErrorKind::BadRequest},
        {"24103", ErrorKind::BadRequest},
        {"24104", ErrorKind::BadRequest},
        {"24105", ErrorKind::BadRequest},
        {"25020", ErrorKind::InvalidOrder},
        {"25000", ErrorKind::InvalidOrder},
        {"25001", ErrorKind::InvalidOrder},
        {"25002", ErrorKind::InvalidOrder},
        {"25003", ErrorKind::ExchangeError},
        {"25004", ErrorKind::InvalidOrder},
        {"25005", ErrorKind::ExchangeError},
        {"25006", ErrorKind::InvalidOrder},
        {"25007", ErrorKind::InvalidOrder},
        {"25008", ErrorKind::InvalidOrder},
        {"25009", ErrorKind::ExchangeError},
        {"25010", ErrorKind::PermissionDenied},
        {"25011", ErrorKind::InvalidOrder},
        {"25012", ErrorKind::ExchangeError},
        {"25013", ErrorKind::OrderNotFound},
        {"25014", ErrorKind::OrderNotFound},
        {"25015", ErrorKind::OrderNotFound},
        {"25016", ErrorKind::ExchangeError},
        {"25017", ErrorKind::ExchangeError},
        {"25018", ErrorKind::BadRequest},
        {"25019", ErrorKind::BadSymbol},
        {"820181", ErrorKind::BadRequest},
        {"820201", ErrorKind::BadRequest},
        {"830111", ErrorKind::BadRequest},
        {"250", ErrorKind::DuplicateOrderId},
        {"400", ErrorKind::BadRequest},
        {"403", ErrorKind::PermissionDenied},
        {"404", ErrorKind::BadRequest},
        {"429", ErrorKind::RateLimitExceeded},
        {"503", ErrorKind::ExchangeNotAvailable},
        {"1000", ErrorKind::AuthenticationError},
        {"1001", ErrorKind::ExchangeError},
        {"1002", ErrorKind::OnMaintenance},
        {"1003", ErrorKind::AccountSuspended},
        {"10000", ErrorKind::MarketClosed},
        {"10001", ErrorKind::BadSymbol},
        {"10002", ErrorKind::InvalidOrder},
        {"10003", ErrorKind::InvalidOrder},
        {"10004", ErrorKind::InvalidOrder},
        {"10005", ErrorKind::MarketClosed},
        {"10006", ErrorKind::OperationRejected},
        {"10007", ErrorKind::OperationRejected},
        {"10008", ErrorKind::AccountSuspended},
        {"10009", ErrorKind::OperationRejected},
        {"10010", ErrorKind::InvalidOrder},
        {"10011", ErrorKind::InvalidOrder},
        {"10012", ErrorKind::InvalidOrder},
        {"10013", ErrorKind::InvalidOrder},
        {"10014", ErrorKind::BadRequest},
        {"10015", ErrorKind::OperationRejected},
        {"10016", ErrorKind::BadRequest},
        {"10017", ErrorKind::BadRequest},
        {"10018", ErrorKind::OperationRejected},
        {"10019", ErrorKind::OperationRejected},
        {"11003", ErrorKind::BadRequest},
        {"11004", ErrorKind::OperationRejected},
        {"11008", ErrorKind::OrderNotFound},
    };
    // Names Poloniex gave coins before their current holders, and the per-chain USDT ids of its old withdrawals
    // (ccxt#7084), which are USDT to the user.
    d.commonCurrencies = {
        {"AIR", "AirCoin"},
        {"APH", "AphroditeCoin"},
        {"BCC", "BTCtalkcoin"},
        {"BCHABC", "BCHABC"},
        {"BDG", "Badgercoin"},
        {"BTM", "Bitmark"},
        {"CON", "Coino"},
        {"ETHTRON", "ETH"},
        {"GOLD", "GoldEagles"},
        {"GPUC", "GPU"},
        {"HOT", "Hotcoin"},
        {"ITC", "Information Coin"},
        {"KEY", "KEYCoin"},
        {"MASK", "NFTX Hashmasks Index"},
        {"MEME", "Degenerator Meme"},
        {"PLX", "ParallaxCoin"},
        {"REPV2", "REP"},
        {"STR", "XLM"},
        {"SOC", "SOCC"},
        {"TRADE", "Unitrade"},
        {"TRXETH", "TRX"},
        {"XAP", "API Coin"},
        {"USDTBSC", "USDT"},
        {"USDTTRON", "USDT"},
        {"USDTETH", "USDT"},
        {"UST", "USTC"},
    };
    d.timeoutMs = 10000;
    return d;
}

} // namespace bourse::ex
