/* ff-person-export.c — everything the file holds about one participant, read for them
 * (GDPR article 15) and written as XML
 *
 * What is read is what ff_person_tables() finds in the schema, so a table added later is
 * read too; a column without a label here is named as the schema names it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>

#include "ff-audit.h"
#include "ff-person-private.h"
#include "ff-store-private.h"

typedef struct
{
  const char *name;
  const char *label;
} Label;

/* Translators: these name the tables of a participant's data in the copy of it made
 * for them (GDPR article 15) */
static const Label table_labels[] = {
  { "participant", N_("Participant") },
  { "enrolment", N_("Programmes") },
  { "enrolment_status", N_("Status history in programmes") },
  { "plan", N_("Individual plans") },
  { "plan_subgoal", N_("Sub-goals of plans") },
  { "plan_activity", N_("Activities of plans") },
  { "plan_review", N_("Review dates of plans") },
  { "job_application", N_("Job applications") },
  { "job_application_status", N_("Status history of job applications") },
  { "job_target", N_("Weekly targets of applications") },
  { "business_plan", N_("Business plans") },
  { "business_plan_status", N_("Status history of business plans") },
  { "business_plan_item", N_("Checklists of business plans") },
  { "business_plan_startup", N_("Start-up costs of business plans") },
  { "business_plan_financing", N_("Financing of business plans") },
  { "business_plan_budget", N_("Budget lines of business plans") },
  { "business_plan_milestone", N_("Milestones of business plans") },
  { "business_plan_feedback", N_("Feedback on business plans") },
  { "business_plan_mark", N_("Reviewers' marks on business plans") },
  { "audit", N_("Audit log") },
};

/* Columns the program keeps in step with the others: not for people to read. */
static const char * const internal_columns[] = {
  "sort_name", "sort_key", "search_text", "status_rank", "position", "rule", NULL,
};

/* Translators: these name the fields of a participant's data in the copy of it made
 * for them (GDPR article 15) */
static const Label column_labels[] = {
  { "id", N_("Number") },
  { "uuid", N_("Identifier") },
  { "created_at", N_("Created") },
  { "updated_at", N_("Last changed") },
  { "deleted_at", N_("Deleted") },
  { "archived_at", N_("Archived") },
  { "given_name", N_("Given name") },
  { "family_name", N_("Family name") },
  { "native_name", N_("Name in own script") },
  { "birth_date", N_("Birth date") },
  { "national_id", N_("National identity number") },
  { "gender", N_("Gender") },
  { "country", N_("Country of origin") },
  { "arrival_date", N_("Arrival date in Norway") },
  { "phone", N_("Phone") },
  { "email", N_("E-mail") },
  { "address", N_("Address") },
  { "postcode", N_("Postcode") },
  { "municipality", N_("Municipality") },
  { "education", N_("Education") },
  { "professions", N_("Professions") },
  { "driving_licence", N_("Driving licence") },
  { "interests", N_("Interests") },
  { "goals", N_("Goals") },
  { "languages", N_("Languages spoken") },
  { "norwegian_oral", N_("Norwegian – oral") },
  { "norwegian_written", N_("Norwegian – written") },
  { "family_notes", N_("Family situation") },
  { "health_notes", N_("Health and adaptation needs") },
  { "contact_person", N_("Contact person") },
  { "referral_from", N_("Referred by") },
  { "referral_date", N_("Referral date") },
  { "consent_date", N_("Consent given on") },
  { "consent_scope", N_("Consent covers") },
  { "notes", N_("Notes") },
  { "status", N_("Status") },
  { "status_date", N_("Status date") },
  { "participant_id", N_("Participant") },
  { "programme_id", N_("Programme") },
  { "enrolment_id", N_("Programme") },
  { "plan_id", N_("Plan") },
  { "application_id", N_("Job application") },
  { "employer_id", N_("Employer") },
  { "agreement_start", N_("Agreement from") },
  { "agreement_end", N_("Agreement until") },
  { "exit_reason", N_("Exit reason") },
  { "exit_activity", N_("Main activity at exit") },
  { "date", N_("Date") },
  { "reason", N_("Reason") },
  { "version", N_("Version") },
  { "state", N_("State") },
  { "signed_date", N_("Signed on") },
  { "period_start", N_("Period from") },
  { "period_end", N_("Period until") },
  { "goal", N_("Goal") },
  { "goal_text", N_("Goal described") },
  { "norwegian_level", N_("Norwegian goal") },
  { "norwegian_date", N_("Norwegian goal by") },
  { "language", N_("Language") },
  { "second_language", N_("Second language") },
  { "participant_name", N_("Participant's name as signed") },
  { "programme_name", N_("Programme as signed") },
  { "programme_kind", N_("Kind of programme as signed") },
  { "organisation", N_("Organisation") },
  { "text", N_("Text") },
  { "target_date", N_("Target date") },
  { "kind", N_("Kind") },
  { "description", N_("Description") },
  { "minutes_per_week", N_("Minutes per week") },
  { "start_date", N_("Start date") },
  { "end_date", N_("End date") },
  { "responsible", N_("Responsible") },
  { "note", N_("Note") },
  { "done", N_("Done") },
  { "employer", N_("Employer") },
  { "position", N_("Position") },
  { "place", N_("Place") },
  { "source", N_("Source") },
  { "deadline", N_("Deadline") },
  { "link", N_("Link") },
  { "follow_up", N_("Next follow-up") },
  { "from_date", N_("From") },
  { "until_date", N_("Until") },
  { "per_week", N_("Applications a week") },
  { "title", N_("Title") },
  { "summary", N_("Summary") },
  { "idea", N_("Business idea") },
  { "product", N_("Product or service") },
  { "market", N_("Customers and market") },
  { "competitors", N_("Competitors") },
  { "marketing", N_("Marketing") },
  { "legal_form", N_("Legal form") },
  { "survey_asked", N_("People asked") },
  { "survey_would_buy", N_("Would buy") },
  { "survey_price", N_("Price in the survey") },
  { "what", N_("What") },
  { "amount", N_("Amount") },
  { "side", N_("Revenue or cost") },
  { "m1", N_("Month 1") },
  { "m2", N_("Month 2") },
  { "m3", N_("Month 3") },
  { "m4", N_("Month 4") },
  { "m5", N_("Month 5") },
  { "m6", N_("Month 6") },
  { "m7", N_("Month 7") },
  { "m8", N_("Month 8") },
  { "m9", N_("Month 9") },
  { "m10", N_("Month 10") },
  { "m11", N_("Month 11") },
  { "m12", N_("Month 12") },
  { "section", N_("Section") },
  { "author", N_("Written by") },
  { "role", N_("Role") },
  { "mark", N_("Mark") },
  { "table_name", N_("Table") },
  { "row_uuid", N_("Row") },
  { "field", N_("Field") },
  { "old_value", N_("Old value") },
  { "new_value", N_("New value") },
  { "os_user", N_("User") },
};

