// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Http.h"
#include "core/Json.h"

#include <string>
#include <string_view>

// How Kraken authenticates a private call (docs.kraken.com/api-reference, "Authentication"): the parameters go in
// a POST body that starts with a nonce, and API-Sign carries
//     base64(HMAC-SHA512(key = base64decode(secret), message = uriPath + SHA256(nonce + body))).
// Pure functions, so that tests check them against the documented example.
namespace bourse::ex::kraken {

// Parameters as a form body the way ccxt's urlencodeNested (qs) writes them: values percent-encoded (RFC 3986),
// keys as given, objects as key[sub]=v and arrays as key[0]=v, null as key=, booleans as true/false.
std::string urlencodeNested(const JsonValue& params);

// The API secret as bytes. Kraken's secrets are base64; a secret that is not (a test's "secretsecret" is, by
// luck) is read leniently, skipping the characters outside the alphabet, rather than refused.
std::string decodeSecret(std::string_view secret);

// The API-Sign header value for a body sent to `uriPath` ("/0/private/Balance").
std::string apiSign(std::string_view uriPath, std::string_view nonce, std::string_view body, std::string_view secret);

// Whether Kraken wants this private call as JSON instead of a form: the batch calls, and orders whose `price` is
// a percentage ("+5%"), which the form encoding would garble (ccxt does the same).
bool wantsJsonBody(std::string_view path, const JsonValue& params);

// The body of a private call: the nonce first (as a string, also in JSON), then the parameters in order.
std::string privateBody(const JsonValue& params, std::string_view nonce, bool json);

// A whole signed private request: POST `url`, headers API-Key, API-Sign and Content-Type.
HttpRequest signPrivate(const std::string& url, std::string_view uriPath, const std::string& path,
                        const JsonValue& params, std::string_view nonce, std::string_view apiKey,
                        std::string_view secret);

} // namespace bourse::ex::kraken
