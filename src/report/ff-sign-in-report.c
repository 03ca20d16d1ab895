/* ff-sign-in-report.c — a session's sign-in sheet as a printed document
 *
 * Everything the sheet shows is read from the store when the document is made, so
 * that laying it out again reads nothing. Only the layout is here (ff-page-flow.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-course.h"
#include "ff-course-grid.h"
#include "ff-course-report-private.h"
#include "ff-format.h"
#include "ff-language.h"
#include "ff-participant.h"
#include "ff-report-language.h"
#include "ff-sign-in-report.h"

/* Room to sign: a row is at least this high. */
#define SIGNING_ROW_HEIGHT 30.0

struct _FfSignInReport
{
  FfDocument  parent_instance;

  FfRecord   *session;         /* the document's source */
  FfRecord   *course;
  char       *programme_line;  /* organisation · programme, for the page header */
  GPtrArray  *participants;    /* FfParticipant, by name */
};

G_DEFINE_FINAL_TYPE (FfSignInReport, ff_sign_in_report, FF_TYPE_DOCUMENT)

static void
layout_session (FfSignInReport *self,
                FfPageFlow     *flow)
{
  const char *language = ff_page_flow_get_language (flow);
  const char *kind = ff_record_get (self->course, FF_COURSE_KIND);
  const char *place = ff_record_get (self->course, FF_COURSE_PLACE);
  g_autofree char *date = ff_format_date_in_words (ff_record_get (self->session,
                                                                  FF_SESSION_DATE),
                                                   language);
  g_autofree char *time = g_strdup_printf ("%s–%s",
                                           ff_record_get (self->session, FF_SESSION_START),
                                           ff_record_get (self->session, FF_SESSION_END));
  int kind_index = ff_choice_list_index (&ff_course_kinds, kind);

  /* Translators: the title of a session's sign-in sheet, on which the participants
   * of a course sign that they were there */
  ff_page_flow_add_title (flow, N_("Sign-in sheet"));
  /* Translators: printed on a sign-in sheet and an attendance report: the course's
   * title */
  ff_page_flow_add_field (flow, N_("Course"), ff_record_get (self->course, FF_COURSE_TITLE));
  if (kind_index >= 0 && kind[0] != '\0')
    /* Translators: printed on a course's documents: what kind of course it is */
    ff_page_flow_add_choice_field (flow, N_("Kind of course"),
                                   ff_report_choice_msgid (&ff_course_kinds, kind_index));
  /* Translators: printed on a sign-in sheet: the day of the session */
  ff_page_flow_add_field (flow, N_("Date"), date);
  /* Translators: printed on a sign-in sheet: when the session starts and ends */
  ff_page_flow_add_field (flow, N_("Time"), time);
  if (g_strcmp0 (ff_record_get (self->course, FF_COURSE_ONLINE), "1") == 0 && place[0] == '\0')
    /* Translators: printed on a sign-in sheet: where the course is held (a room, a
     * building) */
    ff_page_flow_add_choice_field (flow, N_("Venue"),
                                   /* Translators: printed on a course's documents as its
                                    * place: held over the internet */
                                   N_("Online"));
  else if (g_strcmp0 (ff_record_get (self->course, FF_COURSE_ONLINE), "1") == 0)
    {
      /* Translators: printed on a course's documents as its place: the place typed
       * (%s) and that it is held over the internet as well */
      g_autofree char *both = g_strdup_printf (ff_language_gettext (language,
                                                                    N_("%s, and online")),
                                               place);

      ff_page_flow_add_field (flow, N_("Venue"), both);
    }
  else
    ff_page_flow_add_field (flow, N_("Venue"), place);
  /* Translators: printed on a course's documents: who teaches or lectures */
  ff_page_flow_add_field (flow, N_("Instructor"),
                          ff_record_get (self->course, FF_COURSE_INSTRUCTOR));

  if (g_strcmp0 (ff_record_get (self->session, FF_SESSION_CANCELLED), "1") == 0)
    {
      ff_page_flow_add_space (flow, 6);
      /* Translators: printed on the sign-in sheet of a session that was cancelled */
      ff_page_flow_add_label (flow, N_("This session is cancelled."));
    }
}

