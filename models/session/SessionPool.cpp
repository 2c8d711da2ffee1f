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
            choices.append({QString::fromStdString(entry.id), QString::fromStdString(entry.name)});
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

ExchangeSession& SessionPool::session(const QString& exchangeId)
{
    auto it = m_sessions.find(exchangeId);
    if (it != m_sessions.end()) {
        return *it->second;
    }
    auto& session = m_sessions[exchangeId];
    session = std::make_unique<ExchangeSession>(exchangeId);
    m_log->watch(*session);
    emit sessionOpened(session.get());
    loadCredentials(*session);
    if (!m_holdStarts) {
        m_started.append(exchangeId);
        session->start();
    }
    return *session;
}

ExchangeSession* SessionPool::find(const QString& exchangeId) const
{
    auto it = m_sessions.find(exchangeId);
    return it == m_sessions.end() ? nullptr : it->second.get();
}

QStringList SessionPool::exchangeIds() const
{
    QStringList ids;
    for (const auto& [id, session] : m_sessions) {
        ids.append(id);
    }
    return ids;
}

void SessionPool::startAll()
{
    m_holdStarts = false;
    for (const auto& [id, session] : m_sessions) {
        if (!m_started.contains(id)) {
            m_started.append(id);
            session->start();
        }
    }
}

void SessionPool::setAccounts(AccountList* accounts, CredentialVault* vault)
{
    m_accounts = accounts;
    m_vault = vault;
}

void SessionPool::reloadCredentials()
{
    for (const auto& [id, session] : m_sessions) {
        loadCredentials(*session);
    }
}

void SessionPool::loadCredentials(ExchangeSession& session)
{
    if (!m_accounts || !m_vault) {
        return;
    }
    QString label;
    for (const Account& account : m_accounts->accounts()) {
        if (account.exchange == session.exchangeId()) {
            label = account.label;
            break;
        }
    }
    if (label.isEmpty()) {
        session.setCredentials({});
        return;
    }
    const QString exchangeId = session.exchangeId();
    m_vault->load(label, [this, exchangeId, label](std::optional<ex::Credentials> credentials, const QString& error) {
        ExchangeSession* target = find(exchangeId); // the session may have gone meanwhile
        if (!target) {
            return;
        }
        if (!credentials) {
            emit credentialsProblem(label, error);
            return;
        }
        target->setCredentials(*credentials);
    });
}

} // namespace bourse::models
