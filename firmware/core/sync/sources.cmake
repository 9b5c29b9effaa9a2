# core/sync: the network worker's retry schedule (poll with jitter, backoff with a cap); pure.
target_sources(phare_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/retry_schedule.cpp)
