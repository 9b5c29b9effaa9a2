# core/queue: tickets, the calling rules, the wait estimate and receipt bytes (docs/queue.md). Pure.
target_sources(phare_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ticket.cpp
  ${CMAKE_CURRENT_LIST_DIR}/queue_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wait_estimate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/escpos.cpp
  ${CMAKE_CURRENT_LIST_DIR}/estimate_words.cpp
)
