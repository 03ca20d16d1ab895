/* test-cli.c — runs the real fotfeste-cli as a user would, and checks what it prints,
 * its exit status and what it leaves in the files
 *
 * Usage: test-cli PATH-TO-FOTFESTE-CLI [PATH-TO-PDFTOTEXT] [GTest options]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ff-enrolment.h"
#include "ff-participant.h"
#include "ff-plan.h"
#include "ff-programme.h"
#include "ff-report-language.h"
#include "ff-store.h"
#include "ff-test-store.h"
#include "ff-test-util.h"

static const char *cli_path;
static const char *pdftotext_path;

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ff_test_make_dir ("fotfeste-cli-XXXXXX");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ff_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* Runs fotfeste-cli with @args (NULL-terminated) and returns its exit status; its
 * output in @out and @err when asked for. */
static int
run_strv (char              **out,
          char              **err,
          const char *const  *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) cli_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &stdout_text, &stderr_text, &wait_status, &error);
  g_assert_no_error (error);

  if (!WIFEXITED (wait_status))
    {
      g_autofree char *command = g_strjoinv (" ", (char **) argv->pdata);

      g_error ("%s was killed by signal %d; it wrote:\n%s", command, WTERMSIG (wait_status),
               stderr_text);
    }

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);

  return WEXITSTATUS (wait_status);
}

/* As run_strv(), with the arguments given one by one up to a NULL. */
static int
run (char       **out,
     char       **err,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return run_strv (out, err, (const char *const *) args->pdata);
}

