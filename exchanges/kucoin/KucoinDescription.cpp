// SPDX-License-Identifier: GPL-3.0-or-later
#include "Kucoin.h"

#include <utility>
#include <vector>

namespace bourse::ex {

ExchangeDescription kucoinDescription()
{
    ExchangeDescription d;
    d.id = "kucoin";
    d.name = "KuCoin";
    d.countries = {"SC"};
    d.version = "v2";
    // Paths carry their own version ("v1/orders", "v2/symbols", "v3/currencies"): KuCoin versions per endpoint.
    d.api = {
        {"public", "https://api.kucoin.com/api"},
        {"private", "https://api.kucoin.com/api"},
    };
    d.www = "https://www.kucoin.com";
    d.doc = {"https://www.kucoin.com/docs-new/rest/introduction"};
    // Spot at VIP0 gets 4000 weight units per 30 s window (kucoin.com/docs-new/rate-limit): 7.5 ms a unit, each
    // endpoint weighing what KuCoin's docs give it (Kucoin.cpp). A window allows bursts; we let 100 units go at
    // once and space the rest.
    d.rateLimitMs = 7.5;
    d.rateCapacity = 100;
    for (const char* m : kUnifiedMethods) {
        d.has[m] = Support::Yes;
    }
    // No call answers with every symbol's fee at once (trade-fees takes at most ten symbols), and there is no
    // "all orders" list: only open (active) or closed (done).
    d.has["fetchTradingFees"] = Support::No;
    d.has["fetchOrders"] = Support::No;
    d.timeframes = {{"1m", "1min"},    {"3m", "3min"},  {"5m", "5min"},  {"15m", "15min"}, {"30m", "30min"},
                    {"1h", "1hour"},   {"2h", "2hour"}, {"4h", "4hour"}, {"6h", "6hour"},  {"8h", "8hour"},
                    {"12h", "12hour"}, {"1d", "1day"},  {"1w", "1week"}, {"1M", "1month"}};
    // Level 0 of kucoin.com/vip/privilege: 0.1 % maker and taker, falling with 30-day volume and KCS holdings.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.001");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    // The passphrase is set by the user when the API key is created, and is required on every private call.
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.requiredCredentials.password = true;
    d.precisionMode = CountingMode::TickSize;
    // A KuCoin error is {"code": "<code>", "msg": "<message>"}; the message is matched first, then the code.
    d.errors.exact = {
        {"Order not exist or not allow to be cancelled", ErrorKind::OrderNotFound},
        {"The order does not exist.", ErrorKind::OrderNotFound},
        {"order not exist", ErrorKind::OrderNotFound},
        {"order not exist.", ErrorKind::OrderNotFound},
        {"order_not_exist", ErrorKind::OrderNotFound},
        {"order_not_exist_or_not_allow_to_cancel", ErrorKind::OrderNotFound},
        {"Order size below the minimum requirement.", ErrorKind::InvalidOrder},
        {"Order size increment invalid.", ErrorKind::InvalidOrder},
        {"The withdrawal amount is below the minimum requirement.", ErrorKind::ExchangeError},
        {"Unsuccessful! Exceeded the max. funds out-transfer limit", ErrorKind::InsufficientFunds},
        {"The amount increment is invalid.", ErrorKind::BadRequest},
        {"The quantity is below the minimum requirement.", ErrorKind::InvalidOrder},
        {"not in the given range!", ErrorKind::BadRequest},
        {"recAccountType not in the given range", ErrorKind::BadRequest},
        {"Unsupported trading pair.", ErrorKind::BadSymbol},
        // HTTP-like codes KuCoin also puts in `code`.
        {"400", ErrorKind::BadRequest},
        {"401", ErrorKind::AuthenticationError},
        {"403", ErrorKind::NotSupported},
        {"404", ErrorKind::NotSupported},
        {"405", ErrorKind::NotSupported},
        {"415", ErrorKind::NotSupported},
        {"429", ErrorKind::RateLimitExceeded},
        {"500", ErrorKind::ExchangeNotAvailable},
        {"503", ErrorKind::ExchangeNotAvailable},
        {"101030", ErrorKind::PermissionDenied}, // margin trading not enabled
        {"103000", ErrorKind::InvalidOrder}, // over the borrowing limit
        {"112010", ErrorKind::PermissionDenied}, // not a unified-account user
        {"126000", ErrorKind::ExchangeError},
        {"126001", ErrorKind::NotSupported}, // hf trading not available to this user
        {"126002", ErrorKind::ExchangeError}, // risk control holds the account
        {"126003", ErrorKind::InvalidOrder}, // below the minimum order value
        {"126004", ErrorKind::ExchangeError}, // pair missing or prohibited
        {"126005", ErrorKind::PermissionDenied}, // pair needs advanced KYC
        {"126006", ErrorKind::ExchangeError},
        {"126007", ErrorKind::ExchangeError}, // pair suspended
        {"126009", ErrorKind::ExchangeError}, // pair suspended from new orders
        {"126010", ErrorKind::ExchangeError}, // pair suspended from cancels
        {"126011", ErrorKind::ExchangeError}, // too many open orders
        {"126013", ErrorKind::InsufficientFunds},
        {"126015", ErrorKind::ExchangeError},
        {"126021", ErrorKind::NotSupported}, // not offered in the user's region
        {"126022", ErrorKind::InvalidOrder}, // price protection
        {"126027", ErrorKind::InvalidOrder}, // only limit orders
        {"126028", ErrorKind::InvalidOrder}, // only limit orders before a given time
        {"126029", ErrorKind::InvalidOrder}, // above the maximum price
        {"126030", ErrorKind::InvalidOrder}, // below the minimum price
        {"126033", ErrorKind::InvalidOrder}, // duplicate order
        {"126034", ErrorKind::InvalidOrder},
        {"126036", ErrorKind::InvalidOrder},
        {"126037", ErrorKind::ExchangeError},
        {"126038", ErrorKind::ExchangeError},
        {"126039", ErrorKind::ExchangeError},
        {"126041", ErrorKind::ExchangeError},
        {"126042", ErrorKind::ExchangeError},
        {"126043", ErrorKind::OrderNotFound},
        {"126044", ErrorKind::InvalidOrder}, // clientOid already used
        {"126045", ErrorKind::NotSupported},
        {"126046", ErrorKind::NotSupported},
        {"126047", ErrorKind::PermissionDenied}, // identity verification needed
        {"126048", ErrorKind::PermissionDenied},
        {"130101", ErrorKind::BadRequest},
        {"130201", ErrorKind::PermissionDenied},
        {"130203", ErrorKind::InsufficientFunds},
        {"130301", ErrorKind::InsufficientFunds},
        {"130302", ErrorKind::PermissionDenied},
        {"135005", ErrorKind::ExchangeError},
        {"135018", ErrorKind::ExchangeError},
        {"200004", ErrorKind::InsufficientFunds},
        {"210014", ErrorKind::InvalidOrder},
        {"210021", ErrorKind::InsufficientFunds}, // balance not enough
        {"230003", ErrorKind::InsufficientFunds}, // balance insufficient
        {"260000", ErrorKind::InvalidAddress}, // deposit address already exists
        {"260100", ErrorKind::InsufficientFunds},
        {"260220", ErrorKind::InvalidAddress}, // deposit address does not exist
        {"300000", ErrorKind::InvalidOrder},
        {"400000", ErrorKind::BadSymbol},
        {"400001", ErrorKind::AuthenticationError}, // KC-API-* headers missing
        {"400002", ErrorKind::InvalidNonce}, // KC-API-TIMESTAMP too far from KuCoin's clock
        {"400003", ErrorKind::AuthenticationError}, // key does not exist
        {"400004", ErrorKind::AuthenticationError}, // wrong passphrase
        {"400005", ErrorKind::AuthenticationError}, // wrong signature
        {"400006", ErrorKind::AuthenticationError}, // IP not on the key's list
        {"400007", ErrorKind::AuthenticationError}, // key lacks the permission
        {"400008", ErrorKind::NotSupported},
        {"400100", ErrorKind::BadRequest}, // a parameter was refused; `msg` says which
        {"400200", ErrorKind::InvalidOrder}, // forbidden to place an order
        {"400303", ErrorKind::PermissionDenied}, // identity verification needed
        {"400330", ErrorKind::InvalidOrder},
        {"400350", ErrorKind::InvalidOrder},
        {"400370", ErrorKind::InvalidOrder},
        {"400400", ErrorKind::BadRequest},
        {"400401", ErrorKind::AuthenticationError},
        // The token is not offered in the user's country (ccxt's RestrictedLocation, which Bourse files under
        // PermissionDenied).
        {"400500", ErrorKind::PermissionDenied},
        {"400600", ErrorKind::BadSymbol},
        {"400760", ErrorKind::InvalidOrder},
        {"401000", ErrorKind::BadRequest}, // the endpoint was retired
        {"408000", ErrorKind::BadRequest},
        {"411100", ErrorKind::AccountSuspended},
        {"415000", ErrorKind::BadRequest},
        {"500000", ErrorKind::ExchangeNotAvailable},
        {"600100", ErrorKind::InsufficientFunds},
        {"600101", ErrorKind::InvalidOrder}, // below the minimum order value
        {"900014", ErrorKind::BadRequest}, // invalid chain
        {"100001", ErrorKind::OrderNotFound},
        {"100004", ErrorKind::BadRequest}, // order no longer cancelable
        {"404000", ErrorKind::NotSupported},
    };
    d.errors.broad = {
        {"pageSize should not greater than 500", ErrorKind::BadRequest},
        {"Exceeded the access frequency", ErrorKind::RateLimitExceeded},
        {"require more permission", ErrorKind::PermissionDenied},
    };
    // Tickers KuCoin gives to a different asset than the rest of the market does.
    d.commonCurrencies = {
        {"BIFI", "BIFIF"},           {"VAI", "VAIOT"}, {"WAX", "WAXP"},
        {"ALT", "APTOSLAUNCHTOKEN"}, {"KALT", "ALT"},  {"FUD", "FTX Users' Debt"},
    };
    d.createOrderTakesClientOrderId = true;
    d.fetchOrderByClientOrderId = true;
    d.timeoutMs = 10000;
    return d;
}

namespace {

// Unified network code -> KuCoin chain id, as KuCoin's deposit pages and ccxt name them; most are the lower-cased
// code. Where two codes share a chain (BTC and BRC20 on "btc"), the later one is what the chain reads as, unless
// kChainCodes says otherwise.
// clang-format off
const std::vector<std::pair<std::string, std::string>>& networkTable()
{
    static const std::vector<std::pair<std::string, std::string>> ids{
        {"BTC", "btc"}, {"BRC20", "btc"}, {"BTCNATIVESEGWIT", "bech32"}, {"ETH", "eth"}, {"ERC20", "eth"},
        {"TRX", "trx"}, {"TRC20", "trx"}, {"HECO", "heco"}, {"HRC20", "heco"}, {"MATIC", "matic"}, {"KCC", "kcc"},
        {"SOL", "sol"}, {"ALGO", "algo"}, {"EOS", "eos"}, {"BEP20", "bsc"}, {"BEP2", "bnb"},
        {"ARBITRUM", "arbitrum"}, {"AVAXX", "avax"}, {"AVAXC", "avaxc"}, {"TLOS", "tlos"}, {"CFX", "cfx"},
        {"ACA", "aca"}, {"OP", "optimism"}, {"OPTIMISM", "optimism"}, {"ONT", "ont"}, {"GLMR", "glmr"},
        {"CSPR", "cspr"}, {"KLAY", "klay"}, {"XRD", "xrd"}, {"RVN", "rvn"}, {"NEAR", "near"}, {"APT", "aptos"},
        {"ETHW", "ethw"}, {"TON", "ton"}, {"BCH", "bch"}, {"BSV", "bchsv"}, {"BCHA", "bchabc"}, {"OSMO", "osmo"},
        {"NANO", "nano"}, {"XLM", "xlm"}, {"VET", "vet"}, {"IOST", "iost"}, {"ZIL", "zil"}, {"XRP", "xrp"},
        {"TOMO", "tomo"}, {"XMR", "xmr"}, {"COTI", "coti"}, {"XTZ", "xtz"}, {"ADA", "ada"}, {"WAX", "waxp"},
        {"THETA", "theta"}, {"ONE", "one"}, {"IOTEX", "iotx"}, {"NULS", "nuls"}, {"KSM", "ksm"}, {"LTC", "ltc"},
        {"WAVES", "waves"}, {"DOT", "dot"}, {"STEEM", "steem"}, {"QTUM", "qtum"}, {"DOGE", "doge"}, {"FIL", "fil"},
        {"XYM", "xym"}, {"FLUX", "flux"}, {"ATOM", "atom"}, {"XDC", "xdc"}, {"KDA", "kda"}, {"ICP", "icp"},
        {"CELO", "celo"}, {"LSK", "lsk"}, {"VSYS", "vsys"}, {"KAR", "kar"}, {"XCH", "xch"}, {"FLOW", "flow"},
        {"BAND", "band"}, {"EGLD", "egld"}, {"HBAR", "hbar"}, {"XPR", "xpr"}, {"AR", "ar"}, {"FTM", "ftm"},
        {"KAVA", "kava"}, {"KMA", "kma"}, {"XEC", "xec"}, {"IOTA", "iota"}, {"HNT", "hnt"}, {"ASTR", "astr"},
        {"PDEX", "pdex"}, {"METIS", "metis"}, {"ZEC", "zec"}, {"POKT", "pokt"}, {"OASYS", "oas"}, {"OASIS", "oasis"},
        {"ETC", "etc"}, {"AKT", "akt"}, {"FSN", "fsn"}, {"SCRT", "scrt"}, {"CFG", "cfg"}, {"ICX", "icx"},
        {"KMD", "kmd"}, {"NEM", "NEM"}, {"STX", "stx"}, {"DGB", "dgb"}, {"DCR", "dcr"}, {"CKB", "ckb"},
        {"ELA", "ela"}, {"HYDRA", "hydra"}, {"BTM", "btm"}, {"KARDIA", "kai"}, {"SXP", "sxp"}, {"NEBL", "nebl"},
        {"ZEN", "zen"}, {"SDN", "sdn"}, {"LTO", "lto"}, {"WEMIX", "wemix"}, {"EVER", "ever"}, {"BNC", "bnc"},
        {"BNCDOT", "bncdot"}, {"AION", "aion"}, {"GRIN", "grin"}, {"LOKI", "loki"}, {"QKC", "qkc"}, {"TT", "TT"},
        {"PIVX", "pivx"}, {"SERO", "sero"}, {"METER", "meter"}, {"STATEMINE", "statemine"}, {"DVPN", "dvpn"},
        {"XPRT", "xprt"}, {"MOVR", "movr"}, {"ERGO", "ergo"}, {"ABBC", "abbc"}, {"DIVI", "divi"}, {"PURA", "pura"},
        {"DFI", "dfi"}, {"NEON3", "neon3"}, {"DOCK", "dock"}, {"TRUE", "true"}, {"CS", "cs"}, {"ORAI", "orai"},
        {"BASE", "base"}, {"TARA", "tara"},
    };
    return ids;
}
// clang-format on

} // namespace

const std::map<std::string, std::string>& kucoinNetworkIds()
{
    static const std::map<std::string, std::string> byCode(networkTable().begin(), networkTable().end());
    return byCode;
}

const std::map<std::string, std::string>& kucoinNetworkCodes()
{
    static const std::map<std::string, std::string> byId = [] {
        std::map<std::string, std::string> m;
        for (const auto& [code, id] : networkTable()) {
            m[id] = code;
        }
        // The chains whose usual name is not the last code listed for them.
        for (const auto& [id, code] : std::vector<std::pair<std::string, std::string>> {{"btc", "BTC"},
                                                                                        {"trx", "TRC20"},
                                                                                        {"eth", "ERC20"},
                                                                                        {"heco", "HRC20"},
                                                                                        {"optimism", "OP"},
                                                                                        {"op", "OP"}}) {
            m[id] = code;
        }
        return m;
    }();
    return byId;
}

} // namespace bourse::ex
