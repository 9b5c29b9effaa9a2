add_executable(phare_feedback_tests
  ${CMAKE_CURRENT_LIST_DIR}/feedback/outbox_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/feedback/recorder_test.cpp
  ${PROJECT_SOURCE_DIR}/firmware/app/feedback_recorder.cpp
)
target_include_directories(phare_feedback_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/.. ${PROJECT_SOURCE_DIR}/firmware)
target_link_libraries(phare_feedback_tests PRIVATE phare_test_main phare_platform_outbox phare_platform_system phare_warnings
  Threads::Threads)
catch_discover_tests(phare_feedback_tests TEST_PREFIX "feedback: ")
