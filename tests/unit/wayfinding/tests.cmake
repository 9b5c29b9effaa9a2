# Wayfinding tests: routing against brute force, phrasing, golden texts of the example site.
target_sources(phare_unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/router_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directions_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directions_screen_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/route_summary_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/golden_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/timing_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/map_screen_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/floor_plan_drawn_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/level_labels_test.cpp
)
