// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under tests/support/with-secret-service: a real Secret Service (GNOME Keyring) on a private D-Bus session.
#include "TestSupport.h"
#include "models/accounts/AccountList.h"
#include "models/accounts/CredentialVault.h"
#include "models/session/ExchangeSession.h"
#include "models/session/SessionPool.h"
#include "ui/accounts/AccountsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bourse;

class TestAccountsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void vaultRoundTripsThroughTheKeychain();
    void savingPutsTheKeysInTheKeychainOnly();
    void anIncompleteFormIsRefused();
    void aKeyWithASpaceOrLineBreakIsRefused();
    void choosingAnAccountReadsItsKeysBack();
    void testConnectionSaysWhatTheExchangeAnswered();
    void removingDeletesTheKeys();
    void sessionsTradeWithTheirAccountsKeys();
    void aPastVenueCanBePointedAtAnotherHost();

private:
    std::optional<ex::Credentials> loadSync(const QString& label, QString* error = nullptr);
    void fillKraken(ui::AccountsDialog& dialog, const QString& label, const QString& key, const QString& secret);
    QByteArray settingsBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<models::AccountList> m_accounts;
    std::unique_ptr<models::CredentialVault> m_vault;
};

void TestAccountsDialog::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run me under tests/support/with-secret-service");
}

void TestAccountsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("bourse.ini")), QSettings::IniFormat);
    m_accounts = std::make_unique<models::AccountList>(m_settings.get());
    // A service name of each test's own keeps one test's entries out of the next.
    m_vault = std::make_unique<models::CredentialVault>(
        QStringLiteral("BourseTest-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestAccountsDialog::cleanup()
{
    m_vault.reset();
    m_accounts.reset();
    m_settings.reset();
}

std::optional<ex::Credentials> TestAccountsDialog::loadSync(const QString& label, QString* error)
{
    bool done = false;
    std::optional<ex::Credentials> loaded;
    m_vault->load(label, [&](std::optional<ex::Credentials> c, const QString& e) {
        loaded = std::move(c);
        if (error) {
            *error = e;
        }
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000)) {
        qWarning("the keychain did not answer");
    }
    return loaded;
}

void TestAccountsDialog::fillKraken(ui::AccountsDialog& dialog, const QString& label, const QString& key,
                                    const QString& secret)
{
    auto* exchange = dialog.findChild<QComboBox*>(QStringLiteral("exchangeComboBox"));
    exchange->setCurrentIndex(exchange->findData(QStringLiteral("kraken")));
    dialog.findChild<QLineEdit*>(QStringLiteral("labelLineEdit"))->setText(label);
    dialog.findChild<QLineEdit*>(QStringLiteral("credential-apiKey"))->setText(key);
    dialog.findChild<QLineEdit*>(QStringLiteral("credential-secret"))->setText(secret);
}

QByteArray TestAccountsDialog::settingsBytes() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAccountsDialog::vaultRoundTripsThroughTheKeychain()
{
    ex::Credentials c;
    c.apiKey = "key-123";
    c.secret = "c2VjcmV0IHdpdGggdW5pY29kZSDigqw=";
    c.password = "pass phrase";
    c.other["privateKey"] = "0xabc";
    QString error = QStringLiteral("unset");
    bool stored = false;
    m_vault->store(QStringLiteral("main"), c, [&](const QString& e) {
        error = e;
        stored = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const std::optional<ex::Credentials> back = loadSync(QStringLiteral("main"));
    QVERIFY(back);
    QCOMPARE(back->apiKey, c.apiKey);
    QCOMPARE(back->secret, c.secret);
    QCOMPARE(back->password, c.password);
    QCOMPARE(back->other.at("privateKey"), "0xabc");

    bool removed = false;
    m_vault->remove(QStringLiteral("main"), [&](const QString& e) {
        error = e;
        removed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    QVERIFY(error.isEmpty());
    QVERIFY(!loadSync(QStringLiteral("main"), &error));
    QVERIFY2(error.contains(QStringLiteral("No API key is stored")), qPrintable(error));
}

void TestAccountsDialog::savingPutsTheKeysInTheKeychainOnly()
{
    ui::AccountsDialog dialog(*m_accounts, *m_vault);
    fillKraken(dialog, QStringLiteral("Kraken main"), QStringLiteral("KEY-visible-only-in-keychain"),
               QStringLiteral("SECRET-visible-only-in-keychain"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Saved.")), qPrintable(dialog.statusText()));

    QCOMPARE(m_accounts->accounts(),
             (QList<models::Account> {{QStringLiteral("Kraken main"), QStringLiteral("kraken")}}));
    const QByteArray settings = settingsBytes();
    QVERIFY(settings.contains("Kraken main"));
    QVERIFY(!settings.contains("visible-only-in-keychain"));
    const auto stored = loadSync(QStringLiteral("Kraken main"));
    QVERIFY(stored);
    QCOMPARE(stored->apiKey, "KEY-visible-only-in-keychain");
    QCOMPARE(stored->secret, "SECRET-visible-only-in-keychain");
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("accountsList"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Kraken main — Kraken")));
}

void TestAccountsDialog::anIncompleteFormIsRefused()
{
    ui::AccountsDialog dialog(*m_accounts, *m_vault);
    fillKraken(dialog, QStringLiteral("half"), QStringLiteral("key"), QString());
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QCOMPARE(dialog.statusText(), QStringLiteral("Secret needs a value."));
    QVERIFY(!dialog.isBusy());
    QVERIFY(m_accounts->accounts().isEmpty());
    QString error;
    QVERIFY(!loadSync(QStringLiteral("half"), &error));
    // The secret field hides what is typed; the key does not.
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("credential-secret"))->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("credential-apiKey"))->echoMode(), QLineEdit::Normal);
}

void TestAccountsDialog::aKeyWithASpaceOrLineBreakIsRefused()
{
    ui::AccountsDialog dialog(*m_accounts, *m_vault);
    fillKraken(dialog, QStringLiteral("pasted"), QStringLiteral("KEY part two"), QStringLiteral("c2VjcmV0"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QCOMPARE(dialog.statusText(),
             QStringLiteral("API key contains a space. Keys have none: copy it again from the exchange's API page."));
    fillKraken(dialog, QStringLiteral("pasted"), QStringLiteral("KEY"), QStringLiteral("c2Vj\ncmV0"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Secret contains a line break.")),
             qPrintable(dialog.statusText()));
    QVERIFY(m_accounts->accounts().isEmpty());
    // Spaces around a pasted key are only trimmed.
    fillKraken(dialog, QStringLiteral("pasted"), QStringLiteral("  KEY  "), QStringLiteral("c2VjcmV0 "));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QTRY_COMPARE(m_accounts->accounts().size(), qsizetype(1));
}

void TestAccountsDialog::choosingAnAccountReadsItsKeysBack()
{
    {
        ui::AccountsDialog first(*m_accounts, *m_vault);
        fillKraken(first, QStringLiteral("desk"), QStringLiteral("K1"), QStringLiteral("S1"));
        first.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!first.isBusy(), 10000);
    }
    ui::AccountsDialog dialog(*m_accounts, *m_vault);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("accountsList"));
    QCOMPARE(list->count(), 1);
    list->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
    QCOMPARE(dialog.statusText(), QStringLiteral("Keys read from the keychain."));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("credential-apiKey"))->text(), QStringLiteral("K1"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("credential-secret"))->text(), QStringLiteral("S1"));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("labelLineEdit"))->text(), QStringLiteral("desk"));
}

void TestAccountsDialog::testConnectionSaysWhatTheExchangeAnswered()
{
    // Kraken's answer to a key it does not know.
    test::MisbehavingServer server(test::MisbehavingServer::Mode::Answer,
                                   test::httpResponse(200, R"({"error":["EAPI:Invalid key"],"result":{}})"));
    QVERIFY(server.isListening());
    ui::AccountsDialog dialog(*m_accounts, *m_vault);
    ex::ExchangeOptions options;
    options.apiUrl = server.origin();
    dialog.setExchangeOptions(options);
    fillKraken(dialog, QStringLiteral("probe"), QStringLiteral("bad-key"), QStringLiteral("YmFkLXNlY3JldA=="));
    dialog.findChild<QPushButton*>(QStringLiteral("testButton"))->click();
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("The exchange refused the API key")),
             qPrintable(dialog.statusText()));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("Invalid key")), qPrintable(dialog.statusText()));
    QVERIFY(server.connections > 0);
    // Testing stores nothing.
    QVERIFY(m_accounts->accounts().isEmpty());
}

