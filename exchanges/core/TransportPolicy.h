// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

// Where Bourse may send a request (DESIGN.md: exchange hosts are https). Keys and signatures travel in requests, so
// a request goes out over TLS, verified, or stays on this machine: plain http is for loopback test servers only.
// TLS verification has no switch to turn it off: QnamTransport never ignores a certificate error.
namespace bourse::ex {

// Why `url` may not be requested (a sentence for the user), or nothing when it may: https to any host, http to
// 127.0.0.0/8, ::1 or localhost. Anything else (plain http to a remote host, other schemes, no host) is refused.
std::optional<std::string> refusedUrlReason(const std::string& url);

bool isLoopbackHost(const std::string& host);

} // namespace bourse::ex