static char *
make_sample (Fixture    *f,
             const char *name,
             const char *count,
             const char *seed)
{
  char *db = path_in (f, name);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (&out, &err, "--database", db, "sample", "--participants", count,
                        "--seed", seed, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");  /* not a terminal: no progress */
  g_assert_nonnull (strstr (out, count));
  return db;
}

static void
test_init_creates_private_file (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *db = path_in (f, "new.sqlite3");
  g_autofree char *expected = g_strconcat (db, "\n", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GStatBuf st;

  g_assert_cmpint (run (&out, &err, "--database", db, "init", NULL), ==, 0);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpint (g_stat (db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A second init on the same file changes nothing and says the same. */
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (&out, NULL, "--database", db, "init", NULL), ==, 0);
  g_assert_cmpstr (out, ==, expected);

  /* An empty database lists nothing. */
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run (&out, NULL, "--database", db, "list", "participants", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
}

static void
test_sample_same_seed_same_list (Fixture       *f,
                                 gconstpointer  data)
{
  const char *labels[] = {
    "Referred", "Interviewed", "Waiting list", "Active", "On leave", "Completed",
    "Dropped out", "Moved", "Not enrolled",
  };
  g_autofree char *first = make_sample (f, "first.sqlite3", "300", "17");
  g_autofree char *second = make_sample (f, "second.sqlite3", "300", "17");
  g_autofree char *other = make_sample (f, "other.sqlite3", "300", "18");
  g_autofree char *list_first = NULL;
  g_autofree char *list_second = NULL;
  g_autofree char *list_other = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) line_re = g_regex_new ("^[0-9]+\t[^\t]+\t([^\t]+)$", 0, 0, NULL);

  g_assert_cmpint (run (&list_first, NULL, "--database", first, "list", "participants", NULL),
                   ==, 0);
  g_assert_cmpint (run (&list_second, NULL, "list", "participants", "--database", second, NULL),
                   ==, 0);
  g_assert_cmpint (run (&list_other, NULL, "-d", other, "list", "participants", NULL), ==, 0);

  g_assert_cmpstr (list_first, ==, list_second);
  g_assert_cmpstr (list_first, !=, list_other);

  g_assert_true (g_str_has_suffix (list_first, "\n"));
  lines = g_strsplit (list_first, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 300 + 1);  /* after the last newline: "" */
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *status = NULL;

      g_assert_true (g_regex_match (line_re, lines[i], 0, &match));
      status = g_match_info_fetch (match, 1);
      g_assert_true (g_strv_contains (labels, status));
    }
}

static void
test_list_programmes (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "programmes.sqlite3", "20", "1");
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) line_re = g_regex_new ("^[0-9]+\t[^\t]+\t[^\t]+$", 0, 0, NULL);
  guint n;

  g_assert_cmpint (run (&out, NULL, "--database", db, "list", "programmes", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  n = g_strv_length (lines) - 1;
  g_assert_cmpuint (n, >=, 4);
  for (guint i = 0; i < n; i++)
    g_assert_true (g_regex_match (line_re, lines[i], 0, NULL));
  g_assert_nonnull (strstr (out, "\tMentor scheme\n"));
}

static void
test_list_search_and_status (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "filters.sqlite3", "300", "4");
  g_autofree char *all = NULL;
  g_autofree char *active = NULL;
  g_autofree char *found = NULL;
  g_auto(GStrv) all_lines = NULL;
  g_auto(GStrv) active_lines = NULL;
  g_auto(GStrv) fields = NULL;
  g_auto(GStrv) words = NULL;

  g_assert_cmpint (run (&all, NULL, "--database", db, "list", "participants", NULL), ==, 0);
  g_assert_cmpint (run (&active, NULL, "--database", db, "list", "participants",
                        "--status", "active", NULL), ==, 0);
  all_lines = g_strsplit (all, "\n", -1);
  active_lines = g_strsplit (active, "\n", -1);
  g_assert_cmpuint (g_strv_length (active_lines), >, 1);
  g_assert_cmpuint (g_strv_length (active_lines), <, g_strv_length (all_lines));
  for (guint i = 0; active_lines[i + 1] != NULL; i++)
    g_assert_true (g_str_has_suffix (active_lines[i], "\tActive"));

  /* Searching for the first participant's family name, in capitals, finds them. */
  fields = g_strsplit (all_lines[0], "\t", 3);
  words = g_strsplit (fields[1], " ", -1);
  {
    g_autofree char *family = g_utf8_strup (words[g_strv_length (words) - 1], -1);
    g_autofree char *line = g_strconcat (all_lines[0], "\n", NULL);

    g_assert_cmpint (run (&found, NULL, "--database", db, "list", "participants",
                          "--search", family, NULL), ==, 0);
    g_assert_nonnull (strstr (found, line));
    g_assert_cmpuint (strlen (found), <, strlen (all));
  }
}

static void
test_bad_arguments_change_nothing (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "bad.sqlite3", "50", "2");
  g_autofree char *before = ff_test_checksum_file (db);
  g_autofree char *backup = path_in (f, "never-written.sqlite3");
  const char *cases[][6] = {
    { "frobnicate", NULL },
    { "sample", "--participants", NULL },
    { "sample", "--participants", "0", NULL },
    { "sample", "--participants", "-5", NULL },
    { "sample", "--participants", "many", NULL },
    { "sample", "--seed", "x", NULL },
    { "list", NULL },
    { "list", "everyone", NULL },
    { "list", "participants", "--status", "happy", NULL },
    { "list", "participants", "--status", NULL },
    { "list", "participants", "more", NULL },
    { "init", "now", NULL },
    { "check", "--everything", NULL },
    { "backup", NULL },
    { "backup", backup, "more", NULL },
    { "--no-such-option", "list", "participants", NULL },
    /* Sample data never goes into a file that holds data. */
    { "sample", "--participants", "10", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *after = NULL;
      const char *const *a = cases[i];

      g_assert_cmpint (run (&out, &err, "--database", db, a[0], a[1], a[2], a[3], a[4], NULL),
                       ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "fotfeste-cli: "));
      g_assert_cmpuint (strlen (err), >, strlen ("fotfeste-cli: ") + 10);

      after = ff_test_checksum_file (db);
      g_assert_cmpstr (after, ==, before);
    }

  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_refuses_text_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = path_in (f, "notes.txt");
  g_autofree char *before = NULL;
  g_autofree char *backup = path_in (f, "backup.sqlite3");
  const char *commands[][3] = {
    { "init", NULL },
    { "list", "participants", NULL },
    { "list", "programmes", NULL },
    { "sample", NULL },
    { "check", NULL },
    { "backup", backup, NULL },
  };

  g_assert_true (g_file_set_contents (text, "Møte med Olena tirsdag kl. 10.\n", -1, NULL));
  before = ff_test_checksum_file (text);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *after = NULL;

      g_assert_cmpint (run (&out, &err, "--database", text, commands[i][0], commands[i][1],
                            NULL), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, "notes.txt"));
      after = ff_test_checksum_file (text);
      g_assert_cmpstr (after, ==, before);
    }

  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

