// SPDX-License-Identifier: GPL-3.0-or-later
// The coinbase adapter: the legacy HMAC against python3 hmac and the reference ccxt's dry run at the same clock,
// CDP keys' ES256 bearer tokens verified with OpenSSL, Advanced Trade order bodies, the parsers on documented
// payload shapes (expected values as ccxt 4.5.84 parses the same files), and the three error shapes.
#include "../coinbaseexchange/CoinbaseTestFixture.h"
#include "coinbase/Coinbase.h"
#include "coinbase/CoinbaseSigner.h"
#include "core/Signing.h"
#include "core/SigningKeys.h"

#include <QTest>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace bourse::ex;

namespace {

std::string readFixture(const char* name)
{
    return bourse::test::coinbase::readFile(QStringLiteral(COINBASE_FIXTURES_DIR), name);
}

using bourse::test::coinbase::await;
using bourse::test::coinbase::dec;
using bourse::test::coinbase::optDec;
using bourse::test::coinbase::params;

// A P-256 key made for this test (openssl ecparam -name prime256v1 -genkey -noout), in a CDP key's shape.
const char* kEcPem = "-----BEGIN EC PRIVATE KEY-----\n"
                     "MHcCAQEEIG/dww5DJU+SvvkQjcQNdsVkCFQhvWk49GiGwwSmZ4FLoAoGCCqGSM49\n"
                     "AwEHoUQDQgAEAUXUVZ1gM+533vLfzB6da+X0l0aa1k0rfDM+nZhWF+sJ/7+WhbK3\n"
                     "F4oDkyXsdHmEVB+pVxTI1eaOtl69rdxPIw==\n"
                     "-----END EC PRIVATE KEY-----\n";

struct Fixture : bourse::test::coinbase::Fixture<Coinbase>
{
    explicit Fixture(std::string body = "{}", int status = 200, const char* key = "key",
                     const char* secret = "secretsecret")
        : bourse::test::coinbase::Fixture<Coinbase>(QStringLiteral(COINBASE_FIXTURES_DIR), std::move(body), status, key,
                                                    secret)
    {
    }
};

} // namespace

class TestCoinbase : public QObject
{
    Q_OBJECT

private slots:
    void signsLegacyV2WithTheQuery();
    void signsLegacyV3WithoutTheQuery();
    void tellsKeyKindsApart();
    void signsWithACdpKey();
    void signsWithAnEd25519Key();
    void buildsOrderConfigurations();
    void previewsWithoutAClientId();
    void cancelsByIdList();
    void asksForCandlesAndTrades();
    void parsesFills();
    void parsesAStopOrder();
    void parsesTicker();
    void parsesOrderBook();
    void parsesV2Balance();
    void parsesDeposits();
    void mapsErrors_data();
    void mapsErrors();
};

