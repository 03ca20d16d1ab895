/* ff-audit.c — disclosures in the audit log, and the log of one participant as
 * people read it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <glib/gstdio.h>

#include "ff-audit.h"
#include "ff-audit-entry.h"
#include "ff-person-private.h"
#include "ff-record.h"
#include "ff-store-private.h"

static gboolean
valid_word (const char *word)
{
  if (word == NULL || *word == '\0')
    return FALSE;
  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

/* Inside a transaction: the audit row of one disclosure. */
static gboolean
log_one (FfStore    *store,
         const char *uuid_sql,
         const char *table,
         gint64      id,
         const char *value,
         GError    **error)
{
  g_autofree char *uuid = NULL;

  {
    g_auto(FfStoreStmt) stmt = ff_store_prepare_bound (store, error, uuid_sql, "i", id);

    if (stmt == NULL ||
        !ff_store_step_row (store, stmt, _("The record is no longer there."), error))
      return FALSE;
    uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  }

  return ff_store_audit (store, table, uuid, NULL, NULL, value, error);
}

gboolean
ff_audit_log_disclosures (FfStore       *store,
                          const char    *table,
                          const gint64  *ids,
                          guint          n_ids,
                          const char    *event,
                          const char    *what,
                          GError       **error)
{
  g_autoptr(GString) uuid_sql = g_string_new ("SELECT uuid FROM ");
  g_autofree char *value = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  /* Names from the code, never from input: checked so that they may stand in SQL. */
  g_return_val_if_fail (valid_word (table), FALSE);
  g_return_val_if_fail (valid_word (event), FALSE);
  g_return_val_if_fail (valid_word (what), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  ff_person_append_identifier (uuid_sql, table);
  g_string_append (uuid_sql, " WHERE id = ?1");
  value = g_strconcat (event, ":", what, NULL);

  if (!ff_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    if (!log_one (store, uuid_sql->str, table, ids[i], value, error))
      {
        ff_store_rollback (store);
        return FALSE;
      }

  return ff_store_commit (store, error);
}

gboolean
ff_audit_log_disclosure (FfStore     *store,
                         const char  *table,
                         gint64       id,
                         const char  *event,
                         const char  *what,
                         GError     **error)
{
  return ff_audit_log_disclosures (store, table, &id, 1, event, what, error);
}

/* A disclosure that could not be recorded is refused: said so, with the reason. */
static gboolean
refuse_disclosure (GError **error)
{
  if (error != NULL && *error != NULL &&
      g_error_matches (*error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY))
    g_prefix_error (error, "%s ",
                    _("Nothing was printed or exported: every print and export is "
                      "recorded in the audit log, and it cannot be written now."));
  return FALSE;
}

gboolean
ff_audit_log_prints (FfStore       *store,
                     const gint64  *participant_ids,
                     guint          n_ids,
                     const char    *what,
                     GError       **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if (!ff_audit_log_disclosures (store, "participant", participant_ids, n_ids,
                                 FF_AUDIT_PRINTED, what, error))
    return refuse_disclosure (error);

  return TRUE;
}

gboolean
ff_audit_log_print (FfStore     *store,
                    gint64       participant_id,
                    const char  *what,
                    GError     **error)
{
  return ff_audit_log_prints (store, &participant_id, 1, what, error);
}

gboolean
ff_audit_export_file (FfStore           *store,
                      const gint64      *participant_ids,
                      guint              n_ids,
                      const char        *what,
                      const char        *path,
                      FfAuditWriteFunc   write,
                      gpointer           user_data,
                      GError           **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  if (!ff_store_begin (store, error))
    return refuse_disclosure (error);

  if (!ff_audit_log_disclosures (store, "participant", participant_ids, n_ids,
                                 FF_AUDIT_EXPORTED, what, error))
    {
      ff_store_rollback (store);
      return refuse_disclosure (error);
    }

  if (!write (path, user_data, error))
    {
      ff_store_rollback (store);
      return FALSE;
    }

  if (!ff_store_commit (store, error))
    {
      /* not recorded, so not left behind */
      g_unlink (path);
      return refuse_disclosure (error);
    }

  return TRUE;
}

/* --- the log of one participant ------------------------------------------------ */

/* What a record of @table is called in a description: "Job application: changed …". */
static const char *
table_label (const char *table)
{
  static const struct
  {
    const char *table;
    const char *label;
  } labels[] = {
    /* Translators: the kinds of record the audit log of a participant names */
    { "enrolment", N_("Enrolment") },
    { "enrolment_status", N_("Enrolment status") },
    { "plan", N_("Plan") },
    { "plan_subgoal", N_("Plan sub-goal") },
    { "plan_activity", N_("Plan activity") },
    { "plan_review", N_("Plan review") },
    { "job_application", N_("Job application") },
    { "job_application_status", N_("Job application status") },
    { "job_target", N_("Job-seeking target") },
    { "business_plan", N_("Business plan") },
    { "business_plan_status", N_("Business plan status") },
    { "business_plan_item", N_("Business plan checklist item") },
    { "business_plan_startup", N_("Business plan start-up cost") },
    { "business_plan_financing", N_("Business plan financing") },
    { "business_plan_budget", N_("Business plan budget line") },
    { "business_plan_milestone", N_("Business plan milestone") },
    { "business_plan_feedback", N_("Business plan feedback") },
    { "business_plan_mark", N_("Business plan review mark") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].table, table) == 0)
      return _(labels[i].label);

  return table;
}

/* What a field is called, as its row on a page calls it; a field without a name of
 * its own here is called by its key, made readable. */
static char *
field_label (const char *key)
{
  static const struct
  {
    const char *key;
    const char *label;
  } labels[] = {
    /* Translators: fields of records, as the audit log names them ("Changed Phone") */
    { "given_name", N_("Given name") },
    { "family_name", N_("Family name") },
    { "native_name", N_("Name in own alphabet") },
    { "birth_date", N_("Birth date") },
    { "national_id", N_("National identity number") },
    { "gender", N_("Gender") },
    { "country", N_("Country of origin") },
    { "languages", N_("Languages") },
    { "norwegian_level", N_("Norwegian level") },
    { "norwegian_oral", N_("Norwegian, oral") },
    { "norwegian_written", N_("Norwegian, written") },
    { "arrival_date", N_("Arrival date") },
    { "address", N_("Address") },
    { "postcode", N_("Postcode") },
    { "place", N_("Place") },
    { "municipality", N_("Municipality") },
    { "phone", N_("Phone") },
    { "email", N_("Email") },
    { "education", N_("Education") },
    { "professions", N_("Professions") },
    { "driving_licence", N_("Driving licence") },
    { "family_notes", N_("Family notes") },
    { "health_notes", N_("Health and adaptation needs") },
    { "interests", N_("Interests") },
    { "goals", N_("Goals") },
    { "contact_person", N_("Contact person") },
    { "referral_from", N_("Referred by") },
    { "referral_date", N_("Referral date") },
    { "consent_date", N_("Consent date") },
    { "consent_scope", N_("Consent scope") },
    { "notes", N_("Notes") },
    { "note", N_("Note") },
    { "status", N_("Status") },
    { "status_date", N_("Status date") },
    { "state", N_("State") },
    { "signed_date", N_("Date signed") },
    { "employer", N_("Employer") },
    { "position", N_("Position") },
    { "deadline", N_("Deadline") },
    { "date", N_("Date") },
    { "link", N_("Link") },
    { "source", N_("Source") },
    { "follow_up", N_("Next follow-up") },
    { "per_week", N_("Applications a week") },
  };
  char *label;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].key, key) == 0)
      return g_strdup (_(labels[i].label));

  label = g_strdelimit (g_strdup (key), "_", ' ');
  if (*label != '\0')
    *label = g_ascii_toupper (*label);
  return label;
}

