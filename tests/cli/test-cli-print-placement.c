/* test-cli-print-placement.c — runs the real fotfeste-cli's "print placement-agreement"
 * and "print follow-ups" on a store filled as a contact person would fill it, and reads
 * the printed documents back with pdftotext
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-cli-test.h"
#include "ff-report-language.h"
#include "ff-store.h"
#include "ff-test-placement.h"
#include "ff-test-store.h"

/* A store made by "fotfeste-cli init" and filled through core: Olena's placement and
 * her conversations (ff_test_add_placement_story ()), and Ahmad with neither. */
typedef struct
{
  char            *db;
  char            *olena;
  char            *ahmad;
  char            *placement;
  FfTestPlacement  story;
} PlacementStore;

static void
placement_store_clear (PlacementStore *p)
{
  g_free (p->db);
  g_free (p->olena);
  g_free (p->ahmad);
  g_free (p->placement);
  ff_test_placement_clear (&p->story);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlacementStore, placement_store_clear)

static void
make_store (Fixture        *f,
            PlacementStore *p)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  p->db = path_in (f, "placements.sqlite3");
  g_assert_cmpint (run (NULL, NULL, "--database", p->db, "init", NULL), ==, 0);

  store = ff_store_open (p->db, &error);
  g_assert_no_error (error);
  ff_test_add_placement_story (store, &p->story);

  p->olena = g_strdup_printf ("%" G_GINT64_FORMAT, p->story.olena);
  p->ahmad = g_strdup_printf ("%" G_GINT64_FORMAT,
                              ff_test_add_participant (store, "Ahmad", "Rahimi"));
  p->placement = g_strdup_printf ("%" G_GINT64_FORMAT, p->story.placement);
}

/* Runs "--database DB print @what" with @args and "--output @output", expecting
 * success; returns the PDF's text. */
static char *
print_ok (const PlacementStore *p,
          const char           *what,
          const char           *output,
          const char           *first,
          ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GStatBuf st;
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--database");
  g_ptr_array_add (args, p->db);
  g_ptr_array_add (args, (gpointer) "print");
  g_ptr_array_add (args, (gpointer) what);
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, (gpointer) "--output");
  g_ptr_array_add (args, (gpointer) output);
  g_ptr_array_add (args, NULL);

  g_assert_cmpint (run_strv (&out, &err, (const char *const *) args->pdata), ==, 0);
  /* every name and label has its glyphs: nothing to warn about */
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, output));
  g_assert_cmpint (g_stat (output, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  return pdf_text (output);
}

static void
assert_has (const char *text,
            const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” is not in the printed document:\n%s", words, text);
}

static void
assert_has_not (const char *text,
                const char *words)
{
  if (strstr (text, words) != NULL)
    g_error ("“%s” should not be in the printed document:\n%s", words, text);
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *found = strstr (text, needle); found != NULL;
       found = strstr (found + 1, needle))
    n++;

  return n;
}

/* The agreement with its parties, terms and approvals; in Bokmål with Ukrainian under
 * it; the database as it was, but for its audit log. */
static void
test_agreement (Fixture       *f,
                gconstpointer  data)
{
  g_auto(PlacementStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "agreement.pdf");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *personal = NULL;

  if (!need_pdftotext ())
    return;
  make_store (f, &p);
  before = checksum_but_audit (p.db);
  personal = g_strndup (p.story.national_id + 6, 5);

  /* no --language: that of Olena's plan, Bokmål */
  text = print_ok (&p, "placement-agreement", pdf, p.placement, NULL);
  assert_has (text, ff_report_gettext ("nb", "Placement agreement"));
  assert_has (text, "Olena Kovalenko");
  assert_has (text, "Rema 1000 Bragernes");
  assert_has (text, "Kari Nordmann");
  assert_has (text, "Ingrid Berg");
  assert_has (text, "05.01.2026 – 27.03.2026");
  assert_has (text, "120488 *****");
  assert_has_not (text, p.story.national_id);
  assert_has_not (text, personal);
  assert_has (text, ff_report_gettext ("nb", "Place and date"));
  g_assert_cmpuint (count (text, ff_report_gettext ("nb", "Approved on")), ==, 2);
  assert_has (text, "02.01.2026");
  assert_has (text, "03.01.2026");

  /* bilingual: the participant's own Ukrainian under the Bokmål */
  g_clear_pointer (&text, g_free);
  text = print_ok (&p, "placement-agreement", pdf, p.placement, "--bilingual", NULL);
  assert_has (text, ff_report_gettext ("nb", "Place and date"));
  assert_has (text, ff_report_gettext ("uk", "Place and date"));
  g_assert_cmpstr (ff_report_gettext ("uk", "Place and date"), !=, "Place and date");

  /* in Ukrainian, with Bokmål under it: the agreement goes to the employer too */
  g_clear_pointer (&text, g_free);
  text = print_ok (&p, "placement-agreement", pdf, p.placement, "--language", "uk",
                   "--bilingual", NULL);
  assert_has (text, ff_report_gettext ("uk", "Participant"));
  assert_has (text, ff_report_gettext ("nb", "Participant"));
  assert_has_not (text, "Place and date");

  after = checksum_but_audit (p.db);
  g_assert_cmpstr (after, ==, before);
}

