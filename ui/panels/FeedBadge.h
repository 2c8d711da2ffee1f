// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/session/ExchangeSession.h"

#include <QLabel>

namespace bourse::ui {

// Tells, on the panel itself, how its data arrives: pushed by the exchange's stream ("Live") or asked for at
// intervals ("Polled": the exchange has no stream, or the stream failed and polling stands in). A trader reading a
// book wants to know whether it is the exchange's latest word or a second old.
class FeedBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedBadge)

public:
    FeedBadge(models::ExchangeSession& session, models::ExchangeSession::Channel channel, QWidget* parent = nullptr);

    // The market whose feed the badge shows (the panel's symbol, after every rebind).
    void setSymbol(const QString& symbol);
    bool isLive() const { return m_live; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    models::ExchangeSession& m_session;
    models::ExchangeSession::Channel m_channel;
    QString m_symbol;
    bool m_live = false;
};

} // namespace bourse::ui
