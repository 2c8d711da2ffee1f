// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionPool.h"

#include "ExchangeSession.h"
#include "Registry.h"
#include "models/ActivityLog.h"
#include "models/accounts/AccountList.h"
#include "models/accounts/CredentialVault.h"

namespace bourse::models {

QList<SessionPool::ExchangeChoice> SessionPool::openableExchanges()
{
    QList<ExchangeChoice> choices;
    for (const ex::RegistryEntry& entry : ex::Registry::entries()) {
        if (entry.status == "implemented") {
            choices.append(
                {QString::fromStdString(entry.id), QString::fromStdString(entry.name), entry.alive != "yes"});
        }
    }
    return choices;
}

SessionPool::SessionPool(QObject* parent)
    : QObject(parent)
    , m_log(new ActivityLog(this))
{
}

// Sessions own worker threads that call back into their models: they go before anything else of the pool.
SessionPool::~SessionPool()
{
    m_sessions.clear();
}

ExchangeSession& SessionPool::session(const QString& exchangeId, const QString& account)
{
    const Key key {exchangeId, resolveAccount(exchangeId, account)};
    auto it = m_sessions.find(key);
    if (it != m_sessions.end()) {
        return *it->second;
    }
    auto& session = m_sessions[key];
    session = std::make_unique<ExchangeSession>(exchangeId);
    session->setAccountLabel(key.second);
    // Practice money per account: the exchange's first account keeps the venue's unnamed file (the one earlier
    // versions and bourse-cli use), every other account a file of its own.
    if (!key.second.isEmpty() && key.second != accountsOf(exchangeId).value(0)) {
        session->setPracticeAccountName(key.second);
    }
    m_log->watch(*session);
    emit sessionOpened(session.get());
    applyApiHost(*session);
    loadCredentials(*session);
    if (!m_holdStarts) {
        m_started.append(session.get());
        session->start();
    }
    return *session;
}

ExchangeSession* SessionPool::find(const QString& exchangeId, const QString& account) const
{
    auto it = m_sessions.find({exchangeId, resolveAccount(exchangeId, account)});
    return it == m_sessions.end() ? nullptr : it->second.get();
}

QString SessionPool::resolveAccount(const QString& exchangeId, const QString& account) const
{
    const QStringList labels = accountsOf(exchangeId);
    if (labels.contains(account)) {
        return account;
    }
    return labels.isEmpty() ? QString() : labels.first();
}

QStringList SessionPool::accountsOf(const QString& exchangeId) const
{
    QStringList labels;
    if (m_accounts) {
        for (const Account& a : m_accounts->accounts()) {
            if (a.exchange == exchangeId) {
                labels.append(a.label);
            }
        }
    }
    return labels;
}

QList<ExchangeSession*> SessionPool::sessions() const
{
    QList<ExchangeSession*> list;
    for (const auto& [key, session] : m_sessions) {
        list.append(session.get());
    }
    return list;
}

void SessionPool::startAll()
{
    m_holdStarts = false;
    for (const auto& [key, session] : m_sessions) {
        if (!m_started.contains(session.get())) {
            m_started.append(session.get());
            session->start();
        }
    }
}

void SessionPool::setAccounts(AccountList* accounts, CredentialVault* vault)
{
    m_accounts = accounts;
    m_vault = vault;
}

void SessionPool::applyApiHost(ExchangeSession& session)
{
    const std::optional<Account> account =
        m_accounts && !session.accountLabel().isEmpty() ? m_accounts->find(session.accountLabel()) : std::nullopt;
    const QString host = account ? account->apiHost : QString();
    // Only sessions this pool pointed elsewhere are pointed back: others keep the options they were given.
    if (host.isEmpty() && !m_hostOverridden.contains(&session)) {
        return;
    }
    ex::ExchangeOptions options;
    options.apiUrl = host.toStdString();
    session.setOptions(options);
    if (host.isEmpty()) {
        m_hostOverridden.remove(&session);
    } else {
        m_hostOverridden.insert(&session);
    }
}

void SessionPool::reloadCredentials()
{
    for (const auto& [key, session] : m_sessions) {
        applyApiHost(*session);
        loadCredentials(*session);
    }
}

void SessionPool::loadCredentials(ExchangeSession& session)
{
    if (!m_accounts || !m_vault) {
        return;
    }
    const QString label = session.accountLabel();
    // A removed account (or one moved to another exchange) takes its keys away from the session.
    const std::optional<Account> account = label.isEmpty() ? std::nullopt : m_accounts->find(label);
    if (!account || account->exchange != session.exchangeId()) {
        session.setCredentials({});
        return;
    }
    const Key key {session.exchangeId(), label};
    m_vault->load(label, [this, key](std::optional<ex::Credentials> credentials, const QString& error) {
        auto it = m_sessions.find(key); // the session may have gone meanwhile
        if (it == m_sessions.end()) {
            return;
        }
        if (!credentials) {
            emit credentialsProblem(key.second, error);
            return;
        }
        it->second->setCredentials(*credentials);
    });
}

} // namespace bourse::models