/* The conversations of the period and none outside it; without a period, all. */
static void
test_follow_ups (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(PlacementStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "history.pdf");
  g_autofree char *text = NULL;

  if (!need_pdftotext ())
    return;
  make_store (f, &p);

  text = print_ok (&p, "follow-ups", pdf, p.olena, "--from", "2026-01-01", "--to",
                   "31.03.2026", "--language", "en", NULL);
  assert_has (text, "Follow-up history");
  assert_has (text, "01.01.2026–31.03.2026");
  assert_has (text, "Godt i gang med kassen");
  assert_has (text, "Trives på lageret");
  assert_has (text, "Evaluering planlagt");
  assert_has (text, "Sende timeliste");
  assert_has (text, "120488 *****");
  assert_has_not (text, "Samtale før perioden");
  assert_has_not (text, "Samtale etter perioden");
  assert_has_not (text, "Handling etter perioden");

  g_clear_pointer (&text, g_free);
  text = print_ok (&p, "follow-ups", pdf, p.olena, "--language", "nn", NULL);
  assert_has (text, ff_report_gettext ("nn", "Participant"));
  assert_has (text, "Samtale før perioden");
  assert_has (text, "Samtale etter perioden");

  g_clear_pointer (&text, g_free);
  text = print_ok (&p, "follow-ups", pdf, p.olena, "--language", "nb", "--bilingual",
                   "--from", "2026-02-01", NULL);
  assert_has (text, ff_report_gettext ("nb", "Summary"));
  assert_has (text, ff_report_gettext ("uk", "Summary"));
  assert_has (text, "Trives på lageret");
  assert_has_not (text, "Godt i gang med kassen");

  /* a participant without conversations gets a history that says so */
  g_clear_pointer (&text, g_free);
  text = print_ok (&p, "follow-ups", pdf, p.ahmad, "--language", "en", NULL);
  assert_has (text, "Ahmad Rahimi");
  assert_has (text, "There are no conversations yet.");
}

