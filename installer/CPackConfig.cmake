# SPDX-License-Identifier: GPL-3.0-or-later
# Package settings for Bourse: a stub until the installer issue. The root CMakeLists.txt includes it after every
# install() rule:  include(installer/CPackConfig.cmake)
set(CPACK_PACKAGE_NAME "bourse")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Bourse maintainers <bourse@bourse.invalid>")
set(CPACK_PACKAGE_VENDOR "Bourse")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)

# Debian: let dpkg-shlibdeps work out the library dependencies from the binaries.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")

include(CPack)
