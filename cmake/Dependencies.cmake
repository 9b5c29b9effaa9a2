# Every dependency comes from Debian's packages (see tools/dev for the list); nothing is fetched.
find_package(PkgConfig REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(tl-expected REQUIRED)
find_package(SDL2 REQUIRED CONFIG)
find_package(SDL2_ttf REQUIRED CONFIG)
find_package(SDL2_image REQUIRED CONFIG)
find_package(Threads REQUIRED)
# Hub and bundle signing (tools/hub, platform/crypto).
pkg_check_modules(sodium REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(sqlite3 REQUIRED IMPORTED_TARGET sqlite3)
# The hub's event-driven HTTP server (Boost.Beast on Asio, header-only) and the fleet simulator.
find_package(Boost 1.74 REQUIRED)
# Tests and benchmarks talk to the hub with cpp-httplib's client.
pkg_check_modules(httplib REQUIRED IMPORTED_TARGET cpp-httplib)
# Spoken guidance (platform/speech).
pkg_check_modules(espeak REQUIRED IMPORTED_TARGET espeak-ng)
if(PHARE_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)
  include(Catch)
endif()
# Kiosk networking (platform/net), configuration (app) and the route QR code (platform/sdl).
pkg_check_modules(curl REQUIRED IMPORTED_TARGET libcurl)
pkg_check_modules(tomlplusplus REQUIRED IMPORTED_TARGET tomlplusplus)
pkg_check_modules(qrencode REQUIRED IMPORTED_TARGET libqrencode)
