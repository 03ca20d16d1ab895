/* ff-attendance-report.c — a course's attendance over a period as a printed document
 *
 * The course, its grid and each participant's summary are read and computed when the
 * document is made, so that laying it out again (a print dialog's page setup) reads
 * nothing. Only the layout is here (ff-page-flow.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-attendance-report.h"
#include "ff-audit.h"
#include "ff-course.h"
#include "ff-course-grid.h"
#include "ff-course-report-private.h"
#include "ff-format.h"
#include "ff-language.h"
#include "ff-report-language.h"

/* A column of the grid: wide enough for a date as "31.\n12." over a letter. */
#define MARK_COLUMN 19.0
/* The participants' names in the grid get at least this, and what the marks leave. */
#define NAME_COLUMN 130.0
/* A page narrower than this (A4 upright, when a print dialog turns it so) gets the
 * narrower columns of hours. */
#define WIDE_TABLE 650.0

struct _FfAttendanceReport
{
  FfDocument           parent_instance;

  FfRecord            *course;          /* the document's source */
  char                *programme_line;  /* organisation · programme */
  char                *from;            /* YYYY-MM-DD, or NULL for no bound */
  char                *to;
  FfCourseGrid        *grid;
  GArray              *columns;         /* guint: the grid's columns in the period */
  guint                n_cancelled;     /* of them */
  GArray              *summaries;       /* FfAttendanceSummary, one a participant */
  FfAttendanceSummary  total;
  guint                n_below;         /* participants under the threshold */
};

G_DEFINE_FINAL_TYPE (FfAttendanceReport, ff_attendance_report, FF_TYPE_DOCUMENT)

/* The letter of each mark in the grid, in FfMarkKind's order. */
static const char * const mark_letters[] = {
  [FF_MARK_NOT_REGISTERED] = NULL,
  /* Translators: the letter for "present" in the grid of a printed attendance report;
   * one letter, different from the other marks' */
  [FF_MARK_PRESENT] = NC_("attendance mark", "P"),
  /* Translators: the letter for "late" in the grid of a printed attendance report */
  [FF_MARK_LATE] = NC_("attendance mark", "L"),
  /* Translators: the letter for "left early" in the grid of a printed attendance
   * report */
  [FF_MARK_LEFT_EARLY] = NC_("attendance mark", "E"),
  /* Translators: the letter for "excused" (valid absence) in the grid of a printed
   * attendance report */
  [FF_MARK_EXCUSED] = NC_("attendance mark", "X"),
  /* Translators: the letter for "unexcused" (invalid absence) in the grid of a printed
   * attendance report */
  [FF_MARK_UNEXCUSED] = NC_("attendance mark", "U"),
};

/* A cancelled session's cells. */
#define CANCELLED_MARK "–"

static const char *
mark_letter (const char *language,
             FfMarkKind  kind)
{
  if (mark_letters[kind] == NULL)
    return NULL;
  return ff_language_pgettext (language, "attendance mark", mark_letters[kind]);
}

static char *
format_hours (guint       minutes,
              const char *language)
{
  return ff_format_hours (minutes / 60.0, language);
}

/* The rate in per mille as a percentage, or "—" when nothing was planned. */
static char *
format_rate (const FfAttendanceSummary *summary,
             const char                *language)
{
  int per_mille = ff_attendance_rate_per_mille (summary);

  if (per_mille < 0)
    return g_strdup ("—");
  return ff_format_percent (per_mille / 10.0, language);
}

