/* test-cli-print.c — runs the real fotfeste-cli's print commands on stores filled as a
 * contact person would fill them, and reads the printed plans back with pdftotext
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "ff-cli-test.h"
#include "ff-participant.h"
#include "ff-plan.h"
#include "ff-programme.h"
#include "ff-report-language.h"
#include "ff-store.h"
#include "ff-test-store.h"
#include "ff-test-util.h"

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

  ff_test_set_part (store, part, FF_PLAN_FIELD_ACTIVITY_KIND, ff_choice_list_key (&ff_activity_kinds, kind));
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
  ff_test_set_plan (store, plan_id, FF_PLAN_FIELD_GOAL, ff_choice_list_key (&ff_plan_goals, FF_PLAN_GOAL_WORK));
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
  before = checksum_but_audit (p.db);

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

  /* Printing adds to the audit log, and changes nothing else. */
  after = checksum_but_audit (p.db);
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
  before = checksum_but_audit (db);
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
          g_assert_nonnull (strstr (err, "has no plan"));
          continue;
        }
      g_assert_cmpint (status, ==, 0);
      g_assert_cmpstr (err, ==, "");
      text = pdf_text (pdf);
      assert_has (text, fields[1]);
      printed++;
    }
  g_assert_cmpuint (printed, >, 0);

  after = checksum_but_audit (db);
  g_assert_cmpstr (after, ==, before);
}

/* The words of "Contact person" in the catalogues: each language has its own. */
#define NB_CONTACT "Kontaktperson"
#define UK_CONTACT "Контактна особа"
#define EN_CONTACT "Contact person"

/* The printed plan's labels in @language as the catalogues hold them, so that each
 * language is checked with every label its translators have done. */
