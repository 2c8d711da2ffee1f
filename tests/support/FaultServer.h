// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QTcpServer>
#include <QUrlQuery>
#include <deque>
#include <functional>
#include <optional>
#include <string>

class QTcpSocket;

namespace bourse::test {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as the server read it.
struct FaultRequest
{
    QByteArray method;
    QByteArray path; // without the query
    QUrlQuery query; // the query string and, for a form body, its fields
    QByteArray body;
    RawHeaders headers;
    qint64 receivedMs = 0; // since the server started
    QString param(const QString& name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    // A header's value, its name matched case-insensitively (empty when absent).
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0) {
                return v;
            }
        }
        return {};
    }
};

struct FaultReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    RawHeaders headers;

    static FaultReply with(int status, QByteArray body, QByteArray contentType = "application/json",
                           RawHeaders headers = {})
    {
        FaultReply r;
        r.status = status;
        r.body = std::move(body);
        r.contentType = std::move(contentType);
        r.headers = std::move(headers);
        return r;
    }
};

// What goes wrong with one request. By default the request never reaches the exchange's logic (a fault on the
// way in); `afterHandling()` lets it be handled first (an order is placed) and then strikes the answer.
struct Fault
{
    enum class Kind {
        Delay, // the normal answer, late
        Silence, // accepts and reads the request, never answers (the client times out)
        Reset, // drops the connection without an answer
        Reply, // a fixed answer instead of the normal one
        Truncate, // the normal answer cut in half (with a matching Content-Length)
        WrongContentType, // the normal answer labelled text/html
    };
    Kind kind = Kind::Reply;
    int delayMs = 0;
    FaultReply reply;
    bool handled = false;

    static Fault delay(int ms);
    static Fault silence();
    static Fault reset();
    static Fault status(int status, QByteArray body = {}, QByteArray contentType = "application/json",
                        RawHeaders headers = {});
    // 429 with binance's -1003 body, with or without Retry-After.
    static Fault rateLimited(std::optional<int> retryAfterSeconds);
    // 418 (binance's IP ban) with Retry-After.
    static Fault banned(int retryAfterSeconds);
    static Fault cloudflare();
    static Fault truncatedJson();
    static Fault malformedJson();
    // A well-formed error in the exchange's own shape: {"code":-2010,"msg":"..."}.
    static Fault exchangeError(int status, int code, const QByteArray& message);
    static Fault wrongContentType();
    static Fault hugeBody(qsizetype bytes);
    static Fault redirect(const QByteArray& location);
    Fault afterHandling() const;
};

// An HTTP/1.1 server on 127.0.0.1 that plays an exchange's API from routes (a handler or a fixed answer per
// method and path) and misbehaves on request: faults queue per path and are taken, one per request, in order.
// It records every request it read, with its arrival time, so that tests can count and space them.
class FaultServer final : public QTcpServer
{
public:
    using Handler = std::function<FaultReply(const FaultRequest&)>;

    FaultServer();
    std::string origin() const;

    void route(const QByteArray& method, const QByteArray& path, Handler handler);
    void route(const QByteArray& method, const QByteArray& path, FaultReply reply);
    // The next request to `path` (any method, or only `METHOD` when given as "METHOD /path") meets `fault`; with
    // several injected they are met in order.
    void inject(const QByteArray& path, Fault fault);
    int faultsLeft(const QByteArray& path) const;
    void clearFaults() { m_faults.clear(); }
    // The requests read so far to `method` `path`.
    QList<FaultRequest> requestsTo(const QByteArray& method, const QByteArray& path) const;

    QList<FaultRequest> requests;

private:
    void read(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const FaultRequest& request);
    FaultReply handle(const FaultRequest& request);
    static void write(QTcpSocket* socket, const FaultReply& reply);

    QElapsedTimer m_clock;
    QMap<QByteArray, Handler> m_routes; // "METHOD path"
    QHash<QByteArray, std::deque<Fault>> m_faults;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

// A small binance spot on a FaultServer: markets, ticker and depth from the recorded responses in `fixtures`, the
// server time, and orders kept in memory (POST/GET api/v3/order, GET api/v3/openOrders and allOrders), found
// again by client order id the way binance does, or -2013 "Order does not exist".
class BinanceVenue
{
public:
    BinanceVenue(FaultServer& server, const QString& fixtures);
    // Orders by client order id, as the venue holds them.
    QMap<QString, QJsonObject> orders;

private:
    FaultReply placeOrder(const FaultRequest& request);
    FaultReply findOrder(const FaultRequest& request) const;
    FaultReply listOrders(const FaultRequest& request, bool openOnly) const;
    long long m_nextId = 1000;
};

} // namespace bourse::test
