// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeWorker.h"

#include "Registry.h"
#include "core/QnamTransport.h"
#include "demo/PracticeVenue.h"

#include <utility>

namespace bourse::models {

ExchangeWorker::ExchangeWorker(QString exchangeId)
    : m_exchangeId(std::move(exchangeId))
{
}

ExchangeWorker::~ExchangeWorker()
{
    m_relays.clear();
    m_exchange.reset();
    m_transport.reset();
}

bool ExchangeWorker::open()
{
    m_transport = std::make_unique<ex::QnamTransport>();
    m_exchange = ex::Registry::create(m_exchangeId.toStdString(), *m_transport, m_clock);
    if (auto* venue = dynamic_cast<ex::PracticeVenue*>(m_exchange.get())) {
        venue->practiceAccount().setAccountName(m_practiceAccountName.toStdString());
    }
    if (m_exchange) {
        // A trader's terminal rides out a dropped connection or a brief 5xx on its reads (never on its orders).
        m_exchange->setRetryPolicy(ex::RetryPolicy {});
    }
    if (m_exchange && m_options) {
        m_exchange->setOptions(*m_options);
    }
    if (m_exchange && !m_credentials.empty()) {
        m_exchange->setCredentials(m_credentials);
    }
    return m_exchange != nullptr;
}

void ExchangeWorker::setOptions(ex::ExchangeOptions options)
{
    m_options = std::move(options);
    if (m_exchange) {
        m_exchange->setOptions(*m_options);
    }
}

bool ExchangeWorker::startStream(const QString& key, ex::MarketFeed::Channel channel, const std::string& symbol,
                                 size_t levels, StreamRelay::Handlers handlers)
{
    ex::MarketFeed* feed = m_exchange ? m_exchange->marketFeed() : nullptr;
    if (!feed) {
        return false;
    }
    m_relays[key] = std::make_unique<StreamRelay>(*feed, channel, symbol, levels, std::move(handlers));
    return true;
}

void ExchangeWorker::stopStream(const QString& key)
{
    m_relays.erase(key);
}

void ExchangeWorker::setCredentials(ex::Credentials credentials)
{
    m_credentials = std::move(credentials);
    if (m_exchange) {
        m_exchange->setCredentials(m_credentials);
    }
}

} // namespace bourse::models
