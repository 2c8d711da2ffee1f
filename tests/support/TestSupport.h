// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <deque>
#include <functional>
#include <optional>
#include <string>

namespace bourse::test {

// Runs an asynchronous exchange call to completion (or until `timeoutMs`), for tests.
template<typename T> std::optional<ex::Result<T>> await(std::function<void(ex::Callback<T>)> call, int timeoutMs = 5000)
{
    std::optional<ex::Result<T>> result;
    call([&result](ex::Result<T> r) { result.emplace(std::move(r)); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return result;
}

// Answers requests from a script of responses, one per request, and records the requests.
class ScriptedTransport final : public ex::Transport
{
public:
    void push(int status, std::string body, ex::Headers headers = {})
    {
        ex::HttpResponse r;
        r.status = status;
        r.body = std::move(body);
        r.headers = std::move(headers);
        m_script.push_back(std::move(r));
    }
    void pushTransportError(ex::Error error)
    {
        ex::HttpResponse r;
        r.transportError = std::move(error);
        m_script.push_back(std::move(r));
    }
    void send(const ex::HttpRequest& request, std::function<void(ex::HttpResponse)> done) override
    {
        requests.push_back(request);
        if (m_script.empty()) {
            ex::HttpResponse r;
            r.transportError = ex::Error(ex::ErrorKind::NetworkError, "the test script ran out of responses");
            done(std::move(r));
            return;
        }
        ex::HttpResponse r = std::move(m_script.front());
        m_script.pop_front();
        done(std::move(r));
    }
    std::vector<ex::HttpRequest> requests;

private:
    std::deque<ex::HttpResponse> m_script;
};

// Unified markets from a ccxt-shaped file keyed by symbol (what `bourse-cli --markets` reads).
std::vector<ex::Market> loadMarketsFile(const QString& path);
std::string readTextFile(const QString& path);

// A raw TCP server on 127.0.0.1 that misbehaves the way networks do: it answers with given bytes, or accepts and
// never answers, or drops the connection at once. It counts the connections it saw.
class MisbehavingServer final : public QTcpServer
{
public:
    enum class Mode {
        Answer,
        Silent,
        Reset,
    };
    explicit MisbehavingServer(Mode mode, QByteArray answer = {});
    quint16 port() const { return serverPort(); }
    std::string origin() const;
    int connections = 0;
    QByteArray lastRequest;

private:
    Mode m_mode;
    QByteArray m_answer;
};

QByteArray httpResponse(int status, const QByteArray& body, const QByteArray& contentType = "application/json",
                        const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});

} // namespace bourse::test
