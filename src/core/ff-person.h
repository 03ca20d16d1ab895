/* ff-person.h — everything the file holds about one participant: found from the
 * schema, exported for them (GDPR article 15) and erased (article 17)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store.h"

G_BEGIN_DECLS

/* A table that holds a participant's data: the participant table itself, or one that
 * refers, through @column, to the rows of @parent that do. */
typedef struct
{
  char *table;
  char *parent;  /* NULL for the participant table */
  char *column;
  char *parent_column;
} FfPersonTable;

void        ff_person_table_free (FfPersonTable *table);

/* Every table that holds a participant's data, read from the schema's foreign keys,
 * so that tables added later are found too: the participant table first, and each
 * table after the one it refers to. The audit log is not among them (it refers to
 * rows by their UUID); ff_person_export() and ff_person_erase() take it in too. */
GPtrArray  *ff_person_tables     (FfStore        *store,
                                  GError        **error);

/* One column of a table that holds a participant's data. */
typedef struct
{
  char        *name;      /* as the schema names it */
  const char  *label;     /* msgid: what people call it; the name itself when none is
                           * known */
  gboolean     internal;  /* kept in step by the program (a sort key, a search text):
                           * in the XML, not in what a person reads */
} FfPersonColumn;

/* One table's rows of a participant's data. */
typedef struct
{
  char        *table;     /* "participant", "job_application" … and "audit" */
  const char  *label;     /* msgid: the table as people call it, or its name */
  GPtrArray   *columns;   /* FfPersonColumn */
  GPtrArray   *rows;      /* each a GPtrArray of char *, one per column, NULL for no
                           * value (SQL NULL) */
} FfPersonSection;

/* Everything the file holds about one participant, read at once: a section for each
 * of ff_person_tables(), in their order, then one of the audit entries about any of
 * their rows. */
typedef struct
{
  gint64       id;
  char        *uuid;
  char        *read_at;   /* UTC ISO 8601 */
  GPtrArray   *sections;  /* FfPersonSection */
} FfPersonData;

void          ff_person_data_free  (FfPersonData   *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FfPersonData, ff_person_data_free)

/* The section of @table, or NULL. */
FfPersonSection *ff_person_data_find (FfPersonData *data,
                                      const char   *table);

/* Reads everything about participant @id (FF_STORE_ERROR_NOT_FOUND when there is no
 * such participant). Records nothing: an export audits itself first, so that what it
 * reads holds that too. */
FfPersonData *ff_person_read       (FfStore        *store,
                                    gint64          id,
                                    GError        **error);

/* Writes everything about participant @id to @path (0600) as XML: a <table> for each
 * section of ff_person_read(), a <row> for each row, a <field> for each column with a
 * value. The export itself is audited first ("exported:access-xml"), and so is in the
 * file. */
gboolean    ff_person_export     (FfStore        *store,
                                  gint64          id,
                                  const char     *path,
                                  GError        **error);

/* Erases participant @id and everything about them, tombstoned or not, also their
 * audit entries, which only here may go; one audit row ("erased", with their UUID
 * and no name) says that it happened. Then the freed space is overwritten and the
 * file rewritten (secure_delete, checkpoint, VACUUM), so that their name and national
 * id are nowhere in the database file or its write-ahead log. */
gboolean    ff_person_erase      (FfStore        *store,
                                  gint64          id,
                                  GError        **error);

/* As ff_person_erase(), on a connection of its own in a thread: a large file takes
 * seconds to rewrite. Once done, @store emits ::changed for the participant. Not
 * cancelled once begun. */
void        ff_person_erase_async  (FfStore             *store,
                                    gint64               id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean    ff_person_erase_finish (FfStore             *store,
                                    GAsyncResult        *result,
                                    GError             **error);

/* Removes for good what was deleted (marked, and kept for Undo) more than
 * @older_than_days before @now (NULL: now): participants as wholly as
 * ff_person_erase() does, and other records with their history, unless a record still
 * there refers to them. @n_purged: how many records went. */
#define FF_PERSON_PURGE_DAYS 30

gboolean    ff_person_purge      (FfStore        *store,
                                  guint           older_than_days,
                                  GDateTime      *now,
                                  guint          *n_purged,
                                  GError        **error);

G_END_DECLS
