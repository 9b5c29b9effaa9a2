add_executable(phare_feedback_tests ${CMAKE_CURRENT_LIST_DIR}/feedback/outbox_test.cpp)
target_include_directories(phare_feedback_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(phare_feedback_tests PRIVATE phare_test_main phare_platform_outbox phare_warnings)
catch_discover_tests(phare_feedback_tests TEST_PREFIX "feedback: ")
