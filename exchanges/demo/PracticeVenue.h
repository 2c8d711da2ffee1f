// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PracticeAccount.h"

namespace bourse::ex {

// An exchange whose account Bourse simulates (demo, paper-<id>): practice money, kept in a file, that the user
// may reset. What the CLI's `resetAccount` and the GUI's reset action look for on an Exchange.
class PracticeVenue
{
public:
    virtual ~PracticeVenue() = default;
    virtual PracticeAccount& practiceAccount() = 0;
    // Back to a fresh account: every order and trade forgotten, `balance` (or the starting balance) to trade with.
    virtual void resetAccount(const std::optional<std::map<std::string, Decimal>>& balance = std::nullopt) = 0;
};

} // namespace bourse::ex
