# SPDX-License-Identifier: GPL-3.0-or-later
# moc before Qt 6.5.3 cannot expand libstdc++'s _GLIBCXX_VISIBILITY and stops with 'Parse error at "std"' as soon
# as a header it scans includes <compare> or <concepts> (core/Decimal.h does). Defining the macro empty for moc
# only is the fix Qt itself shipped in 6.5.3. Include this before creating targets with AUTOMOC that see
# exchanges/ headers; once the root includes it, the per-directory includes can go.
if(Qt6_VERSION VERSION_LESS 6.5.3 AND NOT "-D_GLIBCXX_VISIBILITY=" IN_LIST CMAKE_AUTOMOC_MOC_OPTIONS)
    list(APPEND CMAKE_AUTOMOC_MOC_OPTIONS "-D_GLIBCXX_VISIBILITY=")
endif()
