// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoinbaseExchangeSigner.h"

#include "core/Errors.h"
#include "core/Signing.h"

namespace bourse::ex::coinbaseexchange {

std::string accessSign(std::string_view timestamp, std::string_view method, std::string_view requestPath,
                       std::string_view body, std::string_view secret)
{
    auto key = signing::fromBase64(secret);
    if (!key) {
        throw Error(ErrorKind::AuthenticationError, "coinbaseexchange: the API secret is not base64");
    }
    std::string message(timestamp);
    message.append(method);
    message.append(requestPath);
    message.append(body);
    std::string signature = signing::toBase64(signing::hmac(signing::Hash::Sha256, *key, message));
    signing::cleanse(*key);
    return signature;
}

} // namespace bourse::ex::coinbaseexchange