static void
layout_participants (FfSignInReport *self,
                     FfPageFlow     *flow)
{
  static const FfTableColumn columns[] = {
    /* Translators: printed on a sign-in sheet: the column of the participants'
     * numbers on the sheet, 1, 2, 3 … */
    { N_("No."), 28, FF_CELL_NUMBER },
    { N_("Participant"), 0, FF_CELL_TEXT },
    /* Translators: printed on a sign-in sheet: a column of the participants' names in
     * their own alphabet (Cyrillic, Arabic, Tigrinya …) */
    { N_("Name in own alphabet"), 0, FF_CELL_TEXT },
    /* Translators: printed on a sign-in sheet: the column the participants sign in */
    { N_("Signature"), 170, FF_CELL_TEXT },
  };

  if (self->participants->len == 0)
    {
      /* Translators: printed on a sign-in sheet: a section's heading */
      ff_page_flow_add_heading (flow, N_("Participants"), 20);
      /* Translators: printed on a sign-in sheet of a course with nobody on it */
      ff_page_flow_add_label (flow, N_("There are no participants on the course yet."));
      return;
    }

  ff_page_flow_begin_table (flow, N_("Participants"), columns, G_N_ELEMENTS (columns));
  ff_page_flow_set_row_height (flow, SIGNING_ROW_HEIGHT);
  for (guint i = 0; i < self->participants->len; i++)
    {
      FfParticipant *participant = g_ptr_array_index (self->participants, i);
      const char *name = ff_participant_get_display_name (participant);
      const char *native = ff_participant_get_field (participant, FF_PARTICIPANT_NATIVE_NAME);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *cells[] = {
        number, name,
        /* a name with no Latin form is the display name already */
        g_strcmp0 (name, native) == 0 ? NULL : native,
        NULL,
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

static void
ff_sign_in_report_layout (FfDocument *document,
                          FfPageFlow *flow)
{
  FfSignInReport *self = FF_SIGN_IN_REPORT (document);
  FfSignatureParty instructor = {
    /* Translators: printed on a sign-in sheet, over the line the instructor signs on */
    N_("Instructor"), ff_record_get (self->course, FF_COURSE_INSTRUCTOR),
  };

  ff_page_flow_set_header (flow, self->programme_line,
                           ff_record_get (self->course, FF_COURSE_TITLE));
  layout_session (self, flow);
  layout_participants (self, flow);
  ff_page_flow_add_signatures (flow, &instructor, 1);
}

static char *
ff_sign_in_report_dup_title (FfDocument *document)
{
  FfSignInReport *self = FF_SIGN_IN_REPORT (document);
  g_autofree char *date = ff_format_date (ff_record_get (self->session, FF_SESSION_DATE),
                                          ff_document_get_language (document));

  return g_strdup_printf ("%s — %s %s",
                          ff_report_gettext (ff_document_get_language (document),
                                             N_("Sign-in sheet")),
                          ff_record_get (self->course, FF_COURSE_TITLE), date);
}

static char *
ff_sign_in_report_dup_job_name (FfDocument *document)
{
  FfSignInReport *self = FF_SIGN_IN_REPORT (document);
  g_autofree char *date = ff_format_date (ff_record_get (self->session, FF_SESSION_DATE),
                                          NULL);

  /* Translators: the name of a print job: the document's name ("Sign-in sheet"), the
   * course's title and the session's date */
  return g_strdup_printf (C_("print job", "%s – %s %s"), _("Sign-in sheet"),
                          ff_record_get (self->course, FF_COURSE_TITLE), date);
}

static char *
ff_sign_in_report_dup_suggested_file_name (FfDocument *document)
{
  FfSignInReport *self = FF_SIGN_IN_REPORT (document);
  g_autofree char *date = ff_format_date (ff_record_get (self->session, FF_SESSION_DATE),
                                          NULL);

  /* Translators: the file name offered for a sign-in sheet's PDF: the course's title,
   * the session's date and the document's name, "Norsk A2 01.09.2026 – Sign-in
   * sheet.pdf" */
  return g_strdup_printf (C_("file name", "%s %s – %s.pdf"),
                          ff_record_get (self->course, FF_COURSE_TITLE), date,
                          _("Sign-in sheet"));
}

static void
ff_sign_in_report_constructed (GObject *object)
{
  FfSignInReport *self = FF_SIGN_IN_REPORT (object);

  G_OBJECT_CLASS (ff_sign_in_report_parent_class)->constructed (object);

  self->session = FF_RECORD (ff_document_get_source (FF_DOCUMENT (self)));
}

static void
ff_sign_in_report_finalize (GObject *object)
{
  FfSignInReport *self = FF_SIGN_IN_REPORT (object);

  g_clear_object (&self->course);
  g_free (self->programme_line);
  g_clear_pointer (&self->participants, g_ptr_array_unref);

  G_OBJECT_CLASS (ff_sign_in_report_parent_class)->finalize (object);
}

static void
ff_sign_in_report_class_init (FfSignInReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  object_class->constructed = ff_sign_in_report_constructed;
  object_class->finalize = ff_sign_in_report_finalize;

  document_class->layout = ff_sign_in_report_layout;
  document_class->dup_title = ff_sign_in_report_dup_title;
  document_class->dup_job_name = ff_sign_in_report_dup_job_name;
  document_class->dup_suggested_file_name = ff_sign_in_report_dup_suggested_file_name;
}

static void
ff_sign_in_report_init (FfSignInReport *self)
{
}

/* The participants on the course, by name (as the course lists them). */
static gboolean
read_participants (FfSignInReport  *self,
                   FfStore         *store,
                   GError         **error)
{
  g_autoptr(FfCourseGrid) grid = NULL;
  g_autoptr(GArray) ids = NULL;
  guint n;

  grid = ff_course_grid_load (store, ff_record_get_id (self->course), error);
  if (grid == NULL)
    return FALSE;

  n = ff_course_grid_get_n_participants (grid);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  for (guint i = 0; i < n; i++)
    g_array_append_val (ids, ff_course_grid_get_participant (grid, i)->id);

  self->participants = ff_participant_load_many (store, (const gint64 *) ids->data, ids->len,
                                                 error);
  return self->participants != NULL;
}

FfSignInReport *
ff_sign_in_report_new (FfStore     *store,
                       gint64       session_id,
                       const char  *language,
                       const char  *second_language,
                       GError     **error)
{
  g_autoptr(FfRecord) session = NULL;
  g_autoptr(FfSignInReport) self = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 course_id;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  session = ff_record_load (store, &ff_course_part_types[FF_COURSE_PART_SESSION], session_id,
                            error);
  if (session == NULL)
    return NULL;

  self = g_initable_new (FF_TYPE_SIGN_IN_REPORT, NULL, error,
                         "source", session,
                         "language", language,
                         "second-language", second_language,
                         NULL);
  if (self == NULL)
    return NULL;

  course_id = g_ascii_strtoll (ff_record_get_extra (session, FF_SESSION_COURSE_ID), NULL, 10);
  self->course = ff_record_load (store, &ff_course_type, course_id, error);
  if (self->course == NULL)
    return NULL;

  self->programme_line = ff_course_report_programme_line (
    store, g_ascii_strtoll (ff_record_get (self->course, FF_COURSE_PROGRAMME_ID), NULL, 10),
    NULL, error);
  if (self->programme_line == NULL || !read_participants (self, store, error))
    return NULL;

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->participants->len);
  for (guint i = 0; i < self->participants->len; i++)
    {
      gint64 id = ff_participant_get_id (g_ptr_array_index (self->participants, i));

      g_array_append_val (ids, id);
    }
  ff_document_set_audit_participants (FF_DOCUMENT (self), store, (const gint64 *) ids->data,
                                      ids->len, FF_AUDIT_SIGN_IN);

  return g_steal_pointer (&self);
}

guint
ff_sign_in_report_get_n_participants (FfSignInReport *self)
{
  g_return_val_if_fail (FF_IS_SIGN_IN_REPORT (self), 0);

  return self->participants->len;
}
