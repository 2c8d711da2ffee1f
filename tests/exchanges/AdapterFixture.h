// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QString>
#include <functional>
#include <string>

// An adapter over a ScriptedTransport, on a markets file, with ccxt's static-test credentials ("key",
// "secretsecret") and a fixed clock: one answer is queued per call, and what was sent can be read back.
// Shared by the adapter tests (TestBitfinex, TestBitstamp).
namespace bourse::test {

// Literals for the expectations: an exact decimal, an optional one, a params object.
inline ex::Decimal dec(const char* text)
{
    return *ex::Decimal::parse(text);
}

inline ex::OptDecimal optDec(const char* text)
{
    return ex::Decimal::parse(text);
}

inline ex::JsonValue params(const char* json)
{
    return *ex::JsonValue::parse(json);
}

template<typename Adapter> struct AdapterFixture
{
    ScriptedTransport transport;
    ex::Clock clock;
    Adapter exchange {transport, clock};

    explicit AdapterFixture(const QString& marketsFile)
    {
        exchange.setMarkets(loadMarketsFile(marketsFile));
        ex::Credentials c;
        c.apiKey = "key";
        c.secret = "secretsecret";
        exchange.setCredentials(c);
        clock.fixAt(1700000000000);
    }

    const ex::HttpRequest& sent() const { return transport.requests.back(); }

    // The last request's header, or "(absent)".
    std::string header(const char* name) const
    {
        for (const auto& [k, v] : sent().headers) {
            if (k == name) {
                return v;
            }
        }
        return "(absent)";
    }

    // Queues `body` with `status` as the answer, then runs the call to its end.
    template<typename T> ex::Result<T> run(int status, std::string body, std::function<void(ex::Callback<T>)> call)
    {
        transport.push(status, std::move(body));
        auto r = await<T>(std::move(call));
        if (!r) {
            return ex::Error(ex::ErrorKind::RequestTimeout, "the test call never finished");
        }
        return std::move(*r);
    }
};

} // namespace bourse::test
