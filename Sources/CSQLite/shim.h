#include <sqlite3.h>

/// SQLITE_TRANSIENT is a cast macro that Swift cannot import: it tells SQLite to copy bound
/// text and blobs before the bind call returns.
static inline void (*_Nonnull csqlite_transient(void))(void *_Nullable) {
    return SQLITE_TRANSIENT;
}
