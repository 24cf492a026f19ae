#pragma once

#include "core/common/Error.h"

namespace consilium::store {

class SqlDatabase;

/// The schema version this build writes (PRAGMA user_version).
int latestSchemaVersion();

/// Upgrades the database to `targetVersion` (default: latest), one numbered migration at a time,
/// each in its own transaction. A database newer than this build is refused rather than guessed
/// at. Migrating an empty file creates the schema.
Result<void> migrate(SqlDatabase& db, int targetVersion = -1);

/// The database's current schema version.
Result<int> schemaVersion(SqlDatabase& db);

} // namespace consilium::store
