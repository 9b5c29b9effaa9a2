# PHARE_FUZZ: every library is instrumented for libFuzzer's coverage and checked by AddressSanitizer
# and UndefinedBehaviorSanitizer, so a fuzzer finds bugs in the parsers it links, not only in its own
# file. Only Clang has libFuzzer (Debian: clang and libclang-rt-14-dev). The targets are in
# tests/fuzz; tools/dev fuzz builds and runs them (docs/fuzzing.md).
if(NOT PHARE_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "PHARE_FUZZ needs Clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: "
    "configure with -DCMAKE_CXX_COMPILER=clang++ or the fuzz preset (cmake --preset fuzz)")
endif()
# Any undefined behaviour stops the run, so libFuzzer records the input as a crash.
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
