/* test-course-documents.c — the documents of courses and programmes as the interface
 * prints and exports them: written to a path and read back, refusals said in a dialog
 * on the window, and the file chooser offering each document's name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-absence-reduction.h"
#include "ff-course.h"
#include "ff-course-documents.h"
#include "ff-enrolment.h"
#include "ff-test-util.h"
#include "ff-ui-test.h"

typedef struct
{
  char      *tmpdir;
  FfStore   *store;
  GtkWidget *window;
  gint64     programme;
  gint64     course;
  gint64     session;       /* 12 January 2026 */
  gint64     olena, bjorn;
} Fixture;

/* Norsk A2 of the introduction programme with sessions on 12 and 14 January 2026 (09–12)
 * and 2 February; Olena (Олена Коваленко) present on the 12th and unexcused on the 14th,
 * Bjørn Ødegård present on both; both paid 260 320 kr a year, monthly. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *programme = NULL;
  const char *values[FF_COURSE_N_FIELDS] = { [FF_COURSE_TITLE] = "Norsk A2" };
  static const char * const days[] = { "2026-01-12", "2026-01-14", "2026-02-02" };
  gint64 sessions[G_N_ELEMENTS (days)];
  FfMark present = { FF_MARK_PRESENT, 0, 0 }, unexcused = { FF_MARK_UNEXCUSED, 0, 0 };

  f->store = ff_test_store_new (&f->tmpdir);
  f->programme = ff_test_add_programme (f->store, "Introduksjonsprogrammet",
                                        FF_PROGRAMME_KIND_INTRODUCTION);
  programme = g_strdup_printf ("%" G_GINT64_FORMAT, f->programme);
  values[FF_COURSE_PROGRAMME_ID] = programme;
  f->course = ff_course_create (f->store, values, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      sessions[i] = ff_course_add_session (f->store, f->course, days[i], "09:00", "12:00", NULL,
                                           &error);
      g_assert_no_error (error);
    }
  f->session = sessions[0];

  f->olena = ff_test_add_participant (f->store, "Olena", "Kovalenko");
  ff_test_set_participant (f->store, f->olena, FF_PARTICIPANT_NATIVE_NAME, "Олена Коваленко");
  f->bjorn = ff_test_add_participant (f->store, "Bjørn", "Ødegård");
  for (guint i = 0; i < 2; i++)
    {
      gint64 who = i == 0 ? f->olena : f->bjorn;
      gint64 enrolment = ff_test_add_enrolment (f->store, who, f->programme, "2025-08-01");

      g_assert_cmpint (ff_course_add_participant (f->store, f->course, who, &error), >, 0);
      g_assert_true (ff_enrolment_set_benefit (f->store, enrolment, FF_PAYMENT_MONTHLY,
                                               26032000, &error));
      g_assert_true (ff_course_set_mark (f->store, f->course, sessions[0], who, &present,
                                         &error));
      g_assert_true (ff_course_set_mark (f->store, f->course, sessions[1], who,
                                         i == 0 ? &unexcused : &present, &error));
      g_assert_no_error (error);
    }

  f->window = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (f->window));
  ff_ui_test_spin (50);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ff_ui_test_spin (50);
  ff_test_store_close (f->store, f->tmpdir);
}

static void
assert_has (const char *text,
            const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” is not in:\n%s", words, text);
}

/* Each document written as an export writes it, and read back. */
static void
test_write (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *attendance = g_build_filename (f->tmpdir, "attendance.pdf", NULL);
  g_autofree char *sign_in = g_build_filename (f->tmpdir, "sign-in.pdf", NULL);
  g_autofree char *reductions = g_build_filename (f->tmpdir, "reductions.pdf", NULL);
  g_autofree char *csv_path = g_build_filename (f->tmpdir, "reductions.csv", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *text = NULL;

  g_assert_true (ff_course_documents_write_pdf (f->store, FF_COURSE_DOCUMENT_ATTENDANCE,
                                                f->course, "2026-01-01", "2026-01-31",
                                                attendance, &error));
  g_assert_no_error (error);
  g_assert_true (ff_course_documents_write_pdf (f->store, FF_COURSE_DOCUMENT_SIGN_IN,
                                                f->session, NULL, NULL, sign_in, &error));
  g_assert_no_error (error);
  g_assert_true (ff_course_documents_write_pdf (f->store, FF_COURSE_DOCUMENT_REDUCTIONS,
                                                f->programme, "2026-01-01", "2026-01-31",
                                                reductions, &error));
  g_assert_no_error (error);
  g_assert_true (ff_course_documents_write_reductions_csv (f->store, f->programme,
                                                           "2026-01-01", "2026-01-31",
                                                           csv_path, &error));
  g_assert_no_error (error);

  /* the reductions, in the language shown (English here): Olena 180 of 360 minutes
   * unexcused, half of 21 693,33 kr rounded up: 10 846,67, just half of the payment and
   * 12 × 10 846,67 = 130 160,04 kr, just over G: an individual decision */
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, &error));
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  assert_has (csv, "\r\nOlena Kovalenko;01.01.2026;31.01.2026;Monthly;21693.33;6;3;10846.67;"
              "10846.66;130160.00;Yes\r\n");
  assert_has (csv, "\r\nBjørn Ødegård;01.01.2026;31.01.2026;Monthly;21693.33;6;0;0.00;"
              "21693.33;130160.00;No\r\n");

  text = ff_test_pdf_text (attendance);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  assert_has (text, "Norsk A2");
  assert_has (text, "Olena Kovalenko");
  assert_has (text, "Bjørn Ødegård");
  assert_has (text, "01.01.2026–31.01.2026");
  g_free (text);

  text = ff_test_pdf_text (sign_in);
  assert_has (text, "Olena Kovalenko");
  assert_has (text, "Олена Коваленко");
  assert_has (text, "Bjørn Ødegård");
  g_free (text);

  text = ff_test_pdf_text (reductions);
  assert_has (text, "Introduksjonsprogrammet");
  assert_has (text, "Olena Kovalenko");
  assert_has (text, "01.01.2026–31.01.2026");
}

