// SPDX-License-Identifier: GPL-3.0-or-later
#include "HitbtcSigner.h"

#include "core/Signing.h"

namespace bourse::ex::hitbtc {

std::string signature(std::string_view method, std::string_view path, std::string_view queryOrBody,
                      std::string_view timestamp, std::string_view secret)
{
    std::string payload(method);
    payload.append(path);
    payload.append(queryOrBody);
    payload.append(timestamp);
    return signing::toHex(signing::hmac(signing::Hash::Sha256, secret, payload));
}

std::string authorization(std::string_view apiKey, std::string_view signature, std::string_view timestamp)
{
    std::string credentials(apiKey);
    credentials.push_back(':');
    credentials.append(signature);
    credentials.push_back(':');
    credentials.append(timestamp);
    return "HS256 " + signing::toBase64(credentials);
}

} // namespace bourse::ex::hitbtc
