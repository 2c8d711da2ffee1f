// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Json.h"

#include <string>
#include <string_view>

// Coinbase Exchange's request signature (docs.cloud.coinbase.com/exchange/docs/rest-auth):
//     CB-ACCESS-SIGN = base64(HMAC-SHA256(key = base64decode(secret), timestamp + METHOD + requestPath + body))
// where requestPath includes the query string and the timestamp is in whole seconds. Pure functions, so that the
// tests check them against a vector computed independently.
namespace bourse::ex::coinbaseexchange {

// Throws AuthenticationError when the secret is not base64 (Coinbase's secrets always are).
std::string accessSign(std::string_view timestamp, std::string_view method, std::string_view requestPath,
                       std::string_view body, std::string_view secret);

} // namespace bourse::ex::coinbaseexchange
