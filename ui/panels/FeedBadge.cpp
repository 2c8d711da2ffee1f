// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedBadge.h"

#include "ui/Theme.h"

#include <QEvent>

namespace bourse::ui {

FeedBadge::FeedBadge(models::ExchangeSession& session, models::ExchangeSession::Channel channel, QWidget* parent)
    : QLabel(parent)
    , m_session(session)
    , m_channel(channel)
{
    setObjectName(QStringLiteral("feedBadge"));
    connect(&session, &models::ExchangeSession::feedModeChanged, this, &FeedBadge::refresh);
    refresh();
}

void FeedBadge::setSymbol(const QString& symbol)
{
    m_symbol = symbol;
    refresh();
}

void FeedBadge::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
}

void FeedBadge::refresh()
{
    m_live = m_session.feedMode(m_channel, m_symbol) == models::ExchangeSession::FeedMode::Stream;
    const QColor colour = m_live ? Theme::up() : Theme::mutedText();
    setStyleSheet(QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 3px; padding: 0px 5px; }")
                      .arg(colour.name()));
    if (m_live) {
        //: A panel's data badge: the exchange pushes its changes over a websocket stream
        setText(tr("Live"));
        setToolTip(tr("The exchange pushes every change as it happens (websocket stream)"));
    } else {
        //: A panel's data badge: the data is asked of the exchange at intervals
        setText(tr("Polled"));
        setToolTip(tr("Asked of the exchange at intervals: it has no stream for this, or its stream failed and is "
                      "tried again in a minute"));
    }
}

} // namespace bourse::ui
