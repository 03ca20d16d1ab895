/* ff-record-private.h — what the files of the record machinery share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "ff-record.h"

G_BEGIN_DECLS

/* Binds @value (normalised) of @field to @stmt's parameter @index, as its column
 * stores it; and reads column @index of the current row back as the normalised text. */
void          ff_record_bind_value    (sqlite3_stmt        *stmt,
                                       int                  index,
                                       const FfField       *field,
                                       const char          *value);
char         *ff_record_column_value  (sqlite3_stmt        *stmt,
                                       int                  index,
                                       const FfField       *field);

/* The periods and the type's own check, once @changed has its new value (G_MAXUINT:
 * all of them). */
gboolean      ff_record_check_row     (const FfRecordType  *type,
                                       const char * const  *values,
                                       guint                changed,
                                       GError             **error);

/* What to say when a row of @type is gone, translated. */
const char   *ff_record_not_found     (const FfRecordType  *type);

/* ", t.<column>" for every field, in order. */
void          ff_record_append_field_columns (GString            *sql,
                                              const FfRecordType *type);

/* "SELECT t.id, t.uuid, t.created_at, t.updated_at, <archived>, <fields>, <extra>
 * FROM <table> t WHERE t.deleted_at IS NULL" and then @condition; with @tombstones,
 * deleted rows too. */
char         *ff_record_select_sql    (const FfRecordType  *type,
                                       gboolean             tombstones,
                                       const char          *condition);

/* The records of @type whose ids @stmt selects in its first column, stepped to its
 * end, in its order; NULL with the SQLite error. */
GPtrArray    *ff_record_load_selected (FfStore             *store,
                                       const FfRecordType  *type,
                                       sqlite3_stmt        *stmt,
                                       GError             **error);

/* A record of the current row of a statement from ff_record_select_sql (). */
FfRecord     *ff_record_new_from_row  (const FfRecordType  *type,
                                       sqlite3_stmt        *stmt);

G_END_DECLS
