// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityLogView.h"

#include "Theme.h"
#include "models/ActivityLog.h"
#include "panels/Panel.h"
#include "panels/TablePanelStyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace bourse::ui {

namespace {

// Warnings and errors in their colours; the model knows levels, not colours.
class LevelDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        switch (static_cast<models::ActivityLog::Level>(index.data(models::ActivityLog::LevelRole).toInt())) {
        case models::ActivityLog::Level::Info:
            break;
        case models::ActivityLog::Level::Warning:
            option->palette.setColor(QPalette::Text, Theme::demoBadge());
            break;
        case models::ActivityLog::Level::Error:
            option->palette.setColor(QPalette::Text, Theme::down());
            break;
        }
    }
};

} // namespace

ActivityLogView::ActivityLogView(models::ActivityLog& log, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("activityLogView"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activityLogTable"));
    TablePanelStyle::apply(m_view);
    m_view->setModel(&log);
    m_view->setItemDelegate(new LevelDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 3);
    m_view->horizontalHeader()->setSectionResizeMode(models::ActivityLog::Time, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::ActivityLog::Source, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);

    QScrollBar* bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_following = value >= bar->maximum(); });
    connect(&log, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_following) {
            m_view->scrollToBottom();
        }
    });
}

void ActivityLogView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        Panel::refreshViews(this);
    }
}

} // namespace bourse::ui
