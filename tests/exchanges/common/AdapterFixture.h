// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the upbit, coinex, gemini and deribit tests share: an exchange over a transport that answers every request
// with one body and records what was sent, at a fixed clock, with ccxt's test credentials; and a way to run one
// asynchronous call to its end.
#include "TestSupport.h"
#include "core/OfflineTransports.h"

#include <QFile>

namespace bourse::test {

inline std::string readFixtureFile(const QString& dir, const char* name)
{
    QFile file(dir + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return file.readAll().toStdString();
}

template<typename Ex> struct AdapterFixture
{
    ex::FixedResponseTransport transport;
    ex::Clock clock;
    Ex exchange {transport, clock};

    AdapterFixture(const QString& fixtures, std::string body, int status = 200, std::string apiKey = "key")
        : transport(std::move(body), status)
    {
        exchange.setMarkets(loadMarketsFile(fixtures + QStringLiteral("/markets.json")));
        ex::Credentials c;
        c.apiKey = std::move(apiKey);
        c.secret = "secretsecret";
        exchange.setCredentials(c);
        clock.fixAt(1700000000000);
    }

    const ex::HttpRequest& sent() const { return transport.requests().back(); }

    std::optional<std::string> header(const char* name) const
    {
        for (const auto& [k, v] : sent().headers) {
            if (k == name) {
                return v;
            }
        }
        return std::nullopt;
    }

    template<typename T> ex::Result<T> run(const std::function<void(ex::Callback<T>)>& call)
    {
        auto result = await<T>(call);
        if (!result) {
            return ex::Error(ex::ErrorKind::RequestTimeout, "the test call never finished");
        }
        return std::move(*result);
    }
};

inline ex::Decimal dec(const char* text)
{
    return *ex::Decimal::parse(text);
}

inline ex::JsonValue jsonParams(const char* text)
{
    return *ex::JsonValue::parse(text);
}

} // namespace bourse::test
