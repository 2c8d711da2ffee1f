// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace bourse::ui {

// Stands in a dock until its panel exists, and says honestly what will come and with which issue, so a screenshot
// never suggests a feature that is not there.
class PlaceholderPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPanel)

public:
    PlaceholderPanel(const QString& heading, const QString& description, const QString& arrivesWith,
                     QWidget* parent = nullptr);

    QString text() const;

private:
    QString m_heading;
    QString m_description;
    QString m_arrivesWith;
};

} // namespace bourse::ui
