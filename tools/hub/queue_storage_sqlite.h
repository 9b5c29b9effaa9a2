#pragma once
// QueueStorage on the SQLite writer connection of storage_sqlite.cpp, under the same mutex: queue
// changes are short transactions among the hub's other short writes. Only storage_sqlite.cpp
// creates it.

#include "queue_storage.h"

#include <memory>
#include <mutex>

struct sqlite3;

namespace phare::hub {

std::unique_ptr<QueueStorage> make_sqlite_queue_storage(std::mutex& writer_mutex, sqlite3* writer);

}  // namespace phare::hub
