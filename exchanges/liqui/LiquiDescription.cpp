// SPDX-License-Identifier: GPL-3.0-or-later
#include "Liqui.h"

namespace bourse::ex {

namespace {

// What every member offers in 2019: the four public calls, the trading API, and OHLCV built from trades.
void describeCommon(ExchangeDescription& d)
{
    d.version = "3";
    for (const char* m :
         {"fetchMarkets", "fetchTicker", "fetchTickers", "fetchOrderBook", "fetchTrades", "fetchBalance", "createOrder",
          "cancelOrder", "fetchOrder", "fetchOpenOrders", "fetchMyTrades"}) {
        d.has[m] = Support::Yes;
    }
    // No candles in the API: built from the public trades. The API lists open orders only: all and closed orders
    // come from the orders this session placed (ccxt's 2019 emulation).
    for (const char* m : {"fetchOHLCV", "fetchOrders", "fetchClosedOrders"}) {
        d.has[m] = Support::Emulated;
    }
    for (const char* m : {"fetchCurrencies", "fetchTime", "cancelAllOrders", "fetchTradingFee", "fetchTradingFees",
                          "fetchDepositAddress", "fetchDeposits", "fetchWithdrawals"}) {
        d.has[m] = Support::No;
    }
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    // The info call gives each pair's decimal_places.
    d.precisionMode = CountingMode::DecimalPlaces;
    // ccxt's 2019 base renames, and liqui's own DSH.
    d.commonCurrencies = {{"XBT", "BTC"}, {"BCC", "BCH"}, {"DRK", "DASH"}, {"DSH", "DASH"}};
    // Liqui's documented error codes, and the messages its API answers with {"success":0,"error":...}.
    d.errors.exact = {
        {"803", ErrorKind::InvalidOrder}, // "Count could not be less than 0.001." (below min_amount)
        {"804", ErrorKind::InvalidOrder}, // "Count could not be more than 10000." (above max_amount)
        {"805", ErrorKind::InvalidOrder}, // "price could not be less than X."
        {"806", ErrorKind::InvalidOrder}, // "price could not be more than X."
        {"807", ErrorKind::InvalidOrder}, // "cost could not be less than X." (min_total)
        {"831", ErrorKind::InsufficientFunds}, // "Not enougth X to create buy order."
        {"832", ErrorKind::InsufficientFunds}, // "Not enougth X to create sell order."
        {"833", ErrorKind::OrderNotFound}, // "Order with id X was not found."
    };
    d.errors.broad = {
        {"Invalid pair name", ErrorKind::BadSymbol}, // {"success":0,"error":"Invalid pair name: btc_eth"}
        {"invalid api key", ErrorKind::AuthenticationError},
        {"invalid sign", ErrorKind::AuthenticationError},
        {"api key dont have trade permission", ErrorKind::PermissionDenied},
        {"invalid nonce", ErrorKind::InvalidNonce},
        {"invalid parameter", ErrorKind::InvalidOrder},
        {"invalid order", ErrorKind::InvalidOrder},
        {"Requests too often", ErrorKind::DDoSProtection},
        {"not available", ErrorKind::ExchangeNotAvailable},
        {"data unavailable", ErrorKind::ExchangeNotAvailable},
        {"external service unavailable", ErrorKind::ExchangeNotAvailable},
    };
    d.timeoutMs = 10000;
}

} // namespace

ExchangeDescription liquiDescription()
{
    ExchangeDescription d;
    describeCommon(d);
    d.id = "liqui";
    d.name = "Liqui";
    d.countries = {"UA"};
    d.api = {
        {"public", "https://api.liqui.io/api/3"},
        {"private", "https://api.liqui.io/tapi"},
    };
    d.www = "https://liqui.io";
    d.doc = {"https://liqui.io/api"};
    // Liqui's limit was one request every 3 s per key (2019 ccxt's rateLimit).
    d.rateLimitMs = 3000;
    // liqui.io/fee: 0.1 % maker, 0.25 % taker.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.0025");
    return d;
}

ExchangeDescription tidexDescription()
{
    ExchangeDescription d;
    describeCommon(d);
    d.id = "tidex";
    d.name = "Tidex";
    d.countries = {"UK"};
    d.api = {
        {"web", "https://gate.tidex.com/api"},
        {"public", "https://api.tidex.com/api/3"},
        {"private", "https://api.tidex.com/tapi"},
    };
    d.www = "https://tidex.com";
    d.doc = {"https://tidex.com/exchange/public-api"};
    // The web API's currency list.
    d.has["fetchCurrencies"] = Support::Yes;
    // 2019 ccxt's rateLimit for tidex: one request every 2 s.
    d.rateLimitMs = 2000;
    // tidex.com/exchange/pairs-spec: 0.1 % either side.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.001");
    d.commonCurrencies["MGO"] = "WMGO";
    d.commonCurrencies["EMGO"] = "MGO";
    return d;
}

ExchangeDescription yobitDescription()
{
    ExchangeDescription d;
    describeCommon(d);
    d.id = "yobit";
    d.name = "YoBit";
    d.countries = {"RU"};
    d.api = {
        {"public", "https://yobit.net/api/3"},
        {"private", "https://yobit.net/tapi"},
    };
    d.www = "https://www.yobit.net";
    d.doc = {"https://www.yobit.net/en/api/"};
    d.has["fetchDepositAddress"] = Support::Yes;
    // Public answers are cached for 2 s; 2019 ccxt spaced requests 3 s apart.
    d.rateLimitMs = 3000;
    // yobit.net/en/fees: 0.2 % either side.
    d.tradingFees.maker = *Decimal::parse("0.002");
    d.tradingFees.taker = *Decimal::parse("0.002");
    // YoBit's tickers clash with other coins' codes; the 2019 renames.
    d.commonCurrencies.insert({
        {"AIR", "AirCoin"},      {"ANI", "ANICoin"},        {"ANT", "AntsCoin"},       {"ATMCHA", "ATM"},
        {"ASN", "Ascension"},    {"AST", "Astral"},         {"ATM", "Autumncoin"},     {"BCS", "BitcoinStake"},
        {"BLN", "Bulleon"},      {"BOT", "BOTcoin"},        {"BON", "BONES"},          {"BPC", "BitcoinPremium"},
        {"BTS", "Bitshares2"},   {"CAT", "BitClave"},       {"CMT", "CometCoin"},      {"COV", "Coven Coin"},
        {"COVX", "COV"},         {"CPC", "Capricoin"},      {"CS", "CryptoSpots"},     {"DCT", "Discount"},
        {"DGD", "DarkGoldCoin"}, {"DIRT", "DIRTY"},         {"DROP", "FaucetCoin"},    {"EKO", "EkoCoin"},
        {"ENTER", "ENTRC"},      {"EPC", "ExperienceCoin"}, {"ERT", "Eristica Token"}, {"ESC", "EdwardSnowden"},
        {"EUROPE", "EUROP"},     {"EXT", "LifeExtension"},  {"FUNK", "FUNKCoin"},      {"GCC", "GlobalCryptocurrency"},
        {"GEN", "Genstake"},     {"GENE", "Genesiscoin"},   {"GOLD", "GoldMint"},      {"GOT", "Giotto Coin"},
        {"HTML5", "HTML"},       {"HYPERX", "HYPER"},       {"ICN", "iCoin"},          {"INSANE", "INSN"},
        {"JNT", "JointCoin"},    {"JPC", "JupiterCoin"},    {"KNC", "KingN Coin"},     {"LBTCX", "LiteBitcoin"},
        {"LIZI", "LiZi"},        {"LOC", "LocoCoin"},       {"LOCX", "LOC"},           {"LUNYR", "LUN"},
        {"LUN", "LunarCoin"},    {"MDT", "Midnight"},       {"NAV", "NavajoCoin"},     {"NBT", "NiceBytes"},
        {"OMG", "OMGame"},       {"PAC", "$PAC"},           {"PLAY", "PlayCoin"},      {"PIVX", "Darknet"},
        {"PRS", "PRE"},          {"PUTIN", "PUT"},          {"STK", "StakeCoin"},      {"SUB", "Subscriptio"},
        {"PAY", "EPAY"},         {"PLC", "Platin Coin"},    {"RCN", "RCoin"},          {"REP", "Republicoin"},
        {"RUR", "RUB"},          {"XIN", "XINCoin"},
    });
    // YoBit answers {"success":0,"error":"..."} without codes. (2019 ccxt looked for these texts in an `error_log`
    // member the API does not send, so they all came out as ExchangeError; they are matched on `error` here.)
    d.errors.broad.insert(d.errors.broad.begin(),
                          {
                              {"Insufficient funds", ErrorKind::InsufficientFunds},
                              {"Total transaction amount", ErrorKind::InvalidOrder},
                              {"invalid key", ErrorKind::AuthenticationError},
                          });
    return d;
}

ExchangeDescription dsxDescription()
{
    ExchangeDescription d;
    describeCommon(d);
    d.id = "dsx";
    d.name = "DSX";
    d.countries = {"UK"};
    // The trading API's version goes into its path: /tapi/v2/<method>.
    d.version = "v2";
    d.api = {
        {"public", "https://dsx.uk/mapi"},
        {"private", "https://dsx.uk/tapi"},
        {"dwapi", "https://dsx.uk/dwapi"},
    };
    d.www = "https://dsx.uk";
    d.doc = {"https://api.dsx.uk", "https://dsx.uk/api_docs/public", "https://dsx.uk/api_docs/private"};
    // history/orders lists every order with its status: fetchOrders is native; there is no closed-order call.
    d.has["fetchOrders"] = Support::Yes;
    d.has["fetchClosedOrders"] = Support::No;
    // 2019 ccxt's rateLimit for dsx: 1.5 s.
    d.rateLimitMs = 1500;
    // Liqui's schedule, which 2019 ccxt kept for dsx.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.0025");
    return d;
}

LiquiApi liquiApi()
{
    return LiquiApi {};
}

LiquiApi yobitApi()
{
    LiquiApi a;
    a.dialect = LiquiApi::Dialect::Yobit;
    a.ordersNeedSymbol = true;
    // YoBit refuses longer ticker paths (2019 ccxt's fetchTickersMaxLength).
    a.tickersMaxLength = 512;
    return a;
}

LiquiApi dsxApi()
{
    LiquiApi a;
    a.dialect = LiquiApi::Dialect::Dsx;
    a.methodInPath = true;
    a.base64Signature = true;
    a.orderIdKey = "orderId";
    a.getInfo = "info/account";
    a.trade = "order/new";
    a.cancelOrder = "order/cancel";
    a.orderInfo = "order/status";
    a.orders = "history/orders";
    a.tradeHistory = "history/trades";
    a.tickersMaxLength = 250;
    return a;
}

} // namespace bourse::ex
