// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bourse::ex {

// Where Bourse keeps what it must remember between runs (practice accounts, workspaces): $BOURSE_DATA_DIR when it
// is set (tests and scripts point it at a folder of their own), else the platform's app data folder.
QString dataDirectory();

} // namespace bourse::ex
