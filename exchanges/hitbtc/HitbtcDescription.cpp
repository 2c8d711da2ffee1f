// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hitbtc.h"

namespace bourse::ex {

ExchangeDescription hitbtcDescription()
{
    ExchangeDescription d;
    d.id = "hitbtc";
    d.name = "HitBTC";
    d.countries = {"HK"};
    d.version = "3";
    d.api = {
        {"public", "https://api.hitbtc.com/api/3"},
        {"private", "https://api.hitbtc.com/api/3"},
    };
    d.sandboxApi = {
        {"public", "https://api.demo.hitbtc.com/api/3"},
        {"private", "https://api.demo.hitbtc.com/api/3"},
    };
    d.www = "https://hitbtc.com";
    d.doc = {"https://api.hitbtc.com"};
    // api.hitbtc.com/#rate-limiting: 300 requests a second for order entry, 30 for market data, 20 for the rest
    // of the account calls, 10 for the wallet. One cost unit is 1000 / 300 ms; market data costs 10 units
    // (30/s), trading history and balances 15 (20/s), wallet calls 30 (10/s), order calls 1.
    d.rateLimitMs = 1000.0 / 300.0;
    d.rateCapacity = 30;
    for (const char* m :
         {"fetchMarkets",    "fetchCurrencies",  "fetchTicker",         "fetchTickers",      "fetchOrderBook",
          "fetchTrades",     "fetchOHLCV",       "fetchBalance",        "createOrder",       "cancelOrder",
          "cancelAllOrders", "fetchOrder",       "fetchOpenOrders",     "fetchClosedOrders", "fetchMyTrades",
          "fetchTradingFee", "fetchTradingFees", "fetchDepositAddress", "fetchDeposits",     "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // No server-time call in API 3, and the order history is split into active (spot/order) and past
    // (spot/history/order) with no call that returns both.
    d.has["fetchTime"] = Support::No;
    d.has["fetchOrders"] = Support::No;
    d.timeframes = {{"1m", "M1"}, {"3m", "M3"}, {"5m", "M5"}, {"15m", "M15"}, {"30m", "M30"},
                    {"1h", "H1"}, {"4h", "H4"}, {"1d", "D1"}, {"1w", "D7"},   {"1M", "1M"}};
    // hitbtc.com/fees-and-limits: 0.09 % for both sides at the first volume tier.
    d.tradingFees.maker = *Decimal::parse("0.0009");
    d.tradingFees.taker = *Decimal::parse("0.0009");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // {"error":{"code":20001,"message":"Insufficient funds","description":"..."}} (api.hitbtc.com/#error-codes).
    d.errors.exact = {
        {"429", ErrorKind::RateLimitExceeded},    {"500", ErrorKind::ExchangeError},
        {"503", ErrorKind::ExchangeNotAvailable}, {"504", ErrorKind::ExchangeNotAvailable},
        {"600", ErrorKind::PermissionDenied}, // action not allowed
        {"800", ErrorKind::ExchangeError},        {"1002", ErrorKind::AuthenticationError}, // authorization required
        {"1003", ErrorKind::PermissionDenied}, // the key lacks the right
        {"1004", ErrorKind::AuthenticationError}, // unsupported authorization method
        {"1005", ErrorKind::AuthenticationError}, {"2001", ErrorKind::BadSymbol},
        {"2002", ErrorKind::BadRequest}, // currency not found
        {"2003", ErrorKind::BadRequest},          {"2010", ErrorKind::BadRequest}, // quantity not a valid number
        {"2011", ErrorKind::BadRequest}, // quantity too low
        {"2012", ErrorKind::BadRequest},          {"2020", ErrorKind::BadRequest}, // price not a valid number
        {"2022", ErrorKind::BadRequest},          {"2024", ErrorKind::InvalidOrder}, // invalid margin mode
        {"10001", ErrorKind::BadRequest}, // validation error
        {"10021", ErrorKind::AccountSuspended},   {"10022", ErrorKind::BadRequest},
        {"20001", ErrorKind::InsufficientFunds},  {"20002", ErrorKind::OrderNotFound},
        {"20003", ErrorKind::ExchangeError},      {"20004", ErrorKind::ExchangeError},
        {"20005", ErrorKind::ExchangeError},      {"20006", ErrorKind::ExchangeError},
        {"20007", ErrorKind::ExchangeError},      {"20008", ErrorKind::InvalidOrder}, // duplicate clientOrderId
        {"20009", ErrorKind::InvalidOrder},       {"20010", ErrorKind::OnMaintenance}, // exchange temporarily closed
        {"20011", ErrorKind::ExchangeError},      {"20012", ErrorKind::ExchangeError},
        {"20014", ErrorKind::ExchangeError},      {"20016", ErrorKind::ExchangeError},
        {"20018", ErrorKind::ExchangeError}, // withdrawals unavailable in the current configuration
        {"20031", ErrorKind::ExchangeError},      {"20032", ErrorKind::ExchangeError},
        {"20033", ErrorKind::ExchangeError},      {"20034", ErrorKind::ExchangeError},
        {"20040", ErrorKind::ExchangeError},      {"20041", ErrorKind::ExchangeError},
        {"20042", ErrorKind::ExchangeError},      {"20043", ErrorKind::ExchangeError},
        {"20044", ErrorKind::PermissionDenied},   {"20045", ErrorKind::InvalidOrder},
        {"20047", ErrorKind::InvalidOrder}, // exceeds the central counterparty balance limit
        {"20048", ErrorKind::InvalidOrder}, // time in force not allowed for the order type
        {"20049", ErrorKind::InvalidOrder}, // invalid order type
        {"20080", ErrorKind::ExchangeError},      {"21001", ErrorKind::ExchangeError},
        {"21003", ErrorKind::AccountSuspended},   {"21004", ErrorKind::AccountSuspended},
        {"22004", ErrorKind::ExchangeError}, // user not found
        {"22008", ErrorKind::ExchangeError}, // gateway timeout
    };
    // Tickers HitBTC lists under a name another project took first (ccxt's table, from its issues).
    d.commonCurrencies = {
        {"AUTO", "Cube"},      {"BCC", "BCC"},        {"BDP", "BidiPass"},
        {"BET", "DAO.Casino"}, {"BIT", "BitRewards"}, {"BOX", "BOX Token"},
        {"CPT", "Cryptaur"},   {"GET", "Themis"},     {"GMT", "GMT Token"},
        {"HSR", "HC"},         {"IQ", "IQ.Cash"},     {"LNC", "LinkerCoin"},
        {"PLA", "PlayChip"},   {"PNT", "Penta"},      {"SBTC", "Super Bitcoin"},
        {"STEPN", "GMT"},      {"STX", "STOX"},       {"TV", "Tokenville"},
        {"XMT", "MTL"},        {"XPNT", "PNT"},
    };
    d.timeoutMs = 10000;
    return d;
}

// Bequant runs HitBTC's platform under its own name and hosts: the same API 3, paths and signing.
ExchangeDescription bequantDescription()
{
    ExchangeDescription d = hitbtcDescription();
    d.id = "bequant";
    d.name = "Bequant";
    d.countries = {"MT"};
    d.api = {
        {"public", "https://api.bequant.io/api/3"},
        {"private", "https://api.bequant.io/api/3"},
    };
    d.sandboxApi.clear();
    d.www = "https://bequant.io";
    d.doc = {"https://api.bequant.io/"};
    return d;
}

// Unified network code -> HitBTC's network id, for the USDT deposit address of a chosen chain (ccxt's table;
// HitBTC names the main chains of BTC, ETH, LTC, DOGE and XMR in lower case).
// clang-format off
const std::map<std::string, std::string>& hitbtcNetworks()
{
    static const std::map<std::string, std::string> networks{
        {"BTC", "btc"}, {"OMNI", "BTC"}, {"ETH", "eth"}, {"ERC20", "ETH"}, {"ETC", "ETC"}, {"BEP20", "BSC"},
        {"TRC20", "TRX"}, {"NEAR", "NEAR"}, {"DGB", "DGB"}, {"AE", "AE"}, {"AR", "AR"}, {"ADA", "ADA"},
        {"CHZ", "CHZ"}, {"ABBC", "ABBC"}, {"ALGO", "ALGO"}, {"APT", "APT"}, {"ATOM", "ATOM"}, {"AVAXC", "AVAC"},
        {"AVAXX", "AVAX"}, {"BSV", "BCHSV"}, {"BEP2", "BNB"}, {"CELO", "CELO"}, {"CKB", "CKB"}, {"CTXC", "CTXC"},
        {"DASH", "DASH"}, {"DCR", "DCR"}, {"DOGE", "doge"}, {"EGLD", "EGLD"}, {"EOS", "EOS"}, {"ETHW", "ETHW"},
        {"EVER", "EVER"}, {"FET", "FET"}, {"FIL", "FIL"}, {"FLOW", "FLOW"}, {"GLMR", "GLMR"}, {"GRIN", "GRIN"},
        {"HBAR", "HBAR"}, {"HIVE", "HIVE"}, {"HYDRA", "HYDRA"}, {"ICP", "ICP"}, {"ICX", "ICX"}, {"IOST", "IOST"},
        {"IOTA", "IOTA"}, {"IOTX", "IOTX"}, {"KAVA", "KAVA"}, {"KLAY", "KIM"}, {"KOMODO", "KMD"}, {"KSM", "KSM"},
        {"LSK", "LSK"}, {"LTC", "ltc"}, {"MINA", "MINA"}, {"MOVR", "MOVR"}, {"NANO", "NANO"}, {"NEO", "NEO"},
        {"ONE", "ONE"}, {"ONT", "ONT"}, {"OPTIMISM", "OP"}, {"PLCU", "PLCU"}, {"MATIC", "POLYGON"}, {"QTUM", "QTUM"},
        {"REI", "REI"}, {"OASIS", "ROSE"}, {"RVN", "RVN"}, {"SC", "SC"}, {"SCRT", "SCRT"}, {"SOL", "SOL"},
        {"STEEM", "STEEM"}, {"THETA", "Theta"}, {"TRUE", "TRUE"}, {"VET", "VET"}, {"VSYS", "VSYS"},
        {"WAVES", "WAVES"}, {"WAX", "WAX"}, {"XCH", "XCH"}, {"XEC", "XEC"}, {"NEM", "XEM"}, {"XLM", "XLM"},
        {"XMR", "xmr"}, {"XRD", "XRD"}, {"XRP", "XRP"}, {"XTZ", "XTZ"}, {"XVG", "XVG"}, {"XYM", "XYM"},
        {"ZEC", "ZEC"}, {"ZEN", "ZEN"}, {"ZIL", "ZIL"},
    };
    return networks;
}
// clang-format on

} // namespace bourse::ex
