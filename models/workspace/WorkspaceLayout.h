// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bourse::models {

// One panel of a workspace: what it shows (its kind), where (exchange account and symbol) and with whom it moves
// (its link group). `name` is the dock's object name, the key the window's saved dock state knows it by.
struct PanelBinding
{
    QString kind;
    QString name;
    QString exchange;
    QString symbol; // empty for account-wide panels (balances, orders)
    int linkGroup = 1; // 0: follows no one
    QString timeframe; // charts only
    QStringList studies; // charts only: the studies shown ("sma20", "bb20")
    // The exchange account's label; empty for the exchange's first account, or public data when it has none
    // (workspaces saved before panels named their account). Last, so that positional initialisers stay valid.
    QString account;
    QString view; // charts only: "depth" for the depth chart, empty for the candles

    bool operator==(const PanelBinding&) const = default;
};

// The panel kinds a workspace may hold, in menu order.
namespace PanelKind {
inline const QString Markets = QStringLiteral("markets");
inline const QString Chart = QStringLiteral("chart");
inline const QString OrderBook = QStringLiteral("orderBook");
inline const QString Trades = QStringLiteral("trades");
inline const QString Ticket = QStringLiteral("ticket");
inline const QString Balances = QStringLiteral("balances");
inline const QString Orders = QStringLiteral("orders");
inline const QString MyTrades = QStringLiteral("myTrades");
QStringList all();
// Account-wide kinds are bound to an exchange account but to no symbol.
bool isAccountWide(const QString& kind);
} // namespace PanelKind

// A named arrangement of panels: the bindings, and the window's own geometry and dock state (opaque bytes from
// QMainWindow, stored base64). Kept as JSON so that a workspace file can be read, diffed and repaired by hand.
struct WorkspaceLayout
{
    static constexpr int kFormatVersion = 1;
    static constexpr int kLinkGroups = 5; // 0 (none) and four colours

    QList<PanelBinding> panels;
    QByteArray geometry;
    QByteArray dockState;

    QJsonObject toJson() const;
    // Reads what `toJson` wrote. Panels that cannot be shown (an unknown kind, no exchange, a duplicate name) are
    // dropped and said so in `problems`; a layout with a newer format version is refused (returns false).
    static bool fromJson(const QJsonObject& json, WorkspaceLayout& layout, QStringList& problems);

    // The first-start layout on one exchange and symbol: market list, chart, book, trades, ticket, balances,
    // orders and my trades, all in link group 1.
    static WorkspaceLayout defaultLayout(const QString& exchange, const QString& symbol);
    // A name of `kind` that no panel of this layout has yet ("chart-2").
    QString freeName(const QString& kind) const;
    const PanelBinding* find(const QString& name) const;

    // Last: the macro leaves the members after it private.
    Q_DECLARE_TR_FUNCTIONS(bourse::models::WorkspaceLayout)
};

} // namespace bourse::models