void TestCoinbase::signsLegacyV2WithTheQuery()
{
    // python3: hmac.new(b"secretsecret", b"1700000000GET/v2/accounts?limit=250", sha256).hexdigest(), which the
    // reference ccxt's dry run of fetchBalance sends too.
    Fixture f(readFixture("accounts.json"));
    auto r = await<Balance>([&](Callback<Balance> cb) { f.ex.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinbase.com/v2/accounts?limit=250"));
    QCOMPARE(f.header("CB-ACCESS-SIGN"),
             std::optional<std::string>("48c6021fdae20f816da782859b7d4607902212cb9a870085ee4e6ebc3c170539"));
    QCOMPARE(f.header("CB-ACCESS-TIMESTAMP"), std::optional<std::string>("1700000000"));
    QCOMPARE(f.header("CB-ACCESS-KEY"), std::optional<std::string>("key"));
}

void TestCoinbase::signsLegacyV3WithoutTheQuery()
{
    // python3: hmac.new(b"secretsecret", b"1700000000GET/api/v3/brokerage/transaction_summary", sha256): the
    // query (product_type=SPOT) is not signed on v3.
    Fixture f(R"({"fee_tier":{"taker_fee_rate":"0.004","maker_fee_rate":"0.0025"}})");
    auto r = await<std::vector<TradingFee>>(
        [&](Callback<std::vector<TradingFee>> cb) { f.ex.fetchTradingFees(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.coinbase.com/api/v3/brokerage/transaction_summary?product_type=SPOT"));
    QCOMPARE(f.header("CB-ACCESS-SIGN"),
             std::optional<std::string>("8efe0eccd46924be6af23f93ca7c0dae0b5395c21a1cf42a51e6292e7e78f36a"));
    QCOMPARE(r.value().size(), size_t(5));
    QCOMPARE(r.value()[0].taker, optDec("0.004"));
    QCOMPARE(r.value()[0].maker, optDec("0.0025"));
}

void TestCoinbase::tellsKeyKindsApart()
{
    using coinbase::KeyKind;
    QCOMPARE(coinbase::keyKind("key", "secretsecret"), KeyKind::Legacy);
    QCOMPARE(coinbase::keyKind("organizations/o/apiKeys/k", kEcPem), KeyKind::CdpEcdsa);
    QCOMPARE(coinbase::keyKind("k", "-----BEGIN EC PRIVATE KEY-----\n..."), KeyKind::CdpEcdsa);
    QCOMPARE(coinbase::keyKind("d2efa49a-369c-43d7-a60e-ae26e28853c2", std::string(86, 'A') + "=="),
             KeyKind::CdpEd25519);
}

void TestCoinbase::signsWithACdpKey()
{
    Fixture f(R"({"order":{}})", 200, "organizations/o1/apiKeys/k1", kEcPem);
    auto r = await<Order>([&](Callback<Order> cb) { f.ex.fetchOrder("abc", "", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    auto auth = f.header("Authorization");
    QVERIFY(auth && auth->starts_with("Bearer "));
    QVERIFY(!f.header("CB-ACCESS-SIGN"));
    const std::string token = auth->substr(7);
    auto firstDot = token.find('.');
    auto secondDot = token.find('.', firstDot + 1);
    QVERIFY(secondDot != std::string::npos);
    auto header = JsonDocument::parse(*signing::fromBase64Url(token.substr(0, firstDot)));
    QCOMPARE(header.root()["alg"].string(), OptString("ES256"));
    QCOMPARE(header.root()["kid"].string(), OptString("organizations/o1/apiKeys/k1"));
    QCOMPARE(header.root()["nonce"].string()->size(), size_t(32));
    auto claims = JsonDocument::parse(*signing::fromBase64Url(token.substr(firstDot + 1, secondDot - firstDot - 1)));
    QCOMPARE(claims.root()["uri"].string(), OptString("GET api.coinbase.com/api/v3/brokerage/orders/historical/abc"));
    QCOMPARE(claims.root()["sub"].string(), OptString("organizations/o1/apiKeys/k1"));
    QCOMPARE(claims.root()["iss"].string(), OptString("coinbase-cloud"));
    QCOMPARE(claims.root()["aud"][0].string(), OptString("retail_rest_api_proxy"));
    QCOMPARE(claims.root()["nbf"].integer(), OptInt(1700000000));
    QCOMPARE(claims.root()["exp"].integer(), OptInt(1700000120));
    // OpenSSL accepts the signature (r || s) over header.payload with the key's public half.
    const std::string raw = *signing::fromBase64Url(token.substr(secondDot + 1));
    QCOMPARE(raw.size(), size_t(64));
    BIO* bio = BIO_new_mem_buf(kEcPem, -1);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    ECDSA_SIG* sig = ECDSA_SIG_new();
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes, 32, nullptr), BN_bin2bn(bytes + 32, 32, nullptr));
    unsigned char* der = nullptr;
    int derSize = i2d_ECDSA_SIG(sig, &der);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const std::string input = token.substr(0, secondDot);
    QVERIFY(EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1);
    QCOMPARE(EVP_DigestVerify(ctx, der, static_cast<size_t>(derSize),
                              reinterpret_cast<const unsigned char*>(input.data()), input.size()),
             1);
    EVP_MD_CTX_free(ctx);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    EVP_PKEY_free(key);
}

void TestCoinbase::signsWithAnEd25519Key()
{
    // An Ed25519 CDP secret is the seed and public key in base64; the token is deterministic, so the whole of it
    // is known: RFC 8032's first seed, its public key, and the claims for cdp_service.
    const std::string keyPair = *signing::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
                                                  "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const std::string secret = signing::toBase64(keyPair);
    QCOMPARE(secret.size(), size_t(88));
    QCOMPARE(coinbase::keyKind("d2efa49a-369c-43d7-a60e-ae26e28853c2", secret), coinbase::KeyKind::CdpEd25519);
    auto token = coinbase::bearerToken(coinbase::KeyKind::CdpEd25519, "d2efa49a", secret,
                                       "GET api.coinbase.com/api/v3/brokerage/accounts", 1700000000, "n1");
    QVERIFY(token);
    const std::string header = R"({"alg":"EdDSA","typ":"JWT","kid":"d2efa49a","nonce":"n1"})";
    const std::string claims = R"({"aud":["cdp_service"],"iss":"cdp","nbf":1700000000,"exp":1700000120,)"
                               R"("sub":"d2efa49a","iat":1700000000,)"
                               R"("uris":["GET api.coinbase.com/api/v3/brokerage/accounts"]})";
    const std::string input = signing::toBase64Url(header) + "." + signing::toBase64Url(claims);
    QCOMPARE(*token, input + "." + signing::toBase64Url(*signing::ed25519Sign(keyPair.substr(0, 32), input)));
}

void TestCoinbase::buildsOrderConfigurations()
{
    Fixture f(R"({"success":true,"success_response":{"order_id":"o1","product_id":"BTC-USDT","side":"BUY",)"
              R"("client_order_id":"c"}})");
    auto body = [&](const char* symbol, const char* type, const char* side, const char* amount, OptDecimal price,
                    const char* extra) {
        auto r = await<Order>(
            [&](Callback<Order> cb) { f.ex.createOrder(symbol, type, side, dec(amount), price, params(extra), cb); });
        if (!r.ok()) {
            return std::string("error: ") + r.error().message();
        }
        if (f.sent().url != "https://api.coinbase.com/api/v3/brokerage/orders") {
            return "sent to " + f.sent().url;
        }
        auto doc = JsonValue::parse(f.sent().body);
        doc->remove("client_order_id");
        return doc->dump();
    };
    QCOMPARE(body("BTC/USDT", "limit", "buy", "0.123456789", dec("37000.005"), R"({"postOnly":true})"),
             std::string(R"({"product_id":"BTC-USDT","side":"BUY","order_configuration":{"limit_limit_gtc":)"
                         R"({"base_size":"0.12345678","limit_price":"37000.01","post_only":true}}})"));
    QCOMPARE(body("BTC/USDT", "limit", "sell", "1", dec("37000"), R"({"timeInForce":"FOK"})"),
             std::string(R"({"product_id":"BTC-USDT","side":"SELL","order_configuration":{"limit_limit_fok":)"
                         R"({"base_size":"1","limit_price":"37000"}}})"));
    QCOMPARE(body("BTC/USDT", "limit", "sell", "1", dec("37000"),
                  R"({"timeInForce":"GTD","end_time":"2024-01-01T00:00:00Z"})"),
             std::string(
                 R"({"product_id":"BTC-USDT","side":"SELL","order_configuration":{"limit_limit_gtd":)"
                 R"({"base_size":"1","limit_price":"37000","end_time":"2024-01-01T00:00:00Z","post_only":false}}})"));
    // A stop loss on a sell triggers on the way down.
    QCOMPARE(body("BTC/USDT", "limit", "sell", "1", dec("35000"), R"({"stopLossPrice":35500})"),
             std::string(R"({"product_id":"BTC-USDT","side":"SELL","order_configuration":{"stop_limit_stop_limit_gtc":)"
                         R"({"base_size":"1","limit_price":"35000","stop_price":"35500",)"
                         R"("stop_direction":"STOP_DIRECTION_STOP_DOWN"}}})"));
    QCOMPARE(body("BTC/USDT", "market", "sell", "0.01", std::nullopt, "{}"),
             std::string(R"({"product_id":"BTC-USDT","side":"SELL","order_configuration":{"market_market_ioc":)"
                         R"({"base_size":"0.01"}}})"));
    // A market buy spends amount * price; without a price it needs `cost` or the option that amount is the cost.
    QCOMPARE(body("BTC/USDT", "market", "buy", "0.5", dec("30000"), "{}"),
             std::string(R"({"product_id":"BTC-USDT","side":"BUY","order_configuration":{"market_market_ioc":)"
                         R"({"quote_size":"15000"}}})"));
    QVERIFY(body("BTC/USDT", "market", "buy", "0.5", std::nullopt, "{}").starts_with("error: "));
    QVERIFY(body("BTC/USDT", "market", "buy", "0.5", std::nullopt, R"({"stopLossPrice":1})").starts_with("error: "));
    // The caller's client order id is kept.
    body("BTC/USDT", "limit", "buy", "1", dec("30000"), R"({"clientOrderId":"mine"})");
    QCOMPARE(JsonValue::parse(f.sent().body)->find("client_order_id")->asString(), OptString("mine"));
}

void TestCoinbase::previewsWithoutAClientId()
{
    Fixture f(R"({"order_total":"0.5","commission_total":"0.006","errs":[],"warning":[],"success":true,)"
              R"("success_response":{"product_id":"DOGE-USDT","side":"BUY"}})");
    auto r = await<Order>([&](Callback<Order> cb) {
        f.ex.createOrder("DOGE/USDT", "limit", "buy", dec("10"), dec("0.05"), params(R"({"preview":true})"), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinbase.com/api/v3/brokerage/orders/preview"));
    QVERIFY(!JsonValue::parse(f.sent().body)->contains("client_order_id"));
    QVERIFY(!JsonValue::parse(f.sent().body)->contains("preview"));
}

void TestCoinbase::cancelsByIdList()
{
    Fixture f(R"({"results":[{"success":true,"failure_reason":"UNKNOWN_CANCEL_FAILURE_REASON","order_id":"o9"}]})");
    // A product id works where a symbol is expected, as in ccxt.
    auto r = await<Order>([&](Callback<Order> cb) { f.ex.cancelOrder("o9", "DOGE-USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinbase.com/api/v3/brokerage/orders/batch_cancel"));
    QCOMPARE(f.sent().body, std::string(R"({"order_ids":["o9"]})"));
    QCOMPARE(r.value().id, OptString("o9"));
    Fixture unknown(R"({"results":[{"success":false,"failure_reason":"UNKNOWN_CANCEL_ORDER","order_id":"o9"}]})");
    auto missing = await<Order>([&](Callback<Order> cb) { unknown.ex.cancelOrder("o9", "", JsonValue::object(), cb); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::OrderNotFound);
}

void TestCoinbase::asksForCandlesAndTrades()
{
    Fixture f(readFixture("candles.json"));
    auto r = await<std::vector<Ohlcv>>([&](Callback<std::vector<Ohlcv>> cb) {
        f.ex.fetchOHLCV("BTC/USDT", "1h", 1700000000000, 10, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    // The window from `since` that holds `limit` candles, in seconds (as the reference ccxt's dry run).
    QCOMPARE(f.sent().url,
             std::string("https://api.coinbase.com/api/v3/brokerage/market/products/BTC-USDT/candles"
                         "?granularity=ONE_HOUR&start=1700000000&end=1700036000"));
    QCOMPARE(r.value().size(), size_t(2));
    QCOMPARE(r.value()[0].timestamp, 1700000000000LL);
    QCOMPARE(r.value()[0].open, optDec("37000"));
    QCOMPARE(r.value()[1].close, optDec("37150.25"));
    // Trades from a time need an end.
    auto trades = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.ex.fetchTrades("BTC/USDT", 1700000000000, 5, JsonValue::object(), cb);
    });
    QVERIFY(!trades.ok());
    QCOMPARE(trades.error().kind(), ErrorKind::ArgumentsRequired);
    auto tickers = await<std::vector<Ticker>>([&](Callback<std::vector<Ticker>> cb) {
        f.ex.fetchTickers({"BTC/USDT", "ETH/USDT"}, JsonValue::object(), cb);
    });
    QVERIFY(tickers.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.coinbase.com/api/v3/brokerage/market/products"
                         "?product_ids=BTC-USDT&product_ids=ETH-USDT&product_type=SPOT"));
}

void TestCoinbase::parsesFills()
{
    // ccxt's own response fixture for fetchMyTrades (conformance case coinbase.response.fetchMyTrades).
    Fixture f(readFixture("fills.json"));
    auto r = await<std::vector<Trade>>([&](Callback<std::vector<Trade>> cb) {
        f.ex.fetchMyTrades("ADA/USDT", std::nullopt, 1, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(
        f.sent().url,
        std::string("https://api.coinbase.com/api/v3/brokerage/orders/historical/fills?product_id=ADA-USDT&limit=1"));
    const Trade& t = r.value().at(0);
    QCOMPARE(t.id, OptString("19fc7eee-f4b4-40a7-8104-033da1db5311"));
    QCOMPARE(t.timestamp, OptInt(1700993987504));
    QCOMPARE(t.side, OptString("sell"));
    QCOMPARE(t.takerOrMaker, OptString("taker"));
    QCOMPARE(t.price, optDec("0.392"));
    QCOMPARE(t.amount, optDec("10"));
    QCOMPARE(t.cost, optDec("3.92"));
    QCOMPARE(t.fee->cost, optDec("0.03136"));
    QCOMPARE(t.fee->currency, OptString("USDT"));
}

void TestCoinbase::parsesAStopOrder()
{
    Fixture f(readFixture("order.json"));
    auto r = await<Order>([&](Callback<Order> cb) {
        f.ex.fetchOrder("9bc1eb3b-5b46-4b71-9628-ae2ed0cca75b", "ADA/USDT", JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.coinbase.com/api/v3/brokerage/orders/historical/"
                         "9bc1eb3b-5b46-4b71-9628-ae2ed0cca75b"));
    const Order& o = r.value();
    QCOMPARE(o.symbol, std::string("ADA/USDT"));
    QCOMPARE(o.type, OptString("limit"));
    QCOMPARE(o.side, OptString("buy"));
    QCOMPARE(o.status, OptString("closed"));
    QCOMPARE(o.timeInForce, OptString("GTC"));
    QCOMPARE(o.price, optDec("0.25"));
    QCOMPARE(o.triggerPrice, optDec("0.2"));
    QCOMPARE(o.amount, optDec("10"));
    QCOMPARE(o.filled, optDec("10"));
    QCOMPARE(o.remaining, optDec("0"));
    QCOMPARE(o.average, optDec("0.2"));
    QCOMPARE(o.cost, optDec("2"));
    QCOMPARE(o.fee->cost, optDec("0.012"));
    QCOMPARE(o.fee->currency, OptString("USDT"));
    QCOMPARE(o.timestamp, OptInt(1700993987504));
}

void TestCoinbase::parsesTicker()
{
    Fixture f(readFixture("ticker.json"));
    auto r = await<Ticker>([&](Callback<Ticker> cb) { f.ex.fetchTicker("BTC/USDT", JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.coinbase.com/api/v3/brokerage/market/products/BTC-USDT/ticker?limit=1"));
    QCOMPARE(r.value().last, optDec("37488.12"));
    QCOMPARE(r.value().bid, optDec("37485.61"));
    QCOMPARE(r.value().ask, optDec("37488.12"));
    QCOMPARE(r.value().timestamp, OptInt(1700959957557));
}

void TestCoinbase::parsesOrderBook()
{
    Fixture f(readFixture("book.json"));
    auto r =
        await<OrderBook>([&](Callback<OrderBook> cb) { f.ex.fetchOrderBook("BTC/USDT", 10, JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url,
             std::string("https://api.coinbase.com/api/v3/brokerage/market/product_book?product_id=BTC-USDT&limit=10"));
    QCOMPARE(r.value().timestamp, OptInt(1688097760533));
    QCOMPARE(r.value().bids.size(), size_t(2));
    QCOMPARE(r.value().bids[1].amount, dec("1.5"));
    QCOMPARE(r.value().asks[0].price, dec("30759.07"));
}

void TestCoinbase::parsesV2Balance()
{
    // Wallet and fiat accounts count; a vault does not (as in ccxt's default account types).
    Fixture f(readFixture("accounts.json"));
    auto r = await<Balance>([&](Callback<Balance> cb) { f.ex.fetchBalance(JsonValue::object(), cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.value().currencies.at("BTC").total, optDec("0.5"));
    QCOMPARE(r.value().currencies.at("BTC").free, optDec("0.5"));
    QCOMPARE(r.value().currencies.at("BTC").used, optDec("0"));
    QCOMPARE(r.value().currencies.at("USD").total, optDec("125.5"));
}

void TestCoinbase::parsesDeposits()
{
    Fixture f(readFixture("deposits.json"));
    ExchangeOptions o;
    o.offline = true;
    f.ex.setOptions(o);
    auto r = await<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.ex.fetchDeposits("USD", std::nullopt, 5, JsonValue::object(), cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(f.sent().url, std::string("https://api.coinbase.com/v2/accounts/myAccount/deposits?limit=5"));
    const Transaction& t = r.value().at(0);
    QCOMPARE(t.type, OptString("deposit"));
    QCOMPARE(t.status, OptString("ok"));
    QCOMPARE(t.amount, optDec("10"));
    QCOMPARE(t.currency, OptString("USD"));
    QCOMPARE(t.txid, OptString("67e0eaec-07d7-54c4-a72c-2e92826897df"));
    QCOMPARE(t.updated, OptInt(1423702442000));
    // Without a currency or an account id there is nothing to list.
    auto none = await<std::vector<Transaction>>([&](Callback<std::vector<Transaction>> cb) {
        f.ex.fetchWithdrawals("", std::nullopt, std::nullopt, JsonValue::object(), cb);
    });
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind(), ErrorKind::ArgumentsRequired);
}

void TestCoinbase::mapsErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("kind");
    QTest::newRow("v2 auth") << 401 << R"({"errors":[{"id":"authentication_error","message":"invalid signature"}]})"
                             << "AuthenticationError";
    QTest::newRow("v2 expired") << 401 << R"({"errors":[{"id":"expired","message":"request timestamp expired"}]})"
                                << "InvalidNonce";
    QTest::newRow("v3 not found") << 404
                                  << R"({"error":"NOT_FOUND","error_details":"order with this orderID was not found",)"
                                     R"("message":"order with this orderID was not found"})"
                                  << "OrderNotFound";
    QTest::newRow("v3 funds") << 200
                              << R"({"success":false,"failure_reason":"UNKNOWN_FAILURE_REASON","order_id":"",)"
                                 R"("error_response":{"error":"INSUFFICIENT_FUND","message":"Insufficient balance in )"
                                 R"(source account","error_details":"","preview_failure_reason":)"
                                 R"("PREVIEW_INSUFFICIENT_FUND"}})"
                              << "InsufficientFunds";
    QTest::newRow("rate") << 429 << R"({"errors":[{"id":"rate_limit_exceeded","message":"Too many requests"}]})"
                          << "RateLimitExceeded";
    QTest::newRow("unknown") << 400 << R"({"error":"SOMETHING","message":"what"})"
                             << "ExchangeError";
}

void TestCoinbase::mapsErrors()
{
    QFETCH(int, status);
    QFETCH(QString, body);
    QFETCH(QString, kind);
    Fixture f(body.toStdString(), status);
    auto r = await<Order>([&](Callback<Order> cb) {
        f.ex.createOrder("BTC/USDT", "limit", "buy", dec("1"), dec("1000"), JsonValue::object(), cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(std::string(errorKindName(r.error().kind()))), kind);
}

QTEST_GUILESS_MAIN(TestCoinbase)
#include "TestCoinbase.moc"
