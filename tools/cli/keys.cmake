# phare keys: Ed25519 signing keys (platform/crypto, libsodium).
target_sources(phare PRIVATE ${CMAKE_CURRENT_LIST_DIR}/keys_command.cpp)
target_link_libraries(phare PRIVATE phare_platform_crypto)