static void
test_missing_database_is_not_created (Fixture       *f,
                                      gconstpointer  data)
{
  g_autofree char *db = path_in (f, "typo.sqlite3");
  g_autofree char *err = NULL;

  g_assert_cmpint (run (NULL, &err, "--database", db, "list", "participants", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "init"));
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
}

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "check.sqlite3", "100", "3");
  g_autofree char *out = NULL;

  g_assert_cmpint (run (&out, NULL, "--database", db, "check", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "No problems found.\n");
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "original.sqlite3", "80", "6");
  g_autofree char *copy = path_in (f, "copy.sqlite3");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *from_original = NULL;
  g_autofree char *from_copy = NULL;
  g_autofree char *copy_sum = NULL;
  g_autofree char *copy_sum_after = NULL;
  GStatBuf st;

  g_assert_cmpint (run (&out, NULL, "--database", db, "backup", copy, NULL), ==, 0);
  g_assert_nonnull (strstr (out, copy));
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (run (&from_original, NULL, "-d", db, "list", "participants", NULL), ==, 0);
  g_assert_cmpint (run (&from_copy, NULL, "-d", copy, "list", "participants", NULL), ==, 0);
  g_assert_cmpstr (from_copy, ==, from_original);

  /* An existing file is never overwritten. */
  copy_sum = ff_test_checksum_file (copy);
  g_assert_cmpint (run (NULL, &err, "--database", db, "backup", copy, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "exists"));
  copy_sum_after = ff_test_checksum_file (copy);
  g_assert_cmpstr (copy_sum_after, ==, copy_sum);
}

/* --- print plan ------------------------------------------------------------------ */

/* A store made by "fotfeste-cli init" and filled through core, as a contact person
 * would fill it in the application. */
typedef struct
{
  char *db;
  char *olena;     /* a plan signed as version 1 and changed since */
  char *ahmad;     /* no plan */
  char *yonas;     /* a plan without a second language; a name in Ge'ez script */
} PlanStore;

static void
plan_store_clear (PlanStore *p)
{
  g_free (p->db);
  g_free (p->olena);
  g_free (p->ahmad);
  g_free (p->yonas);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlanStore, plan_store_clear)

static gint64
add_participant (FfStore    *store,
                 const char *given,
                 const char *family,
                 const char *native,
                 const char *languages,
                 const char *country)
{
  gint64 id = ff_test_add_participant (store, given, family);

  ff_test_set_participant (store, id, FF_PARTICIPANT_NATIVE_NAME, native);
  ff_test_set_participant (store, id, FF_PARTICIPANT_BIRTH_DATE, "1985-03-14");
  ff_test_set_participant (store, id, FF_PARTICIPANT_LANGUAGES, languages);
  ff_test_set_participant (store, id, FF_PARTICIPANT_COUNTRY, country);
  ff_test_set_participant (store, id, FF_PARTICIPANT_CONTACT_PERSON, "Kari Nordmann");
  return id;
}

static void
add_activity (FfStore        *store,
              gint64          plan_id,
              FfActivityKind  kind,
              const char     *description,
              const char     *hours)
{
  gint64 part = ff_test_add_part (store, plan_id, FF_PLAN_PART_ACTIVITY, NULL);

  ff_test_set_part (store, part, FF_PLAN_FIELD_ACTIVITY_KIND, ff_activity_kind_key (kind));
  ff_test_set_part (store, part, FF_PLAN_FIELD_ACTIVITY_DESCRIPTION, description);
  ff_test_set_part (store, part, FF_PLAN_FIELD_ACTIVITY_HOURS, hours);
  ff_test_set_part (store, part, FF_PLAN_FIELD_ACTIVITY_START, "2024-05-06");
  ff_test_set_part (store, part, FF_PLAN_FIELD_ACTIVITY_END, "2024-07-26");
  ff_test_set_part (store, part, FF_PLAN_FIELD_ACTIVITY_RESPONSIBLE, "Voksenopplæringa");
}

