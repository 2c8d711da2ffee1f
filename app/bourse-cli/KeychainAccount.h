// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exchange.h"

#include <string>

namespace bourse::cli {

// The keys of the account `label` (File > Accounts in the window), read from the OS keychain. Throws a typed
// ex::Error when there is no such account, it is on another exchange, or the keychain cannot give its keys.
ex::Credentials readAccount(const std::string& label, const std::string& exchangeId);

// A dry run's request (requestToJson) with the credentials and every signature-bearing header replaced by "***",
// so that a request made with real keys can be shown or pasted into a bug report.
std::string maskSecrets(const std::string& requestJson, const ex::Credentials& credentials);

} // namespace bourse::cli
