// SPDX-License-Identifier: GPL-3.0-or-later
// Runs with no D-Bus session to reach: no keychain answers, and nothing may fall back to a file.
#include "models/accounts/AccountList.h"
#include "models/accounts/CredentialVault.h"
#include "ui/accounts/AccountsDialog.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace bourse;

class TestNoKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void savingFailsInPlainWordsAndStoresNothing();
};

void TestNoKeychain::savingFailsInPlainWordsAndStoresNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("bourse.ini")), QSettings::IniFormat);
    models::AccountList accounts(&settings);
    models::CredentialVault vault(QStringLiteral("BourseTest-none"));
    ui::AccountsDialog dialog(accounts, vault);
    auto* exchange = dialog.findChild<QComboBox*>(QStringLiteral("exchangeComboBox"));
    exchange->setCurrentIndex(exchange->findData(QStringLiteral("kraken")));
    dialog.findChild<QLineEdit*>(QStringLiteral("labelLineEdit"))->setText(QStringLiteral("main"));
    dialog.findChild<QLineEdit*>(QStringLiteral("credential-apiKey"))->setText(QStringLiteral("KEY-nowhere"));
    dialog.findChild<QLineEdit*>(QStringLiteral("credential-secret"))->setText(QStringLiteral("SECRET-nowhere"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("nothing was stored anywhere else")),
             qPrintable(dialog.statusText()));
    QVERIFY(accounts.accounts().isEmpty());
    // No file anywhere under the test's folders holds the secret.
    settings.sync();
    for (const QString& folder : {dir.path(), qEnvironmentVariable("BOURSE_DATA_DIR")}) {
        for (const QString& name : QDir(folder).entryList(QDir::Files)) {
            QFile file(QDir(folder).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("SECRET-nowhere"), qPrintable(name));
        }
    }
}

QTEST_MAIN(TestNoKeychain)
#include "TestNoKeychain.moc"
