# Feedback upload, heartbeats and the network worker against a real hub on 127.0.0.1 (in-process,
# real SQLite files), with libcurl as the kiosk's client. docs/feedback-upload.md.
add_executable(phare_sync_upload_tests
  ${CMAKE_CURRENT_LIST_DIR}/sync_upload/uploader_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync_upload/week_outage_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync_upload/kill_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync_upload/worker_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync_upload/live_worker_test.cpp
)
target_include_directories(phare_sync_upload_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/.. ${CMAKE_CURRENT_LIST_DIR}/hub
  ${CMAKE_CURRENT_LIST_DIR}/sync_upload)
target_compile_definitions(phare_sync_upload_tests PRIVATE PHARE_SOURCE_DIR="${PHARE_SOURCE_DIR}"
  PHARE_OUTBOX_HELPER="$<TARGET_FILE:phare_outbox_helper>")
add_dependencies(phare_sync_upload_tests phare_outbox_helper)
target_link_libraries(phare_sync_upload_tests PRIVATE phare_test_main phare_app_sync phare_hub_lib phare_platform_net phare_warnings
  PkgConfig::httplib PkgConfig::sqlite3)
# The fault tests (a simulated week, kill -9) carry the label `fault`, the others `upload`; all are named "upload:…".
# The [measure] case (draining 10 000 ratings) is run by hand: bin/phare_sync_upload_tests "[measure]".
catch_discover_tests(phare_sync_upload_tests TEST_SPEC "~[fault]~[measure]" TEST_PREFIX "upload: " PROPERTIES LABELS "upload")
catch_discover_tests(phare_sync_upload_tests TEST_SPEC "[fault]" TEST_PREFIX "upload: " PROPERTIES LABELS fault TIMEOUT 300)

# Stores ratings or uploads them, as the kiosk does, so that tests can kill -9 a real process.
add_executable(phare_outbox_helper ${CMAKE_CURRENT_LIST_DIR}/sync_upload/outbox_helper.cpp)
target_include_directories(phare_outbox_helper PRIVATE ${CMAKE_CURRENT_LIST_DIR}/sync_upload ${CMAKE_CURRENT_LIST_DIR}/hub)
target_link_libraries(phare_outbox_helper PRIVATE phare_app_sync phare_platform_net phare_warnings)
