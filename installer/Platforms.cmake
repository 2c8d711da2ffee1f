# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS: make the installed program self-contained, run by `cmake --install` and so by CPack. Qt's
# deployment script runs windeployqt beside bourse.exe, or macdeployqt into Bourse.app. Included by
# installer/CMakeLists.txt on those systems only; it cannot be tried on the Linux CI (installer/README.md).
if(NOT BOURSE_BUILD_GUI)
    return()
endif()
qt_generate_deploy_app_script(TARGET bourse FILENAME_VARIABLE bourse_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${bourse_deploy_script})

if(WIN32)
    # windeployqt copies Qt (bourse-cli uses a subset of the same DLLs, in the same folder). The other DLLs,
    # qtkeychain, simdjson and OpenSSL, are found by CMake's dependency walk in the bin/ folders of the prefixes the
    # build found them in, then PATH.
    set(bourse_dll_dirs "")
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND bourse_dll_dirs "${prefix}/bin")
    endforeach()
    install(CODE "set(bourse_dll_dirs \"${bourse_dll_dirs}\")")
    install(CODE [[
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES "$<TARGET_FILE:bourse>" "$<TARGET_FILE:bourse-cli>"
            RESOLVED_DEPENDENCIES_VAR bourse_dlls
            UNRESOLVED_DEPENDENCIES_VAR bourse_missing_dlls
            DIRECTORIES ${bourse_dll_dirs} $ENV{PATH}
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
            POST_EXCLUDE_REGEXES "[/\\\\][Ss]ystem32[/\\\\]")
        if(bourse_missing_dlls)
            message(FATAL_ERROR "bourse: DLLs not found for the installer: ${bourse_missing_dlls}")
        endif()
        file(INSTALL ${bourse_dlls} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
    ]])
endif()
