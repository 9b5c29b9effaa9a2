# core/sync unit tests: the retry schedule and the live channel's answers.
target_sources(phare_unit_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/retry_schedule_test.cpp ${CMAKE_CURRENT_LIST_DIR}/live_events_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/queue_board_test.cpp)
