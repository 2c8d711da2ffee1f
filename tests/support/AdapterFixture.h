// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Exchange.h"
#include "core/OfflineTransports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QString>
#include <functional>
#include <optional>
#include <string>

// The harness of an adapter test: one exchange answering every request with one body, at a fixed clock, with
// ccxt's static-test credentials ("key" / "secretsecret") and markets from a ccxt-shaped fixture file.
namespace bourse::test {

inline std::string readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(path));
    }
    return file.readAll().toStdString();
}

inline std::vector<ex::Market> marketsFromFile(const QString& path)
{
    ex::JsonDocument doc = ex::JsonDocument::parse(readFile(path));
    std::vector<ex::Market> markets;
    for (const auto& m : doc.root().members()) {
        markets.push_back(ex::Market::fromJson(m.value));
    }
    return markets;
}

inline ex::Decimal dec(const char* text)
{
    return *ex::Decimal::parse(text);
}

// Request parameters from JSON text.
inline ex::JsonValue jsonParams(const char* json)
{
    return *ex::JsonValue::parse(json);
}

template<typename T> struct AdapterFixture
{
    ex::FixedResponseTransport transport;
    ex::Clock clock;
    T exchange {transport, clock};

    AdapterFixture(const QString& marketsFile, std::string body, int status)
        : transport(std::move(body), status)
    {
        exchange.setMarkets(marketsFromFile(marketsFile));
        ex::Credentials c;
        c.apiKey = "key";
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
};

// Runs one asynchronous call to its end (the throttle may hold it a moment).
template<typename T> ex::Result<T> finish(const std::function<void(ex::Callback<T>)>& call)
{
    std::optional<ex::Result<T>> result;
    call([&result](ex::Result<T> r) { result.emplace(std::move(r)); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    if (!result) {
        return ex::Error(ex::ErrorKind::RequestTimeout, "the test call never finished");
    }
    return std::move(*result);
}

} // namespace bourse::test
