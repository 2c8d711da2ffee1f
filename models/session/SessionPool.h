// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <map>
#include <memory>
#include <utility>

namespace bourse::models {

class AccountList;
class ActivityLog;
class CredentialVault;
class ExchangeSession;

// The exchange sessions of one window, one per exchange account, opened the first time a panel asks for one and
// shared by every panel bound to it: two books on Binance poll through one session, one throttle, one worker. Two
// accounts on one exchange are two sessions, each with its own keys; an exchange without accounts has one public
// session that every panel on it shares.
class SessionPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPool)

public:
    // An exchange a panel can be opened on: one an adapter serves.
    struct ExchangeChoice
    {
        QString id;
        QString name;
        // Closed or of unknown fate in 2026: the adapter speaks the 2019 API, and an account may set its host.
        bool pastVenue = false;
    };
    static QList<ExchangeChoice> openableExchanges();

    explicit SessionPool(QObject* parent = nullptr);
    ~SessionPool() override;

    // The session of `account` on `exchangeId`, opened (and started, unless starting is held) on first use. An
    // empty or unknown account means the exchange's first account, or the public session when it has none
    // (workspaces saved before panels named their account open as they did).
    ExchangeSession& session(const QString& exchangeId, const QString& account = {});
    ExchangeSession* find(const QString& exchangeId, const QString& account = {}) const;
    // The account a panel asking for `account` on `exchangeId` gets: see `session`.
    QString resolveAccount(const QString& exchangeId, const QString& account) const;
    // The labels of the accounts on `exchangeId`, in the accounts list's order.
    QStringList accountsOf(const QString& exchangeId) const;
    QList<ExchangeSession*> sessions() const;
    // Tests build a window before its sessions may talk to the exchange; `startAll` lets them go.
    void holdStarts(bool hold) { m_holdStarts = hold; }
    void startAll();

    // Where trading keys come from: a session trades for its account, with the keys read from the keychain. Call
    // `reloadCredentials` after the accounts change.
    void setAccounts(AccountList* accounts, CredentialVault* vault);
    void reloadCredentials();
    // What every session of this pool did, for the window's activity log.
    ActivityLog& activityLog() const { return *m_log; }

signals:
    void sessionOpened(bourse::models::ExchangeSession* session);
    // The keys of an account could not be read; `message` says why in plain words.
    void credentialsProblem(const QString& account, const QString& message);

private:
    ActivityLog* m_log = nullptr;
    using Key = std::pair<QString, QString>; // exchange id, account label
    std::map<Key, std::unique_ptr<ExchangeSession>> m_sessions;
    QList<ExchangeSession*> m_started;
    bool m_holdStarts = false;
    AccountList* m_accounts = nullptr;
    CredentialVault* m_vault = nullptr;
    QSet<ExchangeSession*> m_hostOverridden;

    void loadCredentials(ExchangeSession& session);
    // Points the session at its account's API host, or back at the exchange's own when the host was cleared.
    void applyApiHost(ExchangeSession& session);
};

} // namespace bourse::models
