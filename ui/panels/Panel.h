// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

namespace bourse::models {
class ExchangeSession;
class Subscription;
} // namespace bourse::models

namespace bourse::ui {

// What every panel is: a view bound to one exchange session and (for most) one symbol, holding the subscriptions
// that keep its data coming. While the panel is hidden (a closed or tabbed-away dock) its subscriptions are
// inactive, so the session slows or stops their polls.
class Panel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Panel)

public:
    Panel(models::ExchangeSession& session, const QString& symbol, QWidget* parent = nullptr);
    ~Panel() override;

    models::ExchangeSession& session() const { return m_session; }
    const QString& symbol() const { return m_symbol; }
    void setSymbol(const QString& symbol);
    // Panels of the same link group follow each other's symbol; 0 is none.
    int linkGroup() const { return m_linkGroup; }
    void setLinkGroup(int group) { m_linkGroup = group; }
    // After a language change: every item view under `root` asks its model for the headers and cells again
    // (models translate and format them when asked) and sizes its sections to the new words.
    static void refreshViews(QWidget* root);
    // True once the panel shows data from the exchange (the screenshot waits for this).
    virtual bool hasData() const = 0;

signals:
    void symbolChanged(const QString& symbol);

protected:
    // Drops the old subscriptions and models, subscribes for the current symbol.
    virtual void rebind() = 0;
    void keep(models::Subscription* subscription);
    void dropSubscriptions();
    // The panel's own words in the current language: each panel calls it once built, and Panel again on every
    // language change, after which the headers of its views are asked for anew.
    virtual void retranslate() { }
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void setActive(bool active);

    models::ExchangeSession& m_session;
    QString m_symbol;
    int m_linkGroup = 1;
    QList<QPointer<models::Subscription>> m_subscriptions;
};

} // namespace bourse::ui
