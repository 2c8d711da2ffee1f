// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Http.h"
#include "core/Json.h"

#include <string>
#include <string_view>

// How HTX authenticates a private call (huobiapi.github.io/docs/spot/v1/en, "Signature"): the query carries
// AccessKeyId, SignatureMethod=HmacSHA256, SignatureVersion=2 and Timestamp (UTC, YYYY-MM-DDThh:mm:ss), then, for
// GET, the call's parameters; Signature = base64(HMAC-SHA256(secret, METHOD \n host \n path \n that query)).
// POST parameters go in a JSON body, outside the signature.
namespace bourse::ex::htx {

// "2023-11-14T22:13:20" for a time in milliseconds.
std::string timestamp(long long milliseconds);

// The Signature value for the query text `auth` (already percent-encoded, in the order sent).
std::string signature(std::string_view method, std::string_view host, std::string_view path, std::string_view auth,
                      std::string_view secret);

// A whole signed private request to `origin` + `path` ("/v1/order/orders/place"); `host` is the one signed.
HttpRequest signPrivate(const std::string& method, const std::string& origin, const std::string& host,
                        const std::string& path, const JsonValue& params, long long milliseconds,
                        std::string_view apiKey, std::string_view secret);

} // namespace bourse::ex::htx
