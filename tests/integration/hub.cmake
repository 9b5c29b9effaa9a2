# phare-hub against a real socket on 127.0.0.1 (a free port each time) and a real SQLite file in a
# temporary folder. The server runs in-process on a thread (Hub from tools/hub).
add_executable(phare_hub_tests
  ${CMAKE_CURRENT_LIST_DIR}/hub/agent_pages_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/binary_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/events_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/hub_functions_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/kiosk_api_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/live_channel_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/lockout_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/open_data_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/publishing_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/queue_api_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/queue_pages_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/ratings_rules_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/reports_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/roles_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/server_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hub/text_rules_test.cpp
)
target_include_directories(phare_hub_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/.. ${CMAKE_CURRENT_LIST_DIR}/hub)
target_compile_definitions(phare_hub_tests PRIVATE PHARE_SOURCE_DIR="${PHARE_SOURCE_DIR}"
  PHARE_HUB_BINARY="$<TARGET_FILE:phare-hub>" PHARE_CLI_BINARY="$<TARGET_FILE:phare>")
add_dependencies(phare_hub_tests phare-hub phare)
target_link_libraries(phare_hub_tests PRIVATE phare_test_main phare_hub_lib phare_warnings PkgConfig::httplib)
catch_discover_tests(phare_hub_tests TEST_PREFIX "hub: ")

# The kiosk's route QR code painted by the real SDL painter, decoded by zbarimg, and its page
# fetched from a real hub: its own executable, so the other hub tests need no SDL.
add_executable(phare_route_page_tests ${CMAKE_CURRENT_LIST_DIR}/hub/route_page_test.cpp)
target_include_directories(phare_route_page_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/.. ${CMAKE_CURRENT_LIST_DIR}/hub)
target_compile_definitions(phare_route_page_tests PRIVATE PHARE_SOURCE_DIR="${PHARE_SOURCE_DIR}"
  PHARE_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/route-qr")
target_link_libraries(phare_route_page_tests PRIVATE phare_test_main phare_hub_lib phare_platform_sdl phare_platform_store
  phare_warnings PkgConfig::httplib SDL2::SDL2)
catch_discover_tests(phare_route_page_tests TEST_PREFIX "hub: ")

# The agent task in headless Chromium (Debian's chromium + playwright-core from npm); skipped (77)
# where chromium or npm is missing.
add_test(NAME "hub: an agent closes a service in headless Chromium"
  COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/hub/browser/run.sh $<TARGET_FILE:phare-hub> $<TARGET_FILE:phare>
          ${PHARE_SOURCE_DIR}/config/sites/prefecture-44 ${CMAKE_CURRENT_BINARY_DIR}/hub-browser)
set_tests_properties("hub: an agent closes a service in headless Chromium" PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300
  RESOURCE_LOCK hub-browser)

# The counter page in headless Chromium with JavaScript off: open, call, recall, served, absent,
# transfer, close, checked against the kiosks' queue API. Same npm folder as above, hence the lock.
add_test(NAME "hub: an agent works a counter in headless Chromium without JavaScript"
  COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/hub/browser/run_counter.sh $<TARGET_FILE:phare-hub>
          ${PHARE_SOURCE_DIR}/config/sites/prefecture-44 ${CMAKE_CURRENT_BINARY_DIR}/hub-browser)
set_tests_properties("hub: an agent works a counter in headless Chromium without JavaScript" PROPERTIES SKIP_RETURN_CODE 77
  TIMEOUT 300 RESOURCE_LOCK hub-browser)

# A real nginx with TLS in front of the real hub, configured from config/nginx/phare-hub.conf.
add_test(NAME "hub: behind nginx with TLS, limits see each client's own address"
  COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/hub/nginx/run.sh $<TARGET_FILE:phare-hub>
          ${PHARE_SOURCE_DIR}/config/sites/prefecture-44 ${PHARE_SOURCE_DIR}/config/nginx/phare-hub.conf)
set_tests_properties("hub: behind nginx with TLS, limits see each client's own address" PROPERTIES TIMEOUT 120)
