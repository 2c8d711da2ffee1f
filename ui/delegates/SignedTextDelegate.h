// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace bourse::ui {

// Draws a cell's text in the up colour when its SideRole is positive (a buy, a rise), the down colour when it
// is negative, and the normal text colour otherwise.
class SignedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignedTextDelegate)

public:
    explicit SignedTextDelegate(QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace bourse::ui
