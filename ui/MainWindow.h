// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Theme.h"
#include "models/workspace/WorkspaceLayout.h"

#include <QHash>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;

namespace bourse::models {
class AccountList;
class CredentialVault;
class ExchangeSession;
class SessionPool;
class WorkspaceStore;
} // namespace bourse::models

namespace bourse::ui {

class ChartPanel;
class Panel;

// Arranges the panels of one workspace and nothing else (STYLE.md, anti-pattern 1): any number of panels of each
// kind, each a dock bound to its own exchange session and symbol; the sessions come from the pool the composition
// root in app/ owns. Panels of one link group follow the market chosen in a market list of that group. The
// workspace (bindings, geometry, dock state) can be captured, applied, saved under a name and restored.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(models::SessionPool& sessions, const models::WorkspaceLayout& layout, QWidget* parent = nullptr);

    // Named workspaces: with a store the Workspace menu saves and opens them, and closing the window saves the
    // current one.
    void setWorkspaceStore(models::WorkspaceStore* store);
    // Enables File > Accounts: the accounts dialog over these, and the sessions' keys reloaded after it.
    void setAccounts(models::AccountList* accounts, models::CredentialVault* vault);
    void showAccounts();
    const QString& workspaceName() const { return m_workspaceName; }
    void setWorkspaceName(const QString& name);

    // ---- panels ----
    // Adds a dock for `binding` (named anew when its name is empty or taken); null when the kind is unknown.
    QDockWidget* addPanel(models::PanelBinding binding);
    void removePanel(const QString& name);
    Panel* panel(const QString& name) const;
    QDockWidget* dock(const QString& name) const;
    QDockWidget* activityLogDock() const { return m_logDock; }
    QList<QDockWidget*> panels() const;
    QList<Panel*> boundPanels() const;
    // The first chart (the screenshot and tests look at it).
    ChartPanel* chartPanel() const;
    // True when every panel that shows market or account data shows it.
    bool panelsHaveData() const;
    void setLinkGroup(const QString& name, int group);
    // Moves every panel of `group` to `symbol`; group 0 moves nothing.
    void linkSymbol(int group, const QString& symbol);

    // ---- workspaces ----
    models::WorkspaceLayout captureWorkspace() const;
    // Replaces every panel with the layout's; returns what could not be restored, in plain words.
    QStringList applyWorkspace(const models::WorkspaceLayout& layout);
    // The default panels on the exchange and market of the first panel (or the demo).
    void resetToDefault();

    // Switches the colour scheme, remembers it in the settings and rebuilds the panels in it.
    void setTheme(Theme::Kind kind);
    // Switches the language (empty: the system's), remembers it in the settings; every window re-translates.
    void setLanguage(const QString& code);

    // Gives `action` the translation of `source` (a text in this class's context) now and after every language
    // change; returns the action.
    static QAction* keepTranslated(QAction* action, const char* source);

signals:
    void workspaceProblem(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Market
    {
        QString exchange;
        QString account;
        QString symbol;
    };
    // The exchange and market of the first panel that shows one (the demo's BTC/USD in an empty window): where a
    // new panel or the default layout goes.
    Market currentMarket() const;
    void bindPanel(QDockWidget* dock, Panel* panel, const models::PanelBinding& binding);
    void removeAllPanels();
    void arrangeDefaultLayout();
    void createMenus();
    void createActivityLog();
    void fillWorkspaceMenu(QMenu* menu);
    void fillLanguageMenu(QMenu* menu);
    void retranslate();
    void addPanelOfKind(const QString& kind);
    void saveWorkspaceAs();
    void openWorkspace(const QString& name);
    void watchSession(models::ExchangeSession* session);
    void updateStatus();
    void updateTitles();
    void showAbout();
    void rebindAccounts();

    models::SessionPool& m_sessions;
    models::WorkspaceStore* m_store = nullptr;
    models::AccountList* m_accounts = nullptr;
    models::CredentialVault* m_vault = nullptr;
    QAction* m_accountsAction = nullptr;
    QString m_workspaceName;
    QHash<QString, models::PanelBinding> m_bindings; // by dock name
    QList<QDockWidget*> m_docks; // in the order they were added
    QDockWidget* m_logDock = nullptr;
    QHash<models::ExchangeSession*, QLabel*> m_connectionLabels;
    QLabel* m_errorLabel = nullptr;
};

} // namespace bourse::ui
