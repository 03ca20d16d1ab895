/* ff-store-private.h — what the rest of src/core needs from the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "ff-store.h"

G_BEGIN_DECLS

sqlite3      *ff_store_get_db            (FfStore       *self);

/* A cached prepared statement for @sql (reset and with bindings cleared). */
sqlite3_stmt *ff_store_prepare           (FfStore       *self,
                                          const char    *sql,
                                          GError       **error);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK. */
gboolean      ff_store_begin             (FfStore       *self,
                                          GError       **error);
gboolean      ff_store_commit            (FfStore       *self,
                                          GError       **error);
void          ff_store_rollback          (FfStore       *self);

/* Inside a transaction: one audit row (table, row uuid, field, old and new value,
 * time, OS user). @field is NULL for "created", "deleted" or "restored" rows, which
 * then go in @new_value. */
gboolean      ff_store_audit             (FfStore       *self,
                                          const char    *table,
                                          const char    *row_uuid,
                                          const char    *field,
                                          const char    *old_value,
                                          const char    *new_value,
                                          GError       **error);

/* Sets @error from the connection's last SQLite error. Always returns FALSE. */
gboolean      ff_store_set_sqlite_error  (FfStore       *self,
                                          GError       **error);

/* A new random UUID (RFC 4122 v4) and the current UTC time as ISO 8601. */
char         *ff_store_new_uuid          (void);
char         *ff_store_now               (void);

G_END_DECLS
