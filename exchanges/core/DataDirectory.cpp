// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataDirectory.h"

#include <QStandardPaths>

namespace bourse::ex {

QString dataDirectory()
{
    const QString overridden = qEnvironmentVariable("BOURSE_DATA_DIR");
    if (!overridden.isEmpty()) {
        return overridden;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace bourse::ex
