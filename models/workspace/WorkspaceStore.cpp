// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceStore.h"

#include "core/AtomicFile.h"
#include "core/DataDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

namespace bourse::models {

WorkspaceStore::WorkspaceStore(QString path)
    : m_path(std::move(path))
{
}

QString WorkspaceStore::defaultPath()
{
    const QString folder = ex::dataDirectory();
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/workspaces.json");
}

bool WorkspaceStore::load()
{
    m_error.clear();
    m_current.clear();
    m_workspaces.clear();
    QFile file(m_path);
    if (!file.exists()) {
        return true;
    }
    QString problem;
    QJsonObject root;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        root = document.object();
        if (parseError.error != QJsonParseError::NoError) {
            problem = tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        } else if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
            problem = tr("not a Bourse workspace file");
        } else if (root.value(QStringLiteral("version")).toInt() > kFormatVersion) {
            problem = tr("written by a newer Bourse (format %1)").arg(root.value(QStringLiteral("version")).toInt());
        }
    }
    file.close();
    if (!problem.isEmpty()) {
        const QString aside = m_path + QStringLiteral(".unreadable-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz"));
        const bool moved = QFile::rename(m_path, aside);
        m_error = moved ? tr("The workspaces file %1 is %2; it was kept as %3 and the default workspace is shown.")
                              .arg(m_path, problem, aside)
                        : tr("The workspaces file %1 is %2 and could not be set aside; workspaces will not be saved.")
                              .arg(m_path, problem);
        if (!moved) {
            m_path.clear(); // never overwrite what could not be read
        }
        return false;
    }
    const QJsonObject workspaces = root.value(QStringLiteral("workspaces")).toObject();
    for (auto it = workspaces.begin(); it != workspaces.end(); ++it) {
        m_workspaces[it.key()] = it.value().toObject();
    }
    const QString current = root.value(QStringLiteral("current")).toString();
    m_current = contains(current) ? current : QString();
    return true;
}

QStringList WorkspaceStore::names() const
{
    QStringList names;
    for (const auto& [name, json] : m_workspaces) {
        names.append(name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<WorkspaceLayout> WorkspaceStore::layout(const QString& name, QStringList& problems) const
{
    auto it = m_workspaces.find(name);
    if (it == m_workspaces.end()) {
        return std::nullopt;
    }
    WorkspaceLayout layout;
    if (!WorkspaceLayout::fromJson(it->second, layout, problems)) {
        return std::nullopt;
    }
    return layout;
}

bool WorkspaceStore::save(const QString& name, const WorkspaceLayout& layout)
{
    if (name.trimmed().isEmpty()) {
        m_error = tr("A workspace needs a name.");
        return false;
    }
    m_workspaces[name] = layout.toJson();
    m_current = name;
    return write();
}

bool WorkspaceStore::remove(const QString& name)
{
    if (m_workspaces.erase(name) == 0) {
        return false;
    }
    if (m_current == name) {
        m_current.clear();
    }
    return write();
}

bool WorkspaceStore::setCurrent(const QString& name)
{
    if (!contains(name)) {
        return false;
    }
    m_current = name;
    return write();
}

bool WorkspaceStore::write()
{
    if (m_path.isEmpty()) {
        if (m_error.isEmpty()) {
            m_error = tr("There is no data folder to save workspaces in.");
        }
        return false;
    }
    QJsonObject workspaces;
    for (const auto& [name, json] : m_workspaces) {
        workspaces.insert(name, json);
    }
    const QJsonObject root {{QStringLiteral("format"), QLatin1String(kFormat)},
                            {QStringLiteral("version"), kFormatVersion},
                            {QStringLiteral("current"), m_current},
                            {QStringLiteral("workspaces"), workspaces}};
    QString why;
    if (!ex::writeFileAtomically(m_path, QJsonDocument(root).toJson(), &why)) {
        m_error = tr("Could not save the workspaces to %1: %2").arg(m_path, why);
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace bourse::models
