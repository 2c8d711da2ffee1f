// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityLog.h"

#include "session/ExchangeSession.h"
#include "session/PreparedOrder.h"

#include <QPointer>
#include <memory>

namespace bourse::models {

ActivityLog::ActivityLog(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ActivityLog::append(Level level, const QString& source, const QString& message)
{
    const QDateTime now = QDateTime::currentDateTime();
    if (!m_entries.empty()) {
        Entry& last = m_entries.back();
        if (last.level == level && last.source == source && last.message == message) {
            ++last.repeats;
            last.time = now;
            const int row = static_cast<int>(m_entries.size()) - 1;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    if (static_cast<int>(m_entries.size()) >= m_maxRows) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back({now, level, source, message});
    endInsertRows();
    emit appended(level, source.isEmpty() ? message : tr("%1: %2").arg(source, message));
}

void ActivityLog::watch(ExchangeSession& session)
{
    QPointer<ExchangeSession> guard(&session);
    auto lastState = std::make_shared<ExchangeSession::State>(session.state());
    connect(&session, &ExchangeSession::stateChanged, this, [this, guard, lastState] {
        if (!guard || guard->state() == *lastState) {
            return;
        }
        *lastState = guard->state();
        switch (guard->state()) {
        case ExchangeSession::State::Connecting:
            append(Level::Info, guard->displayName(), tr("connecting"));
            break;
        case ExchangeSession::State::Online:
            append(Level::Info, guard->displayName(), tr("connected"));
            break;
        case ExchangeSession::State::Degraded:
            append(Level::Warning, guard->displayName(), tr("requests are failing; polling goes on"));
            break;
        case ExchangeSession::State::Unavailable:
            append(Level::Error, guard->displayName(), tr("unavailable: %1").arg(guard->lastError()));
            break;
        }
    });
    connect(&session, &ExchangeSession::requestFailed, this, [this, guard](const QString& what, const QString& why) {
        append(Level::Warning, guard ? guard->displayName() : QString(), tr("%1 failed: %2").arg(what, why));
    });
    connect(&session, &ExchangeSession::orderSent, this, [this, guard](const PreparedOrder& order) {
        const QString at = order.price.isEmpty() ? tr("at market") : tr("at %1 %2").arg(order.price, order.quote);
        const QString stop =
            order.triggerPrice.isEmpty() ? QString() : tr(", triggered at %1 %2").arg(order.triggerPrice, order.quote);
        append(Level::Info, guard ? guard->displayName() : QString(),
               tr("order sent: %1 %2 %3 %4 %5%6").arg(order.side, order.type, order.amount, order.base, at, stop));
    });
}

int ActivityLog::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityLog::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLog::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Entry& e = m_entries[static_cast<size_t>(index.row())];
    if (role == LevelRole) {
        return static_cast<int>(e.level);
    }
    if (role == Qt::ToolTipRole && index.column() == Time) {
        return e.time.toString(Qt::ISODateWithMs);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Time:
        return e.time.toString(QStringLiteral("HH:mm:ss"));
    case Source:
        return e.source;
    case Message:
        return e.repeats > 1 ? tr("%1 (×%2)").arg(e.message).arg(e.repeats) : e.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Time:
        return tr("Time");
    case Source:
        return tr("Exchange");
    case Message:
        return tr("What happened");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace bourse::models
