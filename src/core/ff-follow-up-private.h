/* ff-follow-up-private.h — the follow-up flags as the queries of lists use them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "ff-follow-up.h"

G_BEGIN_DECLS

/* Appends to @sql the condition "participant @column has one of @flags", made of fixed
 * pieces, with anonymous parameters ("?") that ff_follow_up_bind_flags() binds, from
 * @first on, in the same order; it returns the index of the next parameter. */
void         ff_follow_up_append_flags_sql  (GString            *sql,
                                             const char         *column,
                                             FfFollowUpFlags     flags);
int          ff_follow_up_bind_flags        (sqlite3_stmt       *stmt,
                                             int                 first,
                                             FfFollowUpFlags     flags,
                                             const char         *today,
                                             guint               days);

G_END_DECLS
