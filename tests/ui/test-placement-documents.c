/* test-placement-documents.c — a placement's agreement and a participant's follow-up
 * history exported as PDF from a window, as its menu does once the file is chosen:
 * what the store holds, in the interface's language or two, audited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-placement-documents.h"
#include "ff-report-language.h"
#include "ff-test-util.h"
#include "ff-test-placement.h"
#include "ff-ui-test.h"

typedef struct
{
  char            *tmpdir;
  FfStore         *store;
  FfTestPlacement  story;
  GtkWidget       *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  ff_test_add_placement_story (fixture->store, &fixture->story);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 600, 400);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), gtk_label_new ("Olena"));
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (20);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (20);
  ff_test_placement_clear (&fixture->story);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

static gint64
count_exports (Fixture    *fixture,
               const char *what)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit WHERE new_value = "
                                          "'exported:%s'", what);

  return ff_test_query_int (fixture->store, sql);
}

static void
assert_has (const char *text,
            const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” is not in the exported document:\n%s", words, text);
}

static void
assert_has_not (const char *text,
                const char *words)
{
  if (strstr (text, words) != NULL)
    g_error ("“%s” should not be in the exported document:\n%s", words, text);
}

/* The agreement with its parties and approvals, in one language and in two. */
static void
test_export_agreement (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->tmpdir, "agreement.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *bilingual = NULL;

  g_assert_true (ff_placement_documents_export_agreement_to_path (
    GTK_WINDOW (fixture->window), fixture->store, fixture->story.placement, FALSE, path,
    &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_exports (fixture, "placement-agreement"), ==, 1);

  text = ff_test_pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  /* the interface's language: English under LC_ALL=C.UTF-8 */
  assert_has (text, "Placement agreement");
  assert_has (text, "Olena Kovalenko");
  assert_has (text, "Rema 1000 Bragernes");
  assert_has (text, "Kari Nordmann");
  assert_has (text, "120488 *****");
  assert_has_not (text, fixture->story.national_id);
  assert_has (text, "Approved on");
  assert_has (text, "02.01.2026");
  assert_has (text, "03.01.2026");

  /* bilingual: English first, Bokmål under it */
  g_assert_true (ff_placement_documents_export_agreement_to_path (
    GTK_WINDOW (fixture->window), fixture->store, fixture->story.placement, TRUE, path,
    &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_exports (fixture, "placement-agreement"), ==, 2);
  bilingual = ff_test_pdf_text (path);
  g_assert_cmpstr (ff_report_gettext ("nb", "Place and date"), !=, "Place and date");
  assert_has (bilingual, "Place and date");
  assert_has (bilingual, ff_report_gettext ("nb", "Place and date"));
}

/* The conversations of the period and none outside it. */
static void
test_export_follow_ups (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->tmpdir, "history.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_true (ff_placement_documents_export_follow_ups_to_path (
    GTK_WINDOW (fixture->window), fixture->store, fixture->story.olena, "2026-01-01",
    "2026-03-31", FALSE, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_exports (fixture, "follow-ups"), ==, 1);

  text = ff_test_pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  assert_has (text, "Follow-up history");
  assert_has (text, "01.01.2026–31.03.2026");
  assert_has (text, "Godt i gang med kassen");
  assert_has (text, "Trives på lageret");
  assert_has (text, "Evaluering planlagt");
  assert_has (text, "Sende timeliste");
  assert_has_not (text, "Samtale før perioden");
  assert_has_not (text, "Samtale etter perioden");
}

/* A placement deleted meanwhile, and a file open elsewhere (only read, so that the
 * export cannot be recorded): refused, nothing written. */
static void
test_export_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) elsewhere = NULL;
  g_autofree char *path = g_build_filename (fixture->tmpdir, "never.pdf", NULL);
  g_autofree char *db = g_build_filename (fixture->tmpdir, "fotfeste.sqlite3", NULL);

  g_assert_false (ff_placement_documents_export_agreement_to_path (
    GTK_WINDOW (fixture->window), fixture->store, fixture->story.placement + 1000, FALSE,
    path, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  elsewhere = ff_store_open_read_only (db, &error);
  g_assert_no_error (error);
  g_assert_false (ff_placement_documents_export_follow_ups_to_path (
    GTK_WINDOW (fixture->window), elsewhere, fixture->story.olena, NULL, NULL, FALSE, path,
    &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_READ_ONLY);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_exports (fixture, "follow-ups"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ui/placement-documents/export-agreement", test_export_agreement);
  ADD ("/ui/placement-documents/export-follow-ups", test_export_follow_ups);
  ADD ("/ui/placement-documents/export-refused", test_export_refused);

#undef ADD

  return g_test_run ();
}