/* A course, a session or a programme that is gone: said in a dialog on the window,
 * nothing written. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *dialog;

  ff_course_documents_print_attendance (GTK_WINDOW (f->window), f->store, f->course + 100,
                                        NULL, NULL);
  ff_ui_test_spin (50);
  dialog = ff_ui_test_find_message_dialog ("Could Not Print Attendance Report");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  gtk_window_destroy (GTK_WINDOW (dialog));

  ff_course_documents_export_sign_in (GTK_WINDOW (f->window), f->store, f->session + 100);
  ff_ui_test_spin (50);
  dialog = ff_ui_test_find_message_dialog ("Could Not Export Sign-in Sheet");
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));

  ff_course_documents_export_reductions_csv (GTK_WINDOW (f->window), f->store, f->programme,
                                             "2026-01-31", "2026-01-01");
  ff_ui_test_spin (50);
  dialog = ff_ui_test_find_message_dialog ("Could Not Export Benefit Reductions");
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The open file chooser, or NULL. */
static GtkFileChooser *
find_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_FILE_CHOOSER (window);
    }
  return NULL;
}

static gboolean
chooser_open (gpointer data)
{
  return find_chooser () != NULL;
}

static gboolean
chooser_closed (gpointer data)
{
  return find_chooser () == NULL;
}

/* Exporting asks where, offering the document's own file name. */
static void
test_chooser_offers_names (Fixture       *f,
                           gconstpointer  data)
{
  static const struct
  {
    FfCourseDocument document;
    gboolean csv;
    const char *name;
  } cases[] = {
    { FF_COURSE_DOCUMENT_ATTENDANCE, FALSE, "Norsk A2 – Attendance report.pdf" },
    { FF_COURSE_DOCUMENT_SIGN_IN, FALSE, "Norsk A2 12.01.2026 – Sign-in sheet.pdf" },
    { FF_COURSE_DOCUMENT_REDUCTIONS, FALSE,
      "Introduksjonsprogrammet – Benefit reductions for absence 01.01.2026–31.01.2026.pdf" },
    { FF_COURSE_DOCUMENT_REDUCTIONS, TRUE,
      "Introduksjonsprogrammet – Benefit reductions for absence 01.01.2026–31.01.2026.csv" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkFileChooser *chooser;
      g_autofree char *name = NULL;
      GtkWindow *parent = GTK_WINDOW (f->window);

      if (cases[i].csv)
        ff_course_documents_export_reductions_csv (parent, f->store, f->programme,
                                                   "2026-01-01", "2026-01-31");
      else if (cases[i].document == FF_COURSE_DOCUMENT_ATTENDANCE)
        ff_course_documents_export_attendance (parent, f->store, f->course, NULL, NULL);
      else if (cases[i].document == FF_COURSE_DOCUMENT_SIGN_IN)
        ff_course_documents_export_sign_in (parent, f->store, f->session);
      else
        ff_course_documents_export_reductions_pdf (parent, f->store, f->programme,
                                                   "2026-01-01", "2026-01-31");

      g_assert_true (ff_ui_test_wait_until (chooser_open, NULL, 5));
      /* the chooser reads its folder before it is answered, as a person's would */
      ff_ui_test_spin (500);
      chooser = find_chooser ();
      name = gtk_file_chooser_get_current_name (chooser);
      g_assert_cmpstr (name, ==, cases[i].name);
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
      g_assert_true (ff_ui_test_wait_until (chooser_closed, NULL, 5));
      ff_ui_test_spin (50);
    }
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add ("/ui/course-documents/write", Fixture, NULL, fixture_set_up, test_write,
              fixture_tear_down);
  g_test_add ("/ui/course-documents/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);
  g_test_add ("/ui/course-documents/chooser-offers-names", Fixture, NULL, fixture_set_up,
              test_chooser_offers_names, fixture_tear_down);

  return g_test_run ();
}
