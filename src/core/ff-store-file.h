/* ff-store-file.h — the file behind a store: whose it is before SQLite touches it,
 * and consistent copies of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

/* Makes the folder (0700) and the file (0600) when they are missing, and refuses a
 * file that is not ours, is damaged or truncated, or comes from a newer version,
 * reading it without SQLite writing anything: no journal, no WAL, no lock files. */
gboolean  ff_store_file_prepare         (const char  *path,
                                         GError     **error);

/* The rules for whose file it is, for the header and again for what SQLite sees. */
gboolean  ff_store_file_check_identity  (const char  *path,
                                         guint32      application_id,
                                         guint32      user_version,
                                         gboolean     has_tables,
                                         GError     **error);

/* The first column of the one row @sql gives; FALSE when there is none. */
gboolean  ff_store_file_query_int       (sqlite3     *db,
                                         const char  *sql,
                                         gint64      *value);

/* Writes a consistent copy of @source to @dest (0600); nothing is left on failure. */
gboolean  ff_store_file_copy            (sqlite3     *source,
                                         const char  *dest,
                                         GError     **error);

/* Sets @error from @db's last error, in words for the user. Returns FALSE. */
gboolean  ff_store_file_set_db_error    (sqlite3     *db,
                                         const char  *path,
                                         GError     **error);

G_END_DECLS
