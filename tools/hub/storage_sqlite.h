#pragma once
// The default Storage: one SQLite file in WAL mode with synchronous=FULL, so that an acknowledged
// rating or publication survives a kill -9 or a power cut.

#include "storage.h"

#include <memory>
#include <string>

namespace phare::hub {

// Opens (creating if needed) the database and its schema. Throws StorageError.
std::unique_ptr<Storage> open_sqlite_storage(const std::string& path);

}  // namespace phare::hub