static gint64
add_plan (FfStore *store,
          gint64   participant_id,
          gint64   programme_id)
{
  gint64 enrolment_id = ff_test_add_enrolment (store, participant_id, programme_id,
                                               "2024-05-01");
  gint64 plan_id = ff_test_add_plan (store, enrolment_id);

  ff_test_set_plan (store, plan_id, FF_PLAN_FIELD_PERIOD_START, "2024-05-01");
  ff_test_set_plan (store, plan_id, FF_PLAN_FIELD_PERIOD_END, "2024-07-31");
  ff_test_set_plan (store, plan_id, FF_PLAN_FIELD_GOAL, ff_plan_goal_key (FF_PLAN_GOAL_WORK));
  ff_test_set_plan (store, plan_id, FF_PLAN_FIELD_GOAL_TEXT, "Fast jobb som sykepleier");
  ff_test_set_plan (store, plan_id, FF_PLAN_FIELD_NORWEGIAN_LEVEL, "B1");
  add_activity (store, plan_id, FF_ACTIVITY_NORWEGIAN_TUITION, "Norskkurs spor 2", "15");
  add_activity (store, plan_id, FF_ACTIVITY_LANGUAGE_PRACTICE, "Språkpraksis i barnehage",
                "7.5");
  ff_test_add_part (store, plan_id, FF_PLAN_PART_REVIEW, "2024-06-14");
  return plan_id;
}

static void
make_plan_store (Fixture   *f,
                 PlanStore *p)
{
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gint64 programme_id, olena, ahmad, yonas, plan_id, draft_id;

  p->db = path_in (f, "plans.sqlite3");
  g_assert_cmpint (run (NULL, NULL, "--database", p->db, "init", NULL), ==, 0);

  store = ff_store_open (p->db, &error);
  g_assert_no_error (error);
  programme_id = ff_programme_create (store, "Introduksjonsprogrammet 2024",
                                      FF_PROGRAMME_KIND_INTRODUCTION, &error);
  g_assert_no_error (error);
  g_assert_true (ff_programme_set_field (store, programme_id, FF_PROGRAMME_ORGANISATION,
                                         "Kvænangen kommune", &error));

  olena = add_participant (store, "Olena", "Kovalenko", "Олена Коваленко",
                           "ukrainsk, russisk", "Ukraina");
  ahmad = add_participant (store, "Ahmad", "Rahimi", "احمد رحیمی", "dari", "Afghanistan");
  yonas = add_participant (store, "Yonas", "Tesfay", "ዮናስ ተስፋይ", "tigrinja", "Eritrea");

  /* Olena's plan is signed as version 1; the draft has changed since. */
  plan_id = add_plan (store, olena, programme_id);
  draft_id = ff_plan_sign (store, plan_id, "2024-05-02", &error);
  g_assert_no_error (error);
  g_assert_cmpint (draft_id, >, 0);
  ff_test_set_plan (store, draft_id, FF_PLAN_FIELD_GOAL_TEXT, "Autorisasjon som sykepleier");
  add_activity (store, draft_id, FF_ACTIVITY_JOB_SEEKING, "Jobbsøkerkurs hos NAV", "4");

  /* Yonas's plan is to be printed in Norwegian only unless asked. */
  plan_id = add_plan (store, yonas, programme_id);
  ff_test_set_plan (store, plan_id, FF_PLAN_FIELD_SECOND_LANGUAGE, "");

  p->olena = g_strdup_printf ("%" G_GINT64_FORMAT, olena);
  p->ahmad = g_strdup_printf ("%" G_GINT64_FORMAT, ahmad);
  p->yonas = g_strdup_printf ("%" G_GINT64_FORMAT, yonas);
}

/* The text of a PDF, with every run of white space made one space, so that a line
 * wrapped in a table cell still reads as the words typed. */