static const char *
find_label (const Label *labels,
            gsize        n_labels,
            const char  *name)
{
  for (gsize i = 0; i < n_labels; i++)
    {
      if (g_str_equal (labels[i].name, name))
        return labels[i].label;
    }

  return NULL;
}

static void
column_free (FfPersonColumn *column)
{
  g_free (column->name);
  g_free (column);
}

static void
section_free (FfPersonSection *section)
{
  g_free (section->table);
  g_clear_pointer (&section->columns, g_ptr_array_unref);
  g_clear_pointer (&section->rows, g_ptr_array_unref);
  g_free (section);
}

void
ff_person_data_free (FfPersonData *data)
{
  if (data == NULL)
    return;

  g_free (data->uuid);
  g_free (data->read_at);
  g_clear_pointer (&data->sections, g_ptr_array_unref);
  g_free (data);
}

FfPersonSection *
ff_person_data_find (FfPersonData *data,
                     const char   *table)
{
  g_return_val_if_fail (data != NULL, NULL);

  for (guint i = 0; i < data->sections->len; i++)
    {
      FfPersonSection *section = g_ptr_array_index (data->sections, i);

      if (g_str_equal (section->table, table))
        return section;
    }

  return NULL;
}

/* Runs @sql with ?1 bound to @id into a section named @name. */
static FfPersonSection *
read_section (FfStore     *store,
              const char  *name,
              const char  *sql,
              gint64       id,
              GError     **error)
{
  FfPersonSection *section;
  sqlite3_stmt *stmt = NULL;
  int n_columns;
  int rc;

  if (sqlite3_prepare_v2 (ff_store_get_db (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, id);

  section = g_new0 (FfPersonSection, 1);
  section->table = g_strdup (name);
  section->label = find_label (table_labels, G_N_ELEMENTS (table_labels), name);
  if (section->label == NULL)
    section->label = section->table;
  section->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  section->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  n_columns = sqlite3_column_count (stmt);
  for (int i = 0; i < n_columns; i++)
    {
      FfPersonColumn *column = g_new0 (FfPersonColumn, 1);

      column->name = g_strdup (sqlite3_column_name (stmt, i));
      column->label = find_label (column_labels, G_N_ELEMENTS (column_labels), column->name);
      if (column->label == NULL)
        column->label = column->name;
      /* An application's position is the job's, not a place in a list. */
      column->internal = g_strv_contains (internal_columns, column->name) &&
                         !g_str_equal (name, "job_application");
      g_ptr_array_add (section->columns, column);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GPtrArray *row = g_ptr_array_new_full (n_columns, g_free);

      for (int i = 0; i < n_columns; i++)
        g_ptr_array_add (row, sqlite3_column_type (stmt, i) == SQLITE_NULL
                              ? NULL : g_strdup (ff_store_column_text (stmt, i)));
      g_ptr_array_add (section->rows, row);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      section_free (section);
      return NULL;
    }

  return section;
}

static gboolean
snapshot (FfStore     *store,
          const char  *sql,
          GError     **error)
{
  if (sqlite3_exec (ff_store_get_db (store), sql, NULL, NULL, NULL) != SQLITE_OK)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

FfPersonData *
ff_person_read (FfStore  *store,
                gint64    id,
                GError  **error)
{
  g_autoptr(FfPersonData) data = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GString) audit_sql = g_string_new ("SELECT * FROM audit WHERE ");
  FfPersonSection *section;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  data = g_new0 (FfPersonData, 1);
  data->id = id;
  data->read_at = ff_store_now ();
  data->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);

  if (!ff_person_participant_uuid (store, id, &data->uuid, error))
    return NULL;
  tables = ff_person_tables (store, error);
  if (tables == NULL)
    return NULL;

  /* One snapshot: a change made meanwhile on another connection is in all of it or
   * in none. A read, which a file open read-only allows too. */
  if (!snapshot (store, "SAVEPOINT ff_person_read", error))
    return NULL;

  for (guint i = 0; i < tables->len; i++)
    {
      FfPersonTable *table = g_ptr_array_index (tables, i);
      g_autoptr(GString) sql = g_string_new ("SELECT * FROM ");

      ff_person_append_identifier (sql, table->table);
      ff_person_append_condition (sql, tables, table);
      g_string_append (sql, " ORDER BY id");
      section = read_section (store, table->table, sql->str, id, error);
      if (section == NULL)
        {
          snapshot (store, "RELEASE ff_person_read", NULL);
          return NULL;
        }
      g_ptr_array_add (data->sections, section);
    }

  ff_person_append_uuid_condition (audit_sql, store, tables, "row_uuid");
  g_string_append (audit_sql, " ORDER BY id");
  section = read_section (store, "audit", audit_sql->str, id, error);
  snapshot (store, "RELEASE ff_person_read", NULL);
  if (section == NULL)
    return NULL;
  g_ptr_array_add (data->sections, section);

  return g_steal_pointer (&data);
}

/* Text as it is, unless XML cannot hold it (control characters, such as the
 * separators of sort keys): then in base64, and said so. */
static void
write_value (xmlTextWriterPtr  writer,
             const char       *text)
{
  gboolean plain = g_utf8_validate (text, -1, NULL);

  for (const char *p = text; plain && *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        plain = FALSE;
    }

  if (plain)
    {
      xmlTextWriterWriteString (writer, BAD_CAST text);
      return;
    }

  xmlTextWriterWriteAttribute (writer, BAD_CAST "encoding", BAD_CAST "base64");
  xmlTextWriterWriteBase64 (writer, text, 0, (int) strlen (text));
}

static void
write_section (xmlTextWriterPtr  writer,
               FfPersonSection  *section)
{
  xmlTextWriterStartElement (writer, BAD_CAST "table");
  xmlTextWriterWriteAttribute (writer, BAD_CAST "name", BAD_CAST section->table);
  for (guint r = 0; r < section->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (section->rows, r);

      xmlTextWriterStartElement (writer, BAD_CAST "row");
      for (guint c = 0; c < section->columns->len; c++)
        {
          FfPersonColumn *column = g_ptr_array_index (section->columns, c);
          const char *value = g_ptr_array_index (row, c);

          /* An empty field is left out: the row says only what is known. */
          if (value == NULL)
            continue;
          xmlTextWriterStartElement (writer, BAD_CAST "field");
          xmlTextWriterWriteAttribute (writer, BAD_CAST "name", BAD_CAST column->name);
          write_value (writer, value);
          xmlTextWriterEndElement (writer);
        }
      xmlTextWriterEndElement (writer);
    }
  xmlTextWriterEndElement (writer);
}

gboolean
ff_person_export (FfStore     *store,
                  gint64       id,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(FfPersonData) data = NULL;
  xmlBufferPtr buffer = NULL;
  xmlTextWriterPtr writer = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* The export is itself something that happened to their data: recorded first, so
   * that the file holds it too. A file open read-only cannot record it, and so
   * exports nothing. */
  if (!ff_audit_log_disclosure (store, "participant", id, FF_AUDIT_EXPORTED, "access-xml",
                                error))
    return FALSE;

  data = ff_person_read (store, id, error);
  if (data == NULL)
    return FALSE;

  buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterStartDocument (writer, NULL, "UTF-8", NULL);
  xmlTextWriterStartElement (writer, BAD_CAST "fotfeste-person");
  xmlTextWriterWriteAttribute (writer, BAD_CAST "version", BAD_CAST "1");
  xmlTextWriterWriteAttribute (writer, BAD_CAST "participant", BAD_CAST data->uuid);
  xmlTextWriterWriteAttribute (writer, BAD_CAST "exported", BAD_CAST data->read_at);

  for (guint i = 0; i < data->sections->len; i++)
    write_section (writer, g_ptr_array_index (data->sections, i));

  xmlTextWriterEndElement (writer);
  if (xmlTextWriterEndDocument (writer) < 0)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_FAILED,
                           _("Could not put the export together."));
      goto out;
    }
  xmlFreeTextWriter (writer);
  writer = NULL;

  ok = g_file_set_contents_full (path, (const char *) xmlBufferContent (buffer),
                                 xmlBufferLength (buffer), G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, error);

out:
  if (writer != NULL)
    xmlFreeTextWriter (writer);
  xmlBufferFree (buffer);
  return ok;
}
