// SPDX-License-Identifier: GPL-3.0-or-later
#include "Panel.h"

#include "models/session/Subscription.h"

#include <QAbstractItemView>
#include <QEvent>

namespace bourse::ui {

Panel::Panel(models::ExchangeSession& session, const QString& symbol, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_symbol(symbol)
{
}

Panel::~Panel()
{
    dropSubscriptions();
}

void Panel::setSymbol(const QString& symbol)
{
    if (symbol == m_symbol || symbol.isEmpty()) {
        return;
    }
    m_symbol = symbol;
    rebind();
    emit symbolChanged(m_symbol);
}

void Panel::keep(models::Subscription* subscription)
{
    subscription->setActive(isVisible());
    m_subscriptions.append(subscription);
}

void Panel::dropSubscriptions()
{
    for (const QPointer<models::Subscription>& s : std::as_const(m_subscriptions)) {
        delete s.data();
    }
    m_subscriptions.clear();
}

void Panel::setActive(bool active)
{
    for (const QPointer<models::Subscription>& s : std::as_const(m_subscriptions)) {
        if (s) {
            s->setActive(active);
        }
    }
}

void Panel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange) {
        return;
    }
    retranslate();
    refreshViews(this);
}

void Panel::refreshViews(QWidget* root)
{
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (QAbstractItemModel* model = view->model(); model && model->columnCount() > 0) {
            emit model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
        }
        view->viewport()->update();
    }
}

void Panel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    setActive(true);
}

void Panel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    setActive(isVisible());
}

} // namespace bourse::ui