static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { pdftotext_path, "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text,
                NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static gboolean
need_pdftotext (void)
{
  if (pdftotext_path != NULL)
    return TRUE;
  g_test_skip ("pdftotext (poppler-utils) is not installed");
  return FALSE;
}

/* Prints with @args after "--database DB print plan", expecting success; returns the
 * PDF's text. */
static char *
print_ok (const char  *db,
          const char  *output,
          const char  *first,
          ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GStatBuf st;
  va_list ap;

  g_ptr_array_add (args, (gpointer) "--database");
  g_ptr_array_add (args, (gpointer) db);
  g_ptr_array_add (args, (gpointer) "print");
  g_ptr_array_add (args, (gpointer) "plan");
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, (gpointer) "--output");
  g_ptr_array_add (args, (gpointer) output);
  g_ptr_array_add (args, NULL);

  g_assert_cmpint (run_strv (&out, &err, (const char *const *) args->pdata), ==, 0);
  /* Every name and label has its glyphs: nothing to warn about. */
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, output));

  g_assert_true (g_file_get_contents (output, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpint (g_stat (output, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  return pdf_text (output);
}

static void
assert_has (const char *text,
            const char *words)
{
  if (strstr (text, words) == NULL)
    g_error ("“%s” is not in the printed plan:\n%s", words, text);
}

static void
assert_has_not (const char *text,
                const char *words)
{
  if (strstr (text, words) != NULL)
    g_error ("“%s” should not be in the printed plan:\n%s", words, text);
}

static void
test_print_plan (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(PlanStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "olena.pdf");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;

  if (!need_pdftotext ())
    return;
  make_plan_store (f, &p);
  before = ff_test_checksum_file (p.db);

  /* The current draft, in the plan's own language (Bokmål). */
  text = print_ok (p.db, pdf, p.olena, NULL);
  assert_has (text, "Olena Kovalenko");
  assert_has (text, "Олена Коваленко");
  assert_has (text, "14.03.1985");
  assert_has (text, "Kvænangen kommune");
  assert_has (text, "Introduksjonsprogrammet 2024");
  assert_has (text, "Autorisasjon som sykepleier");
  assert_has (text, "Norskkurs spor 2");
  assert_has (text, "Språkpraksis i barnehage");
  assert_has (text, "Jobbsøkerkurs hos NAV");
  assert_has (text, "7,5");
  assert_has (text, "14.06.2024");
  assert_has_not (text, "Fast jobb som sykepleier");

  /* Printing again writes over the last print. */
  g_clear_pointer (&text, g_free);
  text = print_ok (p.db, pdf, p.olena, "--version", "1", NULL);
  assert_has (text, "Olena Kovalenko");
  assert_has (text, "Fast jobb som sykepleier");
  assert_has (text, "Norskkurs spor 2");
  assert_has_not (text, "Autorisasjon som sykepleier");
  assert_has_not (text, "Jobbsøkerkurs hos NAV");

  /* A name in Ge'ez script has its glyphs too (print_ok() checks nothing was
   * warned about). */
  g_clear_pointer (&text, g_free);
  text = print_ok (p.db, pdf, p.yonas, "--bilingual", NULL);
  assert_has (text, "ዮናስ ተስፋይ");

  /* Printing never writes to the database. */
  after = ff_test_checksum_file (p.db);
  g_assert_cmpstr (after, ==, before);
}

/* Sample data holds plans: each prints with the participant's name on it, and a
 * participant without one is told so. */
static void
test_print_sample_plans (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *db = make_sample (f, "sample.sqlite3", "30", "7");
  g_autofree char *pdf = path_in (f, "sample.pdf");
  g_autofree char *list = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) lines = NULL;
  guint printed = 0;

  if (!need_pdftotext ())
    return;
  g_assert_cmpint (run (&list, NULL, "--database", db, "list", "participants", NULL), ==, 0);
  before = ff_test_checksum_file (db);
  lines = g_strsplit (list, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);
      g_autofree char *err = NULL;
      g_autofree char *text = NULL;
      int status;

      status = run (NULL, &err, "--database", db, "print", "plan", fields[0], "--output", pdf,
                    NULL);
      if (status == 2)
        {
          g_assert_nonnull (strstr (err, "has no individual plan"));
          continue;
        }
      g_assert_cmpint (status, ==, 0);
      g_assert_cmpstr (err, ==, "");
      text = pdf_text (pdf);
      assert_has (text, fields[1]);
      printed++;
    }
  g_assert_cmpuint (printed, >, 0);

  after = ff_test_checksum_file (db);
  g_assert_cmpstr (after, ==, before);
}

/* The words of "Contact person" in the catalogues: each language has its own. */
#define NB_CONTACT "Kontaktperson"
#define UK_CONTACT "Контактна особа"
#define EN_CONTACT "Contact person"

/* The printed plan's labels in @language as the catalogues hold them, so that each
 * language is checked with every label its translators have done. */
static const char *const plan_labels[] = {
  "Individual plan", "Participant", "Birth date", "Activities", "Signature",
};

static void
assert_labels (const char *text,
               const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (plan_labels); i++)
    assert_has (text, ff_report_gettext (language, plan_labels[i]));
}

