# core/sync unit tests: the retry schedule.
target_sources(phare_unit_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/retry_schedule_test.cpp)
