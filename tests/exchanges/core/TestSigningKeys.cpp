// SPDX-License-Identifier: GPL-3.0-or-later
// Public-key signatures (core/SigningKeys.h): Ed25519 against RFC 8032's first test vector; ECDSA P-256, which is
// randomised, by verifying what it signs with OpenSSL, the verifier itself checked on RFC 7515's ES256 example.
#include "core/Signing.h"
#include "core/SigningKeys.h"

#include <QTest>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

using namespace bourse::ex::signing;

namespace {

// A P-256 key made for this test (openssl ecparam -name prime256v1 -genkey -noout).
const char* kEcPem = "-----BEGIN EC PRIVATE KEY-----\n"
                     "MHcCAQEEIG/dww5DJU+SvvkQjcQNdsVkCFQhvWk49GiGwwSmZ4FLoAoGCCqGSM49\n"
                     "AwEHoUQDQgAEAUXUVZ1gM+533vLfzB6da+X0l0aa1k0rfDM+nZhWF+sJ/7+WhbK3\n"
                     "F4oDkyXsdHmEVB+pVxTI1eaOtl69rdxPIw==\n"
                     "-----END EC PRIVATE KEY-----\n";

EVP_PKEY* keyFromPem(const char* pem)
{
    BIO* bio = BIO_new_mem_buf(pem, -1);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return key;
}

// A P-256 public key from its JWK coordinates.
EVP_PKEY* keyFromPoint(const std::string& x, const std::string& y)
{
    std::string point = "\x04" + x + y;
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
    OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size());
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY* key = nullptr;
    EVP_PKEY_fromdata_init(ctx);
    EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    return key;
}

// OpenSSL's own verdict on a JWS-form (r || s) ES256 signature.
bool verifiesEs256(EVP_PKEY* key, const std::string& message, const std::string& raw)
{
    if (raw.size() != 64) {
        return false;
    }
    ECDSA_SIG* sig = ECDSA_SIG_new();
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes, 32, nullptr), BN_bin2bn(bytes + 32, 32, nullptr));
    unsigned char* der = nullptr;
    int derSize = i2d_ECDSA_SIG(sig, &der);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx, der, static_cast<size_t>(derSize),
                            reinterpret_cast<const unsigned char*>(message.data()), message.size())
            == 1;
    EVP_MD_CTX_free(ctx);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return ok;
}

} // namespace

class TestSigningKeys : public QObject
{
    Q_OBJECT

private slots:
    void ed25519MatchesRfc8032();
    void verifierAcceptsRfc7515Example();
    void ecdsaSignaturesVerify();
    void es256TokensVerify();
    void readsEscapedPem();
    void rsaSha256MatchesOpenssl();
    void refusesUnusableKeys();
};