/* Where @language has a word of its own for a label, @other's word is not printed. */
static void
assert_no_labels_of (const char *text,
                     const char *language,
                     const char *other)
{
  for (guint i = 0; i < G_N_ELEMENTS (plan_labels); i++)
    {
      const char *own = ff_report_gettext (language, plan_labels[i]);
      const char *others = ff_report_gettext (other, plan_labels[i]);

      if (strcmp (own, others) != 0)
        assert_has_not (text, others);
    }
}

static void
test_print_plan_languages (Fixture       *f,
                           gconstpointer  data)
{
  g_auto(PlanStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "languages.pdf");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  char *text;

  if (!need_pdftotext ())
    return;
  make_plan_store (f, &p);
  before = ff_test_checksum_file (p.db);

  /* The plan's own language, Bokmål, alone. */
  text = print_ok (p.db, pdf, p.olena, NULL);
  assert_has (text, NB_CONTACT);
  assert_has (text, "7,5");
  assert_has_not (text, UK_CONTACT);
  assert_has_not (text, EN_CONTACT);
  assert_labels (text, "nb");
  assert_no_labels_of (text, "nb", "nn");
  g_free (text);

  text = print_ok (p.db, pdf, p.olena, "--language", "nn", NULL);
  assert_has (text, NB_CONTACT);  /* the same word in Nynorsk */
  assert_has_not (text, UK_CONTACT);
  assert_labels (text, "nn");
  assert_no_labels_of (text, "nn", "nb");
  g_free (text);

  text = print_ok (p.db, pdf, p.olena, "--language", "uk", NULL);
  assert_has (text, UK_CONTACT);
  assert_has (text, "7,5");
  assert_has_not (text, NB_CONTACT);
  assert_labels (text, "uk");
  g_free (text);

  /* English writes decimals with a point. */
  text = print_ok (p.db, pdf, p.olena, "-l", "en", NULL);
  assert_has (text, EN_CONTACT);
  assert_has (text, "7.5");
  assert_has_not (text, "7,5");
  assert_has_not (text, NB_CONTACT);
  assert_labels (text, "en");
  g_free (text);

  /* Bilingual: the plan's second language, Olena's own Ukrainian … */
  text = print_ok (p.db, pdf, p.olena, "--bilingual", NULL);
  assert_has (text, NB_CONTACT);
  assert_has (text, UK_CONTACT);
  assert_has_not (text, EN_CONTACT);
  assert_labels (text, "nb");
  assert_labels (text, "uk");
  g_free (text);

  /* … or the one asked for … */
  text = print_ok (p.db, pdf, p.olena, "--bilingual", "--second-language", "en", NULL);
  assert_has (text, NB_CONTACT);
  assert_has (text, EN_CONTACT);
  assert_has_not (text, UK_CONTACT);
  g_free (text);

  text = print_ok (p.db, pdf, p.olena, "--language", "en", "--bilingual",
                   "--second-language", "uk", NULL);
  assert_has (text, EN_CONTACT);
  assert_has (text, UK_CONTACT);
  assert_has_not (text, NB_CONTACT);
  g_free (text);

  /* … and Norwegian beside a plan printed in the participant's own language. */
  text = print_ok (p.db, pdf, p.olena, "--language", "uk", "--bilingual", NULL);
  assert_has (text, UK_CONTACT);
  assert_has (text, NB_CONTACT);
  g_free (text);

  /* A plan without a second language takes the participant's: Tigrinya is not one
   * plans are printed in, so English. */
  text = print_ok (p.db, pdf, p.yonas, "--bilingual", NULL);
  assert_has (text, NB_CONTACT);
  assert_has (text, EN_CONTACT);
  g_free (text);

  after = ff_test_checksum_file (p.db);
  g_assert_cmpstr (after, ==, before);
}

/* Nothing but the files the test made itself is in @dir. */
static void
assert_no_other_files (const char         *dir,
                       const char *const  *expected)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (!g_strv_contains (expected, name))
        g_error ("%s was left in %s", name, dir);
    }
}

typedef struct
{
  const char *args[12];
  const char *says;        /* in the message: what was wrong */
  gboolean    not_root;    /* a permission that does not stop root */
} BadPrint;

