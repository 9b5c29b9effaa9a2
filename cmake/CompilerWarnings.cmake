# Warnings live on an INTERFACE target so each library opts in by linking it.
add_library(phare_warnings INTERFACE)
target_compile_options(phare_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference -Wdouble-promotion
  -Wformat=2 -Wimplicit-fallthrough
  # Aggregates with default member initialisers are meant to be partly initialised.
  -Wno-missing-field-initializers)
if(PHARE_WARNINGS_AS_ERRORS)
  target_compile_options(phare_warnings INTERFACE -Werror)
  # GCC 12 reports false positives on std::variant of strings; they stay visible as warnings.
  # (Clang, which builds the fuzzers, has no such option.)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(phare_warnings INTERFACE -Wno-error=maybe-uninitialized)
  endif()
endif()
