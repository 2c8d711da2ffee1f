// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QDockWidget;
class QLabel;
class QToolButton;

namespace bourse::ui {

// A dock's title: the link group's colour (a button whose menu changes the group), what the panel shows, and the
// float and close buttons. Drags on it still move the dock: what the bar does not handle goes to the QDockWidget.
class PanelTitleBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PanelTitleBar)

public:
    explicit PanelTitleBar(QDockWidget* dock);

    void setLinkGroup(int group);
    int linkGroup() const { return m_group; }
    QString text() const;

signals:
    void linkGroupChosen(int group);
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateTitle();

    QDockWidget* m_dock;
    QToolButton* m_link;
    QLabel* m_title;
    QToolButton* m_floatButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    QList<QAction*> m_groupActions;
    int m_group = 0;
};

} // namespace bourse::ui