static void
test_print_bad_input_changes_nothing (Fixture       *f,
                                      gconstpointer  data)
{
  g_auto(PlanStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "never.pdf");
  g_autofree char *old_pdf = path_in (f, "old.pdf");
  g_autofree char *letter = path_in (f, "letter.txt");
  g_autofree char *missing_db = path_in (f, "typo.sqlite3");
  g_autofree char *no_folder = path_in (f, "no-such-folder/plan.pdf");
  g_autofree char *locked_dir = path_in (f, "locked");
  g_autofree char *locked_pdf = g_build_filename (locked_dir, "plan.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *old_pdf_sum = NULL;
  g_autofree char *letter_sum = NULL;
  g_autofree char *old_pdf_after = NULL;
  g_autofree char *letter_after = NULL;
  const char *expected_files[] = {
    "plans.sqlite3", "plans.sqlite3-wal", "plans.sqlite3-shm", "old.pdf", "letter.txt",
    "locked", NULL
  };
  const char *no_files[] = { NULL };
  g_autofree BadPrint *cases = NULL;
  guint n_cases;

  make_plan_store (f, &p);
  g_assert_true (g_file_set_contents (old_pdf, "%PDF-1.5\n% an earlier print\n", -1, NULL));
  g_assert_true (g_file_set_contents (letter, "Kjære Olena, velkommen!\n", -1, NULL));
  g_assert_cmpint (g_mkdir (locked_dir, 0500), ==, 0);
  before = ff_test_checksum_file (p.db);
  old_pdf_sum = ff_test_checksum_file (old_pdf);
  letter_sum = ff_test_checksum_file (letter);

  {
    const BadPrint table[] = {
      { { "print", NULL }, "print plan" },
      { { "print", "business-plan", p.olena, "-o", pdf, NULL }, "Only plans" },
      { { "print", "job-log", p.olena, "-o", pdf, NULL }, "Only plans" },
      { { "print", "plan", "-o", pdf, NULL }, "list participants" },
      { { "print", "plan", "Olena", "-o", pdf, NULL }, "“Olena” is not" },
      { { "print", "plan", "0", "-o", pdf, NULL }, "“0” is not" },
      { { "print", "plan", "-3", "-o", pdf, NULL }, "-3" },
      { { "print", "plan", p.olena, p.ahmad, "-o", pdf, NULL }, "too many" },
      { { "print", "plan", p.olena, NULL }, "--output" },
      { { "print", "plan", p.olena, "-o", NULL }, "-o" },
      { { "print", "plan", p.olena, "-o", pdf, "--language", "de", NULL }, "“de”" },
      { { "print", "plan", p.olena, "-o", pdf, "--language", NULL }, "--language" },
      { { "print", "plan", p.olena, "-o", pdf, "--second-language", "uk", NULL },
        "--bilingual" },
      { { "print", "plan", p.olena, "-o", pdf, "--bilingual", "--second-language", "xx",
          NULL }, "“xx”" },
      { { "print", "plan", p.olena, "-o", pdf, "-l", "uk", "--bilingual",
          "--second-language", "uk", NULL }, "two different languages" },
      /* The plan's own language is Bokmål. */
      { { "print", "plan", p.olena, "-o", pdf, "--bilingual", "--second-language", "nb",
          NULL }, "--second-language" },
      { { "print", "plan", p.olena, "-o", pdf, "--version", "first", NULL }, "“first”" },
      { { "print", "plan", p.olena, "-o", pdf, "--version", "0", NULL }, "“0”" },
      { { "print", "plan", p.olena, "-o", pdf, "--version", "7", NULL }, "no version 7" },
      { { "print", "plan", "4711", "-o", pdf, NULL }, "no participant number 4711" },
      { { "print", "plan", p.ahmad, "-o", pdf, NULL },
        "Ahmad Rahimi has no individual plan" },
      { { "print", "plan", p.ahmad, "-o", old_pdf, NULL }, "no individual plan" },
      { { "print", "plan", p.olena, "-o", no_folder, NULL }, "no-such-folder" },
      { { "print", "plan", p.olena, "-o", f->dir, NULL }, "is a folder" },
      { { "print", "plan", p.olena, "-o", p.db, NULL }, "is not a PDF" },
      { { "print", "plan", p.olena, "-o", letter, NULL }, "is not a PDF" },
      /* Not even root can make a file there. */
      { { "print", "plan", p.olena, "-o", "/proc/plan.pdf", NULL }, "/proc/plan.pdf" },
      { { "print", "plan", p.olena, "-o", locked_pdf, NULL }, "plan.pdf", TRUE },
      { { "--database", missing_db, "print", "plan", p.olena, "-o", pdf, NULL }, "init" },
    };

    n_cases = G_N_ELEMENTS (table);
    cases = g_memdup2 (table, sizeof table);
  }

  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *after = NULL;

      if (cases[i].not_root && geteuid () == 0)
        continue;

      if (g_strcmp0 (cases[i].args[0], "--database") != 0)
        {
          g_ptr_array_add (args, (gpointer) "--database");
          g_ptr_array_add (args, p.db);
        }
      for (guint j = 0; cases[i].args[j] != NULL; j++)
        g_ptr_array_add (args, (gpointer) cases[i].args[j]);
      g_ptr_array_add (args, NULL);

      g_assert_cmpint (run_strv (&out, &err, (const char *const *) args->pdata), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "fotfeste-cli: "));
      if (strstr (err, cases[i].says) == NULL)
        g_error ("case %u: “%s” is not in the message:\n%s", i, cases[i].says, err);

      after = ff_test_checksum_file (p.db);
      g_assert_cmpstr (after, ==, before);
    }

  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing_db, G_FILE_TEST_EXISTS));
  /* An earlier print and a letter are left as they were, and no half-written file
   * is left anywhere. */
  old_pdf_after = ff_test_checksum_file (old_pdf);
  letter_after = ff_test_checksum_file (letter);
  g_assert_cmpstr (old_pdf_after, ==, old_pdf_sum);
  g_assert_cmpstr (letter_after, ==, letter_sum);
  assert_no_other_files (f->dir, expected_files);
  assert_no_other_files (locked_dir, no_files);
  g_assert_cmpint (g_chmod (locked_dir, 0700), ==, 0);
}

