add_executable(phare_screen_tests ${CMAKE_CURRENT_LIST_DIR}/screens/screen_matrix_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screens/bidi_pixels_test.cpp ${CMAKE_CURRENT_LIST_DIR}/screens/queue_screens_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screens/renderer_choice_test.cpp ${CMAKE_CURRENT_LIST_DIR}/screens/sdl_input_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screens/assets_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screens/service_tag_pixels_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screens/golden_screens_test.cpp)
target_include_directories(phare_screen_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
target_compile_definitions(phare_screen_tests PRIVATE PHARE_SOURCE_DIR="${PHARE_SOURCE_DIR}"
  PHARE_TEST_OUT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screens-out")
target_link_libraries(phare_screen_tests PRIVATE phare_test_main phare_core phare_platform_sdl phare_platform_store phare_warnings
  SDL2::SDL2 SDL2_image::SDL2_image)
catch_discover_tests(phare_screen_tests TEST_PREFIX "screens: ")