static const char *const plan_labels[] = {
  "Integration plan", "Participant", "Birth date", "Activities", "Signature",
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
  before = checksum_but_audit (p.db);

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

  after = checksum_but_audit (p.db);
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
  before = checksum_but_audit (p.db);
  old_pdf_sum = ff_test_checksum_file (old_pdf);
  letter_sum = ff_test_checksum_file (letter);

  {
    const BadPrint table[] = {
      { { "print", NULL }, "print plan" },
      { { "print", "invoice", p.olena, "-o", pdf, NULL },
        "choose “plan”, “business-plan”, “job-log”, “follow-ups”, “placement-agreement”, "
        "“attendance” or “sign-in”" },
      /* The message names the documents that have a period. */
      { { "print", "plan", p.olena, "-o", pdf, "--from", "2024-01-01", NULL },
        "job-seeker log, a follow-up history or an attendance report: a plan is printed" },
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
        "Ahmad Rahimi has no plan" },
      { { "print", "plan", p.ahmad, "-o", old_pdf, NULL }, "no plan" },
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

      after = checksum_but_audit (p.db);
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

/* fotfeste-cli's environment with FOTFESTE_LOCALEDIR set to @localedir, or without it
 * when NULL, and without LANGUAGE: messages in English. */
static GStrv
environment (const char *localedir)
{
  char **env = g_environ_unsetenv (g_get_environ (), "LANGUAGE");

  if (localedir == NULL)
    return g_environ_unsetenv (env, "FOTFESTE_LOCALEDIR");
  return g_environ_setenv (env, "FOTFESTE_LOCALEDIR", localedir, TRUE);
}

/* README's command as a new user runs it from the build folder, with nothing set: the
 * build's own translations are found, and every label is in the languages asked for. */
static void
test_print_plan_uninstalled (Fixture       *f,
                             gconstpointer  data)
{
  g_auto(PlanStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "plan.pdf");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) env = environment (NULL);

  if (!need_pdftotext ())
    return;
  make_plan_store (f, &p);

  {
    const char *args[] = { "--database", p.db, "print", "plan", p.olena, "--output", pdf,
                           "--language", "uk", "--bilingual", "--second-language", "nb",
                           NULL };

    g_assert_cmpint (run_env_strv (&out, &err, (const char *const *) env, args), ==, 0);
  }
  g_assert_cmpstr (err, ==, "");

  text = pdf_text (pdf);
  assert_has (text, UK_CONTACT);
  assert_has (text, NB_CONTACT);
  assert_has_not (text, EN_CONTACT);
  assert_labels (text, "uk");
  assert_labels (text, "nb");
}

/* A language whose translation cannot be found is refused, whether asked for or the
 * plan's own: never a plan with English labels in its place. English needs none. */
static void
test_print_plan_missing_translation (Fixture       *f,
                                     gconstpointer  data)
{
  g_auto(PlanStore) p = { 0 };
  g_autofree char *pdf = path_in (f, "plan.pdf");
  g_autofree char *empty = path_in (f, "no-translations");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) env = environment (empty);
  const struct
  {
    const char *options[6];
    const char *says;   /* in the message besides the folder */
  } cases[] = {
    { { "--language", "uk", NULL }, "Ukrainian (uk)" },
    { { "-l", "nn", NULL }, "Norwegian Nynorsk (nn)" },
    /* the plan's own language, Bokmål */
    { { NULL }, "Norwegian Bokmål (nb)" },
    { { "--bilingual", "--language", "en", "--second-language", "uk", NULL },
      "Ukrainian (uk)" },
    /* the plan's second language, Olena's own Ukrainian */
    { { "--bilingual", "--language", "en", NULL }, "Ukrainian (uk)" },
  };

  make_plan_store (f, &p);
  g_assert_cmpint (g_mkdir (empty, 0700), ==, 0);
  before = checksum_but_audit (p.db);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char *words[] = { "cannot be printed", cases[i].says, empty };
      const char *command[] = { "--database", p.db, "print", "plan", p.olena, "-o", pdf };

      for (guint j = 0; j < G_N_ELEMENTS (command); j++)
        g_ptr_array_add (args, (gpointer) command[j]);
      for (guint j = 0; cases[i].options[j] != NULL; j++)
        g_ptr_array_add (args, (gpointer) cases[i].options[j]);
      g_ptr_array_add (args, NULL);

      g_assert_cmpint (run_env_strv (&out, &err, (const char *const *) env,
                                     (const char *const *) args->pdata), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "fotfeste-cli: "));
      for (guint j = 0; j < G_N_ELEMENTS (words); j++)
        {
          if (strstr (err, words[j]) == NULL)
            g_error ("case %u: “%s” is not in the message:\n%s", i, words[j], err);
        }
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }

  after = checksum_but_audit (p.db);
  g_assert_cmpstr (after, ==, before);

  /* English is the labels themselves. */
  {
    const char *args[] = { "--database", p.db, "print", "plan", p.olena, "-o", pdf,
                           "--language", "en", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run_env_strv (&out, &err, (const char *const *) env, args), ==, 0);
    g_assert_cmpstr (err, ==, "");
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
    if (need_pdftotext ())
      {
        g_autofree char *text = pdf_text (pdf);

        assert_has (text, EN_CONTACT);
        assert_labels (text, "en");
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  ff_cli_test_init (&argc, &argv);

  ff_cli_test_add ("/cli/print/plan/draft-and-signed-version", test_print_plan);
  ff_cli_test_add ("/cli/print/plan/languages", test_print_plan_languages);
  ff_cli_test_add ("/cli/print/plan/uninstalled", test_print_plan_uninstalled);
  ff_cli_test_add ("/cli/print/plan/missing-translation",
                   test_print_plan_missing_translation);
  ff_cli_test_add ("/cli/print/plan/sample-data", test_print_sample_plans);
  ff_cli_test_add ("/cli/print/plan/bad-input-changes-nothing",
                   test_print_bad_input_changes_nothing);

  return g_test_run ();
}
