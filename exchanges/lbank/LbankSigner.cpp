// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lbank.h"
#include "core/Signing.h"
#include "core/SigningKeys.h"

#include <algorithm>

namespace bourse::ex {

namespace {

// LBank hands out an RSA private key as bare base64 (PKCS#8 DER); OpenSSL reads it once wrapped as a PEM.
std::string pemOf(const std::string& base64Key)
{
    std::string pem = "-----BEGIN PRIVATE KEY-----\n";
    for (size_t i = 0; i < base64Key.size(); i += 64) {
        pem += base64Key.substr(i, 64) + "\n";
    }
    return pem + "-----END PRIVATE KEY-----\n";
}

} // namespace

LbankSignature lbankSign(const std::vector<std::pair<std::string, std::string>>& params, const std::string& secret,
                         long long timestampMs, const std::string& echostr)
{
    LbankSignature s;
    // lbank.com/en-US/docs/index.html#signature: keys longer than an HMAC secret are RSA private keys.
    const bool rsa = secret.size() > 32;
    s.signatureMethod = rsa ? "RSA" : "HmacSHA256";
    s.timestamp = std::to_string(timestampMs);
    s.echostr = echostr;
    auto all = params;
    all.emplace_back("echostr", echostr);
    all.emplace_back("signature_method", s.signatureMethod);
    all.emplace_back("timestamp", s.timestamp);
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // The signed text is the sorted key=value pairs, unescaped, digested with MD5 and written in upper-case hex.
    std::string raw;
    for (const auto& [k, v] : all) {
        raw += (raw.empty() ? "" : "&") + k + "=" + v;
    }
    std::string digest = signing::toHex(signing::digest(signing::Hash::Md5, raw));
    std::transform(digest.begin(), digest.end(), digest.begin(), [](unsigned char c) { return std::toupper(c); });
    if (!rsa) {
        s.sign = signing::toHex(signing::hmac(signing::Hash::Sha256, secret, digest));
        return s;
    }
    std::string pem = pemOf(secret);
    auto signature = signing::rsaSha256Sign(pem, digest);
    signing::cleanse(pem);
    if (!signature) {
        throw Error(ErrorKind::AuthenticationError, "lbank: the secret is neither an HMAC key nor an RSA private key");
    }
    s.sign = signing::toBase64(*signature);
    return s;
}

} // namespace bourse::ex
