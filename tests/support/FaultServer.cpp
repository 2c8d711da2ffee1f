// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace bourse::test {

// ---- faults ----

Fault Fault::delay(int ms)
{
    Fault f;
    f.kind = Kind::Delay;
    f.delayMs = ms;
    f.handled = true;
    return f;
}

Fault Fault::silence()
{
    Fault f;
    f.kind = Kind::Silence;
    return f;
}

Fault Fault::reset()
{
    Fault f;
    f.kind = Kind::Reset;
    return f;
}

Fault Fault::status(int status, QByteArray body, QByteArray contentType, RawHeaders headers)
{
    Fault f;
    f.reply = FaultReply::with(status, std::move(body), std::move(contentType), std::move(headers));
    return f;
}

Fault Fault::rateLimited(std::optional<int> retryAfterSeconds)
{
    RawHeaders headers;
    if (retryAfterSeconds) {
        headers.append({"Retry-After", QByteArray::number(*retryAfterSeconds)});
    }
    return status(429,
                  R"({"code":-1003,"msg":"Too much request weight used; current limit is 6000 request weight per 1 )"
                  R"(MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."})",
                  "application/json", headers);
}

Fault Fault::banned(int retryAfterSeconds)
{
    return status(418, R"({"code":-1003,"msg":"Way too much request weight used; IP banned until 1710390000000."})",
                  "application/json", {{"Retry-After", QByteArray::number(retryAfterSeconds)}});
}

Fault Fault::cloudflare()
{
    return status(403,
                  "<!DOCTYPE html>\n<html lang=\"en-US\"><head><title>Attention Required! | Cloudflare</title></head>"
                  "<body><h1>Sorry, you have been blocked</h1><p>This website is using a security service to protect "
                  "itself from online attacks.</p><span>Cloudflare Ray ID: 8a1b2c3d4e5f6789</span></body></html>",
                  "text/html; charset=UTF-8");
}

Fault Fault::truncatedJson()
{
    Fault f;
    f.kind = Kind::Truncate;
    f.handled = true;
    return f;
}

Fault Fault::malformedJson()
{
    return status(200, R"({"symbol":"BTCUSDT","lastPrice":"73369.84",,"bidPrice":}])");
}

Fault Fault::exchangeError(int status, int code, const QByteArray& message)
{
    QJsonObject o {{QStringLiteral("code"), code}, {QStringLiteral("msg"), QString::fromUtf8(message)}};
    return Fault::status(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Fault Fault::wrongContentType()
{
    Fault f;
    f.kind = Kind::WrongContentType;
    f.handled = true;
    return f;
}

Fault Fault::hugeBody(qsizetype bytes)
{
    return status(200, QByteArray(bytes, 'x'), "application/json");
}

Fault Fault::redirect(const QByteArray& location)
{
    return status(302, {}, "text/plain", {{"Location", location}});
}

Fault Fault::afterHandling() const
{
    Fault f = *this;
    f.handled = true;
    return f;
}

// ---- the server ----

FaultServer::FaultServer()
{
    m_clock.start();
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

std::string FaultServer::origin() const
{
    return "http://127.0.0.1:" + std::to_string(serverPort());
}

void FaultServer::route(const QByteArray& method, const QByteArray& path, Handler handler)
{
    m_routes.insert(method + ' ' + path, std::move(handler));
}

void FaultServer::route(const QByteArray& method, const QByteArray& path, FaultReply reply)
{
    route(method, path, [reply](const FaultRequest&) { return reply; });
}

void FaultServer::inject(const QByteArray& path, Fault fault)
{
    m_faults[path].push_back(std::move(fault));
}

int FaultServer::faultsLeft(const QByteArray& path) const
{
    auto it = m_faults.find(path);
    return it == m_faults.end() ? 0 : static_cast<int>(it->size());
}

QList<FaultRequest> FaultServer::requestsTo(const QByteArray& method, const QByteArray& path) const
{
    QList<FaultRequest> out;
    for (const auto& r : requests) {
        if (r.method == method && r.path == path) {
            out.append(r);
        }
    }
    return out;
}

void FaultServer::read(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
        FaultRequest request;
        request.method = start.value(0);
        const QByteArray target = start.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                QByteArray name = lines[i].left(colon).trimmed();
                QByteArray value = lines[i].mid(colon + 1).trimmed();
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                    length = value.toLongLong();
                }
                request.headers.append({name, value});
            }
        }
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        const qsizetype q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        QByteArray fields = q < 0 ? QByteArray() : target.mid(q + 1);
        if (!request.body.isEmpty() && !request.body.startsWith('{')) {
            fields += (fields.isEmpty() ? "" : "&") + request.body; // a form body's fields, as binance signs them
        }
        request.query = QUrlQuery(QString::fromLatin1(fields));
        request.receivedMs = m_clock.elapsed();
        requests.append(request);
        answer(socket, request);
    }
}

FaultReply FaultServer::handle(const FaultRequest& request)
{
    auto it = m_routes.find(request.method + ' ' + request.path);
    if (it == m_routes.end()) {
        return FaultReply::with(404, R"({"code":-1,"msg":"the fault server has no route for this"})");
    }
    return (*it)(request);
}

void FaultServer::write(QTcpSocket* socket, const FaultReply& reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Fault\r\nContent-Type: " + reply.contentType
        + "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n";
    for (const auto& [k, v] : reply.headers) {
        out += k + ": " + v + "\r\n";
    }
    socket->write(out + "\r\n" + reply.body);
    socket->disconnectFromHost();
}

