// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>

namespace bourse::ex {

// Wall-clock time for nonces and timestamps. Fixed for tests and for `bourse-cli --time MS`; the user's
// clock skew against an exchange is applied here too (an offset in milliseconds).
class Clock
{
public:
    long long milliseconds() const
    {
        if (m_fixed) {
            return *m_fixed;
        }
        using namespace std::chrono;
        return duration_cast<std::chrono::milliseconds>(system_clock::now().time_since_epoch()).count() + m_offset;
    }
    void fixAt(long long ms) { m_fixed = ms; }
    void release() { m_fixed.reset(); }
    void setOffset(long long ms) { m_offset = ms; }
    bool isFixed() const { return m_fixed.has_value(); }

private:
    std::optional<long long> m_fixed;
    long long m_offset = 0;
};

} // namespace bourse::ex
