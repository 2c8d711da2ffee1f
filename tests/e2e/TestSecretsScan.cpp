// SPDX-License-Identifier: GPL-3.0-or-later
// A session with credentials leaves no secret behind: bourse-cli runs with --api-key/--secret/--password (offline
// answers, a live exchange on 127.0.0.1 that accepts and that rejects the key, a dry run, an error), with HOME and
// every XDG folder in a temporary directory and all logging switched on. Then every file written there (settings,
// data, caches, logs, temporary files), everything printed, and every byte sent to the exchange are scanned for
// the secret and the password, as text, base64 and hex. The API key may be printed (a dry run shows the request
// it signs) and sent; the secret never.
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestSecretsScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionLeavesNoSecret();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList& args);
    QString writeFixture(const QString& name, const QByteArray& content);
    // Every way the secrets could be written: plain, base64 (the form HMAC keys are often given in), hex.
    QList<QByteArray> forbidden() const;
    void expectClean(const QByteArray& bytes, const QString& where);

    QTemporaryDir m_home;
    QTemporaryDir m_fixtures;
    QTcpServer m_exchange;
    QByteArray m_received; // every request the local exchange got
    bool m_rejectKey = false;

    const QByteArray m_apiKey = "ApiKey-visible-5a4b3c";
    const QByteArray m_secret = "S3cretValue-never-written-9f8e7d6c";
    const QByteArray m_password = "Passphrase-never-written-1a2b3c";
};

