/* ff-job-log-report.c — a participant's job-seeker log as a printed document
 *
 * Everything the log shows is read from the store when the document is made, so that
 * laying it out again (a print dialog's page setup) reads nothing. Only the layout is
 * here: pages, tables, labels in one or two languages, header and footer are the page
 * flow's (ff-page-flow.h); printing and PDF files are the document's (ff-document.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-job-log-report.h"
#include "ff-format.h"
#include "ff-job-log.h"
#include "ff-participant.h"
#include "ff-report-language.h"
#include "ff-report-participant.h"

/* A page narrower than this (A4 upright, when a print dialog turns it so) gets the
 * employer and the position in one column. */
#define WIDE_TABLE 650.0

struct _FfJobLogReport
{
  FfDocument     parent_instance;

  FfParticipant *participant;   /* the document's source */
  char          *organisation;  /* of the programme the participant is in, or "" */
  char          *programme;
  char          *from;          /* YYYY-MM-DD, or NULL for no bound */
  char          *to;
  guint          target;        /* applications a week at the period's end; 0: none */
  GPtrArray     *applications;  /* FfRecord of ff_job_application_type, oldest first */
  GArray        *statuses;      /* FfJobStatusChange: the current status of each */
};

G_DEFINE_FINAL_TYPE (FfJobLogReport, ff_job_log_report, FF_TYPE_DOCUMENT)

/* A stored date as the document's language writes it. */
static char *
format_date (FfJobLogReport *self,
             const char     *iso)
{
  return ff_format_date (iso, ff_document_get_language (FF_DOCUMENT (self)));
}

