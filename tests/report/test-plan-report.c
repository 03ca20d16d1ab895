/* test-plan-report.c — individual plans printed to PDF, read back as text
 *
 * The PDFs are read with pdftotext and pdffonts, whose paths the test is given
 * after its options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <libintl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "ff-test-document.h"
#include "ff-enrolment.h"
#include "ff-participant.h"
#include "ff-plan.h"
#include "ff-plan-report.h"
#include "ff-programme.h"
#include "ff-test-store.h"
#include "ff-test-util.h"

static const char *pdftotext;
static const char *pdffonts;

#define GOAL_TEXT "Fast jobb som kokk på en restaurant i Drammen innen to år"

static const char * const activity_descriptions[] = {
  "Norskkurs på Drammen voksenopplæring, spor 2",
  "Språkpraksis på kjøkkenet til Kafé Elva",
  "Kurs i mattrygghet og hygiene",
};

typedef struct
{
  char    *dir;
  FfStore *store;
  gint64   participant;
  gint64   programme;
  gint64   enrolment;
  gint64   plan;
} Fixture;

static gint64
add_activity (Fixture    *fixture,
              const char *kind,
              const char *description,
              const char *hours,
              const char *status)
{
  gint64 id = ff_test_add_part (fixture->store, fixture->plan, FF_PLAN_PART_ACTIVITY, NULL);

  ff_test_set_part (fixture->store, id, FF_PLAN_FIELD_ACTIVITY_KIND, kind);
  ff_test_set_part (fixture->store, id, FF_PLAN_FIELD_ACTIVITY_DESCRIPTION, description);
  ff_test_set_part (fixture->store, id, FF_PLAN_FIELD_ACTIVITY_HOURS, hours);
  ff_test_set_part (fixture->store, id, FF_PLAN_FIELD_ACTIVITY_START, "2025-01-06");
  ff_test_set_part (fixture->store, id, FF_PLAN_FIELD_ACTIVITY_END, "2025-04-04");
  ff_test_set_part (fixture->store, id, FF_PLAN_FIELD_ACTIVITY_RESPONSIBLE, "Kari Nordmann");
  ff_test_set_part (fixture->store, id, FF_PLAN_FIELD_ACTIVITY_STATUS, status);
  return id;
}

/* Olena, in the introduction programme, with a plan of two sub-goals, three
 * activities and two review dates. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 part;

  fixture->store = ff_test_store_new (&fixture->dir);

  fixture->plan = ff_test_add_olena_plan (fixture->store, "Drammen kommune", "2025-01-06",
                                          &fixture->participant, &fixture->programme,
                                          &fixture->enrolment);

  ff_test_set_plan (fixture->store, fixture->plan, FF_PLAN_FIELD_PERIOD_START, "2025-01-06");
  ff_test_set_plan (fixture->store, fixture->plan, FF_PLAN_FIELD_PERIOD_END, "2025-04-04");
  ff_test_set_plan (fixture->store, fixture->plan, FF_PLAN_FIELD_GOAL, "work");
  ff_test_set_plan (fixture->store, fixture->plan, FF_PLAN_FIELD_GOAL_TEXT, GOAL_TEXT);
  ff_test_set_plan (fixture->store, fixture->plan, FF_PLAN_FIELD_NORWEGIAN_LEVEL, "B1");
  ff_test_set_plan (fixture->store, fixture->plan, FF_PLAN_FIELD_NORWEGIAN_DATE, "2025-12-31");

  part = ff_test_add_part (fixture->store, fixture->plan, FF_PLAN_PART_SUBGOAL, NULL);
  ff_test_set_part (fixture->store, part, FF_PLAN_FIELD_SUBGOAL_TEXT,
                    "Bestå norskprøven på nivå B1");
  ff_test_set_part (fixture->store, part, FF_PLAN_FIELD_SUBGOAL_DATE, "2025-06-13");
  part = ff_test_add_part (fixture->store, fixture->plan, FF_PLAN_PART_SUBGOAL, NULL);
  ff_test_set_part (fixture->store, part, FF_PLAN_FIELD_SUBGOAL_TEXT, "Ta fagbrev som kokk");

  add_activity (fixture, "norwegian-tuition", activity_descriptions[0], "15", "ongoing");
  add_activity (fixture, "language-practice", activity_descriptions[1], "7.5", "planned");
  add_activity (fixture, "course", activity_descriptions[2], "2", "done");

  part = ff_test_add_part (fixture->store, fixture->plan, FF_PLAN_PART_REVIEW, "2025-02-14");
  ff_test_set_part (fixture->store, part, FF_PLAN_FIELD_REVIEW_NOTE, "Første evaluering med tolk");
  ff_test_set_part (fixture->store, part, FF_PLAN_FIELD_REVIEW_DONE, "1");
  ff_test_add_part (fixture->store, fixture->plan, FF_PLAN_PART_REVIEW, "2025-03-28");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ff_test_store_close (fixture->store, fixture->dir);
}

static char *
run_tool (const char *tool,
          const char *option,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { tool, option, path, "-", NULL };
  int status;

  if (option == NULL)
    {
      argv[1] = path;
      argv[2] = NULL;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&out);
}

/* The plan @plan_id printed to a PDF in the fixture's folder, as text. */
static char *
print_plan (Fixture    *fixture,
            gint64      plan_id,
            const char *language,
            const char *second_language,
            int        *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) plan = ff_test_load_plan (fixture->store, plan_id);
  g_autoptr(FfPlanReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "plan.pdf", NULL);
  GStatBuf st;
  char *text;
  int pages = 0;

  report = ff_plan_report_new (plan, language, second_language, &error);
  g_assert_no_error (error);
  g_assert_true (ff_document_write_pdf (FF_DOCUMENT (report), path, &pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pages, >=, 1);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  text = run_tool (pdftotext, "-layout", path);
  if (n_pages != NULL)
    *n_pages = pages;
  g_unlink (path);

  return text;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    {
      g_test_message ("“%s” is not in the printed plan", needle);
      g_test_fail ();
    }
}

