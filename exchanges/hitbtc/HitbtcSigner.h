// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

// How HitBTC authenticates a private call (api.hitbtc.com/#hs256): the header
//     Authorization: HS256 base64(apiKey + ":" + signature + ":" + timestamp)
// where signature = hex(HMAC-SHA256(secret, method + path + ("?" + query | body) + timestamp)), path being the
// full path on the host ("/api/3/spot/order") and timestamp the milliseconds. The older HTTP Basic scheme
// (key:secret in the clear) is still accepted by HitBTC, but HS256 never sends the secret.
namespace bourse::ex::hitbtc {

// `queryOrBody`: "?a=1&b=2" for a GET with parameters, the JSON body otherwise, or empty.
std::string signature(std::string_view method, std::string_view path, std::string_view queryOrBody,
                      std::string_view timestamp, std::string_view secret);
std::string authorization(std::string_view apiKey, std::string_view signature, std::string_view timestamp);

} // namespace bourse::ex::hitbtc
