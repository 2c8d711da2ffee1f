// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceLayout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace bourse::models {

namespace {

constexpr auto DefaultTimeframe = "15m";

} // namespace

QStringList PanelKind::all()
{
    return {Markets, Chart, OrderBook, Trades, Ticket, Balances, Orders, MyTrades};
}

bool PanelKind::isAccountWide(const QString& kind)
{
    return kind == Balances || kind == Orders;
}

QJsonObject WorkspaceLayout::toJson() const
{
    QJsonArray list;
    for (const PanelBinding& p : panels) {
        QJsonObject o {{QStringLiteral("kind"), p.kind},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("exchange"), p.exchange},
                       {QStringLiteral("linkGroup"), p.linkGroup}};
        if (!p.account.isEmpty()) {
            o.insert(QStringLiteral("account"), p.account);
        }
        if (!p.symbol.isEmpty()) {
            o.insert(QStringLiteral("symbol"), p.symbol);
        }
        if (!p.timeframe.isEmpty()) {
            o.insert(QStringLiteral("timeframe"), p.timeframe);
        }
        if (!p.view.isEmpty()) {
            o.insert(QStringLiteral("view"), p.view);
        }
        if (!p.studies.isEmpty()) {
            o.insert(QStringLiteral("studies"), QJsonArray::fromStringList(p.studies));
        }
        list.append(o);
    }
    return {{QStringLiteral("version"), kFormatVersion},
            {QStringLiteral("panels"), list},
            {QStringLiteral("geometry"), QString::fromLatin1(geometry.toBase64())},
            {QStringLiteral("dockState"), QString::fromLatin1(dockState.toBase64())}};
}

bool WorkspaceLayout::fromJson(const QJsonObject& json, WorkspaceLayout& layout, QStringList& problems)
{
    const int version = json.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > kFormatVersion) {
        problems.append(tr("workspace format %1 is not one this version of Bourse reads").arg(version));
        return false;
    }
    layout = {};
    const QStringList kinds = PanelKind::all();
    QSet<QString> names;
    for (const QJsonValue& value : json.value(QStringLiteral("panels")).toArray()) {
        const QJsonObject o = value.toObject();
        PanelBinding p;
        p.kind = o.value(QStringLiteral("kind")).toString();
        p.name = o.value(QStringLiteral("name")).toString();
        p.exchange = o.value(QStringLiteral("exchange")).toString();
        p.account = o.value(QStringLiteral("account")).toString();
        p.symbol = o.value(QStringLiteral("symbol")).toString();
        p.timeframe = o.value(QStringLiteral("timeframe")).toString();
        p.view = o.value(QStringLiteral("view")).toString();
        for (const QJsonValue& study : o.value(QStringLiteral("studies")).toArray()) {
            p.studies.append(study.toString());
        }
        p.linkGroup = o.value(QStringLiteral("linkGroup")).toInt(0);
        if (!kinds.contains(p.kind)) {
            problems.append(tr("panel '%1' of unknown kind '%2' left out").arg(p.name, p.kind));
            continue;
        }
        if (p.name.isEmpty() || names.contains(p.name)) {
            problems.append(tr("a %1 panel without a name of its own left out").arg(p.kind));
            continue;
        }
        if (p.exchange.isEmpty()) {
            problems.append(tr("panel '%1' names no exchange; left out").arg(p.name));
            continue;
        }
        if (p.symbol.isEmpty() && !PanelKind::isAccountWide(p.kind)) {
            problems.append(tr("panel '%1' names no market; left out").arg(p.name));
            continue;
        }
        if (p.linkGroup < 0 || p.linkGroup >= kLinkGroups) {
            p.linkGroup = 0;
        }
        names.insert(p.name);
        layout.panels.append(p);
    }
    layout.geometry = QByteArray::fromBase64(json.value(QStringLiteral("geometry")).toString().toLatin1());
    layout.dockState = QByteArray::fromBase64(json.value(QStringLiteral("dockState")).toString().toLatin1());
    return true;
}

WorkspaceLayout WorkspaceLayout::defaultLayout(const QString& exchange, const QString& symbol)
{
    WorkspaceLayout layout;
    for (const QString& kind : PanelKind::all()) {
        PanelBinding p;
        p.kind = kind;
        p.name = kind;
        p.exchange = exchange;
        p.symbol = PanelKind::isAccountWide(kind) ? QString() : symbol;
        if (kind == PanelKind::Chart) {
            p.timeframe = QString::fromLatin1(DefaultTimeframe);
            // The average and its bands on first start: they show the studies exist without crowding the candles.
            p.studies = QStringList {QStringLiteral("sma20"), QStringLiteral("bb20")};
        }
        layout.panels.append(p);
    }
    return layout;
}

QString WorkspaceLayout::freeName(const QString& kind) const
{
    if (!find(kind)) {
        return kind;
    }
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1-%2").arg(kind).arg(n);
        if (!find(name)) {
            return name;
        }
    }
}

const PanelBinding* WorkspaceLayout::find(const QString& name) const
{
    for (const PanelBinding& p : panels) {
        if (p.name == name) {
            return &p;
        }
    }
    return nullptr;
}

} // namespace bourse::models