/* "a\nb" of the texts that are not empty, one a line; NULL when all are. */
static char *
join_lines (const char * const *texts,
            guint               n_texts)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_texts; i++)
    {
      if (texts[i] == NULL || texts[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, texts[i]);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static void
layout_title (FfJobLogReport *self,
              FfPageFlow     *flow)
{
  ff_report_add_participant_period (flow, FF_DOCUMENT (self), self->participant,
                                    self->organisation, self->programme,
                                    /* Translators: the title of the printed job-seeker
                                     * log (jobbsøkerlogg), the list of a participant's
                                     * job applications that is handed to NAV */
                                    N_("Job-seeker log"), self->from, self->to,
                                    /* Translators: printed on the job-seeker log as its
                                     * period: every application, whatever its date */
                                    N_("All entries"));

  if (self->target > 0)
    {
      g_autofree char *target = g_strdup_printf ("%u", self->target);

      /* Translators: printed on the job-seeker log: how many applications the
       * participant has agreed to make each week (søkeavtale) */
      ff_page_flow_add_field (flow, N_("Weekly target of applications"), target);
    }
}

/* One row of the table: the cells of @application in the order of the columns, the
 * employer and the position in one cell when @merged. */
static void
add_application (FfJobLogReport          *self,
                 FfPageFlow              *flow,
                 FfRecord                *application,
                 const FfJobStatusChange *status,
                 gboolean                 merged)
{
  const char *source_key = ff_record_get (application, FF_JOB_APPLICATION_SOURCE);
  g_autofree char *date = format_date (self, ff_record_get (application,
                                                            FF_JOB_APPLICATION_DATE));
  g_autofree char *deadline = format_date (self, ff_record_get (application,
                                                                FF_JOB_APPLICATION_DEADLINE));
  g_autofree char *status_date = format_date (self, status->date);
  g_autofree char *follow_up = format_date (self, ff_record_get (application,
                                                                 FF_JOB_APPLICATION_FOLLOW_UP));
  const char *position_lines[] = {
    ff_record_get (application, FF_JOB_APPLICATION_EMPLOYER),
    ff_record_get (application, FF_JOB_APPLICATION_POSITION),
    ff_record_get (application, FF_JOB_APPLICATION_PLACE),
  };
  const char *note_lines[] = {
    ff_record_get (application, FF_JOB_APPLICATION_CONTACT),
    ff_record_get (application, FF_JOB_APPLICATION_LINK),
    ff_record_get (application, FF_JOB_APPLICATION_NOTES),
  };
  g_autofree char *position = NULL;
  g_autofree char *notes = join_lines (note_lines, G_N_ELEMENTS (note_lines));
  const char *cells[FF_TABLE_MAX_COLUMNS];
  guint n = 0;

  cells[n++] = date;
  if (merged)
    {
      position = join_lines (position_lines, G_N_ELEMENTS (position_lines));
      cells[n++] = position;
    }
  else
    {
      position = join_lines (position_lines + 1, G_N_ELEMENTS (position_lines) - 1);
      cells[n++] = position_lines[0];
      cells[n++] = position;
    }
  cells[n++] = source_key != NULL && source_key[0] != '\0'
               ? ff_report_choice_msgid (&ff_job_sources,
                                         ff_choice_list_index (&ff_job_sources, source_key))
               : NULL;
  cells[n++] = deadline;
  cells[n++] = ff_report_choice_msgid (&ff_job_statuses, status->status);
  cells[n++] = status_date;
  cells[n++] = follow_up;
  cells[n++] = notes;

  ff_page_flow_add_row (flow, cells);
}

static void
layout_applications (FfJobLogReport *self,
                     FfPageFlow     *flow)
{
  /* Dates take a column each, wide enough for "31.12.2026"; the employer, the
   * position and the notes share what is left. */
  static const FfTableColumn wide[] = {
    /* Translators: printed on the job-seeker log: a column of the applications table,
     * the day an application was sent or an employer contacted */
    { N_("Date"), 60, FF_CELL_TEXT },
    /* Translators: printed on the job-seeker log: a column of the applications table */
    { N_("Employer"), 0, FF_CELL_TEXT },
    /* Translators: printed on the job-seeker log: a column of the applications table,
     * the job applied for and where it is */
    { N_("Position and place"), 0, FF_CELL_TEXT },
    /* Translators: printed on the job-seeker log: a column of the applications table,
     * where the job was found (an advertisement, NAV, a network …) */
    { N_("Source"), 76, FF_CELL_LABEL },
    /* Translators: printed on the job-seeker log: a column of the applications table,
     * the last day to apply */
    { N_("Deadline"), 60, FF_CELL_TEXT },
    /* Translators: printed on the job-seeker log: a column of the applications table,
     * where the application stands now (sent, interview, offered …) */
    { N_("Status"), 90, FF_CELL_LABEL },
    /* Translators: printed on the job-seeker log: a column of the applications table,
     * the day the application reached its status */
    { N_("Status date"), 60, FF_CELL_TEXT },
    /* Translators: printed on the job-seeker log: a column of the applications table,
     * the day to follow the application up next */
    { N_("Next follow-up"), 64, FF_CELL_TEXT },
    /* Translators: printed on the job-seeker log: a column of the applications table */
    { N_("Contact person, link and notes"), 0, FF_CELL_TEXT },
  };
  static const FfTableColumn narrow[] = {
    { N_("Date"), 54, FF_CELL_TEXT },
    /* Translators: printed on the job-seeker log: a column of the applications table,
     * on a narrow page: who the application went to, the job and where it is */
    { N_("Employer, position and place"), 0, FF_CELL_TEXT },
    { N_("Source"), 56, FF_CELL_LABEL },
    { N_("Deadline"), 54, FF_CELL_TEXT },
    { N_("Status"), 60, FF_CELL_LABEL },
    { N_("Status date"), 54, FF_CELL_TEXT },
    { N_("Next follow-up"), 54, FF_CELL_TEXT },
    { N_("Contact person, link and notes"), 0, FF_CELL_TEXT },
  };
  gboolean merged = ff_page_flow_get_width (flow) < WIDE_TABLE;
  guint n = self->applications->len;
  g_autofree char *total = g_strdup_printf ("%u", n);

  if (n == 0)
    {
      /* Translators: printed on the job-seeker log: a section's heading */
      ff_page_flow_add_heading (flow, N_("Applications"), 20);
      if (self->from != NULL || self->to != NULL)
        /* Translators: printed on the job-seeker log when it has nothing to list */
        ff_page_flow_add_label (flow, N_("There are no applications in this period."));
      else
        /* Translators: printed on the job-seeker log when it has nothing to list */
        ff_page_flow_add_label (flow, N_("There are no applications in the log yet."));
      return;
    }

  if (merged)
    ff_page_flow_begin_table (flow, N_("Applications"), narrow, G_N_ELEMENTS (narrow));
  else
    ff_page_flow_begin_table (flow, N_("Applications"), wide, G_N_ELEMENTS (wide));
  for (guint i = 0; i < n; i++)
    add_application (self, flow, g_ptr_array_index (self->applications, i),
                     &g_array_index (self->statuses, FfJobStatusChange, i), merged);
  ff_page_flow_end_table (flow);

  ff_page_flow_add_space (flow, 6);
  /* Translators: printed under the table of the job-seeker log, beside the number of
   * applications it lists */
  ff_page_flow_add_field (flow, N_("Applications in total"), total);
}

static void
ff_job_log_report_layout (FfDocument *document,
                          FfPageFlow *flow)
{
  FfJobLogReport *self = FF_JOB_LOG_REPORT (document);

  layout_title (self, flow);
  layout_applications (self, flow);
}

static char *
ff_job_log_report_dup_subject (FfDocument *document)
{
  FfJobLogReport *self = FF_JOB_LOG_REPORT (document);

  return g_strdup (ff_participant_get_display_name (self->participant));
}

static void
ff_job_log_report_constructed (GObject *object)
{
  FfJobLogReport *self = FF_JOB_LOG_REPORT (object);

  G_OBJECT_CLASS (ff_job_log_report_parent_class)->constructed (object);

  self->participant = FF_PARTICIPANT (ff_document_get_source (FF_DOCUMENT (self)));
}

static void
ff_job_log_report_finalize (GObject *object)
{
  FfJobLogReport *self = FF_JOB_LOG_REPORT (object);

  g_free (self->organisation);
  g_free (self->programme);
  g_free (self->from);
  g_free (self->to);
  g_clear_pointer (&self->applications, g_ptr_array_unref);
  g_clear_pointer (&self->statuses, g_array_unref);

  G_OBJECT_CLASS (ff_job_log_report_parent_class)->finalize (object);
}

static void
ff_job_log_report_class_init (FfJobLogReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  object_class->constructed = ff_job_log_report_constructed;
  object_class->finalize = ff_job_log_report_finalize;

  document_class->layout = ff_job_log_report_layout;
  document_class->name = N_("Job-seeker log");
  document_class->dup_subject = ff_job_log_report_dup_subject;
  /* nine columns, four of them dates, do not fit an upright page */
  document_class->landscape = TRUE;
}

static void
ff_job_log_report_init (FfJobLogReport *self)
{
  self->organisation = g_strdup ("");
  self->programme = g_strdup ("");
}

/* The applications of the period, oldest first, each with its current status: the
 * last change of its history. */
static gboolean
read_applications (FfJobLogReport  *self,
                   FfStore         *store,
                   GError         **error)
{
  gint64 participant_id = ff_participant_get_id (self->participant);
  g_autoptr(GPtrArray) newest_first = NULL;

  newest_first = ff_job_application_list (store, participant_id, self->from, self->to,
                                          error);
  if (newest_first == NULL)
    return FALSE;

  self->applications = g_ptr_array_new_full (newest_first->len, g_object_unref);
  self->statuses = g_array_sized_new (FALSE, TRUE, sizeof (FfJobStatusChange),
                                      newest_first->len);
  for (guint i = newest_first->len; i > 0; i--)
    {
      FfRecord *application = g_ptr_array_index (newest_first, i - 1);
      g_autoptr(GArray) history = NULL;
      FfJobStatusChange current = { 0 };

      history = ff_job_application_history (store, ff_record_get_id (application), error);
      if (history == NULL)
        return FALSE;

      if (history->len > 0)
        current = g_array_index (history, FfJobStatusChange, history->len - 1);
      else
        {
          current.status = ff_choice_list_index (&ff_job_statuses,
                                                 ff_record_get (application,
                                                                FF_JOB_APPLICATION_STATUS));
          g_strlcpy (current.date,
                     ff_record_get (application, FF_JOB_APPLICATION_STATUS_DATE),
                     sizeof current.date);
        }

      g_ptr_array_add (self->applications, g_object_ref (application));
      g_array_append_val (self->statuses, current);
    }

  return TRUE;
}

/* The weekly target in the last week of the period (this week when it has no end). */
static gboolean
read_target (FfJobLogReport  *self,
             FfStore         *store,
             GError         **error)
{
  g_autoptr(GArray) weeks = NULL;

  weeks = ff_job_log_weeks (store, ff_participant_get_id (self->participant), self->to, 1,
                            error);
  if (weeks == NULL)
    return FALSE;

  if (weeks->len > 0)
    self->target = g_array_index (weeks, FfJobWeek, weeks->len - 1).target;
  return TRUE;
}

FfJobLogReport *
ff_job_log_report_new (FfStore     *store,
                       gint64       participant_id,
                       const char  *from,
                       const char  *to,
                       const char  *language,
                       const char  *second_language,
                       GError     **error)
{
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(FfJobLogReport) self = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  participant = ff_participant_load (store, participant_id, error);
  if (participant == NULL)
    return NULL;

  self = g_initable_new (FF_TYPE_JOB_LOG_REPORT, NULL, error,
                         "source", participant,
                         "language", language,
                         "second-language", second_language,
                         NULL);
  if (self == NULL)
    return NULL;

  self->from = from != NULL && from[0] != '\0' ? g_strdup (from) : NULL;
  self->to = to != NULL && to[0] != '\0' ? g_strdup (to) : NULL;

  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->programme, g_free);
  if (!ff_report_read_programme (store, participant_id, &self->organisation,
                                 &self->programme, error) ||
      !read_applications (self, store, error) ||
      !read_target (self, store, error))
    return NULL;

  ff_document_set_audit (FF_DOCUMENT (self), store, participant_id, FF_AUDIT_JOB_LOG);

  return g_steal_pointer (&self);
}

guint
ff_job_log_report_get_n_applications (FfJobLogReport *self)
{
  g_return_val_if_fail (FF_IS_JOB_LOG_REPORT (self), 0);

  return self->applications->len;
}