void TestSecretsScan::initTestCase()
{
    QVERIFY(m_home.isValid() && m_fixtures.isValid());
    QVERIFY(m_exchange.listen(QHostAddress::LocalHost));
    connect(&m_exchange, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_exchange.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray request = socket->readAll();
                m_received += request;
                QByteArray body;
                QByteArray status = "200 OK";
                if (m_rejectKey) {
                    status = "401 Unauthorized";
                    body = R"({"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."})";
                } else if (request.contains("/order")) {
                    body = R"({"symbol":"BTCUSDT","orderId":42,"clientOrderId":"abc","transactTime":1700000000000,)"
                           R"("price":"30000.00","origQty":"0.00100000","executedQty":"0","status":"NEW",)"
                           R"("timeInForce":"GTC","type":"LIMIT","side":"BUY"})";
                } else {
                    body = R"({"balances":[{"asset":"BTC","free":"1.5","locked":"0.5"}]})";
                }
                socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString TestSecretsScan::writeFixture(const QString& name, const QByteArray& content)
{
    const QString path = m_fixtures.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

TestSecretsScan::Run TestSecretsScan::run(const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_home.path();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));
    // The program's default folders, not the test's: that is where a real session writes.
    env.remove(QStringLiteral("BOURSE_DATA_DIR"));
    // Every logging category on, debug included: a secret in any log line shows up on stderr.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
    QDir().mkpath(home + QStringLiteral("/tmp"));

    QProcess process;
    process.setProcessEnvironment(env);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    // The event loop keeps the local exchange answering while the program runs.
    process.start(QStringLiteral(BOURSE_CLI), args);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<QByteArray> TestSecretsScan::forbidden() const
{
    QList<QByteArray> list;
    for (const QByteArray& secret : {m_secret, m_password}) {
        list << secret << secret.toBase64() << secret.toHex() << secret.toHex().toUpper();
    }
    return list;
}

void TestSecretsScan::expectClean(const QByteArray& bytes, const QString& where)
{
    for (const QByteArray& needle : forbidden()) {
        QVERIFY2(!bytes.contains(needle),
                 qPrintable(QStringLiteral("a secret (%1) is in %2").arg(QString::fromLatin1(needle.left(12)), where)));
    }
}

void TestSecretsScan::sessionLeavesNoSecret()
{
    const QString markets = QStringLiteral(BINANCE_FIXTURES "/markets.json");
    const QString balance =
        writeFixture(QStringLiteral("balance.json"), R"({"balances":[{"asset":"BTC","free":"1.5","locked":"0.5"}]})");
    const QString truncated = writeFixture(QStringLiteral("truncated.json"), R"({"balances":[{"asset":"BTC","fr)");
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_exchange.serverPort());
    const QStringList credentials {QStringLiteral("--api-key"),  QString::fromLatin1(m_apiKey),
                                   QStringLiteral("--secret"),   QString::fromLatin1(m_secret),
                                   QStringLiteral("--password"), QString::fromLatin1(m_password)};
    struct Step
    {
        const char* name;
        QStringList args;
        int exitCode;
        bool rejectKey = false;
    };
    const QList<Step> steps {
        {"offline balance",
         {QStringLiteral("--respond-with"), balance, QStringLiteral("binance"), QStringLiteral("fetchBalance")},
         0},
        {"offline bad answer",
         {QStringLiteral("--respond-with"), truncated, QStringLiteral("binance"), QStringLiteral("fetchBalance")},
         1},
        {"dry run",
         {QStringLiteral("--dry-run"), QStringLiteral("--markets"), markets, QStringLiteral("binance"),
          QStringLiteral("createOrder"), QStringLiteral("BTC/USDT"), QStringLiteral("limit"), QStringLiteral("buy"),
          QStringLiteral("0.001"), QStringLiteral("30000")},
         0},
        {"live order",
         {QStringLiteral("--api-url"), origin, QStringLiteral("--markets"), markets, QStringLiteral("binance"),
          QStringLiteral("createOrder"), QStringLiteral("BTC/USDT"), QStringLiteral("limit"), QStringLiteral("buy"),
          QStringLiteral("0.001"), QStringLiteral("30000")},
         0},
        {"live balance",
         {QStringLiteral("--api-url"), origin, QStringLiteral("binance"), QStringLiteral("fetchBalance")},
         0},
        {"key rejected",
         {QStringLiteral("--api-url"), origin, QStringLiteral("binance"), QStringLiteral("fetchBalance")},
         1,
         true},
        {"refused url",
         {QStringLiteral("--api-url"), QStringLiteral("http://192.0.2.1:8080"), QStringLiteral("binance"),
          QStringLiteral("fetchBalance")},
         1},
        {"demo order",
         {QStringLiteral("demo"), QStringLiteral("createOrder"), QStringLiteral("BTC/USD"), QStringLiteral("market"),
          QStringLiteral("buy"), QStringLiteral("0.01")},
         0},
    };
    for (const Step& step : steps) {
        m_rejectKey = step.rejectKey;
        const Run r = run(credentials + step.args);
        QVERIFY2(r.exitCode == step.exitCode,
                 qPrintable(QStringLiteral("%1: exit %2, %3 %4")
                                .arg(QLatin1String(step.name))
                                .arg(r.exitCode)
                                .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
        expectClean(r.out, QStringLiteral("the output of ") + QLatin1String(step.name));
        expectClean(r.err, QStringLiteral("the errors of ") + QLatin1String(step.name));
    }
    // The live steps did reach the exchange, with the key and a signature, and without the secret.
    QVERIFY(m_received.contains("X-MBX-APIKEY: " + m_apiKey) || m_received.contains("x-mbx-apikey: " + m_apiKey));
    QVERIFY(m_received.contains("signature="));
    expectClean(m_received, QStringLiteral("the requests sent"));

    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    QStringList written;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        expectClean(file.readAll(), path);
        written << QDir(m_home.path()).relativeFilePath(path);
    }
    // The demo account at least was written, so the scan looked where a session writes.
    QVERIFY2(!written.filter(QStringLiteral("demo")).isEmpty(), qPrintable(written.join(QLatin1Char(' '))));
    qInfo("scanned %lld files: %s", static_cast<long long>(written.size()), qPrintable(written.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestSecretsScan)
#include "TestSecretsScan.moc"
