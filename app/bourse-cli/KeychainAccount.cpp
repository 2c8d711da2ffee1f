// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainAccount.h"

#include "core/Errors.h"
#include "core/Json.h"
#include "models/accounts/AccountList.h"
#include "models/accounts/CredentialVault.h"

#include <QEventLoop>
#include <algorithm>
#include <cctype>
#include <regex>

namespace bourse::cli {

using ex::Error;
using ex::ErrorKind;

ex::Credentials readAccount(const std::string& label, const std::string& exchangeId)
{
    const QString name = QString::fromStdString(label);
    const std::optional<models::Account> account = models::AccountList().find(name);
    if (!account) {
        throw Error(ErrorKind::BadRequest, "no account named '" + label + "' (the window's File > Accounts adds one)");
    }
    if (account->exchange.toStdString() != exchangeId) {
        throw Error(ErrorKind::BadRequest,
                    "account '" + label + "' is on " + account->exchange.toStdString() + ", not " + exchangeId);
    }
    models::CredentialVault vault;
    QEventLoop loop;
    std::optional<ex::Credentials> keys;
    QString problem;
    vault.load(name, [&](std::optional<ex::Credentials> loaded, const QString& error) {
        keys = std::move(loaded);
        problem = error;
        loop.quit();
    });
    loop.exec();
    if (!keys) {
        throw Error(ErrorKind::AuthenticationError, problem.toStdString());
    }
    return std::move(*keys);
}

namespace {

bool carriesSignature(std::string name)
{
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    return name.find("sign") != std::string::npos || name == "authorization";
}

// Signatures sent as query or form fields (Binance's `signature=`, HTX's `Signature=`).
std::string maskSignatureFields(const std::string& text)
{
    static const std::regex field(R"(((?:^|[?&])[A-Za-z_]*[Ss]ign[A-Za-z_]*=)[^&"]*)");
    return std::regex_replace(text, field, "$1***");
}

void replaceAll(std::string& text, const std::string& secret)
{
    if (secret.empty()) {
        return;
    }
    for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + 3)) {
        text.replace(at, secret.size(), "***");
    }
}

} // namespace

std::string maskSecrets(const std::string& requestJson, const ex::Credentials& credentials)
{
    std::string text = requestJson;
    if (auto request = ex::JsonValue::parse(requestJson)) {
        if (ex::JsonValue* headers = request->find("headers"); headers && headers->isObject()) {
            ex::JsonValue masked = ex::JsonValue::object();
            for (const auto& [name, value] : headers->members()) {
                masked.set(name, carriesSignature(name) ? ex::JsonValue("***") : value);
            }
            request->set("headers", std::move(masked));
        }
        for (const char* part : {"url", "body"}) {
            if (ex::JsonValue* value = request->find(part); value && value->isString()) {
                request->set(part, ex::JsonValue(maskSignatureFields(*value->asString())));
            }
        }
        text = request->dump();
    }
    replaceAll(text, credentials.apiKey);
    replaceAll(text, credentials.secret);
    replaceAll(text, credentials.password);
    replaceAll(text, credentials.uid);
    for (const auto& [name, value] : credentials.other) {
        replaceAll(text, value);
    }
    return text;
}

} // namespace bourse::cli