void TestAccountsDialog::removingDeletesTheKeys()
{
    ui::AccountsDialog dialog(*m_accounts, *m_vault);
    fillKraken(dialog, QStringLiteral("old"), QStringLiteral("K"), QStringLiteral("S"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
    QVERIFY(loadSync(QStringLiteral("old")));

    // Answer the confirmation.
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    dialog.findChild<QPushButton*>(QStringLiteral("removeButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Removed")), qPrintable(dialog.statusText()));
    QVERIFY(m_accounts->accounts().isEmpty());
    QString error;
    QVERIFY(!loadSync(QStringLiteral("old"), &error));
    QVERIFY(error.contains(QStringLiteral("No API key is stored")));
}

void TestAccountsDialog::sessionsTradeWithTheirAccountsKeys()
{
    ex::Credentials keys;
    keys.apiKey = "K";
    keys.secret = "S";
    bool stored = false;
    m_vault->store(QStringLiteral("kr"), keys, [&](const QString&) { stored = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
    QVERIFY(m_accounts->put({QStringLiteral("kr"), QStringLiteral("kraken")}));

    models::SessionPool pool;
    pool.holdStarts(true); // no network: the sessions never start
    pool.setAccounts(m_accounts.get(), m_vault.get());
    models::ExchangeSession& kraken = pool.session(QStringLiteral("kraken"));
    models::ExchangeSession& binance = pool.session(QStringLiteral("binance"));
    QTRY_VERIFY_WITH_TIMEOUT(kraken.hasCredentials(), 10000);
    QVERIFY(!binance.hasCredentials());
    QCOMPARE(kraken.accountLabel(), QStringLiteral("kr")); // no account named: the exchange's first
    QCOMPARE(binance.accountLabel(), QString()); // public data only

    // A second account on the same exchange trades through a session of its own, with its own keys.
    ex::Credentials other;
    other.apiKey = "K2";
    other.secret = "S2";
    stored = false;
    m_vault->store(QStringLiteral("kr2"), other, [&](const QString&) { stored = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
    QVERIFY(m_accounts->put({QStringLiteral("kr2"), QStringLiteral("kraken")}));
    models::ExchangeSession& second = pool.session(QStringLiteral("kraken"), QStringLiteral("kr2"));
    QVERIFY(&second != &kraken);
    QCOMPARE(&pool.session(QStringLiteral("kraken")), &kraken);
    QTRY_VERIFY_WITH_TIMEOUT(second.hasCredentials(), 10000);
    QVERIFY(m_accounts->remove(QStringLiteral("kr2")));

    // Removing the account takes the keys away from its session.
    QVERIFY(m_accounts->remove(QStringLiteral("kr")));
    pool.reloadCredentials();
    QVERIFY(!kraken.hasCredentials());
}

void TestAccountsDialog::aPastVenueCanBePointedAtAnotherHost()
{
    ui::AccountsDialog dialog(*m_accounts, *m_vault);
    auto* exchange = dialog.findChild<QComboBox*>(QStringLiteral("exchangeComboBox"));
    auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("apiHostLineEdit"));
    auto* form = dialog.findChild<QFormLayout*>();
    QVERIFY(exchange && host && form);
    // A live exchange has no such field: its keys go to its own hosts only.
    exchange->setCurrentIndex(exchange->findData(QStringLiteral("kraken")));
    QVERIFY(!form->isRowVisible(host));
    const int yobit = exchange->findData(QStringLiteral("yobit"));
    QVERIFY(yobit >= 0);
    QCOMPARE(exchange->itemText(yobit), QStringLiteral("YoBit (2019 API)"));
    exchange->setCurrentIndex(yobit);
    QVERIFY(form->isRowVisible(host));

    dialog.findChild<QLineEdit*>(QStringLiteral("labelLineEdit"))->setText(QStringLiteral("yobit moved"));
    dialog.findChild<QLineEdit*>(QStringLiteral("credential-apiKey"))->setText(QStringLiteral("KEY"));
    dialog.findChild<QLineEdit*>(QStringLiteral("credential-secret"))->setText(QStringLiteral("SECRET"));
    for (const char* refused : {"http://yobit.example", "https://yobit.example/api", "https://u:p@yobit.example",
                                "yobit.example", "https://yobit.example?x=1"}) {
        host->setText(QString::fromLatin1(refused));
        dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("The API host must be an https:// address")), refused);
        QVERIFY(m_accounts->accounts().isEmpty());
    }

    // Plain http is allowed to this computer only: here a local server stands in for the moved venue.
    QTcpServer venue;
    QVERIFY(venue.listen(QHostAddress::LocalHost));
    QByteArray asked;
    connect(&venue, &QTcpServer::newConnection, &venue, [&] {
        QTcpSocket* socket = venue.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&asked, socket] { asked += socket->readAll(); });
    });
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(venue.serverPort());
    host->setText(origin);
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
    QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Saved.")), qPrintable(dialog.statusText()));
    QCOMPARE(m_accounts->find(QStringLiteral("yobit moved"))->apiHost, origin);
    QVERIFY(settingsBytes().contains("apiHost"));

    // The account's session sends its requests there, path kept.
    models::SessionPool pool;
    pool.setAccounts(m_accounts.get(), m_vault.get());
    models::ExchangeSession& session = pool.session(QStringLiteral("yobit"));
    QCOMPARE(session.accountLabel(), QStringLiteral("yobit moved"));
    QTRY_VERIFY_WITH_TIMEOUT(asked.startsWith("GET /api/3/info"), 10000);
}

QTEST_MAIN(TestAccountsDialog)
#include "TestAccountsDialog.moc"
