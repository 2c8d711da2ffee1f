// SPDX-License-Identifier: GPL-3.0-or-later
#include "PanelTitleBar.h"

#include "LinkGroups.h"

#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QToolButton>

namespace bourse::ui {

namespace {

QIcon dotIcon(const QColor& colour, bool hollow)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(colour));
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

QToolButton* flatButton(QWidget* parent, const QString& objectName)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    button->setIconSize(QSize(12, 12));
    return button;
}

} // namespace

PanelTitleBar::PanelTitleBar(QDockWidget* dock)
    : QWidget(dock)
    , m_dock(dock)
{
    setObjectName(QStringLiteral("panelTitleBar"));
    m_link = flatButton(this, QStringLiteral("linkGroupButton"));
    m_link->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_link);
    for (int group = 0; group < LinkGroups::count(); ++group) {
        QAction* action = menu->addAction(dotIcon(LinkGroups::colour(group), group == 0), QString());
        m_groupActions.append(action);
        connect(action, &QAction::triggered, this, [this, group] {
            setLinkGroup(group);
            emit linkGroupChosen(group);
        });
    }
    m_link->setMenu(menu);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_title->setTextFormat(Qt::PlainText);

    m_floatButton = flatButton(this, QStringLiteral("floatButton"));
    QToolButton* floatButton = m_floatButton;
    floatButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarNormalButton));
    connect(floatButton, &QToolButton::clicked, m_dock, [this] { m_dock->setFloating(!m_dock->isFloating()); });
    m_closeButton = flatButton(this, QStringLiteral("closeButton"));
    QToolButton* closeButton = m_closeButton;
    closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(closeButton, &QToolButton::clicked, this, &PanelTitleBar::closeRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 1, 2, 1);
    layout->setSpacing(4);
    layout->addWidget(m_link);
    layout->addWidget(m_title, 1);
    layout->addWidget(floatButton);
    layout->addWidget(closeButton);

    connect(m_dock, &QDockWidget::windowTitleChanged, this, &PanelTitleBar::updateTitle);
    setLinkGroup(0);
    retranslate();
    updateTitle();
}

void PanelTitleBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

void PanelTitleBar::retranslate()
{
    for (int group = 0; group < m_groupActions.size(); ++group) {
        m_groupActions[group]->setText(LinkGroups::name(group));
    }
    m_floatButton->setToolTip(tr("Float or dock this panel"));
    m_closeButton->setToolTip(tr("Remove this panel"));
    setLinkGroup(m_group);
}

void PanelTitleBar::setLinkGroup(int group)
{
    m_group = group;
    m_link->setIcon(dotIcon(LinkGroups::colour(group), group == 0));
    m_link->setToolTip(tr("Link group: %1").arg(LinkGroups::name(group)));
}

QString PanelTitleBar::text() const
{
    return m_title->text();
}

void PanelTitleBar::updateTitle()
{
    m_title->setText(m_dock->windowTitle());
}

} // namespace bourse::ui
