/* ff-schema.h — the tables, and the migrations that build them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>
#include <glib.h>

#include "ff-store.h"

G_BEGIN_DECLS

/* Number of migrations; equals FF_STORE_SCHEMA_VERSION. */
guint        ff_schema_n_migrations (void);

/* The SQL of migration @version (1-based): it takes a file at @version - 1 to
 * @version. Run inside the caller's transaction. */
const char  *ff_schema_migration    (guint version);

/* Runs migration @version on @store inside the caller's transaction: its SQL, then
 * whatever it needs computed that SQL cannot (the derived columns it adds). */
gboolean     ff_schema_migrate      (FfStore  *store,
                                     guint     version,
                                     GError  **error);

G_END_DECLS