static void
assert_words (const char *text,
              const char *words)
{
  g_auto(GStrv) split = g_strsplit (words, " ", -1);

  for (guint i = 0; split[i] != NULL; i++)
    assert_contains (text, split[i]);
}

static void
assert_absent (const char *text,
               const char *needle)
{
  if (strstr (text, needle) != NULL)
    {
      g_test_message ("“%s” should not be in the printed plan", needle);
      g_test_fail ();
    }
}

/* What is printed as typed, whatever the language. */
static void
assert_typed_text (const char *text)
{
  assert_contains (text, "Olena Kovalenko");
  assert_contains (text, "Олена Коваленко");
  assert_contains (text, "12.04.1988");
  assert_contains (text, "Kari Nordmann");
  assert_contains (text, "Drammen kommune");
  assert_contains (text, "Introduksjonsprogrammet");
  assert_contains (text, "06.01.2025");
  assert_contains (text, "04.04.2025");
  assert_contains (text, "Bestå norskprøven på nivå B1");
  assert_contains (text, "13.06.2025");
  assert_contains (text, "Ta fagbrev som kokk");
  assert_contains (text, "B1");
  assert_contains (text, "31.12.2025");
  assert_contains (text, "Første evaluering med tolk");
  assert_contains (text, "14.02.2025");
  assert_contains (text, "28.03.2025");
  /* wrapped in their column, but every word is there */
  for (guint i = 0; i < G_N_ELEMENTS (activity_descriptions); i++)
    assert_words (text, activity_descriptions[i]);
  assert_words (text, GOAL_TEXT);
}

/* "Page 1 of 2" … at the foot of each page, in words of the language. */
static void
assert_footers (const char *text,
                int         n_pages,
                const char *page,
                const char *of)
{
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  /* pdftotext ends each page with a form feed */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *footer = g_strdup_printf ("%s %d %s %d", page, i + 1, of, n_pages);

      assert_contains (pages[i], footer);
    }
}

