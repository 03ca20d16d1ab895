/* ff-retention.c — participants kept longer than the organisation keeps them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-enrolment-status.h"
#include "ff-retention.h"
#include "ff-store-private.h"

void
ff_retention_entry_free (FfRetentionEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->name);
  g_free (entry->programme);
  g_free (entry->end_date);
  g_free (entry);
}

guint
ff_retention_years (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "retention-years"))
    return FF_RETENTION_DEFAULT_YEARS;

  settings = g_settings_new_full (schema, NULL, NULL);
  return (guint) CLAMP (g_settings_get_int (settings, "retention-years"),
                        FF_RETENTION_MIN_YEARS, FF_RETENTION_MAX_YEARS);
}

char *
ff_retention_cutoff (guint      years,
                     GDateTime *now)
{
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) cutoff = NULL;

  today = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_local ();
  /* GLib clamps 29 February to the 28th in a year without it. */
  cutoff = g_date_time_add_years (today, -(int) years);

  return g_date_time_format (cutoff, "%Y-%m-%d");
}

GPtrArray *
ff_retention_list (FfStore    *store,
                   guint       years,
                   GDateTime  *now,
                   GError    **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *cutoff = NULL;
  g_auto(FfStoreStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  cutoff = ff_retention_cutoff (years, now);

  /* An enrolment has ended in one of the three statuses that end it, on the date of
   * that status. The last enrolment is the one whose status changed last. */
  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT p.id, p.given_name, p.family_name, p.native_name,"
                                 " pr.name, e.status_date"
                                 " FROM participant p"
                                 " JOIN enrolment e ON e.id ="
                                 "  (SELECT l.id FROM enrolment l"
                                 "   WHERE l.participant_id = p.id AND l.deleted_at IS NULL"
                                 "   ORDER BY l.status_date DESC, l.id DESC LIMIT 1)"
                                 " JOIN programme pr ON pr.id = e.programme_id"
                                 " WHERE p.deleted_at IS NULL"
                                 " AND e.status_date < ?1"
                                 " AND NOT EXISTS (SELECT 1 FROM enrolment r"
                                 "  WHERE r.participant_id = p.id AND r.deleted_at IS NULL"
                                 "  AND r.status NOT IN (?2, ?3, ?4))"
                                 " ORDER BY e.status_date, p.sort_name, p.id",
                                 "tttt", cutoff,
                                 ff_enrolment_status_to_key (FF_ENROLMENT_STATUS_COMPLETED),
                                 ff_enrolment_status_to_key (FF_ENROLMENT_STATUS_DROPPED_OUT),
                                 ff_enrolment_status_to_key (FF_ENROLMENT_STATUS_MOVED));
  if (stmt == NULL)
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) ff_retention_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfRetentionEntry *entry = g_new0 (FfRetentionEntry, 1);

      entry->participant_id = sqlite3_column_int64 (stmt, 0);
      entry->name = g_strdup_printf ("%s %s", ff_store_column_text (stmt, 1),
                                     ff_store_column_text (stmt, 2));
      g_strstrip (entry->name);
      if (*entry->name == '\0')
        {
          g_free (entry->name);
          entry->name = g_strdup (ff_store_column_text (stmt, 3));
        }
      entry->programme = g_strdup (ff_store_column_text (stmt, 4));
      entry->end_date = g_strdup (ff_store_column_text (stmt, 5));
      g_ptr_array_add (entries, entry);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}
