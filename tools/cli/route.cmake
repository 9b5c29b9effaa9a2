target_sources(phare PRIVATE ${CMAKE_CURRENT_LIST_DIR}/route_command.cpp)
