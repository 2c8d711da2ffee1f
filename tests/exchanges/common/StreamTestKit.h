// SPDX-License-Identifier: GPL-3.0-or-later
// What every stream protocol's replay test needs: a local websocket server that plays the exchange, an exchange
// whose streams point at it (REST scripted), and a subscriber that rebuilds the book the way the models do.
#pragma once

#include "TestSupport.h"
#include "core/OrderBookBuilder.h"
#include "core/WebSocketFeed.h"

#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>
#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace bourse::test {

// An exchange's stream endpoint on 127.0.0.1: keeps every frame a client sent and lets the test answer.
class StreamServer
{
public:
    StreamServer()
        : m_server(QStringLiteral("test exchange"), QWebSocketServer::NonSecureMode)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this] {
            while (QWebSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                // A new connection on a path replaces the one before it there; other paths keep theirs (htx
                // streams books on /feed and the rest on /ws).
                const std::string path = socket->requestUrl().path().toStdString();
                m_byPath[path].reset(socket);
                m_client = socket;
                paths.push_back(socket->requestUrl().path().toStdString());
                queries.push_back(socket->requestUrl().query().toStdString());
                QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                                 [this](const QString& text) { received.push_back(text.toStdString()); });
            }
        });
    }
    std::string origin() const { return "ws://127.0.0.1:" + std::to_string(m_server.serverPort()); }
    bool hasClient() const { return m_client && m_client->state() == QAbstractSocket::ConnectedState; }
    void send(const std::string& frame) { m_client->sendTextMessage(QString::fromStdString(frame)); }
    // A binary frame (htx gzips every frame it sends) on the latest connection, or on the one at `path`.
    void sendBinary(const std::string& bytes) { m_client->sendBinaryMessage(QByteArray::fromStdString(bytes)); }
    void sendBinary(const std::string& path, const std::string& bytes)
    {
        m_byPath.at(path)->sendBinaryMessage(QByteArray::fromStdString(bytes));
    }
    void drop() { m_client->abort(); }
    void drop(const std::string& path) { m_byPath.at(path)->abort(); }
    // Frames received that contain `needle`.
    int count(const std::string& needle) const
    {
        return int(std::count_if(received.begin(), received.end(),
                                 [&](const std::string& f) { return f.find(needle) != std::string::npos; }));
    }
    // Frames received that are exactly `frame`.
    int countExactly(const std::string& frame) const
    {
        return int(std::count(received.begin(), received.end(), frame));
    }

    std::vector<std::string> received;
    std::vector<std::string> paths; // the URL path of each connection
    std::vector<std::string> queries; // and its query (kucoin's token)
    int connections = 0;

private:
    QWebSocketServer m_server;
    std::map<std::string, std::unique_ptr<QWebSocket>> m_byPath;
    QWebSocket* m_client = nullptr; // the latest connection
};

// An exchange with REST scripted and its streams pointed at a local StreamServer; the test loads its markets.
template<typename ExchangeT> struct StreamRig
{
    StreamRig()
        : exchange(transport, clock)
    {
        ex::ExchangeOptions options;
        options.streamUrl = server.origin();
        exchange.setOptions(options);
    }
    ex::WebSocketFeed& feed() { return *dynamic_cast<ex::WebSocketFeed*>(exchange.marketFeed()); }

    StreamServer server;
    ScriptedTransport transport;
    ex::Clock clock;
    ExchangeT exchange;
};

// What a model does with a book subscription: every update goes into an OrderBookBuilder, which must never see
// a gap.
struct BookWatcher
{
    ex::OrderBookBuilder builder;
    int snapshots = 0;
    int deltas = 0;
    std::vector<ex::Error> errors;
    ex::FeedSubscription subscription;

    void watch(ex::MarketFeed& feed, const std::string& symbol)
    {
        subscription = feed.subscribeOrderBook(
            symbol,
            [this](const ex::OrderBookUpdate& u) {
                (u.snapshot ? snapshots : deltas) += 1;
                QCOMPARE(builder.apply(u) == ex::OrderBookBuilder::Outcome::Gap, false);
            },
            [this](const ex::Error& e) { errors.push_back(e); });
    }
    // "bid x amount / ask x amount" of the best levels.
    std::string top() const
    {
        const ex::OrderBook b = builder.book(1);
        return (b.bids.empty() ? std::string("-") : b.bids[0].price.toString() + "x" + b.bids[0].amount.toString())
            + " / "
            + (b.asks.empty() ? std::string("-") : b.asks[0].price.toString() + "x" + b.asks[0].amount.toString());
    }
};

// Trades and tickers of one symbol as they reach a subscriber, and the errors of each stream.
struct TapeWatcher
{
    std::vector<ex::Trade> trades;
    std::vector<ex::Ticker> tickers;
    std::vector<ex::Error> tradeErrors;
    std::vector<ex::Error> tickerErrors;
    ex::FeedSubscription tradeSubscription;
    ex::FeedSubscription tickerSubscription;

    void watch(ex::MarketFeed& feed, const std::string& symbol)
    {
        tradeSubscription = feed.subscribeTrades(
            symbol, [this](const std::vector<ex::Trade>& t) { trades.insert(trades.end(), t.begin(), t.end()); },
            [this](const ex::Error& e) { tradeErrors.push_back(e); });
        tickerSubscription = feed.subscribeTicker(
            symbol, [this](const ex::Ticker& t) { tickers.push_back(t); },
            [this](const ex::Error& e) { tickerErrors.push_back(e); });
    }
};

inline std::string text(const ex::OptDecimal& value)
{
    return value ? value->toString() : std::string("none");
}

} // namespace bourse::test
