// SPDX-License-Identifier: GPL-3.0-or-later
// Requests leave over verified TLS or stay on this machine: plain http only to loopback, redirects held to the same
// rule, a certificate nobody trusts refused (there is no switch to accept it), and an exchange whose API URL breaks
// the rule sends nothing.
#include "Registry.h"
#include "core/OfflineTransports.h"
#include "core/QnamTransport.h"
#include "core/TransportPolicy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <optional>

using namespace bourse::ex;

class TestTransportPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowsHttpsAndLoopbackHttpOnly_data();
    void allowsHttpsAndLoopbackHttpOnly();
    void transportSendsNothingToARefusedUrl();
    void exchangeRefusesAnInsecureApiUrl();
    void redirectsFollowTheSameRule();
    void untrustedCertificateIsRefused();

private:
    HttpResponse sendAndWait(QnamTransport& transport, const std::string& url);
};

void TestTransportPolicy::allowsHttpsAndLoopbackHttpOnly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https exchange") << "https://api.binance.com/api/v3/time" << true;
    QTest::newRow("https with port") << "https://api.kraken.com:443/0/public/Time" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/api" << true;
    QTest::newRow("http 127.x") << "http://127.1.2.3/api" << true;
    QTest::newRow("http localhost") << "http://localhost:9000/" << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST/" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080/" << true;
    QTest::newRow("http exchange") << "http://api.binance.com/api/v3/time" << false;
    QTest::newRow("http private address") << "http://192.168.1.10/" << false;
    QTest::newRow("http documentation address") << "http://192.0.2.1:8080/" << false;
    QTest::newRow("http loopback-looking name") << "http://127.0.0.1.example.com/" << false;
    QTest::newRow("http localhost-looking name") << "http://localhost.example.com/" << false;
    QTest::newRow("http 0.0.0.0") << "http://0.0.0.0/" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
    QTest::newRow("ws") << "ws://api.example.com/" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("no scheme") << "api.binance.com/api" << false;
    QTest::newRow("empty") << "" << false;
}

void TestTransportPolicy::allowsHttpsAndLoopbackHttpOnly()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const auto refused = refusedUrlReason(url.toStdString());
    QCOMPARE(!refused.has_value(), allowed);
    if (refused) {
        QVERIFY(!refused->empty());
    }
}

HttpResponse TestTransportPolicy::sendAndWait(QnamTransport& transport, const std::string& url)
{
    std::optional<HttpResponse> response;
    HttpRequest request;
    request.method = "GET";
    request.url = url;
    request.timeoutMs = 10000;
    transport.send(request, [&response](HttpResponse r) { response = std::move(r); });
    QElapsedTimer timer;
    timer.start();
    while (!response && timer.elapsed() < 15000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return response.value_or(HttpResponse {});
}

void TestTransportPolicy::transportSendsNothingToARefusedUrl()
{
    QnamTransport transport;
    // 192.0.2.1 is TEST-NET-1: were the request sent, it would hang, not fail at once.
    QElapsedTimer timer;
    timer.start();
    HttpResponse r = sendAndWait(transport, "http://192.0.2.1:8080/api/v3/order?signature=abc");
    QVERIFY(r.transportError.has_value());
    QCOMPARE(r.transportError->kind(), ErrorKind::BadRequest);
    QVERIFY2(r.transportError->message().find("https") != std::string::npos, r.transportError->message().c_str());
    // The signature is not repeated in the message.
    QVERIFY(r.transportError->message().find("signature") == std::string::npos);
    QCOMPARE(r.status, 0);
}

void TestTransportPolicy::exchangeRefusesAnInsecureApiUrl()
{
    FixedResponseTransport transport(R"({"serverTime":1700000000000})");
    Clock clock;
    auto exchange = Registry::create("binance", transport, clock);
    QVERIFY(exchange);
    ExchangeOptions options;
    options.apiUrl = "http://api.example.com:8080";
    exchange->setOptions(options);
    std::optional<Result<long long>> result;
    exchange->fetchTime({}, [&result](Result<long long> r) { result = std::move(r); });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), ErrorKind::BadRequest);
    QVERIFY(transport.requests().empty());

    // A loopback test server is fine.
    options.apiUrl = "http://127.0.0.1:8080";
    exchange->setOptions(options);
    result.reset();
    exchange->fetchTime({}, [&result](Result<long long> r) { result = std::move(r); });
    QVERIFY(result && result->ok());
    QCOMPARE(transport.requests().size(), size_t(1));
    QVERIFY(transport.requests().front().url.rfind("http://127.0.0.1:8080/", 0) == 0);
}

void TestTransportPolicy::redirectsFollowTheSameRule()
{
    // A loopback server that redirects /away to a remote plain-http host and /near to itself.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
    int served = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &served, origin] {
                const QByteArray request = socket->readAll();
                ++served;
                QByteArray reply;
                if (request.startsWith("GET /away")) {
                    reply = "HTTP/1.1 302 Found\r\nLocation: http://192.0.2.1:8080/stolen\r\nContent-Length: 0\r\n\r\n";
                } else if (request.startsWith("GET /near")) {
                    reply = "HTTP/1.1 302 Found\r\nLocation: " + origin + "/ok\r\nContent-Length: 0\r\n\r\n";
                } else {
                    reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
                }
                socket->write(reply);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QnamTransport transport;
    HttpResponse away = sendAndWait(transport, (origin + "/away").toStdString());
    QVERIFY(away.transportError.has_value());
    QCOMPARE(away.transportError->kind(), ErrorKind::NetworkError);
    QVERIFY2(away.transportError->message().find("redirect") != std::string::npos,
             away.transportError->message().c_str());

    HttpResponse near = sendAndWait(transport, (origin + "/near").toStdString());
    QVERIFY2(!near.transportError, near.transportError ? near.transportError->message().c_str() : "");
    QCOMPARE(near.status, 200);
    QCOMPARE(near.body, std::string("{}"));
    QVERIFY(served >= 3);
}

void TestTransportPolicy::untrustedCertificateIsRefused()
{
    QFile certFile(QStringLiteral(BOURSE_TEST_DATA "/tls/selfsigned.crt"));
    QFile keyFile(QStringLiteral(BOURSE_TEST_DATA "/tls/selfsigned.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    bool handshakeStarted = false;
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&] { handshakeStarted = true; });

    QnamTransport transport;
    const std::string url = "https://127.0.0.1:" + std::to_string(server.serverPort()) + "/api/v3/account";
    HttpResponse r = sendAndWait(transport, url);
    QVERIFY(handshakeStarted);
    QVERIFY(r.transportError.has_value());
    QCOMPARE(r.transportError->kind(), ErrorKind::NetworkError);
    QVERIFY2(r.transportError->message().find("TLS") != std::string::npos, r.transportError->message().c_str());
    QCOMPARE(r.status, 0);
    QVERIFY(r.body.empty());
}

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "TestTransportPolicy.moc"
