/* ff-job-application.c — one application or employer contact in a job-seeker log, with
 * the history of its status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-format.h"
#include "ff-job-log.h"
#include "ff-job-log-private.h"
#include "ff-participant.h"
#include "ff-record-private.h"
#include "ff-store-private.h"
#include "ff-validate.h"

/* The statuses of a job application in NAV's activity plan ("Aktivitetsplan",
 * nav.no: "Ikke startet", "Sendt og venter på svar", "Skal på intervju", "Fått
 * jobbtilbud", "Ikke fått jobben"), and one for an application the participant
 * withdrew. */
static const FfChoice statuses[FF_JOB_N_STATUSES] = {
  /* Translators: a job application's status, as NAV's activity plan names it
   * ("Ikke startet") */
  [FF_JOB_STATUS_NOT_STARTED] = { "not-started", "job application", NC_("job application",
                                                                         "Not started") },
  /* Translators: a job application's status ("Sendt og venter på svar") */
  [FF_JOB_STATUS_SENT] = { "sent", NULL, N_("Sent and waiting") },
  /* Translators: a job application's status ("Skal på intervju") */
  [FF_JOB_STATUS_INTERVIEW] = { "interview", NULL, N_("Going to interview") },
  /* Translators: a job application's status ("Fått jobbtilbud") */
  [FF_JOB_STATUS_OFFERED] = { "offered", NULL, N_("Offered the job") },
  /* Translators: a job application's status ("Ikke fått jobben") */
  [FF_JOB_STATUS_NOT_HIRED] = { "not-hired", NULL, N_("Not hired") },
  /* Translators: a job application's status: the participant withdrew it */
  [FF_JOB_STATUS_WITHDRAWN] = { "withdrawn", NULL, N_("Withdrawn") },
};

const FfChoiceList ff_job_statuses = {
  statuses, G_N_ELEMENTS (statuses), FF_JOB_STATUS_SENT,
  N_("Choose one of the statuses in the list."),
};

static const FfChoice sources[] = {
  /* Translators: where a job was found: not stated */
  { "", "job source", NC_("job source", "Not stated") },
  /* Translators: where a job was found: a job advertisement */
  { "advertisement", NULL, N_("Advertisement") },
  /* Translators: where a job was found: through NAV */
  { "nav", NULL, N_("NAV") },
  /* Translators: where a job was found: an application sent without an advertisement */
  { "open-application", NULL, N_("Open application") },
  /* Translators: where a job was found: through people one knows */
  { "network", NULL, N_("Network") },
  /* Translators: where a job was found: by visiting the employer */
  { "employer-visit", NULL, N_("Employer visit") },
  /* Translators: where a job was found: a recruitment or staffing agency */
  { "agency", NULL, N_("Recruitment agency") },
  /* Translators: where a job was found: none of the others */
  { "other", "job source", NC_("job source", "Other") },
};

const FfChoiceList ff_job_sources = {
  sources, G_N_ELEMENTS (sources), 0,
  N_("Choose one of the sources in the list."),
};

gboolean
ff_job_status_is_ended (FfJobStatus status)
{
  return status == FF_JOB_STATUS_OFFERED || status == FF_JOB_STATUS_NOT_HIRED
         || status == FF_JOB_STATUS_WITHDRAWN;
}

static const FfField fields[FF_JOB_APPLICATION_N_FIELDS] = {
  [FF_JOB_APPLICATION_DATE] = { "date", NULL, FF_CHECK_DATE, FF_FIELD_REQUIRED, NULL, NULL,
                                N_("Enter the date of the application.") },
  [FF_JOB_APPLICATION_EMPLOYER_ID] = { "employer_id", NULL, FF_CHECK_ID },
  [FF_JOB_APPLICATION_EMPLOYER] = { "employer", NULL, FF_CHECK_LINE },
  [FF_JOB_APPLICATION_POSITION] = { "position", NULL, FF_CHECK_LINE },
  [FF_JOB_APPLICATION_PLACE] = { "place", NULL, FF_CHECK_LINE },
  [FF_JOB_APPLICATION_SOURCE] = { "source", NULL, FF_CHECK_CHOICE, 0, &ff_job_sources },
  [FF_JOB_APPLICATION_CONTACT] = { "contact_person", NULL, FF_CHECK_LINE },
  [FF_JOB_APPLICATION_DEADLINE] = { "deadline", NULL, FF_CHECK_DATE },
  [FF_JOB_APPLICATION_LINK] = { "link", NULL, FF_CHECK_LINK },
  [FF_JOB_APPLICATION_STATUS] = { "status", NULL, FF_CHECK_CHOICE, 0, &ff_job_statuses,
                                  "sent" },
  [FF_JOB_APPLICATION_STATUS_DATE] = { "status_date", NULL, FF_CHECK_DATE },
  [FF_JOB_APPLICATION_FOLLOW_UP] = { "follow_up", NULL, FF_CHECK_DATE },
  [FF_JOB_APPLICATION_NOTES] = { "notes", NULL, FF_CHECK_TEXT },
};