/* Whether the value of @field of @type may be shown in the log: not a sensitive one,
 * nor a free text, which may say anything. */
static gboolean
value_shown (const FfRecordType *type,
             const char         *field,
             int                *index)
{
  *index = type != NULL ? ff_record_type_find_field (type, field) : -1;
  if (*index < 0)
    return FALSE;

  return (type->fields[*index].flags & FF_FIELD_SENSITIVE) == 0 &&
         type->fields[*index].check != FF_CHECK_TEXT;
}

/* What a row without a field says: created, deleted …, or a disclosure. */
static char *
describe_event (const char *table,
                const char *value,
                const char *programme)
{
  gboolean own = g_strcmp0 (table, "participant") == 0;

  if (g_strcmp0 (value, "created") == 0)
    {
      if (own)
        return g_strdup (_("Created the participant"));
      if (g_strcmp0 (table, "enrolment") == 0 && programme != NULL && *programme != '\0')
        /* Translators: in the audit log; %s is a programme's name */
        return g_strdup_printf (_("Enrolled in %s"), programme);
      /* Translators: in the audit log; %s is a kind of record ("Job application") */
      return g_strdup_printf (_("%s: added"), table_label (table));
    }
  if (g_strcmp0 (value, "deleted") == 0)
    return own ? g_strdup (_("Deleted the participant"))
               /* Translators: in the audit log; %s is a kind of record */
               : g_strdup_printf (_("%s: deleted"), table_label (table));
  if (g_strcmp0 (value, "restored") == 0)
    return own ? g_strdup (_("Restored the participant"))
               /* Translators: in the audit log; %s is a kind of record */
               : g_strdup_printf (_("%s: restored"), table_label (table));
  if (g_strcmp0 (value, "archived") == 0)
    return own ? g_strdup (_("Archived the participant"))
               /* Translators: in the audit log; %s is a kind of record */
               : g_strdup_printf (_("%s: archived"), table_label (table));
  if (g_strcmp0 (value, "unarchived") == 0)
    return own ? g_strdup (_("Took the participant out of the archive"))
               /* Translators: in the audit log; %s is a kind of record */
               : g_strdup_printf (_("%s: taken out of the archive"), table_label (table));

  if (g_strcmp0 (value, "shown:national_id") == 0)
    return g_strdup (_("Showed the national identity number"));
  if (g_strcmp0 (value, "printed:plan") == 0)
    return g_strdup (_("Printed the individual plan"));
  if (g_strcmp0 (value, "exported:plan") == 0)
    return g_strdup (_("Exported the individual plan"));
  if (g_strcmp0 (value, "printed:job-log") == 0)
    return g_strdup (_("Printed the job-seeker log"));
  if (g_strcmp0 (value, "exported:job-log") == 0)
    return g_strdup (_("Exported the job-seeker log"));
  if (g_strcmp0 (value, "printed:business-plan") == 0)
    return g_strdup (_("Printed the business plan"));
  if (g_strcmp0 (value, "exported:business-plan") == 0)
    return g_strdup (_("Exported the business plan"));
  if (g_strcmp0 (value, "printed:attendance") == 0)
    return g_strdup (_("Printed in a course's attendance report"));
  if (g_strcmp0 (value, "exported:attendance") == 0)
    return g_strdup (_("Exported in a course's attendance report"));
  if (g_strcmp0 (value, "printed:sign-in") == 0)
    return g_strdup (_("Printed on a course's sign-in sheet"));
  if (g_strcmp0 (value, "exported:sign-in") == 0)
    return g_strdup (_("Exported on a course's sign-in sheet"));
  if (g_strcmp0 (value, "printed:absence-reductions") == 0)
    return g_strdup (_("Printed in a programme's list of benefit reductions"));
  if (g_strcmp0 (value, "exported:absence-reductions") == 0)
    return g_strdup (_("Exported in a programme's list of benefit reductions"));
  if (g_strcmp0 (value, "printed:placement-agreement") == 0)
    return g_strdup (_("Printed a placement agreement"));
  if (g_strcmp0 (value, "exported:placement-agreement") == 0)
    return g_strdup (_("Exported a placement agreement"));
  if (g_strcmp0 (value, "printed:follow-ups") == 0)
    return g_strdup (_("Printed the follow-up history"));
  if (g_strcmp0 (value, "exported:follow-ups") == 0)
    return g_strdup (_("Exported the follow-up history"));
  if (g_strcmp0 (value, "exported:list") == 0)
    return g_strdup (_("Exported in a list"));
  if (g_str_has_prefix (value, FF_AUDIT_SHOWN ":"))
    return g_strdup (_("Showed personal data"));
  if (g_str_has_prefix (value, FF_AUDIT_PRINTED ":"))
    return g_strdup (_("Printed personal data"));
  if (g_str_has_prefix (value, FF_AUDIT_EXPORTED ":"))
    return g_strdup (_("Exported personal data"));

  return g_strdup (value);
}

