# core/queue unit tests: queue.json, tickets, the calling rules, the wait estimate, receipts.
target_sources(phare_unit_tests PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/queue_setup_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ticket_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/queue_rules_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/queue_fairness_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wait_estimate_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/escpos_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/estimate_words_test.cpp
)
target_link_libraries(phare_unit_tests PRIVATE phare_queue_sim)
