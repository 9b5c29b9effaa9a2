# Spoken guidance with the real eSpeak NG: engine, mixer, WAV sink, and the kiosk binary end to end.
add_executable(phare_speech_tests
  ${CMAKE_CURRENT_LIST_DIR}/speech/speech_engine_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/speech/kiosk_speech_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/speech/silent_voice_test.cpp)
target_include_directories(phare_speech_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/.. ${CMAKE_CURRENT_LIST_DIR}/speech)
target_compile_definitions(phare_speech_tests PRIVATE PHARE_SOURCE_DIR="${PHARE_SOURCE_DIR}"
  PHARE_KIOSK_BIN="$<TARGET_FILE:phare-kiosk>" PHARE_TEST_OUT_DIR="${CMAKE_CURRENT_BINARY_DIR}/speech-out")
target_link_libraries(phare_speech_tests PRIVATE phare_test_main phare_app phare_core phare_platform_audio phare_platform_speech phare_warnings
  nlohmann_json::nlohmann_json)
add_dependencies(phare_speech_tests phare-kiosk)
catch_discover_tests(phare_speech_tests TEST_PREFIX "speech: ")
