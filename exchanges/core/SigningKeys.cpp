// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigningKeys.h"

#include "Signing.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace bourse::ex::signing {
namespace {

struct FreeKey
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct FreeBio
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct FreeMdCtx
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct FreeSig
{
    void operator()(ECDSA_SIG* s) const { ECDSA_SIG_free(s); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, FreeKey>;

// The PEM as OpenSSL wants it: real line breaks where a JSON key file left "\n" escapes.
std::string normalisedPem(std::string_view pem)
{
    std::string out;
    out.reserve(pem.size());
    for (size_t i = 0; i < pem.size(); ++i) {
        if (pem[i] == '\\' && i + 1 < pem.size() && pem[i + 1] == 'n') {
            out.push_back('\n');
            ++i;
        } else {
            out.push_back(pem[i]);
        }
    }
    return out;
}

KeyPtr readPrivateKey(std::string_view pem)
{
    std::string text = normalisedPem(pem);
    std::unique_ptr<BIO, FreeBio> bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
    KeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    cleanse(text);
    return key;
}

std::optional<std::string> signWith(EVP_PKEY* key, const EVP_MD* md, std::string_view message)
{
    std::unique_ptr<EVP_MD_CTX, FreeMdCtx> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, md, nullptr, key) != 1) {
        return std::nullopt;
    }
    size_t size = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(message.data());
    if (EVP_DigestSign(ctx.get(), nullptr, &size, data, message.size()) != 1) {
        return std::nullopt;
    }
    std::string signature(size, '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size, data, message.size())
        != 1) {
        return std::nullopt;
    }
    signature.resize(size);
    return signature;
}

std::string compactJws(std::string_view headerJson, std::string_view payloadJson)
{
    return toBase64Url(headerJson) + "." + toBase64Url(payloadJson);
}

} // namespace

std::optional<std::string> ecdsaP256Sign(std::string_view pemPrivateKey, std::string_view message)
{
    KeyPtr key = readPrivateKey(pemPrivateKey);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_EC || EVP_PKEY_get_bits(key.get()) != 256) {
        return std::nullopt;
    }
    auto der = signWith(key.get(), EVP_sha256(), message);
    if (!der) {
        return std::nullopt;
    }
    // OpenSSL writes ECDSA-Sig-Value (DER); JWS wants the two integers as fixed 32-byte big-endian halves.
    const auto* p = reinterpret_cast<const unsigned char*>(der->data());
    std::unique_ptr<ECDSA_SIG, FreeSig> sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der->size())));
    if (!sig) {
        return std::nullopt;
    }
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    std::string raw(64, '\0');
    auto* out = reinterpret_cast<unsigned char*>(raw.data());
    if (BN_bn2binpad(r, out, 32) != 32 || BN_bn2binpad(s, out + 32, 32) != 32) {
        return std::nullopt;
    }
    return raw;
}

std::optional<std::string> jwtEs256(std::string_view headerJson, std::string_view payloadJson,
                                    std::string_view pemPrivateKey)
{
    std::string signingInput = compactJws(headerJson, payloadJson);
    auto signature = ecdsaP256Sign(pemPrivateKey, signingInput);
    if (!signature) {
        return std::nullopt;
    }
    return signingInput + "." + toBase64Url(*signature);
}

std::optional<std::string> ed25519Sign(std::string_view seed, std::string_view message)
{
    if (seed.size() != 32) {
        return std::nullopt;
    }
    KeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                            reinterpret_cast<const unsigned char*>(seed.data()), seed.size()));
    if (!key) {
        return std::nullopt;
    }
    // Ed25519 hashes internally (PureEdDSA): no digest is named.
    return signWith(key.get(), nullptr, message);
}

std::optional<std::string> jwtEdDsa(std::string_view headerJson, std::string_view payloadJson, std::string_view seed)
{
    std::string signingInput = compactJws(headerJson, payloadJson);
    auto signature = ed25519Sign(seed, signingInput);
    if (!signature) {
        return std::nullopt;
    }
    return signingInput + "." + toBase64Url(*signature);
}

std::optional<std::string> rsaSha256Sign(std::string_view pemPrivateKey, std::string_view message)
{
    KeyPtr key = readPrivateKey(pemPrivateKey);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA) {
        return std::nullopt;
    }
    // EVP_DigestSign pads RSA keys with PKCS#1 v1.5 unless told otherwise.
    return signWith(key.get(), EVP_sha256(), message);
}

} // namespace bourse::ex::signing
