// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the gate and htx adapter tests share: fixture files, the unified markets of a fixture, and running one
// asynchronous call to its end.
#include "core/Exchange.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bourse::ex::testkit {

inline std::string readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(path));
    }
    return file.readAll().toStdString();
}

// markets.json as the conformance corpus has it: unified markets keyed by symbol.
inline std::vector<Market> marketsFrom(const std::string& json)
{
    JsonDocument doc = JsonDocument::parse(json);
    std::vector<Market> markets;
    for (const auto& m : doc.root().members()) {
        markets.push_back(Market::fromJson(m.value));
    }
    return markets;
}

// Runs one asynchronous call to its end. The fixed transport answers at once; the loop is there for the throttle.
template<typename T> Result<T> await(const std::function<void(Callback<T>)>& call)
{
    std::optional<Result<T>> result;
    call([&result](Result<T> r) { result.emplace(std::move(r)); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    if (!result) {
        return Error(ErrorKind::RequestTimeout, "the test call never finished");
    }
    return std::move(*result);
}

} // namespace bourse::ex::testkit
