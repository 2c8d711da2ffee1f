// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <deque>

namespace bourse::models {

class ExchangeSession;

// What happened, in the window's own words, oldest first: connections made and lost, requests that failed, orders
// sent. The status bar shows only the latest problem; this keeps the history so nothing needs a modal dialog.
// A message that repeats the one before it (a poll failing every second) is counted on that row, not added again.
class ActivityLog final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)

public:
    enum Column { Time, Source, Message, ColumnCount };
    enum class Level { Info, Warning, Error };
    static constexpr int LevelRole = Qt::UserRole + 100;

    explicit ActivityLog(QObject* parent = nullptr);

    void setMaxRows(int rows) { m_maxRows = rows; }
    void append(Level level, const QString& source, const QString& message);
    // Logs what a session says: its state changes, failed requests and sent orders.
    void watch(ExchangeSession& session);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void appended(bourse::models::ActivityLog::Level level, const QString& text);

private:
    struct Entry
    {
        QDateTime time;
        Level level;
        QString source;
        QString message;
        int repeats = 1;
    };
    std::deque<Entry> m_entries;
    int m_maxRows = 2000;
};

} // namespace bourse::models
