# SPDX-License-Identifier: GPL-3.0-or-later
# Package settings for Bourse. The root CMakeLists.txt includes this after every install() rule; then one command
# writes every package of the platform into the build folder:
#   cpack --config build/CPackConfig.cmake -B build/packages
# Linux: a .deb, an .rpm and a relocatable .tar.gz. Windows: an NSIS installer and a .zip. macOS: a .dmg.
# Name, version, summary, homepage and licence all come from project() and cmake/BourseVersion.cmake.
set(CPACK_PACKAGE_NAME "bourse")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Bourse maintainers <bourse@bourse.invalid>")
set(CPACK_PACKAGE_VENDOR "Bourse")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Bourse is a native desktop terminal for cryptocurrency exchanges: order books, trades, candle charts, balances \
and orders of many exchanges side by side in one window, with a demo exchange and paper trading for practice. \
bourse-cli calls the same exchanges from scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/installer/LICENSE.txt")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Bourse")
set(CPACK_PACKAGE_EXECUTABLES "bourse;Bourse")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;RPM;TGZ")
endif()

# Debian. Section utils: Debian has no finance section; finance programs sit with their desktop (kmymoney in kde,
# gnucash in gnome), and a desktop-neutral client of crypto services with a GUI and a CLI goes to utils, as
# electrum does. `net` is for network tools and daemons, `misc` only for what fits nowhere. dpkg-shlibdeps works out
# the library dependencies from the binaries; no maintainer scripts are needed (dpkg's triggers refresh the icon
# cache, the desktop database and the man index).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# API keys live in a Secret Service keychain; without one Bourse still runs and says why it cannot keep keys.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")

# RPM: rpmbuild's automatic requirements (autoreq) do what dpkg-shlibdeps does. The standard folders belong to the
# filesystem package, so the package must not claim them.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "${BOURSE_LICENSE}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV ON)
# No /usr/lib/.build-id links: they would be the only files the .deb lacks, and two packages built from one tree
# would collide on them.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1 /usr/share/icons
    /usr/share/icons/hicolor)
foreach(size 16 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /usr/share/icons/hicolor/${size}x${size}
         /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /usr/share/icons/hicolor/scalable
     /usr/share/icons/hicolor/scalable/apps)

# The .tar.gz: bin/, share/ under one folder, no absolute paths; the programs find their translations relative to
# themselves (<bin>/../share/bourse/translations), so it runs from wherever it is unpacked.

# Windows (NSIS): a Start menu entry and an uninstaller; windeployqt has copied Qt beside bourse.exe
# (installer/Platforms.cmake).
set(CPACK_NSIS_PACKAGE_NAME "Bourse")
set(CPACK_NSIS_DISPLAY_NAME "Bourse ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/windows/bourse.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/windows/bourse.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\bourse.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS (DragNDrop): Bourse.app, made self-contained by macdeployqt, beside a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "Bourse ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDBZ")

include(CPack)
