# Target-scoped build settings shared by every Consilium target.
# Presets set the CONSILIUM_* cache variables; nothing here touches directory-wide flags.

set(CONSILIUM_WERROR OFF CACHE BOOL "Treat compiler warnings as errors")
set(CONSILIUM_HARDENING OFF CACHE BOOL "Hardened release flags (stack protector, FORTIFY_SOURCE, PIE)")
set(CONSILIUM_SANITIZERS "" CACHE STRING "Comma-separated -fsanitize= list, e.g. address,undefined")
# libFuzzer build (tests/fuzz, scripts/fuzz.sh): every Consilium target gets the fuzzer's coverage
# instrumentation and AddressSanitizer; the fuzz targets link libFuzzer itself (tests/fuzz).
option(CONSILIUM_FUZZ "Build the libFuzzer targets of tests/fuzz (requires clang)" OFF)
if(CONSILIUM_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CONSILIUM_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

# Applies the C++ standard, warnings, hardening and sanitizers to one target.
function(consilium_target_defaults target)
    target_compile_features(${target} PRIVATE cxx_std_20)
    set_target_properties(${target} PROPERTIES
        CXX_EXTENSIONS OFF
        POSITION_INDEPENDENT_CODE ON)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    # Qt's keywords clash with nothing we use, but the explicit forms read better in core code.
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII
                                                  QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
    if(CONSILIUM_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(CONSILIUM_HARDENING)
        target_compile_options(${target} PRIVATE -fstack-protector-strong -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2)
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "EXECUTABLE")
            target_link_options(${target} PRIVATE -pie -Wl,-z,relro,-z,now)
        endif()
    endif()
    if(CONSILIUM_SANITIZERS)
        target_compile_options(${target} PRIVATE -fsanitize=${CONSILIUM_SANITIZERS} -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=${CONSILIUM_SANITIZERS})
    endif()
    if(CONSILIUM_FUZZ)
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address)
    endif()
endfunction()

# consilium_add_module(<name> PREFIX core|ui SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
# One folder under core/ or ui/ = one static library `consilium_<prefix>_<name>`,
# alias Consilium::<prefix>_<name>. Third-party libraries go in PRIVATE_DEPS of the one module
# that wraps them; PUBLIC_DEPS are only what the module's public headers expose.
function(consilium_add_module name)
    cmake_parse_arguments(ARG "" "PREFIX" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
    set(target "consilium_${ARG_PREFIX}_${name}")
    add_library(${target} STATIC ${ARG_SOURCES})
    add_library(Consilium::${ARG_PREFIX}_${name} ALIAS ${target})
    consilium_target_defaults(${target})
    # Headers are included by their path from the project root: "core/common/Error.h".
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}")
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
    set_target_properties(${target} PROPERTIES OUTPUT_NAME "consilium-${ARG_PREFIX}-${name}")
endfunction()
