# core/bundle unit tests; signature round trips use platform/crypto (libsodium).
target_sources(phare_unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/bundle_path_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/manifest_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_status_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/status_now_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bundle_site_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/signature_test.cpp
)
target_link_libraries(phare_unit_tests PRIVATE phare_platform_crypto)
