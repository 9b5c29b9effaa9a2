# core/content unit tests beside site_loader_test.cpp: strictness, root causes, voices, step-free routes,
# texts from fallback languages.
target_sources(phare_unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/site_strictness_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_root_cause_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/voices_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/step_free_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_text_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/brand_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/open_now_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plan_format_test.cpp
)
