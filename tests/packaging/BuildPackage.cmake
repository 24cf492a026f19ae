# Test fixture: builds the .deb from the build tree with CPack and unpacks it with dpkg-deb, for
# the checks of PackageTest.cpp. Run as: cmake -DCPACK_COMMAND=... -DBUILD_DIR=... -DOUT_DIR=... -P
# Everything happens under OUT_DIR, so a developer's own `cpack` in the build folder is untouched.

foreach(var CPACK_COMMAND BUILD_DIR OUT_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "BuildPackage.cmake needs -D${var}=...")
    endif()
endforeach()

find_program(DPKG_DEB dpkg-deb REQUIRED)
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
if(NOT DPKG_SHLIBDEPS)
    message(FATAL_ERROR "dpkg-shlibdeps not found: install the Debian package dpkg-dev (CPack needs it to "
                        "compute the package's library dependencies)")
endif()

file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")

string(TIMESTAMP started "%s")
execute_process(
    COMMAND "${CPACK_COMMAND}" -G DEB -B "${OUT_DIR}/cpack" --config "${BUILD_DIR}/CPackConfig.cmake"
    WORKING_DIRECTORY "${BUILD_DIR}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed (${result}):\n${output}")
endif()

file(GLOB debs "${OUT_DIR}/cpack/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}/cpack, found ${count}: ${debs}\n${output}")
endif()

execute_process(
    COMMAND "${DPKG_DEB}" -x "${debs}" "${OUT_DIR}/root"
    RESULT_VARIABLE result
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x ${debs} failed (${result}):\n${output}")
endif()
file(WRITE "${OUT_DIR}/deb-path.txt" "${debs}")

string(TIMESTAMP finished "%s")
math(EXPR seconds "${finished} - ${started}")
file(SIZE "${debs}" size)
math(EXPR kib "${size} / 1024")
# Packaging re-runs the install rules and strips every binary: expect tens of seconds, a little
# more for a Debug build (larger binaries to copy and strip).
message(STATUS "built and unpacked ${debs} (${kib} KiB) in ${seconds} s")
