// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Panel.h"
#include "models/TradesModel.h"

class QLabel;
class QTableView;

namespace bourse::ui {

class FeedBadge;

// A market's latest trades, newest on top: the public tape (time, price in the taker side's colour, amount), or the
// account's own trades in that market (with side, cost and fee), polled again as its orders fill.
class TradesPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TradesPanel)

public:
    TradesPanel(models::ExchangeSession& session, const QString& symbol, QWidget* parent = nullptr);
    TradesPanel(models::ExchangeSession& session, const QString& symbol, models::TradesModel::Source source,
                QWidget* parent = nullptr);

    bool hasData() const override;
    QTableView* view() const { return m_view; }
    models::TradesModel* model() const { return m_model; }
    // How the tape arrives (stream or poll); none on the account's own trades.
    FeedBadge* feedBadge() const { return m_feedBadge; }
    // Why an account's trades cannot show (no account on this exchange); empty otherwise.
    QString note() const;

protected:
    void rebind() override;
    void retranslate() override;

private:
    void updateNote();

    models::TradesModel::Source m_source;
    QTableView* m_view = nullptr;
    QLabel* m_note = nullptr;
    FeedBadge* m_feedBadge = nullptr;
    models::TradesModel* m_model = nullptr;
};

} // namespace bourse::ui