void FaultServer::answer(QTcpSocket* socket, const FaultRequest& request)
{
    auto queued = m_faults.find(request.method + ' ' + request.path);
    if (queued == m_faults.end() || queued->empty()) {
        queued = m_faults.find(request.path);
    }
    if (queued == m_faults.end() || queued->empty()) {
        write(socket, handle(request));
        return;
    }
    Fault fault = queued->front();
    queued->pop_front();
    FaultReply normal;
    if (fault.handled) {
        normal = handle(request);
    }
    switch (fault.kind) {
    case Fault::Kind::Delay:
        QTimer::singleShot(fault.delayMs, socket, [socket, normal] { write(socket, normal); });
        return;
    case Fault::Kind::Silence:
        return;
    case Fault::Kind::Reset:
        socket->abort();
        return;
    case Fault::Kind::Reply:
        write(socket, fault.reply);
        return;
    case Fault::Kind::Truncate:
        normal.body.truncate(normal.body.size() / 2);
        write(socket, normal);
        return;
    case Fault::Kind::WrongContentType:
        normal.contentType = "text/html; charset=UTF-8";
        write(socket, normal);
        return;
    }
}

// ---- binance ----

namespace {

QByteArray readFixture(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

FaultReply json(const QJsonObject& o, int status = 200)
{
    return FaultReply::with(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

FaultReply orderDoesNotExist()
{
    return json({{QStringLiteral("code"), -2013}, {QStringLiteral("msg"), QStringLiteral("Order does not exist.")}},
                400);
}

} // namespace

BinanceVenue::BinanceVenue(FaultServer& server, const QString& fixtures)
{
    server.route("GET", "/api/v3/exchangeInfo",
                 FaultReply::with(200, readFixture(fixtures + QStringLiteral("/exchangeInfo.json"))));
    server.route("GET", "/api/v3/ticker/24hr",
                 FaultReply::with(200, readFixture(fixtures + QStringLiteral("/ticker24hr.json"))));
    server.route("GET", "/api/v3/depth", FaultReply::with(200, readFixture(fixtures + QStringLiteral("/depth.json"))));
    server.route("GET", "/api/v3/time", FaultReply::with(200, R"({"serverTime":1710386400000})"));
    server.route("POST", "/api/v3/order", [this](const FaultRequest& r) { return placeOrder(r); });
    server.route("GET", "/api/v3/order", [this](const FaultRequest& r) { return findOrder(r); });
    server.route("GET", "/api/v3/openOrders", [this](const FaultRequest& r) { return listOrders(r, true); });
    server.route("GET", "/api/v3/allOrders", [this](const FaultRequest& r) { return listOrders(r, false); });
}

FaultReply BinanceVenue::placeOrder(const FaultRequest& r)
{
    const QString clientId = r.param(QStringLiteral("newClientOrderId"));
    if (orders.contains(clientId)) {
        return json({{QStringLiteral("code"), -2010}, {QStringLiteral("msg"), QStringLiteral("Duplicate order sent.")}},
                    400);
    }
    QJsonObject o {
        {QStringLiteral("symbol"), r.param(QStringLiteral("symbol"))},
        {QStringLiteral("orderId"), m_nextId++},
        {QStringLiteral("orderListId"), -1},
        {QStringLiteral("clientOrderId"), clientId},
        {QStringLiteral("transactTime"), 1710386400000LL},
        {QStringLiteral("time"), 1710386400000LL},
        {QStringLiteral("updateTime"), 1710386400000LL},
        {QStringLiteral("price"), r.param(QStringLiteral("price"))},
        {QStringLiteral("origQty"), r.param(QStringLiteral("quantity"))},
        {QStringLiteral("executedQty"), QStringLiteral("0.00000000")},
        {QStringLiteral("cummulativeQuoteQty"), QStringLiteral("0.00000000")},
        {QStringLiteral("status"), QStringLiteral("NEW")},
        {QStringLiteral("timeInForce"), r.param(QStringLiteral("timeInForce"))},
        {QStringLiteral("type"), r.param(QStringLiteral("type"))},
        {QStringLiteral("side"), r.param(QStringLiteral("side"))},
        {QStringLiteral("isWorking"), true},
    };
    orders.insert(clientId, o);
    o.insert(QStringLiteral("fills"), QJsonArray());
    return json(o);
}

FaultReply BinanceVenue::findOrder(const FaultRequest& r) const
{
    const QString clientId = r.param(QStringLiteral("origClientOrderId"));
    const QString orderId = r.param(QStringLiteral("orderId"));
    for (const QJsonObject& o : orders) {
        if ((!clientId.isEmpty() && o.value(QStringLiteral("clientOrderId")).toString() == clientId)
            || (!orderId.isEmpty() && QString::number(o.value(QStringLiteral("orderId")).toInteger()) == orderId)) {
            return json(o);
        }
    }
    return orderDoesNotExist();
}

FaultReply BinanceVenue::listOrders(const FaultRequest& r, bool openOnly) const
{
    const QString symbol = r.param(QStringLiteral("symbol"));
    QJsonArray list;
    for (const QJsonObject& o : orders) {
        if ((symbol.isEmpty() || o.value(QStringLiteral("symbol")).toString() == symbol)
            && (!openOnly || o.value(QStringLiteral("status")).toString() == QStringLiteral("NEW"))) {
            list.append(o);
        }
    }
    return FaultReply::with(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace bourse::test