/* What is typed once is printed once, not once per language. */
static void
assert_once (const char *text,
             const char *needle)
{
  g_assert_cmpuint (ff_test_count (text, needle), ==, 1);
}

/* Something a printed plan is expected to show, or not, besides the typed text:
 * @check passes for @needle. */
typedef struct
{
  void      (*check) (const char *text,
                      const char *needle);
  const char *needle;
} Expected;

static const Expected bokmal[] = {
  { assert_contains, "Integreringsplan" },
  { assert_contains, "Deltaker" },
  { assert_contains, "Kontaktperson" },
  { assert_contains, "Fødselsdato" },
  { assert_contains, "Aktiviteter" },
  { assert_words, "Timer per uke" },
  { assert_contains, "Ansvarlig" },
  { assert_contains, "Norskopplæring" },
  { assert_contains, "Pågår" },
  { assert_contains, "Arbeid" },
  { assert_contains, "7,5" },
  { assert_contains, "Sted og dato" },
  { assert_contains, "Underskrift" },
  { assert_absent, "Signature" },
  { assert_absent, "7.5" },
};

static const Expected nynorsk[] = {
  { assert_contains, "Integreringsplan" },
  { assert_contains, "Deltakar" },
  { assert_contains, "Aktivitetar" },
  { assert_words, "Timar per veke" },
  { assert_contains, "Ansvarleg" },
  { assert_contains, "Stad og dato" },
  { assert_contains, "Underskrift" },
  { assert_contains, "7,5" },
  /* Nynorsk, not Bokmål. */
  { assert_absent, "Deltaker" },
  { assert_absent, "Sted og dato" },
};

static const Expected english[] = {
  { assert_contains, "Integration plan" },
  { assert_contains, "Participant" },
  { assert_contains, "Birth date" },
  { assert_contains, "Contact person" },
  { assert_contains, "Long-term goal" },
  { assert_contains, "Work" },
  { assert_words, "Norwegian tuition" },
  { assert_contains, "Hours per" },
  { assert_contains, "7.5" },
  { assert_contains, "Review dates" },
  { assert_contains, "Not held" },
  { assert_contains, "Place and date" },
  { assert_contains, "Signature" },
};

static const Expected bilingual[] = {
  { assert_contains, "Integreringsplan" },
  { assert_contains, "План інтеграції" },
  { assert_contains, "Deltaker" },
  { assert_contains, "Учасник" },
  { assert_contains, "Kontaktperson" },
  { assert_contains, "Контактна особа" },
  { assert_contains, "Underskrift" },
  { assert_contains, "Підпис" },
  { assert_contains, "Sted og dato" },
  { assert_contains, "Місце і дата" },
  { assert_once, "Første evaluering med tolk" },
  { assert_once, "Elva" },
};

/* The plan printed in a language, perhaps with a second, and what it shows: in
 * @footers, the words for "Page" and "of" of each language. */
typedef struct
{
  const char     *path;
  const char     *language;
  const char     *second_language;
  const Expected *expected;
  guint           n_expected;
  const char     *footers[2][2];
} PrintedLanguage;

static const PrintedLanguage printed_languages[] = {
  { "/report/plan/bokmal", "nb", NULL, bokmal, G_N_ELEMENTS (bokmal),
    { { "Side", "av" } } },
  { "/report/plan/nynorsk", "nn", NULL, nynorsk, G_N_ELEMENTS (nynorsk),
    { { "Side", "av" } } },
  { "/report/plan/english", "en", NULL, english, G_N_ELEMENTS (english),
    { { "Page", "of" } } },
  { "/report/plan/bilingual", "nb", "uk", bilingual, G_N_ELEMENTS (bilingual),
    { { "Side", "av" }, { "Сторінка", "з" } } },
};