static void
layout_course (FfAttendanceReport *self,
               FfPageFlow         *flow)
{
  const char *language = ff_page_flow_get_language (flow);
  const char *kind = ff_record_get (self->course, FF_COURSE_KIND);
  int kind_index = ff_choice_list_index (&ff_course_kinds, kind);
  g_autofree char *threshold = ff_format_percent (ff_course_grid_get_threshold (self->grid)
                                                  / 10.0, language);
  g_autofree char *sessions = g_strdup_printf ("%u", self->columns->len);

  /* Translators: the title of a course's printed attendance report */
  ff_page_flow_add_title (flow, N_("Attendance report"));
  ff_page_flow_add_field (flow, N_("Course"), ff_record_get (self->course, FF_COURSE_TITLE));
  if (kind_index >= 0 && kind[0] != '\0')
    ff_page_flow_add_choice_field (flow, N_("Kind of course"),
                                   ff_report_choice_msgid (&ff_course_kinds, kind_index));
  ff_page_flow_add_field (flow, N_("Instructor"),
                          ff_record_get (self->course, FF_COURSE_INSTRUCTOR));
  /* Translators: printed on an attendance report: the dates its sessions are between */
  ff_course_report_add_period (flow, N_("Period"), self->from, self->to,
                               /* Translators: printed on an attendance report as its
                                * period: every session of the course */
                               N_("All sessions"));
  /* Translators: printed on an attendance report: the least attendance rate
   * participants are held to */
  ff_page_flow_add_field (flow, N_("Attendance threshold"), threshold);
  /* Translators: printed on an attendance report: how many sessions of the period it
   * shows */
  ff_page_flow_add_field (flow, N_("Sessions"), sessions);
  if (self->n_cancelled > 0)
    {
      g_autofree char *cancelled = g_strdup_printf ("%u", self->n_cancelled);

      /* Translators: printed on an attendance report: how many of its sessions were
       * cancelled (they count for nobody) */
      ff_page_flow_add_field (flow, N_("Of them cancelled"), cancelled);
    }
}

/* What each letter of the grid means, in the document's language and, on a line of
 * its own, in the second one. */
static char *
legend_line (const char *language)
{
  GString *line = g_string_new (NULL);

  for (guint kind = FF_MARK_PRESENT; kind <= FF_MARK_UNEXCUSED; kind++)
    g_string_append_printf (line, "%s %s · ", mark_letter (language, kind),
                            ff_report_gettext (language,
                                               ff_report_choice_msgid (&ff_mark_kinds, kind)));
  g_string_append_printf (line, "%s %s · %s", CANCELLED_MARK,
                          /* Translators: printed on an attendance report: what a dash in
                           * its grid means */
                          ff_report_gettext (language, N_("Cancelled session")),
                          /* Translators: printed on an attendance report: what an empty
                           * cell of its grid means */
                          ff_report_gettext (language, N_("An empty cell: not registered")));

  return g_string_free (line, FALSE);
}

static void
layout_legend (FfPageFlow *flow)
{
  const char *second = ff_page_flow_get_second_language (flow);
  g_autofree char *first_line = legend_line (ff_page_flow_get_language (flow));
  g_autofree char *second_line = second != NULL ? legend_line (second) : NULL;
  g_autofree char *legend = NULL;

  legend = second_line != NULL && g_strcmp0 (first_line, second_line) != 0
           ? g_strdup_printf ("%s\n%s", first_line, second_line)
           : g_strdup (first_line);
  ff_page_flow_add_space (flow, 6);
  ff_page_flow_add_text (flow, legend);
}

