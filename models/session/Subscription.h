// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace bourse::models {

class ExchangeSession;

// A panel's interest in one feed of a session (the book of BTC/USD, the balances...). Panels on the same feed
// share one poll; the session polls at full rate while any subscriber is active (its panel visible), slowly or not
// at all when every one is hidden, and stops when the last subscription is destroyed.
class Subscription final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Subscription)

public:
    ~Subscription() override;

    const QString& key() const { return m_key; }
    bool isActive() const { return m_active; }
    void setActive(bool active);

private:
    friend class ExchangeSession;
    Subscription(ExchangeSession* session, QString key, QObject* parent);

    QPointer<ExchangeSession> m_session;
    QString m_key;
    bool m_active = true;
};

} // namespace bourse::models