/* Bad arguments: a message on stderr, exit status 2, no PDF, the database as it was. */
static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_auto(PlacementStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "never.pdf");
  g_autofree char *before = NULL;

  make_store (f, &p);
  before = checksum_but_audit (p.db);

  {
    const struct
    {
      const char *args[12];
      const char *says;
    } cases[] = {
      { { "print", "placement-agreement", "-o", pdf, NULL }, "list placements" },
      { { "print", "placement-agreement", "Rema", "-o", pdf, NULL },
        "“Rema” is not a placement's number" },
      { { "print", "placement-agreement", "4711", "-o", pdf, NULL },
        "no placement number 4711" },
      { { "print", "placement-agreement", p.placement, NULL }, "--output" },
      { { "print", "placement-agreement", p.placement, "extra", "-o", pdf, NULL }, "extra" },
      { { "print", "placement-agreement", p.placement, "-o", pdf, "--from", "2026-01-01",
          NULL }, "an attendance report: an agreement is printed whole" },
      { { "print", "placement-agreement", p.placement, "-o", pdf, "--language", "de", NULL },
        "“de”" },
      { { "print", "placement-agreement", p.placement, "-o", pdf, "--second-language", "uk",
          NULL }, "--bilingual" },
      { { "print", "placement-agreement", p.placement, "-o", pdf, "--language", "uk",
          "--second-language", "uk", "--bilingual", NULL }, "two different languages" },
      { { "print", "placement-agreement", p.placement, "-o", pdf, "--version", "1", NULL },
        "--version" },
      { { "print", "placement-agreement", p.placement, "-o", p.db, NULL },
        "is not a PDF" },
      { { "print", "follow-ups", "-o", pdf, NULL }, "list participants" },
      { { "print", "follow-ups", "4711", "-o", pdf, NULL }, "no participant number 4711" },
      { { "print", "follow-ups", p.olena, "-o", pdf, "--from", "2026-02-30", NULL },
        "“2026-02-30” is not a date" },
      { { "print", "follow-ups", p.olena, "-o", pdf, "--to", "next week", NULL },
        "“next week” is not a date" },
      { { "print", "follow-ups", p.olena, "-o", pdf, "--from", "2026-03-01", "--to",
          "2026-02-01", NULL }, "comes before --from" },
      { { "print", "follow-ups", p.olena, "-o", pdf, "--plan", "1", NULL }, "--plan" },
      { { "print", "follow-ups", p.olena, "-o", pdf, "--language", "sv", NULL }, "“sv”" },
      { { "print", "agreement", p.placement, "-o", pdf, NULL }, "placement-agreement" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GPtrArray) args = g_ptr_array_new ();
        g_autofree char *out = NULL;
        g_autofree char *err = NULL;
        g_autofree char *after = NULL;

        g_ptr_array_add (args, (gpointer) "--database");
        g_ptr_array_add (args, p.db);
        for (guint j = 0; cases[i].args[j] != NULL; j++)
          g_ptr_array_add (args, (gpointer) cases[i].args[j]);
        g_ptr_array_add (args, NULL);

        g_assert_cmpint (run_strv (&out, &err, (const char *const *) args->pdata), ==, 2);
        g_assert_cmpstr (out, ==, "");
        g_assert_true (g_str_has_prefix (err, "fotfeste-cli: "));
        if (strstr (err, cases[i].says) == NULL)
          g_error ("case %u: “%s” is not in the message:\n%s", i, cases[i].says, err);

        after = checksum_but_audit (p.db);
        g_assert_cmpstr (after, ==, before);
      }
  }

  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

/* Each print is a row of Olena's audit log; a file open elsewhere, which can only be
 * read, prints nothing. */
static void
test_audited (Fixture       *f,
              gconstpointer  data)
{
  g_auto(PlacementStore) p = { 0 };
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *agreement = path_in (f, "agreement.pdf");
  g_autofree char *history = path_in (f, "history.pdf");
  g_autofree char *err = NULL;

  make_store (f, &p);
  g_assert_cmpint (run (NULL, NULL, "--database", p.db, "print", "placement-agreement",
                        p.placement, "--output", agreement, NULL), ==, 0);
  g_assert_cmpint (run (NULL, NULL, "--database", p.db, "print", "follow-ups", p.olena,
                        "--output", history, NULL), ==, 0);
  g_unlink (agreement);
  g_unlink (history);

  store = ff_store_open (p.db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM audit a JOIN participant p"
                                             " ON p.uuid = a.row_uuid"
                                             " WHERE p.given_name = 'Olena'"
                                             " AND a.new_value"
                                             " = 'exported:placement-agreement'"), ==, 1);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM audit a JOIN participant p"
                                             " ON p.uuid = a.row_uuid"
                                             " WHERE p.given_name = 'Olena'"
                                             " AND a.new_value = 'exported:follow-ups'"), ==, 1);

  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "placement-agreement",
                        p.placement, "--output", agreement, NULL), !=, 0);
  g_assert_nonnull (strstr (err, "audit log"));
  g_assert_false (g_file_test (agreement, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run (NULL, &err, "--database", p.db, "print", "follow-ups", p.olena,
                        "--output", history, NULL), !=, 0);
  g_assert_nonnull (strstr (err, "audit log"));
  g_assert_false (g_file_test (history, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/print/placement-agreement", test_agreement);
  ff_cli_test_add ("/cli/print/follow-ups", test_follow_ups);
  ff_cli_test_add ("/cli/print/placement/bad-input-changes-nothing", test_bad_input);
  ff_cli_test_add ("/cli/print/placement/audited", test_audited);

  return g_test_run ();
}
