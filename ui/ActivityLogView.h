// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace bourse::models {
class ActivityLog;
}

namespace bourse::ui {

// The activity log as a table: time, exchange, what happened, warnings and errors in their colours. It follows
// the newest line while the user has not scrolled up to read an older one.
class ActivityLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogView)

public:
    explicit ActivityLogView(models::ActivityLog& log, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QTableView* m_view = nullptr;
    bool m_following = true;
};

} // namespace bourse::ui
