// SPDX-License-Identifier: GPL-3.0-or-later
#include "CurrencyNetworks.h"

namespace bourse::ex {

namespace {

// ccxt compares through Precise, where an absent side compares false: an absent chain value never wins, and a
// currency value that is absent is simply replaced.
void keepLower(OptDecimal& main, const OptDecimal& candidate)
{
    if (!main || (candidate && *candidate < *main)) {
        main = candidate;
    }
}

void keepHigher(OptDecimal& main, const OptDecimal& candidate)
{
    if (!main || (candidate && *main < *candidate)) {
        main = candidate;
    }
}

} // namespace

void completeFromNetworks(Currency& currency)
{
    for (const Network& n : currency.networks) {
        if (!currency.deposit || n.deposit == true) {
            currency.deposit = n.deposit;
        }
        if (!currency.withdraw || n.withdraw == true) {
            currency.withdraw = n.withdraw;
        }
        keepLower(currency.fee, n.fee);
        keepHigher(currency.precision, n.precision);
        keepLower(currency.depositLimits.min, n.depositLimits.min);
        keepHigher(currency.depositLimits.max, n.depositLimits.max);
        keepLower(currency.withdrawLimits.min, n.withdrawLimits.min);
        keepHigher(currency.withdrawLimits.max, n.withdrawLimits.max);
    }
}

std::string preferredNetworkCode(const std::string& networkCode, const std::string& currencyCode)
{
    struct Alias
    {
        const char* coin;
        const char* chain;
        const char* standard;
        bool chainByDefault;
    };
    static constexpr Alias aliases[] = {
        {"ETH", "ETH", "ERC20", false},
        {"CRO", "CRONOS", "CRC20", false},
        {"TRX", "TRX", "TRC20", false},
        {"BTC", "BTC", "BRC20", true},
    };
    for (const Alias& a : aliases) {
        if (networkCode != a.chain && networkCode != a.standard) {
            continue;
        }
        const bool chain = currencyCode.empty() ? a.chainByDefault : currencyCode == a.coin;
        return chain ? a.chain : a.standard;
    }
    return networkCode;
}

} // namespace bourse::ex
