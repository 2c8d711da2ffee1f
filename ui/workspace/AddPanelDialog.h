// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/workspace/WorkspaceLayout.h"

#include <QDialog>

class QComboBox;

namespace bourse::models {
class SessionPool;
}

namespace bourse::ui {

// Asks where a new panel of a given kind goes: which exchange and which of its accounts, which market (offered from
// the exchange's market list once it is loaded, typed otherwise) and which link group.
class AddPanelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPanelDialog)

public:
    AddPanelDialog(models::SessionPool& sessions, const models::PanelBinding& suggestion, QWidget* parent = nullptr);

    // The binding chosen (name left empty: the window names it).
    models::PanelBinding binding() const;

private:
    void fillSymbols();
    void fillAccounts();

    models::SessionPool& m_sessions;
    QString m_kind;
    QString m_timeframe;
    QComboBox* m_exchange;
    QComboBox* m_account;
    QComboBox* m_symbol;
    QComboBox* m_group;
};

} // namespace bourse::ui
