/* ff-erasure.h — erasures outlive a restored backup
 *
 * A participant erased (ff_person_erase ()) is still in the backups made before, until
 * rotation removes them (up to FF_BACKUP_KEEP_MONTHS). So that restoring such a backup
 * does not bring them back, each erasure is noted beside the database, in FILE.erased
 * (0600): one participant's UUID a line, nothing else about them. A restore erases
 * them again before the backup takes the database's place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store.h"

G_BEGIN_DECLS

/* FILE.erased for the database @db_path. */
char     *ff_erasure_list_path (const char    *db_path);

/* Adds @uuid to the erasures of the database @db_path, on disk when it returns. */
gboolean  ff_erasure_note      (const char    *db_path,
                                const char    *uuid,
                                GError       **error);

/* The UUIDs noted for @db_path (an empty list when none are), or NULL with an error
 * when the list cannot be read. */
GStrv     ff_erasure_read      (const char    *db_path,
                                GError       **error);

/* Erases again every participant of @store whose UUID is in @uuids; @n_erased: how
 * many were still there. */
gboolean  ff_erasure_reapply   (FfStore       *store,
                                const char * const *uuids,
                                guint         *n_erased,
                                GError       **error);

G_END_DECLS