static char *
describe (const char *table,
          const char *field,
          const char *old_value,
          const char *new_value,
          const char *programme)
{
  const FfRecordType *type;
  g_autofree char *label = NULL;
  g_autofree char *change = NULL;
  int index;

  if (field == NULL)
    return describe_event (table, new_value, programme);

  label = field_label (field);
  type = ff_record_type_find (table);
  /* A participant's status is their enrolments' (ff-enrolment.c), with its choices. */
  if (g_strcmp0 (table, "participant") == 0 && g_strcmp0 (field, "status") == 0)
    type = ff_record_type_find ("enrolment");
  if (value_shown (type, field, &index))
    {
      g_autofree char *old_shown = ff_record_display (type, index, old_value, NULL);
      g_autofree char *new_shown = ff_record_display (type, index, new_value, NULL);

      if (*old_shown == '\0')
        /* Translators: in the audit log: a field ("Phone") and the value it was given */
        change = g_strdup_printf (_("Changed %s to “%s”"), label, new_shown);
      else
        /* Translators: in the audit log: a field ("Phone"), its value before and after */
        change = g_strdup_printf (_("Changed %s from “%s” to “%s”"), label, old_shown,
                                  new_shown);
    }
  else
    {
      /* Translators: in the audit log: a field ("National identity number") whose
       * value is not shown there */
      change = g_strdup_printf (_("Changed %s"), label);
    }

  if (g_strcmp0 (table, "participant") == 0)
    return g_steal_pointer (&change);

  /* Translators: in the audit log: a kind of record ("Job application") and what
   * changed in it ("Changed Position to “Cook”") */
  return g_strdup_printf (_("%s: %s"), table_label (table), change);
}

