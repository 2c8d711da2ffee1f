# SPDX-License-Identifier: GPL-3.0-or-later
# The one place the version, licence and homepage reach C++ from: BourseVersion.h, generated from project() and
# BOURSE_RELEASE_DATE in the root CMakeLists.txt. Targets that show them link bourse_version.
set(BOURSE_LICENSE "GPL-3.0-or-later")
# The AppStream component id: the reverse DNS of the homepage. It names the app in software centres, so it changes
# only with the homepage, and then the metainfo gains a <replaces> of the old one.
set(BOURSE_APP_ID "invalid.bourse.Bourse")
if(NOT BOURSE_RELEASE_DATE MATCHES "^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$")
    message(FATAL_ERROR "BOURSE_RELEASE_DATE must be YYYY-MM-DD (the metainfo's release date), not '${BOURSE_RELEASE_DATE}'")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/BourseVersion.h.in ${CMAKE_BINARY_DIR}/generated/BourseVersion.h @ONLY)
add_library(bourse_version INTERFACE)
target_include_directories(bourse_version INTERFACE ${CMAKE_BINARY_DIR}/generated)
