// SPDX-License-Identifier: GPL-3.0-or-later
#include "PanelFactory.h"

#include "models/workspace/WorkspaceLayout.h"
#include "ui/panels/BalancesPanel.h"
#include "ui/panels/ChartPanel.h"
#include "ui/panels/MarketListPanel.h"
#include "ui/panels/OrderBookPanel.h"
#include "ui/panels/OrderTicketPanel.h"
#include "ui/panels/OrdersPanel.h"
#include "ui/panels/TradesPanel.h"

#include <QCoreApplication>
#include <utility>

namespace bourse::ui::PanelFactory {

namespace {

constexpr auto DefaultTimeframe = "15m";

} // namespace

Panel* create(const models::PanelBinding& binding, models::ExchangeSession& session, QWidget* parent)
{
    using namespace models;
    Panel* panel = nullptr;
    if (binding.kind == PanelKind::Markets) {
        panel = new MarketListPanel(session, binding.symbol, parent);
    } else if (binding.kind == PanelKind::Chart) {
        const QString timeframe =
            binding.timeframe.isEmpty() ? QString::fromLatin1(DefaultTimeframe) : binding.timeframe;
        auto* chart = new ChartPanel(session, binding.symbol, timeframe, parent);
        chart->setStudies(binding.studies);
        chart->setDepthShown(binding.view == QStringLiteral("depth"));
        panel = chart;
    } else if (binding.kind == PanelKind::OrderBook) {
        panel = new OrderBookPanel(session, binding.symbol, parent);
    } else if (binding.kind == PanelKind::Trades) {
        panel = new TradesPanel(session, binding.symbol, parent);
    } else if (binding.kind == PanelKind::Ticket) {
        panel = new OrderTicketPanel(session, binding.symbol, parent);
    } else if (binding.kind == PanelKind::Balances) {
        panel = new BalancesPanel(session, parent);
    } else if (binding.kind == PanelKind::Orders) {
        panel = new OrdersPanel(session, parent);
    } else if (binding.kind == PanelKind::MyTrades) {
        panel = new TradesPanel(session, binding.symbol, TradesModel::Source::Own, parent);
    }
    if (panel) {
        panel->setLinkGroup(binding.linkGroup);
    }
    return panel;
}

QString kindTitle(const QString& kind)
{
    static const std::pair<const QString&, const char*> titles[] = {
        {models::PanelKind::Markets, QT_TRANSLATE_NOOP("bourse::ui::PanelFactory", "Markets")},
        {models::PanelKind::Chart, QT_TRANSLATE_NOOP("bourse::ui::PanelFactory", "Chart")},
        {models::PanelKind::OrderBook, QT_TRANSLATE_NOOP("bourse::ui::PanelFactory", "Order book")},
        {models::PanelKind::Trades, QT_TRANSLATE_NOOP("bourse::ui::PanelFactory", "Trades")},
        {models::PanelKind::Ticket, QT_TRANSLATE_NOOP("bourse::ui::PanelFactory", "Order ticket")},
        {models::PanelKind::Balances, QT_TRANSLATE_NOOP("bourse::ui::PanelFactory", "Balances")},
        {models::PanelKind::Orders, QT_TRANSLATE_NOOP("bourse::ui::PanelFactory", "Orders")},
        {models::PanelKind::MyTrades, QT_TRANSLATE_NOOP("bourse::ui::PanelFactory", "My trades")},
    };
    for (const auto& [known, title] : titles) {
        if (known == kind) {
            return QCoreApplication::translate("bourse::ui::PanelFactory", title);
        }
    }
    return kind;
}

} // namespace bourse::ui::PanelFactory
