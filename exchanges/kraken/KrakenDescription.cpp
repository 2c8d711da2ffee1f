// SPDX-License-Identifier: GPL-3.0-or-later
#include "Kraken.h"

namespace bourse::ex {

ExchangeDescription krakenDescription()
{
    ExchangeDescription d;
    d.id = "kraken";
    d.name = "Kraken";
    d.countries = {"US"};
    d.version = "0";
    d.api = {
        {"public", "https://api.kraken.com/0/public"},
        {"private", "https://api.kraken.com/0/private"},
    };
    d.www = "https://www.kraken.com";
    d.doc = {"https://docs.kraken.com/api-reference/"};
    // Kraken lets one public call through per second; private calls draw on a counter that regains 0.33 a second
    // (support.kraken.com "What are the API rate limits"). ccxt's figure: 1000 ms per cost unit, with each
    // endpoint's cost (1 for most public calls, 3 or 6 for private ones) set where the adapter names it.
    d.rateLimitMs = 1000;
    d.rateCapacity = 1;
    for (const char* m :
         {"fetchMarkets",  "fetchCurrencies", "fetchTicker",         "fetchTickers",    "fetchOrderBook",
          "fetchTrades",   "fetchOHLCV",      "fetchTime",           "fetchBalance",    "createOrder",
          "cancelOrder",   "cancelAllOrders", "fetchOrder",          "fetchOpenOrders", "fetchClosedOrders",
          "fetchMyTrades", "fetchTradingFee", "fetchDepositAddress", "fetchDeposits",   "fetchWithdrawals"}) {
        d.has[m] = Support::Yes;
    }
    // Kraken has no "all orders" call and its TradeVolume answers per pair only.
    d.has["fetchOrders"] = Support::No;
    d.has["fetchTradingFees"] = Support::No;
    // OHLC `interval` is in minutes. Kraken's 2w value really is 21600 (15 days), as its docs and ccxt list it.
    d.timeframes = {{"1m", "1"},   {"5m", "5"},    {"15m", "15"},   {"30m", "30"},  {"1h", "60"},
                    {"4h", "240"}, {"1d", "1440"}, {"1w", "10080"}, {"2w", "21600"}};
    // The first tier of kraken.com/features/fee-schedule: 0.16 % maker, 0.26 % taker, falling with 30-day volume.
    d.tradingFees.maker = *Decimal::parse("0.0016");
    d.tradingFees.taker = *Decimal::parse("0.0026");
    d.tradingFees.percentage = true;
    d.tradingFees.tierBased = true;
    d.requiredCredentials.apiKey = true;
    d.requiredCredentials.secret = true;
    d.precisionMode = CountingMode::TickSize;
    // Kraken answers every call with {"error": [...], "result": ...}; an error is "<category>:<message>".
    d.errors.exact = {
        {"EQuery:Invalid asset pair", ErrorKind::BadSymbol},
        {"EQuery:Unknown asset pair", ErrorKind::BadSymbol},
        {"EAPI:Invalid key", ErrorKind::AuthenticationError},
        {"EFunding:Unknown withdraw key", ErrorKind::InvalidAddress},
        {"EFunding:Invalid amount", ErrorKind::InsufficientFunds},
        {"EService:Unavailable", ErrorKind::ExchangeNotAvailable},
        {"EDatabase:Internal error", ErrorKind::ExchangeNotAvailable},
        {"EService:Busy", ErrorKind::ExchangeNotAvailable},
        {"EQuery:Unknown asset", ErrorKind::BadSymbol},
        {"EAPI:Rate limit exceeded", ErrorKind::DDoSProtection},
        {"EOrder:Rate limit exceeded", ErrorKind::DDoSProtection},
        {"EGeneral:Internal error", ErrorKind::ExchangeNotAvailable},
        {"EGeneral:Temporary lockout", ErrorKind::DDoSProtection},
        {"EGeneral:Permission denied", ErrorKind::PermissionDenied},
        {"EGeneral:Invalid arguments:price", ErrorKind::InvalidOrder},
        {"EOrder:Unknown order", ErrorKind::InvalidOrder},
        {"EOrder:Invalid price:Invalid price argument", ErrorKind::InvalidOrder},
        {"EOrder:Order minimum not met", ErrorKind::InvalidOrder},
        {"EOrder:Insufficient funds", ErrorKind::InsufficientFunds},
        {"EGeneral:Invalid arguments", ErrorKind::BadRequest},
        {"ESession:Invalid session", ErrorKind::AuthenticationError},
        {"EAPI:Invalid nonce", ErrorKind::InvalidNonce},
        {"EFunding:No funding method", ErrorKind::BadRequest},
        {"EFunding:Unknown asset", ErrorKind::BadSymbol},
        // The market only takes post-only orders, or only cancels: a maintenance window.
        {"EService:Market in post_only mode", ErrorKind::OnMaintenance},
        {"EService:Market in cancel_only mode", ErrorKind::OnMaintenance},
        {"EGeneral:Too many requests", ErrorKind::DDoSProtection},
        {"ETrade:User Locked", ErrorKind::AccountSuspended},
    };
    // First match wins, in this order.
    d.errors.broad = {
        {":Invalid order", ErrorKind::InvalidOrder},
        {":Invalid arguments:volume", ErrorKind::InvalidOrder},
        {":Invalid arguments:viqc", ErrorKind::InvalidOrder},
        {":Invalid nonce", ErrorKind::InvalidNonce},
        {":IInsufficient funds", ErrorKind::InsufficientFunds}, // sic: ccxt's key, kept for the same matches
        {":Insufficient funds", ErrorKind::InsufficientFunds},
        {":Cancel pending", ErrorKind::CancelPending},
        {":Rate limit exceeded", ErrorKind::RateLimitExceeded},
    };
    // Kraken's X/Z-prefixed asset names and its 2019 code for bitcoin and dogecoin; the renamed Terra and REP
    // tokens (support.kraken.com "Bitcoin currency code XBT vs BTC", "What is Asset.S and Asset.M").
    d.commonCurrencies = {
        {"LUNA", "LUNC"}, {"LUNA2", "LUNA"}, {"REPV2", "REP"}, {"REP", "REPV1"}, {"UST", "USTC"},
        {"XBT", "BTC"},   {"XDG", "DOGE"},   {"FEE", "KFEE"},  {"XETC", "ETC"},  {"XETH", "ETH"},
        {"XLTC", "LTC"},  {"XMLN", "MLN"},   {"XREP", "REP"},  {"XXBT", "BTC"},  {"XXDG", "DOGE"},
        {"XXLM", "XLM"},  {"XXMR", "XMR"},   {"XXRP", "XRP"},  {"XZEC", "ZEC"},  {"ZAUD", "AUD"},
        {"ZCAD", "CAD"},  {"ZEUR", "EUR"},   {"ZGBP", "GBP"},  {"ZJPY", "JPY"},  {"ZUSD", "USD"},
    };
    d.createOrderTakesClientOrderId = true;
    d.clientOrderIdFormat = ExchangeDescription::ClientOrderIdFormat::Uuid;
    d.timeoutMs = 10000;
    return d;
}

// Kraken names deposit methods, not networks; these are the names its DepositMethods call lists (ccxt's
// options.depositMethods, which were read off Kraken's web interface where the call did not answer).
// clang-format off
const std::map<std::string, std::string>& krakenDepositMethods()
{
    static const std::map<std::string, std::string> methods{
        {"1INCH", "1inch (1INCH)"}, {"AAVE", "Aave"}, {"ADA", "ADA"}, {"ALGO", "Algorand"}, {"ANKR", "ANKR (ANKR)"},
        {"ANT", "Aragon (ANT)"}, {"ATOM", "Cosmos"}, {"AXS", "Axie Infinity Shards (AXS)"},
        {"BADGER", "Bager DAO (BADGER)"}, {"BAL", "Balancer (BAL)"}, {"BAND", "Band Protocol (BAND)"}, {"BAT", "BAT"},
        {"BCH", "Bitcoin Cash"}, {"BNC", "Bifrost (BNC)"}, {"BNT", "Bancor (BNT)"}, {"BTC", "Bitcoin"},
        {"CHZ", "Chiliz (CHZ)"}, {"COMP", "Compound (COMP)"}, {"CQT", "\tCovalent Query Token (CQT)"},
        {"CRV", "Curve DAO Token (CRV)"}, {"CTSI", "Cartesi (CTSI)"}, {"DAI", "Dai"}, {"DASH", "Dash"},
        {"DOGE", "Dogecoin"}, {"DOT", "Polkadot"}, {"DYDX", "dYdX (DYDX)"}, {"ENJ", "Enjin Coin (ENJ)"}, {"EOS", "EOS"},
        {"ETC", "Ether Classic (Hex)"}, {"ETH", "Ether (Hex)"}, {"EWT", "Energy Web Token"},
        {"FEE", "Kraken Fee Credit"}, {"FIL", "Filecoin"}, {"FLOW", "Flow"}, {"GHST", "Aavegotchi (GHST)"},
        {"GNO", "GNO"}, {"GRT", "GRT"}, {"ICX", "Icon"}, {"INJ", "Injective Protocol (INJ)"}, {"KAR", "Karura (KAR)"},
        {"KAVA", "Kava"}, {"KEEP", "Keep Token (KEEP)"}, {"KNC", "Kyber Network (KNC)"}, {"KSM", "Kusama"},
        {"LINK", "Link"}, {"LPT", "Livepeer Token (LPT)"}, {"LRC", "Loopring (LRC)"}, {"LSK", "Lisk"},
        {"LTC", "Litecoin"}, {"MANA", "MANA"}, {"MATIC", "Polygon (MATIC)"}, {"MINA", "Mina"},
        {"MIR", "Mirror Protocol (MIR)"}, {"MKR", "Maker (MKR)"}, {"MLN", "MLN"}, {"MOVR", "Moonriver (MOVR)"},
        {"NANO", "NANO"}, {"OCEAN", "OCEAN"}, {"OGN", "Origin Protocol (OGN)"}, {"OMG", "OMG"},
        {"OXT", "Orchid (OXT)"}, {"OXY", "Oxygen (OXY)"}, {"PAXG", "PAX (Gold)"}, {"PERP", "Perpetual Protocol (PERP)"},
        {"PHA", "Phala (PHA)"}, {"QTUM", "QTUM"}, {"RARI", "Rarible (RARI)"}, {"RAY", "Raydium (RAY)"},
        {"REN", "Ren Protocol (REN)"}, {"REP", "REPv2"}, {"REPV1", "REP"}, {"SAND", "The Sandbox (SAND)"},
        {"SC", "Siacoin"}, {"SDN", "Shiden (SDN)"}, {"SOL", "Solana"}, {"SNX", "Synthetix  Network (SNX)"},
        {"SRM", "Serum"}, {"STORJ", "Storj (STORJ)"}, {"SUSHI", "Sushiswap (SUSHI)"}, {"TBTC", "tBTC"},
        {"TRX", "Tron"}, {"UNI", "UNI"}, {"USDC", "USDC"}, {"USDT", "Tether USD (ERC20)"},
        {"USDT-TRC20", "Tether USD (TRC20)"}, {"WAVES", "Waves"}, {"WBTC", "Wrapped Bitcoin (WBTC)"},
        {"XLM", "Stellar XLM"}, {"XMR", "Monero"}, {"XRP", "Ripple XRP"}, {"XTZ", "XTZ"}, {"YFI", "YFI"},
        {"ZEC", "Zcash (Transparent)"}, {"ZRX", "0x (ZRX)"},
    };
    return methods;
}

const std::map<std::string, std::string>& krakenWithdrawNetworks()
{
    static const std::map<std::string, std::string> networks{
        {"Lightning", "Lightning"}, {"Bitcoin", "BTC"}, {"Ripple", "XRP"}, {"Litecoin", "LTC"}, {"Dogecoin", "DOGE"},
        {"Stellar", "XLM"}, {"Ethereum", "ERC20"}, {"Arbitrum One", "Arbitrum"}, {"Polygon", "MATIC"},
        {"Arbitrum Nova", "Arbitrum"}, {"Optimism", "Optimism"}, {"zkSync Era", "zkSync"},
        {"Ethereum Classic", "ETC"}, {"Zcash", "ZEC"}, {"Monero", "XMR"}, {"Tron", "TRC20"}, {"Solana", "SOL"},
        {"EOS", "EOS"}, {"Bitcoin Cash", "BCH"}, {"Cardano", "ADA"}, {"Qtum", "QTUM"}, {"Tezos", "XTZ"},
        {"Cosmos", "ATOM"}, {"Nano", "NANO"}, {"Siacoin", "SC"}, {"Lisk", "LSK"}, {"Waves", "WAVES"}, {"ICON", "ICX"},
        {"Algorand", "ALGO"}, {"Polygon - USDC.e", "MATIC"}, {"Arbitrum One - USDC.e", "Arbitrum"},
        {"Polkadot", "DOT"}, {"Kava", "KAVA"}, {"Filecoin", "FIL"}, {"Kusama", "KSM"}, {"Flow", "FLOW"},
        {"Energy Web", "EW"}, {"Mina", "MINA"}, {"Centrifuge", "CFG"}, {"Karura", "KAR"}, {"Moonriver", "MOVR"},
        {"Shiden", "SDN"}, {"Khala", "PHA"}, {"Bifrost Kusama", "BNC"}, {"Songbird", "SGB"},
        {"Terra classic", "LUNC"}, {"KILT", "KILT"}, {"Basilisk", "BSX"}, {"Flare", "FLR"},
        {"Avalanche C-Chain", "AVAX"}, {"Kintsugi", "KINT"}, {"Altair", "AIR"}, {"Moonbeam", "GLMR"},
        {"Acala", "ACA"}, {"Astar", "ASTR"}, {"Akash", "AKT"}, {"Robonomics", "XRT"}, {"Fantom", "FTM"},
        {"Elrond", "EGLD"}, {"THORchain", "RUNE"}, {"Secret", "SCRT"}, {"Near", "NEAR"},
        {"Internet Computer Protocol", "ICP"}, {"Picasso", "PICA"}, {"Crust Shadow", "CSM"}, {"Integritee", "TEER"},
        {"Parallel Finance", "PARA"}, {"HydraDX", "HDX"}, {"Interlay", "INTR"}, {"Fetch.ai", "FET"}, {"NYM", "NYM"},
        {"Terra 2.0", "LUNA2"}, {"Juno", "JUNO"}, {"Nodle", "NODL"}, {"Stacks", "STX"}, {"Ethereum PoW", "ETHW"},
        {"Aptos", "APT"}, {"Sui", "SUI"}, {"Genshiro", "GENS"}, {"Aventus", "AVT"}, {"Sei", "SEI"},
        {"OriginTrail", "OTP"}, {"Celestia", "TIA"},
    };
    return networks;
}
// clang-format on

} // namespace bourse::ex