GListModel *
ff_audit_entries_for_participant (FfStore  *store,
                                  gint64    id,
                                  GError  **error)
{
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(GPtrArray) items = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  tables = ff_person_tables (store, error);
  if (tables == NULL)
    return NULL;
  /* A participant created, an enrolment in a programme: the programme's name. */
  /* Their rows are found by a query made of the tables' names, which binds the
   * participant's id as ?1. */
  sql = g_string_new ("SELECT a.created_at, a.os_user, a.table_name, a.field,"
                      " a.old_value, a.new_value, pr.name"
                      " FROM audit a"
                      " LEFT JOIN enrolment e"
                      "  ON a.table_name = 'enrolment' AND a.field IS NULL"
                      "  AND e.uuid = a.row_uuid"
                      " LEFT JOIN programme pr ON pr.id = e.programme_id"
                      " WHERE ");
  ff_person_append_uuid_condition (sql, store, tables, "a.row_uuid");
  g_string_append (sql, " ORDER BY a.id DESC");
  if (sqlite3_prepare_v2 (ff_store_get_db (store), sql->str, -1, &stmt, NULL) != SQLITE_OK)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, id);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *description = NULL;

      description = describe ((const char *) sqlite3_column_text (stmt, 2),
                              (const char *) sqlite3_column_text (stmt, 3),
                              (const char *) sqlite3_column_text (stmt, 4),
                              (const char *) sqlite3_column_text (stmt, 5),
                              (const char *) sqlite3_column_text (stmt, 6));
      g_ptr_array_add (items,
                       ff_audit_entry_new ((const char *) sqlite3_column_text (stmt, 0),
                                           (const char *) sqlite3_column_text (stmt, 1),
                                           description));
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      sqlite3_finalize (stmt);
      return NULL;
    }
  sqlite3_finalize (stmt);

  entries = g_list_store_new (FF_TYPE_AUDIT_ENTRY);
  g_list_store_splice (entries, 0, 0, items->pdata, items->len);

  return G_LIST_MODEL (g_steal_pointer (&entries));
}
