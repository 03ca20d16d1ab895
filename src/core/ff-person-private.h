/* ff-person-private.h — what ff-person.c and ff-person-export.c share: the SQL that
 * chooses one participant's rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-person.h"

G_BEGIN_DECLS

/* Appends @name to @sql as a quoted identifier. */
void      ff_person_append_identifier  (GString        *sql,
                                        const char     *name);

/* Appends " WHERE …" choosing the rows of @table that are the participant's (?1);
 * @tables as ff_person_tables() gives them. */
void      ff_person_append_condition   (GString        *sql,
                                        GPtrArray      *tables,
                                        FfPersonTable  *table);

/* "SELECT uuid FROM a WHERE … UNION SELECT uuid FROM b WHERE …": the UUIDs of every
 * row that is the participant's (?1), which their audit entries name. */
char     *ff_person_uuids_query        (FfStore        *store,
                                        GPtrArray      *tables);

/* The UUID of participant @id, or FALSE with FF_STORE_ERROR_NOT_FOUND. */
gboolean  ff_person_participant_uuid   (FfStore        *store,
                                        gint64          id,
                                        char          **uuid,
                                        GError        **error);

G_END_DECLS