/* The sessions from @first to @first + @n (of self->columns) as one table. */
static void
layout_grid_part (FfAttendanceReport *self,
                  FfPageFlow         *flow,
                  guint               first,
                  guint               n,
                  double              name_width,
                  gboolean            with_heading)
{
  const char *language = ff_page_flow_get_language (flow);
  FfTableColumn columns[FF_TABLE_MAX_COLUMNS];
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);
  const char *cells[FF_TABLE_MAX_COLUMNS];

  /* Translators: printed on an attendance report: a column of participants' names */
  columns[0] = (FfTableColumn) { N_("Participant"), name_width, FF_CELL_TEXT };
  for (guint i = 0; i < n; i++)
    {
      guint column = g_array_index (self->columns, guint, first + i);
      const FfGridSession *session = ff_course_grid_get_session (self->grid, column);
      /* day over month, "31." over "12.", as the column is narrow */
      char *header = g_strdup_printf ("%.2s.\n%.2s.", session->date + 8, session->date + 5);

      g_ptr_array_add (headers, header);
      columns[i + 1] = (FfTableColumn) { header, MARK_COLUMN, FF_CELL_CODE };
    }

  ff_page_flow_begin_table (flow,
                            /* Translators: printed on an attendance report: the heading of
                             * the grid of participants and sessions */
                            with_heading ? N_("Attendance by session") : NULL,
                            columns, n + 1);
  for (guint row = 0; row < ff_course_grid_get_n_participants (self->grid); row++)
    {
      cells[0] = ff_course_grid_get_participant (self->grid, row)->name;
      for (guint i = 0; i < n; i++)
        {
          guint column = g_array_index (self->columns, guint, first + i);

          cells[i + 1] = ff_course_grid_get_session (self->grid, column)->cancelled
                         ? CANCELLED_MARK
                         : mark_letter (language,
                                        ff_course_grid_get_mark (self->grid, row, column)->kind);
        }
      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

/* The grid in parts as wide as the page holds, each about as wide as the others, their
 * columns under each other's. */
static void
layout_grid (FfAttendanceReport *self,
             FfPageFlow         *flow)
{
  guint n = self->columns->len;
  guint most = (guint) ((ff_page_flow_get_width (flow) - NAME_COLUMN) / MARK_COLUMN);
  guint n_parts, per_part;
  double name_width;

  most = CLAMP (most, 1, FF_TABLE_MAX_COLUMNS - 1);
  n_parts = (n + most - 1) / most;
  per_part = (n + n_parts - 1) / n_parts;
  name_width = ff_page_flow_get_width (flow) - per_part * MARK_COLUMN;

  for (guint first = 0; first < n; first += per_part)
    {
      if (first > 0)
        ff_page_flow_add_space (flow, 10);
      layout_grid_part (self, flow, first, MIN (per_part, n - first), name_width, first == 0);
    }
  layout_legend (flow);
}

static void
add_summary_row (FfAttendanceReport        *self,
                 FfPageFlow                *flow,
                 const char                *name,
                 const FfAttendanceSummary *summary,
                 gboolean                   total)
{
  const char *language = ff_page_flow_get_language (flow);
  g_autofree char *sessions = g_strdup_printf ("%u", summary->sessions);
  g_autofree char *planned = format_hours (summary->planned_minutes, language);
  g_autofree char *attended = format_hours (summary->attended_minutes, language);
  g_autofree char *late = format_hours (summary->late_minutes, language);
  g_autofree char *excused = format_hours (summary->excused_minutes, language);
  g_autofree char *unexcused = format_hours (summary->unexcused_minutes, language);
  g_autofree char *rate = format_rate (summary, language);
  gboolean below = !ff_attendance_meets_threshold (summary,
                                                   ff_course_grid_get_threshold (self->grid));
  const char *cells[] = {
    name, sessions, planned, attended, late, excused, unexcused, rate,
    /* Translators: printed on an attendance report beside a participant whose
     * attendance rate is under the course's threshold */
    below && !total ? N_("Below the threshold") : NULL,
  };

  if (total)
    /* Translators: printed on an attendance report: the row of the course's totals */
    ff_page_flow_add_total_row (flow, N_("All participants"), cells + 1);
  else
    ff_page_flow_add_row (flow, cells);
}

static void
layout_summaries (FfAttendanceReport *self,
                  FfPageFlow         *flow)
{
  static const FfTableColumn wide[] = {
    { N_("Participant"), 0, FF_CELL_TEXT },
    /* Translators: printed on an attendance report: a column, how many sessions count
     * for the participant (those registered and not cancelled) */
    { N_("Sessions"), 52, FF_CELL_NUMBER },
    /* Translators: printed on an attendance report: a column */
    { N_("Planned hours"), 60, FF_CELL_NUMBER },
    /* Translators: printed on an attendance report: a column */
    { N_("Hours attended"), 60, FF_CELL_NUMBER },
    /* Translators: printed on an attendance report: a column, the hours missed by
     * coming late or leaving early */
    { N_("Late or left early, hours"), 70, FF_CELL_NUMBER },
    /* Translators: printed on an attendance report: a column, hours of valid absence */
    { N_("Excused hours"), 60, FF_CELL_NUMBER },
    /* Translators: printed on an attendance report: a column, hours of invalid absence */
    { N_("Unexcused hours"), 64, FF_CELL_NUMBER },
    /* Translators: printed on an attendance report: a column, hours attended of those
     * planned */
    { N_("Attendance rate"), 64, FF_CELL_NUMBER },
    /* Translators: printed on an attendance report: a column, whether the rate is
     * under the course's threshold */
    { N_("Warning"), 90, FF_CELL_LABEL },
  };
  static const FfTableColumn narrow[] = {
    { N_("Participant"), 0, FF_CELL_TEXT },
    { N_("Sessions"), 40, FF_CELL_NUMBER },
    { N_("Planned hours"), 44, FF_CELL_NUMBER },
    { N_("Hours attended"), 44, FF_CELL_NUMBER },
    { N_("Late or left early, hours"), 46, FF_CELL_NUMBER },
    { N_("Excused hours"), 44, FF_CELL_NUMBER },
    { N_("Unexcused hours"), 48, FF_CELL_NUMBER },
    { N_("Attendance rate"), 48, FF_CELL_NUMBER },
    { N_("Warning"), 58, FF_CELL_LABEL },
  };
  guint n = ff_course_grid_get_n_participants (self->grid);
  g_autofree char *below = g_strdup_printf ("%u", self->n_below);

  if (ff_page_flow_get_width (flow) < WIDE_TABLE)
    ff_page_flow_begin_table (flow, N_("Hours and attendance rate"), narrow,
                              G_N_ELEMENTS (narrow));
  else
    /* Translators: printed on an attendance report: the heading of the table of each
     * participant's hours */
    ff_page_flow_begin_table (flow, N_("Hours and attendance rate"), wide,
                              G_N_ELEMENTS (wide));
  for (guint row = 0; row < n; row++)
    add_summary_row (self, flow, ff_course_grid_get_participant (self->grid, row)->name,
                     &g_array_index (self->summaries, FfAttendanceSummary, row), FALSE);
  add_summary_row (self, flow, NULL, &self->total, TRUE);
  ff_page_flow_end_table (flow);

  ff_page_flow_add_space (flow, 6);
  /* Translators: printed under an attendance report's table: how many participants
   * attend less than the threshold */
  ff_page_flow_add_field (flow, N_("Participants below the threshold"), below);
}

static void
ff_attendance_report_layout (FfDocument *document,
                             FfPageFlow *flow)
{
  FfAttendanceReport *self = FF_ATTENDANCE_REPORT (document);

  ff_page_flow_set_header (flow, self->programme_line,
                           ff_record_get (self->course, FF_COURSE_TITLE));
  layout_course (self, flow);

  if (ff_course_grid_get_n_participants (self->grid) == 0)
    {
      ff_page_flow_add_heading (flow, N_("Attendance by session"), 20);
      /* Translators: printed on an attendance report of a course with nobody on it */
      ff_page_flow_add_label (flow, N_("There are no participants on the course yet."));
      return;
    }
  if (self->columns->len == 0)
    {
      ff_page_flow_add_heading (flow, N_("Attendance by session"), 20);
      /* Translators: printed on an attendance report when no session is in its period */
      ff_page_flow_add_label (flow, N_("There are no sessions in this period."));
    }
  else
    layout_grid (self, flow);

  layout_summaries (self, flow);
}

static char *
ff_attendance_report_dup_subject (FfDocument *document)
{
  FfAttendanceReport *self = FF_ATTENDANCE_REPORT (document);

  return g_strdup (ff_record_get (self->course, FF_COURSE_TITLE));
}

static void
ff_attendance_report_constructed (GObject *object)
{
  FfAttendanceReport *self = FF_ATTENDANCE_REPORT (object);

  G_OBJECT_CLASS (ff_attendance_report_parent_class)->constructed (object);

  self->course = FF_RECORD (ff_document_get_source (FF_DOCUMENT (self)));
}

static void
ff_attendance_report_finalize (GObject *object)
{
  FfAttendanceReport *self = FF_ATTENDANCE_REPORT (object);

  g_free (self->programme_line);
  g_free (self->from);
  g_free (self->to);
  g_clear_pointer (&self->grid, ff_course_grid_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->summaries, g_array_unref);

  G_OBJECT_CLASS (ff_attendance_report_parent_class)->finalize (object);
}

static void
ff_attendance_report_class_init (FfAttendanceReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  object_class->constructed = ff_attendance_report_constructed;
  object_class->finalize = ff_attendance_report_finalize;

  document_class->layout = ff_attendance_report_layout;
  document_class->name = N_("Attendance report");
  document_class->dup_subject = ff_attendance_report_dup_subject;
  /* a grid of sessions is widest on a page on its side */
  document_class->landscape = TRUE;
}

static void
ff_attendance_report_init (FfAttendanceReport *self)
{
}

static gboolean
in_period (const char *date,
           const char *from,
           const char *to)
{
  return (from == NULL || g_strcmp0 (date, from) >= 0) && (to == NULL || g_strcmp0 (date, to) <= 0);
}

/* The grid, the sessions of the period and what each participant's marks add up to. */
static gboolean
read_attendance (FfAttendanceReport  *self,
                 FfStore             *store,
                 GError             **error)
{
  guint n_sessions, n_participants;

  self->grid = ff_course_grid_load (store, ff_record_get_id (self->course), error);
  if (self->grid == NULL)
    return FALSE;

  n_sessions = ff_course_grid_get_n_sessions (self->grid);
  self->columns = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint column = 0; column < n_sessions; column++)
    {
      const FfGridSession *session = ff_course_grid_get_session (self->grid, column);

      if (!in_period (session->date, self->from, self->to))
        continue;
      g_array_append_val (self->columns, column);
      self->n_cancelled += session->cancelled ? 1 : 0;
    }

  n_participants = ff_course_grid_get_n_participants (self->grid);
  self->summaries = g_array_sized_new (FALSE, TRUE, sizeof (FfAttendanceSummary),
                                       n_participants);
  g_array_set_size (self->summaries, n_participants);
  for (guint row = 0; row < n_participants; row++)
    {
      FfAttendanceSummary *summary = &g_array_index (self->summaries, FfAttendanceSummary, row);

      if (!ff_course_grid_summary (self->grid, row, self->from, self->to, summary, error))
        return FALSE;
      ff_attendance_summary_add (&self->total, summary);
      if (!ff_attendance_meets_threshold (summary, ff_course_grid_get_threshold (self->grid)))
        self->n_below++;
    }

  return TRUE;
}