static void
test_plan_in_language (Fixture       *fixture,
                       gconstpointer  data)
{
  const PrintedLanguage *printed = data;
  int n_pages = 0;
  g_autofree char *text = print_plan (fixture, fixture->plan, printed->language,
                                      printed->second_language, &n_pages);

  assert_typed_text (text);
  for (guint i = 0; i < printed->n_expected; i++)
    printed->expected[i].check (text, printed->expected[i].needle);
  for (guint i = 0; i < G_N_ELEMENTS (printed->footers) && printed->footers[i][0] != NULL; i++)
    assert_footers (text, n_pages, printed->footers[i][0], printed->footers[i][1]);
}

/* A plan just started prints on one page, ready to be filled in by hand. */
static void
test_plan_empty (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 participant;
  gint64 enrolment;
  gint64 plan;
  int n_pages = 0;

  participant = ff_participant_create (fixture->store, "Yonas", "", &error);
  g_assert_no_error (error);
  enrolment = ff_enrolment_create (fixture->store, participant, fixture->programme,
                                   FF_ENROLMENT_STATUS_REFERRED, "2025-02-03", NULL, &error);
  g_assert_no_error (error);
  plan = ff_plan_create (fixture->store, enrolment, &error);
  g_assert_no_error (error);

  text = print_plan (fixture, plan, "en", NULL, &n_pages);
  g_assert_cmpint (n_pages, ==, 1);
  assert_contains (text, "Integration plan");
  assert_contains (text, "Yonas");
  assert_contains (text, "Activities");
  assert_contains (text, "Signature");
  assert_footers (text, n_pages, "Page", "of");
  assert_absent (text, "Olena");
}

/* "prefix000 prefix001 …": @n_words words, or more if it takes more to make
 * @min_length characters. */
static char *
numbered_words (const char *prefix,
                guint       n_words,
                gsize       min_length)
{
  GString *words = g_string_new (NULL);

  for (guint i = 0; i < n_words || words->len < min_length; i++)
    g_string_append_printf (words, "%s%s%03u", i > 0 ? " " : "", prefix, i);

  return g_string_free (words, FALSE);
}

/* Asserts that each of "prefix000suffix" … up to @n words is once in @text. */
static void
assert_numbered_once (const char *text,
                      const char *prefix,
                      const char *suffix,
                      guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *word = g_strdup_printf ("%s%03u%s", prefix, i, suffix);

      g_assert_cmpuint (ff_test_count (text, word), ==, 1);
    }
}

/* Forty activities and a goal of 2,000 characters run over several pages
 * without losing a word; the activity table's header begins each page it
 * continues on. */
static void
test_plan_long (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *goal = numbered_words ("goalword", 0, 2000);
  guint n_words = ff_test_count (goal, "goalword");
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  guint table_pages = 0;
  int n_pages = 0;

  ff_test_set_plan (fixture->store, fixture->plan, FF_PLAN_FIELD_GOAL_TEXT, goal);

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *description = NULL;

      /* some long enough to wrap in their column */
      if (i % 3 == 0)
        description = g_strdup_printf ("activity%03umarker med språkpraksis hos en arbeidsgiver "
                                       "i nærmiljøet og oppfølging fra veileder rowend", i);
      else
        description = g_strdup_printf ("activity%03umarker", i);
      add_activity (fixture, "work-practice", description, "3.5", "planned");
    }

  text = print_plan (fixture, fixture->plan, "en", NULL, &n_pages);
  g_assert_cmpint (n_pages, >, 1);

  assert_numbered_once (text, "goalword", "", n_words);
  assert_numbered_once (text, "activity", "marker", 40);
  pages = g_strsplit (text, "\f", -1);
  /* the text ends with a form feed: one empty piece after the last page */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", i + 1, n_pages);

      assert_contains (pages[i], footer);
      if (strstr (pages[i], "marker") != NULL)
        {
          table_pages++;
          assert_contains (pages[i], "Description");
          assert_contains (pages[i], "Responsible");
        }
      /* a row that fits on a page is not cut */
      g_assert_cmpuint (ff_test_count (pages[i], "marker med"), ==,
                        ff_test_count (pages[i], "rowend"));
    }
  g_assert_cmpuint (table_pages, >, 1);
  /* the signature lines close the last page */
  assert_contains (pages[n_pages - 1], "Signature");
  assert_contains (pages[n_pages - 1], "Place and date");
  g_assert_cmpuint (ff_test_count (text, "Place and date"), ==, 2);
}

