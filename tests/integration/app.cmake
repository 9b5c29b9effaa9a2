# The kiosk's app layer without a window: its configuration file (real files in a temporary
# folder), the hand-over of new content between visitors, and scripts' `stats` lines (read by the
# parser, and written by the real kiosk binary, headless).
add_executable(phare_app_tests
  ${CMAKE_CURRENT_LIST_DIR}/app/kiosk_config_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/app/content_switch_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/app/receipt_printer_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/app/script_stats_test.cpp
)
target_include_directories(phare_app_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
target_compile_definitions(phare_app_tests PRIVATE PHARE_SOURCE_DIR="${PHARE_SOURCE_DIR}" PHARE_KIOSK_BIN="$<TARGET_FILE:phare-kiosk>")
target_link_libraries(phare_app_tests PRIVATE phare_test_main phare_app phare_platform_store phare_warnings nlohmann_json::nlohmann_json)
add_dependencies(phare_app_tests phare-kiosk)
catch_discover_tests(phare_app_tests TEST_PREFIX "app: ")
