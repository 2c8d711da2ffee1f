// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace bourse::models {

// An exchange account as the settings know it: a label the user chose and the exchange it is on. Its keys are in
// the keychain under the label (CredentialVault), never here.
struct Account
{
    QString label;
    QString exchange;
    // Another API origin for every request of this account (a venue that closed, moved or kept its 2019 API on a
    // new domain); empty: the exchange's own hosts. Not a secret, so it is kept in the settings with the label.
    QString apiHost = {};

    bool operator==(const Account&) const = default;
};

// The accounts, in the settings file's "accounts" array: labels and exchange ids only.
class AccountList
{
    Q_DECLARE_TR_FUNCTIONS(bourse::models::AccountList)

public:
    // On `settings`, or the application's QSettings when null.
    explicit AccountList(QSettings* settings = nullptr);

    QList<Account> accounts() const;
    std::optional<Account> find(const QString& label) const;
    // Adds, or replaces the account of the same label. Fails (and says why) on an empty label or exchange.
    bool put(const Account& account, QString* error = nullptr);
    bool remove(const QString& label);

    // What the user needs to enter for `exchangeId`, in form order, as its description declares it.
    struct CredentialField
    {
        QString name; // apiKey, secret, password, uid, or an exchange's own (privateKey, walletAddress...)
        QString title;
        bool secret = true; // shown as dots
    };
    static QList<CredentialField> credentialFields(const QString& exchangeId);
    // What is wrong with `value` typed or pasted for `field` (already trimmed at both ends), or an empty string.
    // Keys, secrets and user ids never hold a space or a line break: one inside means a bad copy from a web page
    // and a key the exchange would refuse with a vague message later. PEM keys (several lines) and passphrases,
    // which the user chose, are taken as they are.
    static QString credentialProblem(const CredentialField& field, const QString& value);
    // What is wrong with an API host typed for an account, or an empty string. Keys are sent there, so only
    // https:// origins (scheme and host, no path, query or user name); plain http only to this computer itself,
    // where a test server or a local tunnel answers.
    static QString apiHostProblem(const QString& host);

private:
    void write(const QList<Account>& accounts);

    QSettings* m_settings;
};

} // namespace bourse::models
