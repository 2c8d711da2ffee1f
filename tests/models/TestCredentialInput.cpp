// SPDX-License-Identifier: GPL-3.0-or-later
// Keys typed or pasted into the accounts dialog: a space, a line break or an invisible character inside a key is
// refused with a message that says which field and what to do; PEM keys and passphrases are taken as they are.
#include "models/accounts/AccountList.h"

#include <QTest>

using bourse::models::AccountList;

class TestCredentialInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksEachField_data();
    void checksEachField();
};

void TestCredentialInput::checksEachField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");
    const QString space =
        QStringLiteral("%1 contains a space. Keys have none: copy it again from the exchange's API page.");
    const QString lineBreak =
        QStringLiteral("%1 contains a line break. Copy it again from the exchange's API page, in one piece.");
    QTest::newRow("good key") << "apiKey"
                              << "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
                              << "";
    QTest::newRow("empty") << "apiKey"
                           << ""
                           << "API key needs a value.";
    QTest::newRow("space in key") << "apiKey"
                                  << "vmPUZE6mv9SD 5VNHk4Hl" << space.arg(QStringLiteral("API key"));
    QTest::newRow("tab in secret") << "secret"
                                   << "abc\tdef" << space.arg(QStringLiteral("Secret"));
    QTest::newRow("no-break space") << "secret" << QStringLiteral("abc\u00a0def")
                                    << space.arg(QStringLiteral("Secret"));
    QTest::newRow("newline in secret") << "secret"
                                       << "abc\ndef" << lineBreak.arg(QStringLiteral("Secret"));
    QTest::newRow("carriage return") << "apiKey"
                                     << "abc\r\ndef" << lineBreak.arg(QStringLiteral("API key"));
    QTest::newRow("zero-width space") << "apiKey" << QStringLiteral("abc\u200bdef")
                                      << "API key contains an invisible character. Copy it again from the exchange's "
                                         "API page.";
    QTest::newRow("space in uid") << "uid"
                                  << "12 34" << space.arg(QStringLiteral("User ID"));
    QTest::newRow("passphrase with spaces") << "password"
                                            << "my own passphrase"
                                            << "";
    QTest::newRow("PEM secret") << "secret"
                                << "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI\n-----END EC PRIVATE KEY-----"
                                << "";
}

void TestCredentialInput::checksEachField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    // okx asks for all of them: key, secret, passphrase; uid is checked as bitstamp's customer id would be.
    auto fields = AccountList::credentialFields(QStringLiteral("okx"));
    fields.append({QStringLiteral("uid"), QStringLiteral("User ID"), false});
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [&field](const AccountList::CredentialField& f) { return f.name == field; });
    QVERIFY2(it != fields.end(), qPrintable(field));
    QCOMPARE(AccountList::credentialProblem(*it, value), problem);
}

QTEST_GUILESS_MAIN(TestCredentialInput)
#include "TestCredentialInput.moc"
