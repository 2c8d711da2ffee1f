// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bigone.h"

namespace bourse::ex {

ExchangeDescription bigoneDescription()
{
    ExchangeDescription d;
    d.id = "bigone";
    d.name = "BigONE";
    d.countries = {"CN"};
    d.version = "v3";
    d.api = {
        {"public", "https://big.one/api/v3"},
        {"private", "https://big.one/api/v3/viewer"},
        // The asset list with its gateways is only on the web API (the open API has no currency call).
        {"webExchange", "https://big.one/api"},
    };
    d.www = "https://big.one";
    d.doc = {"https://open.big.one/docs/api.html"};
    // BigONE allows 500 requests per 10 seconds: one every 20 ms, every endpoint weighing the same.
    d.rateLimitMs = 20;
    d.rateCapacity = 1;
    for (const char* m : kUnifiedMethods) {
        d.has[m] = Support::Yes;
    }
    // No fee call: the account's rates are only on the website.
    d.has["fetchTradingFee"] = Support::No;
    d.has["fetchTradingFees"] = Support::No;
    d.timeframes = {{"1m", "min1"},    {"5m", "min5"},  {"15m", "min15"}, {"30m", "min30"},
                    {"1h", "hour1"},   {"3h", "hour3"}, {"4h", "hour4"},  {"6h", "hour6"},
                    {"12h", "hour12"}, {"1d", "day1"},  {"1w", "week1"},  {"1M", "month1"}};
    // BigONE's fee policy: 0.1 % maker and taker on spot.
    d.tradingFees.maker = *Decimal::parse("0.001");
    d.tradingFees.taker = *Decimal::parse("0.001");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = false;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // open.big.one/docs/api_error_codes.html; a few errors are only told apart by their message.
    d.errors.exact = {
        {"10001", ErrorKind::BadRequest},
        {"10005", ErrorKind::ExchangeError},
        {"Amount's scale must greater than AssetPair's base scale", ErrorKind::InvalidOrder},
        {"Price mulit with amount should larger than AssetPair's min_quote_value", ErrorKind::InvalidOrder},
        {"10007", ErrorKind::BadRequest},
        {"10011", ErrorKind::ExchangeError},
        {"10013", ErrorKind::BadSymbol},
        {"10014", ErrorKind::InsufficientFunds},
        {"10403", ErrorKind::PermissionDenied},
        {"10429", ErrorKind::RateLimitExceeded},
        {"40004", ErrorKind::AuthenticationError},
        {"40103", ErrorKind::AuthenticationError},
        {"40104", ErrorKind::AuthenticationError},
        {"40301", ErrorKind::PermissionDenied},
        {"40302", ErrorKind::ExchangeError},
        {"40601", ErrorKind::ExchangeError},
        {"40602", ErrorKind::ExchangeError},
        {"40603", ErrorKind::InsufficientFunds},
        {"40604", ErrorKind::InvalidOrder},
        {"40605", ErrorKind::InvalidOrder},
        {"40120", ErrorKind::InvalidOrder},
        {"40121", ErrorKind::InvalidOrder},
        {"60100", ErrorKind::BadSymbol},
    };
    // BigONE's tickers for these are other projects than the coins commonly known by them.
    d.commonCurrencies = {
        {"CRE", "Cybereits"},     {"FXT", "FXTTOKEN"},     {"FREE", "FreeRossDAO"},
        {"MBN", "Mobilian Coin"}, {"ONE", "BigONE Token"},
    };
    d.timeoutMs = 10000;
    return d;
}

// clang-format off
const std::map<std::string, std::string>& bigoneNetworks()
{
    static const std::map<std::string, std::string> networks{
        {"ABBC", "ABBC"}, {"ACA", "Acala"}, {"AE", "Aeternity"}, {"ALGO", "Algorand"}, {"APT", "Aptos"},
        {"AR", "Arweave"}, {"ASTR", "Astar"}, {"AVAXC", "Avax"}, {"AVAXX", "AvaxChain"}, {"BEAM", "Beam"},
        {"BEP20", "BinanceSmartChain"}, {"BITCI", "BitciChain"}, {"BTC", "Bitcoin"}, {"BCH", "BitcoinCash"},
        {"BSV", "BitcoinSV"}, {"CELO", "Celo"}, {"CKKB", "CKB"}, {"ATOM", "Cosmos"}, {"CRC20", "CRO"},
        {"DASH", "Dash"}, {"DOGE", "Dogecoin"}, {"XEC", "ECash"}, {"EOS", "EOS"}, {"ETH", "Ethereum"},
        {"ETC", "EthereumClassic"}, {"ETHW", "EthereumPow"}, {"FTM", "Fantom"}, {"FIL", "Filecoin"},
        {"FSN", "Fusion"}, {"GRIN", "Grin"}, {"ONE", "Harmony"}, {"HRC20", "Hecochain"}, {"HBAR", "Hedera"},
        {"HNT", "Helium"}, {"ZEN", "Horizen"}, {"IOST", "IOST"}, {"IRIS", "IRIS"}, {"KLAY", "Klaytn"},
        {"KSM", "Kusama"}, {"LTC", "Litecoin"}, {"XMR", "Monero"}, {"GLMR", "Moonbeam"}, {"NEAR", "Near"},
        {"NEO", "Neo"}, {"NEON3", "NeoN3"}, {"OASIS", "Oasis"}, {"OKC", "Okexchain"}, {"ONT", "Ontology"},
        {"OPTIMISM", "Optimism"}, {"DOT", "Polkadot"}, {"MATIC", "Polygon"}, {"QTUM", "Qtum"}, {"REI", "REI"},
        {"XRP", "Ripple"}, {"SGB", "SGB"}, {"SDN", "Shiden"}, {"SOL", "Solana"}, {"XLM", "Stellar"},
        {"TERA", "Tera"}, {"XTZ", "Tezos"}, {"TRC20", "Tron"}, {"VET", "Vechain"}, {"VSYS", "VSystems"},
        {"WAX", "WAX"}, {"ZEC", "Zcash"},
    };
    return networks;
}
// clang-format on

} // namespace bourse::ex
