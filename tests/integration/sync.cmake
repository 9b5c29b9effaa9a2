# Content sync (docs/sync.md) against a real hub on 127.0.0.1 (in-process, a free port), hub doubles
# for injected faults, real bundle stores in temporary folders, and a probe process killed with
# SIGKILL during sync. Tests of injected faults carry the CTest label `fault`.
add_executable(phare_sync_probe ${CMAKE_CURRENT_LIST_DIR}/sync/sync_probe.cpp)
target_link_libraries(phare_sync_probe PRIVATE phare_app_content_sync phare_warnings)

add_executable(phare_content_sync_tests
  ${CMAKE_CURRENT_LIST_DIR}/sync/bundle_store_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync/content_sync_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync/curl_http_client_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync/live_channel_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync/sync_faults_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync/sync_kill_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync/sync_plan_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync/tls_test.cpp
)
target_include_directories(phare_content_sync_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/.. ${CMAKE_CURRENT_LIST_DIR}/hub
  ${CMAKE_CURRENT_LIST_DIR}/sync)
target_compile_definitions(phare_content_sync_tests PRIVATE PHARE_SOURCE_DIR="${PHARE_SOURCE_DIR}"
  PHARE_SYNC_PROBE="$<TARGET_FILE:phare_sync_probe>")
add_dependencies(phare_content_sync_tests phare_sync_probe)
target_link_libraries(phare_content_sync_tests PRIVATE phare_test_main phare_hub_lib phare_app_content_sync phare_app_sync
  phare_platform_store phare_platform_crypto phare_warnings PkgConfig::httplib nlohmann_json::nlohmann_json Threads::Threads)
# [fault] tests inject faults on purpose (tampering, bad hashes, stalls, kill -9): label them `fault`.
catch_discover_tests(phare_content_sync_tests TEST_SPEC "~[fault]" TEST_PREFIX "content sync: ")
catch_discover_tests(phare_content_sync_tests TEST_SPEC "[fault]" TEST_PREFIX "content sync: "
  PROPERTIES LABELS fault)

# A hostile network (docs/sync.md, "Hostile networks"): the real hub behind a TCP proxy that delays,
# stalls, truncates, resets and corrupts its answers; the kiosk's real sync, upload and network
# worker through it. All of it is injected faults: label `fault`. PHARE_FAULT_SEED replays a run.
add_executable(phare_hostile_network_tests ${CMAKE_CURRENT_LIST_DIR}/sync/hostile_network_test.cpp)
target_include_directories(phare_hostile_network_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/.. ${CMAKE_CURRENT_LIST_DIR}/hub
  ${CMAKE_CURRENT_LIST_DIR}/sync ${CMAKE_CURRENT_LIST_DIR}/sync_upload)
target_compile_definitions(phare_hostile_network_tests PRIVATE PHARE_SOURCE_DIR="${PHARE_SOURCE_DIR}")
target_link_libraries(phare_hostile_network_tests PRIVATE phare_test_main phare_test_hostile_proxy phare_hub_lib
  phare_app_content_sync phare_app_sync phare_platform_store phare_platform_crypto phare_platform_net phare_warnings
  PkgConfig::httplib PkgConfig::sqlite3 nlohmann_json::nlohmann_json Threads::Threads)
catch_discover_tests(phare_hostile_network_tests TEST_PREFIX "hostile network: " PROPERTIES LABELS fault TIMEOUT 900)
