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

/* Appends "@column IN (SELECT uuid FROM a WHERE … UNION SELECT uuid FROM b WHERE …)":
 * whether @column holds the UUID of a row that is the participant's (?1), as their
 * audit entries name them. */
void      ff_person_append_uuid_condition (GString     *sql,
                                           FfStore     *store,
                                           GPtrArray   *tables,
                                           const char  *column);

/* The UUID of participant @id, or FALSE with FF_STORE_ERROR_NOT_FOUND. */
gboolean  ff_person_participant_uuid   (FfStore        *store,
                                        gint64          id,
                                        char          **uuid,
                                        GError        **error);

G_END_DECLS
