// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPanel.h"

#include "Theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bourse::ui {

PlaceholderPanel::PlaceholderPanel(const QString& heading, const QString& description, const QString& arrivesWith,
                                   QWidget* parent)
    : QWidget(parent), m_heading(heading), m_description(description), m_arrivesWith(arrivesWith)
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Theme::panel());
    setPalette(p);

    auto* headingLabel = new QLabel(heading, this);
    headingLabel->setObjectName(QStringLiteral("placeholderHeading"));
    QFont headingFont = headingLabel->font();
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);

    auto* descriptionLabel = new QLabel(description, this);
    descriptionLabel->setObjectName(QStringLiteral("placeholderDescription"));
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::mutedText().name()));

    auto* arrivesLabel = new QLabel(arrivesWith, this);
    arrivesLabel->setObjectName(QStringLiteral("placeholderArrivesWith"));
    arrivesLabel->setWordWrap(true);
    arrivesLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::demoBadge().name()));

    for (QLabel* label : {headingLabel, descriptionLabel, arrivesLabel}) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setTextFormat(Qt::PlainText);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(6);
    layout->addStretch(1);
    layout->addWidget(headingLabel);
    layout->addWidget(descriptionLabel);
    layout->addSpacing(4);
    layout->addWidget(arrivesLabel);
    layout->addStretch(2);
}

QString PlaceholderPanel::text() const
{
    return m_heading + QLatin1Char('\n') + m_description + QLatin1Char('\n') + m_arrivesWith;
}

} // namespace bourse::ui