static const FfPeriod periods[] = {
  { FF_JOB_APPLICATION_DATE, FF_JOB_APPLICATION_DEADLINE,
    N_("The deadline cannot come before the date of the application.") },
  { FF_JOB_APPLICATION_DATE, FF_JOB_APPLICATION_FOLLOW_UP,
    N_("The follow-up cannot come before the date of the application.") },
};

static const char * const extra[] = {
  [FF_JOB_APPLICATION_PARTICIPANT_ID] = "t.participant_id",
  [FF_JOB_APPLICATION_PARTICIPANT_NAME] = FF_JOB_PARTICIPANT_NAME_SQL ("t.participant_id"),
};

/* An application may not be dated after a change of its status. */
static gboolean
check (const char * const *values,
       guint               changed,
       GError            **error)
{
  const char *date = values[FF_JOB_APPLICATION_DATE];
  const char *status_date = values[FF_JOB_APPLICATION_STATUS_DATE];
  g_autofree char *shown = NULL;

  if (changed != FF_JOB_APPLICATION_DATE || *status_date == '\0' || *date == '\0'
      || strcmp (date, status_date) <= 0)
    return TRUE;

  shown = ff_format_date (status_date, NULL);
  g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
               /* Translators: the date of the application's latest status change */
               _("The status changed on %s: the application cannot be dated after that."),
               shown);
  return FALSE;
}

/* "Rema 1000 Drammen"; the position, or "Job application", without an employer. */
static char *
title (const char * const *values)
{
  if (*values[FF_JOB_APPLICATION_EMPLOYER] != '\0')
    return g_strdup (values[FF_JOB_APPLICATION_EMPLOYER]);
  if (*values[FF_JOB_APPLICATION_POSITION] != '\0')
    return g_strdup (values[FF_JOB_APPLICATION_POSITION]);

  return g_strdup (_("Job application"));
}

/* "Shop assistant · Sent and waiting · 03.03.2026" */
static char *
describe (const char * const *values)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (*values[FF_JOB_APPLICATION_EMPLOYER] != '\0' && *values[FF_JOB_APPLICATION_POSITION] != '\0')
    g_ptr_array_add (parts, g_strdup (values[FF_JOB_APPLICATION_POSITION]));
  g_ptr_array_add (parts, g_strdup (ff_choice_list_key_label (&ff_job_statuses,
                                                              values[FF_JOB_APPLICATION_STATUS])));
  g_ptr_array_add (parts, ff_format_date (values[FF_JOB_APPLICATION_DATE], NULL));
  g_ptr_array_add (parts, NULL);

  /* Translators: what separates the parts of a line under a title, "A · B · C" */
  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

const FfRecordType ff_job_application_type = {
  .kind = FF_RECORD_PARTICIPANT,
  .table = "job_application",
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .periods = periods,
  .n_periods = G_N_ELEMENTS (periods),
  .not_found = N_("The application no longer exists. Reload the participant."),
  .owner = &ff_participant_type,
  .owner_column = "participant_id",
  .order = "t.date DESC, t.id DESC",
  .title_field = FF_JOB_APPLICATION_EMPLOYER,
  .title = title,
  .extra = extra,
  .n_extra = G_N_ELEMENTS (extra),
  .check = check,
  .describe = describe,
};

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