/* A row taller than a page goes on over the next pages, with the table's header
 * over it on each, and loses no word. */
static void
test_plan_tall_row (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *description = numbered_words ("tallword", 300, 0);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  guint row_pages = 0;
  int n_pages = 0;

  add_activity (fixture, "other", description, "1", "planned");
  add_activity (fixture, "other", "afterwardsmarker", "1", "planned");

  text = print_plan (fixture, fixture->plan, "en", NULL, &n_pages);
  g_assert_cmpint (n_pages, >, 3);
  assert_numbered_once (text, "tallword", "", 300);
  g_assert_cmpuint (ff_test_count (text, "afterwardsmarker"), ==, 1);

  pages = g_strsplit (text, "\f", -1);
  for (int i = 0; i < n_pages; i++)
    {
      if (strstr (pages[i], "tallword") == NULL)
        continue;
      row_pages++;
      assert_contains (pages[i], "Description");
      assert_contains (pages[i], "Hours per");
    }
  g_assert_cmpuint (row_pages, >, 1);
}

/* Names in Cyrillic, Arabic and Ge'ez script have their glyphs, and the fonts
 * are in the file. */
static void
test_plan_scripts (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const names[] = {
    "Олена Коваленко",
    "أحمد عبد الله",
    "ኣበበ ተስፋዬ",
  };
  g_autofree char *path = g_build_filename (fixture->dir, "scripts.pdf", NULL);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FfPlan) plan = NULL;
      g_autoptr(FfPlanReport) report = NULL;
      g_autofree char *fonts = NULL;
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;
      guint n_fonts = 0;

      ff_test_set_participant (fixture->store, fixture->participant, FF_PARTICIPANT_NATIVE_NAME,
                               names[i]);
      plan = ff_test_load_plan (fixture->store, fixture->plan);
      report = ff_plan_report_new (plan, "nb", "uk", &error);
      g_assert_no_error (error);

      g_assert_cmpint (ff_document_paginate (FF_DOCUMENT (report), context, FF_REPORT_A4_WIDTH,
                                             FF_REPORT_A4_HEIGHT), >=, 1);
      g_assert_cmpint (ff_document_get_unknown_glyphs (FF_DOCUMENT (report)), ==, 0);

      g_assert_true (ff_document_write_pdf (FF_DOCUMENT (report), path, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (ff_document_get_unknown_glyphs (FF_DOCUMENT (report)), ==, 0);

      /* pdffonts: two header lines, then "name type encoding emb sub uni …" */
      fonts = run_tool (pdffonts, NULL, path);
      lines = g_strsplit (fonts, "\n", -1);
      for (guint j = 2; lines[j] != NULL; j++)
        {
          g_auto(GStrv) columns = NULL;

          if (lines[j][0] == '\0')
            continue;
          columns = g_regex_split_simple ("\\s+", lines[j], 0, 0);
          g_assert_cmpuint (g_strv_length (columns), >=, 7);
          if (strcmp (columns[g_strv_length (columns) - 5], "yes") != 0)
            g_error ("A font is not embedded:\n%s", fonts);
          n_fonts++;
        }
      g_assert_cmpuint (n_fonts, >=, 2);

      text = run_tool (pdftotext, "-layout", path);
      if (i == 0)
        assert_contains (text, names[i]);
    }

  /* A character no font has is counted. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(FfPlan) plan = NULL;
    g_autoptr(FfPlanReport) report = NULL;

    ff_test_set_participant (fixture->store, fixture->participant, FF_PARTICIPANT_NATIVE_NAME,
                             "Olena \xf4\x8f\xbf\xbd");
    plan = ff_test_load_plan (fixture->store, fixture->plan);
    report = ff_plan_report_new (plan, "nb", NULL, &error);
    g_assert_no_error (error);
    ff_document_paginate (FF_DOCUMENT (report), context, FF_REPORT_A4_WIDTH,
                          FF_REPORT_A4_HEIGHT);
    g_assert_cmpint (ff_document_get_unknown_glyphs (FF_DOCUMENT (report)), >, 0);
  }

  g_object_unref (context);
}

static void
test_unknown_language (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(FfPlan) plan = ff_test_load_plan (fixture->store, fixture->plan);
  g_autoptr(GError) error = NULL;
  FfPlanReport *report;

  report = ff_plan_report_new (plan, "de", NULL, &error);
  g_assert_null (report);
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
  g_assert_nonnull (strstr (error->message, "de"));
  g_clear_error (&error);

  report = ff_plan_report_new (plan, "nb", "sv", &error);
  g_assert_null (report);
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
  g_clear_error (&error);

  /* no second language, or the same twice: printed in one language */
  report = ff_plan_report_new (plan, "uk", "", &error);
  g_assert_no_error (error);
  g_object_unref (report);
  report = ff_plan_report_new (plan, "uk", "uk", &error);
  g_assert_no_error (error);
  g_object_unref (report);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;

  return n;
}

