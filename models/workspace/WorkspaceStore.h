// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspaceLayout.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>

namespace bourse::models {

// The named workspaces, in one JSON file of the data folder (workspaces.json), and which of them the window
// showed last. Every change is written at once, atomically (writeFileAtomically): a crash or a kill never leaves
// half a file. A file this version cannot read is set aside under another name rather than overwritten, so nothing
// is lost.
class WorkspaceStore
{
    Q_DECLARE_TR_FUNCTIONS(bourse::models::WorkspaceStore)

public:
    static constexpr const char* kFormat = "bourse-workspaces";
    static constexpr int kFormatVersion = 1;

    // The store at `path`; the default is <data folder>/workspaces.json.
    explicit WorkspaceStore(QString path = defaultPath());
    static QString defaultPath();

    // Reads the file. A missing file is an empty store (true). An unreadable one is renamed to
    // "<path>.unreadable-<time>" and the store starts empty; false, and `error()` says what happened.
    bool load();
    const QString& error() const { return m_error; }
    const QString& path() const { return m_path; }

    QStringList names() const;
    bool contains(const QString& name) const { return m_workspaces.count(name) > 0; }
    // The layout saved under `name`; what could not be restored of it is added to `problems`.
    std::optional<WorkspaceLayout> layout(const QString& name, QStringList& problems) const;
    bool save(const QString& name, const WorkspaceLayout& layout);
    bool remove(const QString& name);
    // The workspace shown last (empty before the first save).
    const QString& current() const { return m_current; }
    bool setCurrent(const QString& name);

private:
    bool write();

    QString m_path;
    QString m_error;
    QString m_current;
    std::map<QString, QJsonObject> m_workspaces;
};

} // namespace bourse::models