gint64
ff_job_application_create (FfStore            *store,
                           gint64              participant_id,
                           const char * const *values,
                           GError            **error)
{
  const char *given[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  g_autofree char *date = NULL;
  g_autofree char *status = NULL;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  for (guint i = 0; values != NULL && i < FF_JOB_APPLICATION_N_FIELDS; i++)
    given[i] = values[i];

  /* The date and the first status are checked here, as the history needs them. */
  if (given[FF_JOB_APPLICATION_DATE] == NULL || *given[FF_JOB_APPLICATION_DATE] == '\0')
    date = today ();
  else if (!ff_record_validate (&ff_job_application_type, FF_JOB_APPLICATION_DATE,
                                given[FF_JOB_APPLICATION_DATE], &date, error))
    return 0;

  if (!ff_record_validate (&ff_job_application_type, FF_JOB_APPLICATION_STATUS,
                           given[FF_JOB_APPLICATION_STATUS], &status, error))
    return 0;

  given[FF_JOB_APPLICATION_DATE] = date;
  given[FF_JOB_APPLICATION_STATUS] = status;
  given[FF_JOB_APPLICATION_STATUS_DATE] = date;

  if (!ff_store_begin (store, error))
    return 0;

  id = ff_record_insert (store, &ff_job_application_type, participant_id, given, error);
  if (id == 0)
    goto fail;

  if (!ff_job_application_add_change (store, id, status, date, error))
    goto fail;

  if (!ff_store_commit (store, error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

gboolean
ff_job_application_add_change (FfStore     *store,
                               gint64       application_id,
                               const char  *status,
                               const char  *date,
                               GError     **error)
{
  g_autofree char *uuid = ff_store_new_uuid ();
  g_autofree char *now = ff_store_now ();

  return ff_store_exec (store, error,
                        "INSERT INTO job_application_status"
                        " (uuid, created_at, updated_at, application_id, status, date)"
                        " VALUES (?1, ?2, ?2, ?3, ?4, ?5)",
                        "ttitt", uuid, now, application_id, status, date);
}

gboolean
ff_job_application_set_status (FfStore      *store,
                               gint64        application_id,
                               FfJobStatus   status,
                               const char   *date,
                               GError      **error)
{
  g_auto(FfStoreStmt) read = NULL;
  g_auto(FfStoreStmt) latest = NULL;
  g_autofree char *clean_date = NULL;
  g_autofree char *entry_date = NULL;
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if ((guint) status >= FF_JOB_N_STATUSES)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                           _("Choose one of the statuses in the list."));
      return FALSE;
    }

  if (date == NULL || *date == '\0')
    clean_date = today ();
  else if (!ff_validate_date (date, FF_DATE_ANY, &clean_date, error))
    return FALSE;

  if (!ff_store_begin (store, error))
    return FALSE;

  read = ff_store_prepare_bound (store, error,
                                 "SELECT date FROM job_application"
                                 " WHERE id = ?1 AND deleted_at IS NULL",
                                 "i", application_id);
  if (read == NULL
      || !ff_store_step_row (store, read, _(ff_job_application_type.not_found), error))
    goto fail;
  entry_date = g_strdup (ff_store_column_text (read, 0));
  sqlite3_reset (read);

  if (strcmp (clean_date, entry_date) < 0)
    {
      g_autofree char *shown = ff_format_date (entry_date, NULL);

      g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                   /* Translators: the date of the application */
                   _("The application is dated %s: its status cannot change before that."),
                   shown);
      goto fail;
    }

  if (!ff_job_application_add_change (store, application_id,
                                      ff_choice_list_key (&ff_job_statuses, status),
                                      clean_date, error))
    goto fail;

  /* The current status is the latest change, by date, then as entered. */
  latest = ff_store_prepare_bound (store, error,
                                   "SELECT status, date FROM job_application_status"
                                   " WHERE application_id = ?1"
                                   " ORDER BY date DESC, id DESC LIMIT 1",
                                   "i", application_id);
  if (latest == NULL || !ff_store_step_row (store, latest, NULL, error))
    goto fail;

  values[FF_JOB_APPLICATION_STATUS] = ff_store_column_text (latest, 0);
  values[FF_JOB_APPLICATION_STATUS_DATE] = ff_store_column_text (latest, 1);

  if (!ff_record_update (store, &ff_job_application_type, application_id, values, error))
    goto fail;
  sqlite3_reset (latest);

  return ff_store_commit (store, error);

fail:
  ff_store_rollback (store);
  return FALSE;
}

GArray *
ff_job_application_history (FfStore  *store,
                            gint64    application_id,
                            GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, TRUE, sizeof (FfJobStatusChange));
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT status, date FROM job_application_status"
                                 " WHERE application_id = ?1 ORDER BY date, id",
                                 "i", application_id);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfJobStatusChange change = { 0 };

      change.status = ff_choice_list_index (&ff_job_statuses, ff_store_column_text (stmt, 0));
      g_strlcpy (change.date, ff_store_column_text (stmt, 1), sizeof change.date);
      g_array_append_val (changes, change);
    }

  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&changes);
}

GPtrArray *
ff_job_application_list (FfStore     *store,
                         gint64       participant_id,
                         const char  *from,
                         const char  *to,
                         GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT id FROM job_application"
                                 " WHERE participant_id = ?1 AND deleted_at IS NULL"
                                 " AND date >= ?2 AND (?3 = '' OR date <= ?3)"
                                 " ORDER BY date DESC, id DESC",
                                 "itt", participant_id, from != NULL ? from : "",
                                 to != NULL ? to : "");
  if (stmt == NULL)
    return NULL;

  return ff_record_load_selected (store, &ff_job_application_type, stmt, error);
}
