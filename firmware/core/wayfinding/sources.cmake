# Wayfinding: routing graph, step-free routing, direction phrasing (pure core).
target_sources(phare_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/graph.cpp
  ${CMAKE_CURRENT_LIST_DIR}/router.cpp
  ${CMAKE_CURRENT_LIST_DIR}/route.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/route_path.cpp
  ${CMAKE_CURRENT_LIST_DIR}/route_summary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/step_free_check.cpp
)