void TestSigningKeys::ed25519MatchesRfc8032()
{
    // RFC 8032 section 7.1, TEST 1: the empty message.
    auto seed = fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    auto signature = ed25519Sign(*seed, "");
    QVERIFY(signature);
    QCOMPARE(toHex(*signature),
             std::string("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                         "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    // As a JWS: the signature is over header.payload, and deterministic.
    auto token = jwtEdDsa(R"({"alg":"EdDSA"})", R"({"a":1})", *seed);
    QVERIFY(token);
    const std::string input = toBase64Url(R"({"alg":"EdDSA"})") + "." + toBase64Url(R"({"a":1})");
    QCOMPARE(*token, input + "." + toBase64Url(*ed25519Sign(*seed, input)));
}

void TestSigningKeys::verifierAcceptsRfc7515Example()
{
    // RFC 7515 appendix A.3: the ES256 example's key and signature. Checks the test's own verifier.
    EVP_PKEY* key = keyFromPoint(*fromBase64Url("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"),
                                 *fromBase64Url("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"));
    QVERIFY(key);
    const std::string input = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
                              "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
    const std::string signature =
        *fromBase64Url("DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q");
    QVERIFY(verifiesEs256(key, input, signature));
    std::string tampered = signature;
    tampered[10] = static_cast<char>(tampered[10] ^ 1);
    QVERIFY(!verifiesEs256(key, input, tampered));
    EVP_PKEY_free(key);
}

void TestSigningKeys::ecdsaSignaturesVerify()
{
    EVP_PKEY* key = keyFromPem(kEcPem);
    QVERIFY(key);
    auto first = ecdsaP256Sign(kEcPem, "GET api.coinbase.com/api/v3/brokerage/accounts");
    auto second = ecdsaP256Sign(kEcPem, "GET api.coinbase.com/api/v3/brokerage/accounts");
    QVERIFY(first && second);
    QCOMPARE(first->size(), size_t(64));
    QVERIFY(*first != *second); // randomised
    QVERIFY(verifiesEs256(key, "GET api.coinbase.com/api/v3/brokerage/accounts", *first));
    QVERIFY(verifiesEs256(key, "GET api.coinbase.com/api/v3/brokerage/accounts", *second));
    QVERIFY(!verifiesEs256(key, "GET api.coinbase.com/api/v3/brokerage/orders", *first));
    EVP_PKEY_free(key);
}

void TestSigningKeys::es256TokensVerify()
{
    const std::string header = R"({"alg":"ES256","typ":"JWT","kid":"organizations/o/apiKeys/k","nonce":"00"})";
    const std::string payload = R"({"sub":"organizations/o/apiKeys/k","iat":1700000000})";
    auto token = jwtEs256(header, payload, kEcPem);
    QVERIFY(token);
    const std::string input = toBase64Url(header) + "." + toBase64Url(payload);
    QVERIFY(token->starts_with(input + "."));
    auto signature = fromBase64Url(token->substr(input.size() + 1));
    QVERIFY(signature);
    EVP_PKEY* key = keyFromPem(kEcPem);
    QVERIFY(verifiesEs256(key, input, *signature));
    EVP_PKEY_free(key);
}

void TestSigningKeys::readsEscapedPem()
{
    // A key copied out of Coinbase's JSON key file keeps its line breaks as the two characters \n.
    std::string escaped;
    for (const char* c = kEcPem; *c; ++c) {
        escaped += *c == '\n' ? std::string("\\n") : std::string(1, *c);
    }
    auto signature = ecdsaP256Sign(escaped, "m");
    QVERIFY(signature);
    EVP_PKEY* key = keyFromPem(kEcPem);
    QVERIFY(verifiesEs256(key, "m", *signature));
    EVP_PKEY_free(key);
}

// A 1024-bit RSA key made for this test (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024); the
// expected signature is printf abc | openssl dgst -sha256 -sign key.pem | base64 (PKCS#1 v1.5 is deterministic).
const char* kRsaPem = "-----BEGIN PRIVATE KEY-----\n"
                      "MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAKguQCqDb5KYqo0P\n"
                      "tjZgOlcIEwmh9Sx3j7/Hwqdw8ldGOaUky07TYoEhjFMCxSY85dBLrhc3NAFYG4if\n"
                      "k0Nh6k5wVLRHftW2uKsZXujxrkm/wWyyHvGNIUwOLUh4SBVGdYRdb042+ysGklT3\n"
                      "g01Da0hLvWvMyy/FZFOLDz3ANvGVAgMBAAECgYA8hWhR5DqiZo35dU39A2P7Lcys\n"
                      "CrxP5Da2rQw/dUXAYmUcKMGA/FDWZ1w4AycvO3r4GkPr1tHAKhS+da5o8TN/sVDa\n"
                      "G7LhWQP/yeVI9+F0BERNVcXbhGnJ0mwWV398V1AgFiX9yh8Duht147Y8gge2BDVu\n"
                      "HWkXSKBBil2RFiEpgQJBANLcdSFxWL8S/+Cr87YF+ofDSYoMLT/sfSwzU7TyeMdw\n"
                      "WIXuaj6DTDjGqEGybpWp5nnzYXdQXNr3PKFkf5AD9TcCQQDMLtS4164pm6x1xz9A\n"
                      "D1gwFkLUf/7kmFgg9P99+Vjcq6Wx7FqXPmgVXAAVjdP+pKNXDIiQ+QlCDRwB/c9X\n"
                      "mXWTAkBIXDMt6NHFsGVy2k9mFaMl19RytT8KAsPp2StOmy7rchhOzcRT84bCrRms\n"
                      "gekFHyriiqzV3xQeaF28HNrRtyn9AkAurho19CE+I/gGqTm9pIRt4fj/ag/VJTso\n"
                      "tbpfi40UTi3Agp+naj4TfAgM5XLtCajKMvRZ6IWEU0ju757ikRP/AkEAj228fQDr\n"
                      "PeD4TwWussbanaNlwJ+IpeQF1K7L7RvPc00nbmAdRrvMLjvYTIYu+6N/DU6WfaUS\n"
                      "GBUjfuWU9/YOLw==\n"
                      "-----END PRIVATE KEY-----\n";

void TestSigningKeys::rsaSha256MatchesOpenssl()
{
    auto signature = rsaSha256Sign(kRsaPem, "abc");
    QVERIFY(signature);
    QCOMPARE(
        toBase64(*signature),
        std::string("S9eg9PRd3lwsw7X0p0Im9BIZZwqO67Yiqn3FzcyhQaZwBrXLJ7ruqVGJkrBZjF4VjJkS3svzldFeCuyuRp95DhJaRx6WG3bC"
                    "GgOTENthZ3bC00XE+DO+/pXicw+/z64kDPxu/tGv4ezwjZJudY2PX0Rfvg9XOo2+E46LB4KbZd4="));
    // An EC key is no RSA key.
    QVERIFY(!rsaSha256Sign(kEcPem, "abc"));
}

void TestSigningKeys::refusesUnusableKeys()
{
    QVERIFY(!ecdsaP256Sign("secretsecret", "m"));
    QVERIFY(!jwtEs256("{}", "{}", "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n"));
    QVERIFY(!ed25519Sign("short", "m"));
}

QTEST_GUILESS_MAIN(TestSigningKeys)
#include "TestSigningKeys.moc"
