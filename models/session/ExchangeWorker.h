// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StreamRelay.h"
#include "core/Clock.h"
#include "core/Exchange.h"

#include <QObject>
#include <map>
#include <memory>
#include <optional>

namespace bourse::ex {
class QnamTransport;
}

namespace bourse::models {

// What lives in a session's worker thread: the transport, the clock and the exchange. Everything here is created,
// used and destroyed in that thread; the session reaches it only through queued calls, and answers travel back
// as value types (DESIGN.md: the GUI thread never waits on the network or parses a payload).
class ExchangeWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeWorker)

public:
    explicit ExchangeWorker(QString exchangeId);
    ~ExchangeWorker() override;

    // Creates the transport and the exchange, in the worker thread. False when no adapter serves the id.
    bool open();
    // For a practice venue (demo, paper): which of the user's practice accounts this is, so that each keeps its
    // own file (PracticeAccount::setAccountName); empty for the venue's first account. Set before open().
    void setPracticeAccountName(QString name) { m_practiceAccountName = std::move(name); }
    ex::Exchange* exchange() const { return m_exchange.get(); }
    // Kept for the exchange `open` creates, and given to it at once if it exists.
    void setCredentials(ex::Credentials credentials);
    void setOptions(ex::ExchangeOptions options);

    // Starts relaying one stream of the exchange's MarketFeed under `key`; false when the exchange has none.
    bool startStream(const QString& key, ex::MarketFeed::Channel channel, const std::string& symbol, size_t levels,
                     StreamRelay::Handlers handlers);
    void stopStream(const QString& key);

private:
    QString m_exchangeId;
    QString m_practiceAccountName;
    ex::Clock m_clock;
    ex::Credentials m_credentials;
    std::optional<ex::ExchangeOptions> m_options;
    // Declared before the exchange, which holds a reference to it and so must go first.
    std::unique_ptr<ex::QnamTransport> m_transport;
    std::unique_ptr<ex::Exchange> m_exchange;
    // After the exchange: they hold subscriptions to its feed, so they go first.
    std::map<QString, std::unique_ptr<StreamRelay>> m_relays;
};

} // namespace bourse::models
