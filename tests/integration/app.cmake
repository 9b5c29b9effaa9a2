# The kiosk's app layer without a window: its configuration file (real files in a temporary
# folder) and the hand-over of new content between visitors.
add_executable(phare_app_tests
  ${CMAKE_CURRENT_LIST_DIR}/app/kiosk_config_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/app/content_switch_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/app/receipt_printer_test.cpp
)
target_include_directories(phare_app_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
target_compile_definitions(phare_app_tests PRIVATE PHARE_SOURCE_DIR="${PHARE_SOURCE_DIR}")
target_link_libraries(phare_app_tests PRIVATE phare_test_main phare_app phare_platform_store phare_warnings)
catch_discover_tests(phare_app_tests TEST_PREFIX "app: ")
