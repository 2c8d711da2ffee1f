// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// What Bourse keeps on disk (the demo and paper accounts, the workspaces, the account list) is replaced whole or
// not at all: a kill, a crash or a power cut in the middle of a save leaves the previous file as it was.
namespace bourse::ex {

// Writes `data` to a temporary file beside `path` (QSaveFile: on Linux, Qt 6.4 fdatasyncs it before it links it
// in), renames it over `path`, then fsyncs the folder so that the rename itself survives a power cut. Creates the
// folder when missing. On failure `path` is untouched, the temporary file removed, and `error` says why.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error = nullptr);

// Makes the entries of `folder` durable (fsync of the directory); for files another writer replaced, such as
// QSettings, which already renames a synced temporary file over its own.
void syncFolder(const QString& folder);

} // namespace bourse::ex
