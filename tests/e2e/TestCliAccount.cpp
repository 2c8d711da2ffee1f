// SPDX-License-Identifier: GPL-3.0-or-later
// bourse-cli --account against a real keychain: runs under tests/support/with-secret-service, which gives this
// test and the bourse-cli it starts one private Secret Service and a throwaway settings folder.
#include "models/accounts/AccountList.h"
#include "models/accounts/CredentialVault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace bourse;

class TestCliAccount final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunMasksTheKeychainsKeys();
    void revealShowsExactlyWhatTheKeysSign();
    void unknownAccountOrWrongExchangeIsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
    };
    static Run cli(const QStringList& arguments);
};

namespace {

constexpr auto Key = "KEY-from-the-keychain";
constexpr auto Secret = "SECRET-from-the-keychain";
const QStringList FetchBalance {QStringLiteral("--time"), QStringLiteral("1700000000000"), QStringLiteral("--dry-run"),
                                QStringLiteral("binance"), QStringLiteral("fetchBalance")};

} // namespace

TestCliAccount::Run TestCliAccount::cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(BOURSE_CLI), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput().trimmed();
    return run;
}

void TestCliAccount::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run me under tests/support/with-secret-service");
    // bourse-cli's names, so that this test's settings are the ones it reads.
    QCoreApplication::setOrganizationName(QStringLiteral("Bourse"));
    QCoreApplication::setApplicationName(QStringLiteral("bourse"));
    ex::Credentials keys;
    keys.apiKey = Key;
    keys.secret = Secret;
    models::CredentialVault vault;
    bool stored = false;
    QString error;
    vault.store(QStringLiteral("main"), keys, [&](const QString& e) {
        error = e;
        stored = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(models::AccountList().put({QStringLiteral("main"), QStringLiteral("binance")}));
}

void TestCliAccount::dryRunMasksTheKeychainsKeys()
{
    const Run run = cli(QStringList {QStringLiteral("--account"), QStringLiteral("main")} + FetchBalance);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains(Key), run.out.constData());
    QVERIFY2(!run.out.contains(Secret), run.out.constData());
    const QJsonObject request = QJsonDocument::fromJson(run.out).object();
    // Binance signs in the query: the signature is masked there, the rest of the request is as sent.
    QCOMPARE(request.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://api.binance.com/api/v3/account?timestamp=1700000000000&recvWindow=10000"
                            "&signature=***"));
    const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("X-MBX-APIKEY")).toString(), QStringLiteral("***"));
}

void TestCliAccount::revealShowsExactlyWhatTheKeysSign()
{
    const Run fromKeychain = cli(
        QStringList {QStringLiteral("--account"), QStringLiteral("main"), QStringLiteral("--reveal")} + FetchBalance);
    const Run fromArguments = cli(QStringList {QStringLiteral("--api-key"), QString::fromLatin1(Key),
                                               QStringLiteral("--secret"), QString::fromLatin1(Secret)}
                                  + FetchBalance);
    QCOMPARE(fromKeychain.exitCode, 0);
    QCOMPARE(fromArguments.exitCode, 0);
    QVERIFY(fromKeychain.out.contains(Key));
    QCOMPARE(fromKeychain.out, fromArguments.out);
}

void TestCliAccount::unknownAccountOrWrongExchangeIsRefused()
{
    Run run = cli(QStringList {QStringLiteral("--account"), QStringLiteral("nobody")} + FetchBalance);
    QCOMPARE(run.exitCode, 1);
    QJsonObject error = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("BadRequest"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("no account named 'nobody'")));

    run = cli({QStringLiteral("--account"), QStringLiteral("main"), QStringLiteral("--dry-run"),
               QStringLiteral("kraken"), QStringLiteral("fetchBalance")});
    QCOMPARE(run.exitCode, 1);
    error = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("is on binance, not kraken")),
             run.out.constData());
}

QTEST_GUILESS_MAIN(TestCliAccount)
#include "TestCliAccount.moc"