static void
test_help_and_version (void)
{
  g_autofree char *help = NULL;
  g_autofree char *sample_help = NULL;
  g_autofree char *version = NULL;

  g_assert_cmpint (run (&help, NULL, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (help, "list programmes|participants"));
  g_assert_nonnull (strstr (help, "backup FILE"));
  g_assert_nonnull (strstr (help, "print plan PARTICIPANT"));

  g_assert_cmpint (run (&sample_help, NULL, "sample", "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (sample_help, "--participants"));

  g_assert_cmpint (run (&version, NULL, "--version", NULL), ==, 0);
  g_assert_cmpstr (version, ==, "fotfeste-cli " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2 || !g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("Usage: %s PATH-TO-FOTFESTE-CLI [PATH-TO-PDFTOTEXT] [GTest options]\n",
                  argv[0]);
      return 2;
    }
  cli_path = argv[1];
  argv[1] = argv[0];
  argc--;
  argv++;
  /* pdftotext, when it is installed, reads the printed plans back. */
  if (argc > 1 && argv[1][0] != '-')
    {
      pdftotext_path = g_file_test (argv[1], G_FILE_TEST_IS_EXECUTABLE) ? argv[1] : NULL;
      argv[1] = argv[0];
      argc--;
      argv++;
    }

  g_test_init (&argc, &argv, NULL);

  /* The catalogues fotfeste-cli prints labels from, for the expected labels. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("FOTFESTE_LOCALEDIR") != NULL
                                   ? g_getenv ("FOTFESTE_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/init/creates-private-file", test_init_creates_private_file);
  ADD ("/cli/sample/same-seed-same-list", test_sample_same_seed_same_list);
  ADD ("/cli/list/programmes", test_list_programmes);
  ADD ("/cli/list/search-and-status", test_list_search_and_status);
  ADD ("/cli/bad-arguments/change-nothing", test_bad_arguments_change_nothing);
  ADD ("/cli/database/refuses-text-file", test_refuses_text_file);
  ADD ("/cli/database/missing-is-not-created", test_missing_database_is_not_created);
  ADD ("/cli/check/no-problems", test_check);
  ADD ("/cli/backup/writes-private-copy", test_backup);
  ADD ("/cli/print/plan/draft-and-signed-version", test_print_plan);
  ADD ("/cli/print/plan/languages", test_print_plan_languages);
  ADD ("/cli/print/plan/sample-data", test_print_sample_plans);
  ADD ("/cli/print/plan/bad-input-changes-nothing", test_print_bad_input_changes_nothing);
  g_test_add_func ("/cli/help-and-version", test_help_and_version);

#undef ADD

  return g_test_run ();
}
