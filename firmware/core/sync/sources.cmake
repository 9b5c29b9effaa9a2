# core/sync: the network worker's retry schedule (poll with jitter, backoff with a cap) and the
# live channel's answer parser; pure.
target_sources(phare_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/retry_schedule.cpp ${CMAKE_CURRENT_LIST_DIR}/live_events.cpp
  ${CMAKE_CURRENT_LIST_DIR}/queue_board.cpp)
