// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the two Coinbase adapters' tests share: fixture files, an exchange answering every request with one body
// (recording what it sent), and running one asynchronous call to its end.
#include "core/Exchange.h"
#include "core/OfflineTransports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bourse::test::coinbase {

inline std::string readFile(const QString& dir, const char* name)
{
    QFile file(dir + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return file.readAll().toStdString();
}

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

template<typename Exchange> struct Fixture
{
    ex::FixedResponseTransport transport;
    ex::Clock clock;
    Exchange ex {transport, clock};

    // Markets from `dir`/markets.json, the static tests' credentials, the clock at 1700000000000.
    Fixture(const QString& dir, std::string body, int status, const char* key, const char* secret)
        : transport(std::move(body), status)
    {
        ex::JsonDocument doc = ex::JsonDocument::parse(readFile(dir, "markets.json"));
        std::vector<ex::Market> markets;
        for (const auto& m : doc.root().members()) {
            markets.push_back(ex::Market::fromJson(m.value));
        }
        this->ex.setMarkets(std::move(markets));
        ex::Credentials c;
        c.apiKey = key;
        c.secret = secret;
        c.password = "password";
        this->ex.setCredentials(c);
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

// The fixed transport answers at once; the loop is there for the throttle.
template<typename T> ex::Result<T> await(const std::function<void(ex::Callback<T>)>& call)
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

} // namespace bourse::test::coinbase
