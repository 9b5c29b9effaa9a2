# core/bundle: manifest model, canonical bytes, bundle paths, status.json. Pure: the crypto that
# hashes and signs these bytes lives in platform/crypto.
target_sources(phare_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/bundle_files.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bundle_site.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bundle_path.cpp
  ${CMAKE_CURRENT_LIST_DIR}/manifest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/site_status.cpp
  ${CMAKE_CURRENT_LIST_DIR}/status_now.cpp
)
