// SPDX-License-Identifier: GPL-3.0-or-later
#include "Http.h"

#include <strings.h>

namespace bourse::ex {

std::optional<std::string> HttpResponse::header(std::string_view name) const
{
    for (const auto& [k, v] : headers) {
        if (k.size() == name.size() && strncasecmp(k.data(), name.data(), k.size()) == 0) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace bourse::ex
