target_sources(phare_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/rating.cpp)