/* Files whose name holds @part (a temporary file's name holds its file's). */
static guint
count_files_named (const char *dir,
                   const char *part)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    n += strstr (name, part) != NULL;

  return n;
}

/* Olena's plan, to print in Bokmål. */
static FfPlanReport *
bokmal_report (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) plan = ff_test_load_plan (fixture->store, fixture->plan);
  FfPlanReport *report = ff_plan_report_new (plan, "nb", NULL, &error);

  g_assert_no_error (error);
  return report;
}

static void
assert_write_fails (FfPlanReport *report,
                    const char   *path)
{
  g_autoptr(GError) error = NULL;
  int n_pages = -1;

  g_assert_false (ff_document_write_pdf (FF_DOCUMENT (report), path, &n_pages, &error));
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpint (n_pages, ==, -1);
}

static void
test_write_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(FfPlanReport) report = bokmal_report (fixture);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "plan.pdf", NULL);
  g_autofree char *out = g_build_filename (fixture->dir, "out", NULL);
  g_autofree char *folder = g_build_filename (out, "plan.pdf", NULL);

  /* a folder that does not exist */
  assert_write_fails (report, missing);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* a path that is a folder: the finished file cannot take its place, and the
   * temporary file beside it goes */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  assert_write_fails (report, folder);
  g_assert_cmpuint (count_files (out), ==, 1);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
}

/* A folder the user may not write in. */
static void
test_write_read_only (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(FfPlanReport) report = bokmal_report (fixture);
  g_autofree char *read_only = g_build_filename (fixture->dir, "read-only", NULL);
  g_autofree char *in_read_only = g_build_filename (read_only, "plan.pdf", NULL);

  g_assert_cmpint (g_mkdir (read_only, 0500), ==, 0);
  if (access (read_only, W_OK) == 0)
    {
      g_test_skip ("this user may write in read-only folders");
    }
  else
    {
      assert_write_fails (report, in_read_only);
      g_assert_cmpuint (count_files (read_only), ==, 0);
    }
  g_chmod (read_only, 0700);
}

/* An earlier file of the same name is replaced by the whole new one, private. */
static void
test_write_replaces (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlanReport) report = bokmal_report (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "plan.pdf", NULL);
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents_full (path, "an older plan", -1,
                                           G_FILE_SET_CONTENTS_NONE, 0644, &error));
  g_assert_no_error (error);
  g_assert_true (ff_document_write_pdf (FF_DOCUMENT (report), path, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_files_named (fixture->dir, "plan.pdf"), ==, 1);
}

