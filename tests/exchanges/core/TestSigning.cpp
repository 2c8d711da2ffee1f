// SPDX-License-Identifier: GPL-3.0-or-later
// Signing primitives against published vectors: RFC 4231 (HMAC-SHA-2), RFC 2202 (HMAC-MD5/SHA-1),
// FIPS 180 "abc" digests, RFC 7515 appendix A.1 (JWS HS256), RFC 4648 (base64) and Binance's documented example.
#include "core/Signing.h"

#include <QTest>

using namespace bourse::ex::signing;

class TestSigning : public QObject
{
    Q_OBJECT

private slots:
    void hmacRfc4231();
    void hmacRfc2202();
    void digests();
    void base64Rfc4648();
    void jwtRfc7515();
    void binanceDocumentedSignature();
    void percentEncoding();
};

void TestSigning::hmacRfc4231()
{
    const std::string key1(20, '\x0b');
    QCOMPARE(toHex(hmac(Hash::Sha256, key1, "Hi There")),
             std::string("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
    QCOMPARE(toHex(hmac(Hash::Sha384, key1, "Hi There")),
             std::string(
                 "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6"));
    QCOMPARE(
        toHex(hmac(Hash::Sha512, key1, "Hi There")),
        std::string("87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4"
                    "be9d914eeb61f1702e696c203a126854"));
    QCOMPARE(toHex(hmac(Hash::Sha256, "Jefe", "what do ya want for nothing?")),
             std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    QCOMPARE(
        toHex(hmac(Hash::Sha512, "Jefe", "what do ya want for nothing?")),
        std::string("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd"
                    "caeab1a34d4a6b4b636e070a38bce737"));
}

void TestSigning::hmacRfc2202()
{
    QCOMPARE(toHex(hmac(Hash::Md5, "Jefe", "what do ya want for nothing?")),
             std::string("750c783e6ab0b503eaa86e310a5db738"));
    QCOMPARE(toHex(hmac(Hash::Sha1, "Jefe", "what do ya want for nothing?")),
             std::string("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
}

void TestSigning::digests()
{
    QCOMPARE(toHex(digest(Hash::Md5, "abc")), std::string("900150983cd24fb0d6963f7d28e17f72"));
    QCOMPARE(toHex(digest(Hash::Sha1, "abc")), std::string("a9993e364706816aba3e25717850c26c9cd0d89d"));
    QCOMPARE(toHex(digest(Hash::Sha256, "abc")),
             std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(toHex(digest(Hash::Sha384, "abc")),
             std::string(
                 "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"));
    QCOMPARE(
        toHex(digest(Hash::Sha512, "abc")),
        std::string("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
                    "454d4423643ce80e2a9ac94fa54ca49f"));
}

void TestSigning::base64Rfc4648()
{
    // RFC 4648 section 10.
    const char* plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char* encoded[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(toBase64(plain[i]), std::string(encoded[i]));
        QCOMPARE(fromBase64(encoded[i]).value(), std::string(plain[i]));
    }
    QCOMPARE(toBase64Url("\xfb\xff"), std::string("-_8"));
    QCOMPARE(fromBase64Url("-_8").value(), std::string("\xfb\xff"));
    QVERIFY(!fromBase64("Zm9v!").has_value());
    QCOMPARE(fromHex("00ff10").value(), std::string("\x00\xff\x10", 3));
    QVERIFY(!fromHex("0g").has_value());
}

void TestSigning::jwtRfc7515()
{
    // RFC 7515 appendix A.1: the header and payload are signed as the exact bytes shown there (CRLF included).
    const std::string header = "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}";
    const std::string payload = "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
    const std::string key =
        fromBase64Url("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow").value();
    QCOMPARE(
        jwtHs256(header, payload, key),
        std::string("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
                    ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
}

void TestSigning::binanceDocumentedSignature()
{
    // The worked HMAC example of Binance's spot API documentation ("SIGNED endpoint examples for POST /api/v3/order").
    const std::string secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    const std::string query = "symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000"
                              "&timestamp=1499827319559";
    QCOMPARE(toHex(hmac(Hash::Sha256, secret, query)),
             std::string("c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"));
}

void TestSigning::percentEncoding()
{
    QCOMPARE(percentEncode("[\"BTCUSDT\",\"ETHUSDT\"]"), std::string("%5B%22BTCUSDT%22%2C%22ETHUSDT%22%5D"));
    QCOMPARE(percentEncode("a b~c-d_e.f"), std::string("a%20b~c-d_e.f"));
    QCOMPARE(percentDecode("%5B%22x%22%5D+y"), std::string("[\"x\"] y"));
    QCOMPARE(urlencode({{"symbol", "BTC/USD"}, {"n", "1"}}), std::string("symbol=BTC%2FUSD&n=1"));
    std::string secret = "s3cret";
    cleanse(secret);
    QVERIFY(secret.empty());
}

QTEST_GUILESS_MAIN(TestSigning)
#include "TestSigning.moc"