FfAttendanceReport *
ff_attendance_report_new (FfStore     *store,
                          gint64       course_id,
                          const char  *from,
                          const char  *to,
                          const char  *language,
                          const char  *second_language,
                          GError     **error)
{
  g_autoptr(FfRecord) course = NULL;
  g_autoptr(FfAttendanceReport) self = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *from_day = NULL;
  g_autofree char *to_day = NULL;
  guint n;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ff_course_report_check_period (from, to, &from_day, &to_day, error))
    return NULL;

  course = ff_record_load (store, &ff_course_type, course_id, error);
  if (course == NULL)
    return NULL;

  self = g_initable_new (FF_TYPE_ATTENDANCE_REPORT, NULL, error,
                         "source", course,
                         "language", language,
                         "second-language", second_language,
                         NULL);
  if (self == NULL)
    return NULL;

  self->from = g_steal_pointer (&from_day);
  self->to = g_steal_pointer (&to_day);
  self->programme_line = ff_course_report_programme_line (
    store, g_ascii_strtoll (ff_record_get (course, FF_COURSE_PROGRAMME_ID), NULL, 10), NULL,
    error);
  if (self->programme_line == NULL || !read_attendance (self, store, error))
    return NULL;

  n = ff_course_grid_get_n_participants (self->grid);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (guint row = 0; row < n; row++)
    g_array_append_val (ids, ff_course_grid_get_participant (self->grid, row)->id);
  ff_document_set_audit_participants (FF_DOCUMENT (self), store, (const gint64 *) ids->data,
                                      ids->len, FF_AUDIT_ATTENDANCE);

  return g_steal_pointer (&self);
}

guint
ff_attendance_report_get_n_sessions (FfAttendanceReport *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_REPORT (self), 0);

  return self->columns->len;
}

guint
ff_attendance_report_get_n_participants (FfAttendanceReport *self)
{
  g_return_val_if_fail (FF_IS_ATTENDANCE_REPORT (self), 0);

  return ff_course_grid_get_n_participants (self->grid);
}
