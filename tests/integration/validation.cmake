# One validator for every entry point: the real `phare` and `phare-kiosk` binaries on a table of
# broken sites, the voices eSpeak NG really has, and the site folder they all read.
add_executable(phare_validation_tests
  ${CMAKE_CURRENT_LIST_DIR}/validation/entry_points_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/validation/installed_voices_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/validation/site_directory_test.cpp
)
target_include_directories(phare_validation_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
target_compile_definitions(phare_validation_tests PRIVATE PHARE_SOURCE_DIR="${PHARE_SOURCE_DIR}"
  PHARE_CLI_BINARY="$<TARGET_FILE:phare>" PHARE_KIOSK_BIN="$<TARGET_FILE:phare-kiosk>")
add_dependencies(phare_validation_tests phare phare-kiosk)
target_link_libraries(phare_validation_tests PRIVATE phare_test_main phare_core phare_platform_store phare_platform_speech phare_warnings)
catch_discover_tests(phare_validation_tests TEST_PREFIX "validation: ")
