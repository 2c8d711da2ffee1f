# Warnings, Qt strictness, hardening and sanitizers, applied to every target of the project.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual)
if(BOURSE_WERROR)
    add_compile_options(-Werror)
endif()
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_TO_ASCII QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# Hardening (KeePassXC's list, minus what Debian's toolchain already does).
add_compile_options(-fstack-protector-strong -D_FORTIFY_SOURCE=2 -fno-strict-aliasing)
add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,--as-needed)

if(BOURSE_SANITIZE)
    string(REPLACE ";" "," _bourse_sanitizers "${BOURSE_SANITIZE}")
    add_compile_options(-fsanitize=${_bourse_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=${_bourse_sanitizers})
    # FORTIFY_SOURCE and ASan disagree about some libc wrappers.
    add_compile_options(-U_FORTIFY_SOURCE)
endif()
