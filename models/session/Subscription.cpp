// SPDX-License-Identifier: GPL-3.0-or-later
#include "Subscription.h"

#include "ExchangeSession.h"

#include <utility>

namespace bourse::models {

Subscription::Subscription(ExchangeSession* session, QString key, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_key(std::move(key))
{
}

Subscription::~Subscription()
{
    if (m_session) {
        m_session->release(m_key, m_active);
    }
}

void Subscription::setActive(bool active)
{
    if (active == m_active) {
        return;
    }
    m_active = active;
    if (m_session) {
        m_session->activate(m_key, active);
    }
}

} // namespace bourse::models
