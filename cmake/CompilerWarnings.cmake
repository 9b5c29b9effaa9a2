# Warnings live on an INTERFACE target so each library opts in by linking it.
add_library(phare_warnings INTERFACE)
target_compile_options(phare_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference -Wdouble-promotion
  -Wformat=2 -Wimplicit-fallthrough
  # Aggregates with default member initialisers are meant to be partly initialised.
  -Wno-missing-field-initializers)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC only (clang has no such flags): copy-pasted branches and conditions, && where || was meant.
  target_compile_options(phare_warnings INTERFACE -Wduplicated-cond -Wduplicated-branches -Wlogical-op)
  # Casts to the type a value already has. Only on 64-bit builds: what is useless depends on what
  # int64_t, size_t and time_t are, and a cast useless here can be needed on 32-bit ARM.
  if(CMAKE_SIZEOF_VOID_P EQUAL 8)
    target_compile_options(phare_warnings INTERFACE -Wuseless-cast)
  endif()
endif()
if(PHARE_WARNINGS_AS_ERRORS)
  target_compile_options(phare_warnings INTERFACE -Werror)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports false positives on std::variant of strings; they stay visible as warnings.
    # (Clang, which builds the fuzzers, has no such option.)
    target_compile_options(phare_warnings INTERFACE -Wno-error=maybe-uninitialized)
  endif()
endif()
