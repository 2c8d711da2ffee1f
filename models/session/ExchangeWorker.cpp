// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeWorker.h"

#include "Registry.h"
#include "core/QnamTransport.h"

#include <utility>

namespace bourse::models {

ExchangeWorker::ExchangeWorker(QString exchangeId)
    : m_exchangeId(std::move(exchangeId))
{
}

ExchangeWorker::~ExchangeWorker()
{
    m_exchange.reset();
    m_transport.reset();
}

bool ExchangeWorker::open()
{
    m_transport = std::make_unique<ex::QnamTransport>();
    m_exchange = ex::Registry::create(m_exchangeId.toStdString(), *m_transport, m_clock);
    return m_exchange != nullptr;
}

} // namespace bourse::models
