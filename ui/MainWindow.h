// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;

namespace bourse::models {
class ExchangeSession;
}

namespace bourse::ui {

class ChartPanel;
class MarketListPanel;
class OrderBookPanel;
class OrderTicketPanel;
class Panel;

// Arranges the panels of one board and nothing else (STYLE.md, anti-pattern 1): each panel is its own class, bound
// to the board's exchange session and symbol; what feeds them comes from the composition root in app/. Panels of
// one link group follow the market chosen in the market list.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(models::ExchangeSession& session, const QString& symbol, QWidget* parent = nullptr);

    ChartPanel* chartPanel() const { return m_chart; }
    QList<QDockWidget*> panels() const { return m_docks; }
    QList<Panel*> boundPanels() const;
    // True when the market list, book, trades, chart and balances all show data from the exchange.
    bool panelsHaveData() const;
    // Moves every panel of `group` to `symbol`.
    void linkSymbol(int group, const QString& symbol);

private:
    QDockWidget* addPanel(const QString& objectName, const QString& title, QWidget* content);
    void createPanels(const QString& symbol);
    void arrangeDefaultLayout();
    void createMenus();
    void createStatusBar();
    void updateStatus();
    void updateTitle();
    void showAbout();

    models::ExchangeSession& m_session;
    ChartPanel* m_chart = nullptr;
    MarketListPanel* m_markets = nullptr;
    OrderBookPanel* m_book = nullptr;
    OrderTicketPanel* m_ticket = nullptr;
    QList<QDockWidget*> m_docks;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_latencyLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace bourse::ui