/* A signed version prints again as it was signed, whatever happens to the draft
 * and the records afterwards. */
static void
test_signed_version_frozen (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 draft = ff_plan_sign (fixture->store, fixture->plan, "2025-01-10", &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *draft_text = NULL;
  gint64 part;

  g_assert_no_error (error);
  g_assert_cmpint (draft, >, 0);
  g_assert_cmpint (draft, !=, fixture->plan);

  before = print_plan (fixture, fixture->plan, "nb", "uk", NULL);
  assert_contains (before, "10.01.2025");

  ff_test_set_participant (fixture->store, fixture->participant, FF_PARTICIPANT_GIVEN_NAME, "Olha");
  ff_test_set_participant (fixture->store, fixture->participant, FF_PARTICIPANT_NATIVE_NAME,
                           "Ольга Коваленко");
  ff_test_set_participant (fixture->store, fixture->participant, FF_PARTICIPANT_BIRTH_DATE,
                           "1989-05-13");
  ff_test_set_participant (fixture->store, fixture->participant, FF_PARTICIPANT_CONTACT_PERSON,
                           "Per Hansen");
  ff_test_set_programme (fixture->store, fixture->programme, FF_PROGRAMME_ORGANISATION,
                         "Lier kommune");
  fixture->plan = draft;
  ff_test_set_plan (fixture->store, fixture->plan, FF_PLAN_FIELD_GOAL_TEXT,
                    "Eget firma med matvogn");
  part = ff_test_add_part (fixture->store, fixture->plan, FF_PLAN_PART_ACTIVITY, NULL);
  ff_test_set_part (fixture->store, part, FF_PLAN_FIELD_ACTIVITY_DESCRIPTION, "Etableringskurs");

  after = print_plan (fixture, ff_plan_find_version (fixture->store, draft, 1, &error), "nb",
                      "uk", NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, before);

  /* the draft does show the changes */
  draft_text = print_plan (fixture, draft, "nb", "uk", NULL);
  assert_contains (draft_text, "Olha Kovalenko");
  assert_contains (draft_text, "Ольга Коваленко");
  assert_contains (draft_text, "Lier kommune");
  assert_contains (draft_text, "Eget firma med matvogn");
  assert_contains (draft_text, "Etableringskurs");
  assert_absent (draft_text, GOAL_TEXT);
}

/* The other tests, each with the plan of fixture_set_up(). */
static const struct
{
  const char *path;
  void      (*func) (Fixture       *fixture,
                     gconstpointer  data);
} tests[] = {
  { "/report/plan/empty", test_plan_empty },
  { "/report/plan/long-breaks-across-pages", test_plan_long },
  { "/report/plan/tall-row-continues", test_plan_tall_row },
  { "/report/plan/scripts-have-glyphs", test_plan_scripts },
  { "/report/plan/unknown-language", test_unknown_language },
  { "/report/plan/write-errors", test_write_errors },
  { "/report/plan/write-read-only-folder", test_write_read_only },
  { "/report/plan/write-replaces", test_write_replaces },
  { "/report/plan/signed-version-frozen", test_signed_version_frozen },
};

int
main (int   argc,
      char *argv[])
{
  ff_test_report_init (&argc, &argv);
  if (argc < 3)
    g_error ("Usage: %s [OPTION…] PDFTOTEXT PDFFONTS", argv[0]);
  pdftotext = argv[1];
  pdffonts = argv[2];

  for (guint i = 0; i < G_N_ELEMENTS (printed_languages); i++)
    g_test_add (printed_languages[i].path, Fixture, &printed_languages[i],
                fixture_set_up, test_plan_in_language, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, NULL, fixture_set_up, tests[i].func, fixture_tear_down);

  return g_test_run ();
}
