/* test-follow-up-report.c — a participant's follow-up history printed to PDF, read back
 * as text, for a period and whole, in each language documents are printed in and in
 * two
 *
 * The PDFs are read with pdftotext, whose path the test is given after its options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-audit.h"
#include "ff-audit-entry.h"
#include "ff-follow-up.h"
#include "ff-follow-up-report.h"
#include "ff-report-language.h"
#include "ff-test-document.h"
#include "ff-test-placement.h"
#include "ff-test-store.h"

typedef struct
{
  char            *dir;
  FfStore         *store;
  FfTestPlacement  story;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = ff_test_store_new (&fixture->dir);
  ff_test_add_placement_story (fixture->store, &fixture->story);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ff_test_placement_clear (&fixture->story);
  ff_test_store_close (fixture->store, fixture->dir);
}

/* Olena's history from @from to @to as text, white space squeezed. */
static char *
print_history (Fixture    *fixture,
               const char *from,
               const char *to,
               const char *language,
               const char *second_language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfFollowUpReport) report = NULL;

  report = ff_follow_up_report_new (fixture->store, fixture->story.olena, from, to, language,
                                    second_language, &error);
  g_assert_no_error (error);

  return ff_test_document_text (FF_DOCUMENT (report), fixture->dir);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    {
      g_test_message ("“%s” is not in the printed history:\n%s", needle, text);
      g_test_fail ();
    }
}

static void
assert_absent (const char *text,
               const char *needle)
{
  if (strstr (text, needle) != NULL)
    {
      g_test_message ("“%s” should not be in the printed history", needle);
      g_test_fail ();
    }
}

/* Where @needle is in @text, asserting that it is there once. */
static gsize
offset_of (const char *text,
           const char *needle)
{
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  g_assert_cmpuint (ff_test_count (text, needle), ==, 1);
  return found - text;
}

static const char *
kind_msgid (FfFollowUpKind kind)
{
  return ff_report_choice_msgid (&ff_follow_up_kinds, kind);
}

/* Every conversation of the quarter with what it says, its actions, and none from
 * outside it. */
static void
test_period (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *text = print_history (fixture, "2026-01-01", "2026-03-31", "en", NULL);
  g_autofree char *personal = g_strndup (fixture->story.national_id + 6, 5);

  assert_contains (text, "Follow-up history");
  assert_contains (text, "Drammen kommune · Introduksjonsprogrammet");
  assert_contains (text, "Participant Olena Kovalenko Олена Коваленко");
  assert_contains (text, "National identity number 120488 *****");
  assert_absent (text, fixture->story.national_id);
  assert_absent (text, personal);
  assert_contains (text, "Period 01.01.2026–31.03.2026");

  /* the conversations, oldest first, each with its kind, who took part and summary */
  g_assert_cmpuint (offset_of (text, "Godt i gang med kassen"), <,
                    offset_of (text, "Trives på lageret"));
  g_assert_cmpuint (offset_of (text, "Trives på lageret"), <,
                    offset_of (text, "Evaluering planlagt"));
  assert_contains (text, "12.01.2026");
  ff_test_assert_words (text, "Visit at the workplace");
  ff_test_assert_words (text, "Ingrid Berg");
  assert_contains (text, "09.02.2026");
  assert_contains (text, "Phone");
  /* the last day of the period is in it */
  assert_contains (text, "31.03.2026");
  ff_test_assert_words (text, "Weekly conversation");
  g_assert_true (g_regex_match_simple ("Conversations in total 3\\b", text, 0, 0));

  /* the actions agreed, with who does them, by when, and whether they are done */
  assert_contains (text, "Agreed actions");
  assert_contains (text, "Øve på kassesystemet Olena 26.01.2026 Done");
  assert_contains (text, "Sende timeliste Ingrid Berg 30.01.2026 Not done");
  assert_contains (text, "Avtale evalueringsmøte Kari Nordmann 07.04.2026 Not done");

  /* nothing from before or after */
  assert_absent (text, "Samtale før perioden");
  assert_absent (text, "15.12.2025");
  assert_absent (text, "Samtale etter perioden");
  assert_absent (text, "01.04.2026");
  assert_absent (text, "Handling etter perioden");
}

/* Without a period: every conversation, and the history says so. */
static void
test_all (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfFollowUpReport) report = NULL;
  g_autofree char *text = print_history (fixture, NULL, NULL, "en", NULL);

  assert_contains (text, "Period All conversations");
  g_assert_cmpuint (offset_of (text, "Samtale før perioden"), <,
                    offset_of (text, "Godt i gang med kassen"));
  g_assert_cmpuint (offset_of (text, "Evaluering planlagt"), <,
                    offset_of (text, "Samtale etter perioden"));
  assert_contains (text, "Handling etter perioden");
  g_assert_true (g_regex_match_simple ("Conversations in total 5\\b", text, 0, 0));

  report = ff_follow_up_report_new (fixture->store, fixture->story.olena, "2026-01-01",
                                    "2026-03-31", "en", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ff_follow_up_report_get_n_conversations (report), ==, 3);
  g_assert_cmpuint (ff_follow_up_report_get_n_actions (report), ==, 3);
}

/* The quarter in Bokmål, Nynorsk and Ukrainian (@data). */
static void
test_language (Fixture       *fixture,
               gconstpointer  data)
{
  const char *language = data;
  static const char * const labels[] = {
    "Follow-up history", "Participant", "National identity number", "Period",
    "Conversations", "Date", "Kind", "Who took part", "Summary", "Conversations in total",
    "Agreed actions", "Agreed on", "Action", "Who", "Due",
  };
  /* labels already translated in every language */
  static const char * const translated[] = {
    "Participant", "National identity number", "Period", "Summary",
  };
  g_autofree char *text = print_history (fixture, "2026-01-01", "2026-03-31", language,
                                         NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    ff_test_assert_words (text, ff_report_gettext (language, labels[i]));
  for (guint i = 0; i < G_N_ELEMENTS (translated); i++)
    {
      g_assert_cmpstr (ff_report_gettext (language, translated[i]), !=, translated[i]);
      ff_test_assert_no_word (text, translated[i]);
    }
  ff_test_assert_words (text, ff_report_gettext (language, kind_msgid (FF_FOLLOW_UP_WORKPLACE_VISIT)));
  ff_test_assert_words (text, ff_report_gettext (language, kind_msgid (FF_FOLLOW_UP_PHONE)));

  assert_contains (text, "Олена Коваленко");
  assert_contains (text, "120488 *****");
  assert_contains (text, "01.01.2026–31.03.2026");
  assert_contains (text, "Godt i gang med kassen");
  assert_contains (text, "Trives på lageret");
  assert_contains (text, "Evaluering planlagt");
  assert_contains (text, "Sende timeliste");
  assert_absent (text, "Samtale før perioden");
  assert_absent (text, "Samtale etter perioden");
}

/* Labels in Bokmål with Ukrainian under them. */
static void
test_bilingual (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const labels[] = {
    "Follow-up history", "Participant", "National identity number", "Period", "Date",
    "Summary", "Agreed actions",
  };
  g_autofree char *text = print_history (fixture, "2026-01-01", "2026-03-31", "nb", "uk");

  g_assert_cmpstr (ff_report_gettext ("uk", "Summary"), !=, "Summary");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      ff_test_assert_words (text, ff_report_gettext ("nb", labels[i]));
      ff_test_assert_words (text, ff_report_gettext ("uk", labels[i]));
    }
  ff_test_assert_words (text, ff_report_gettext ("nb", kind_msgid (FF_FOLLOW_UP_PHONE)));
  ff_test_assert_words (text, ff_report_gettext ("uk", kind_msgid (FF_FOLLOW_UP_PHONE)));
  assert_contains (text, "Godt i gang med kassen");
  assert_absent (text, "Samtale etter perioden");
}

/* A period without conversations says so rather than printing empty tables. */
static void
test_empty_period (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *text = print_history (fixture, "2026-06-01", "2026-06-30", "en", NULL);

  assert_contains (text, "01.06.2026–30.06.2026");
  assert_contains (text, "There are no conversations in this period.");
  assert_absent (text, "Summary");
  assert_absent (text, "Agreed actions");
  assert_absent (text, "Godt i gang");
}

/* Each export is a row of Olena's audit log. */
static void
test_audited (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  guint said = 0;
  g_autofree char *text = print_history (fixture, NULL, NULL, "nb", NULL);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit a JOIN participant p"
                                          " ON p.uuid = a.row_uuid WHERE p.id = %"
                                          G_GINT64_FORMAT
                                          " AND a.new_value = 'exported:follow-ups'",
                                          fixture->story.olena);

  assert_contains (text, "Olena Kovalenko");
  g_assert_cmpint (ff_test_query_int (fixture->store, sql), ==, 1);

  /* the participant's Audit Log window says it in words */
  entries = ff_audit_entries_for_participant (fixture->store, fixture->story.olena, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(FfAuditEntry) entry = g_list_model_get_item (entries, i);

      said += g_strcmp0 (ff_audit_entry_get_description (entry), "Exported the follow-up history") == 0;
    }
  g_assert_cmpuint (said, ==, 1);
}

/* A participant who is not there, and a language histories are not printed in. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  FfFollowUpReport *report;

  report = ff_follow_up_report_new (fixture->store, fixture->story.olena + 1000, NULL, NULL,
                                    "nb", NULL, &error);
  g_assert_null (report);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  report = ff_follow_up_report_new (fixture->store, fixture->story.olena, NULL, NULL, "de",
                                    NULL, &error);
  g_assert_null (report);
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
}

static void
test_title (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfFollowUpReport) report = NULL;
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;

  report = ff_follow_up_report_new (fixture->store, fixture->story.olena, NULL, NULL, "en",
                                    NULL, &error);
  g_assert_no_error (error);
  title = ff_document_dup_title (FF_DOCUMENT (report));
  g_assert_cmpstr (title, ==, "Follow-up history — Olena Kovalenko");
  file_name = ff_document_dup_suggested_file_name (FF_DOCUMENT (report));
  g_assert_nonnull (strstr (file_name, "Olena Kovalenko"));
  g_assert_true (g_str_has_suffix (file_name, ".pdf"));
}

int
main (int   argc,
      char *argv[])
{
  static const struct
  {
    const char *path;
    void (*func) (Fixture *, gconstpointer);
    const char *data;
  } tests[] = {
    { "/report/follow-ups/period-holds-its-conversations-and-no-others", test_period, NULL },
    { "/report/follow-ups/without-period-all", test_all, NULL },
    { "/report/follow-ups/nb", test_language, "nb" },
    { "/report/follow-ups/nn", test_language, "nn" },
    { "/report/follow-ups/uk", test_language, "uk" },
    { "/report/follow-ups/bilingual", test_bilingual, NULL },
    { "/report/follow-ups/empty-period-says-so", test_empty_period, NULL },
    { "/report/follow-ups/audited", test_audited, NULL },
    { "/report/follow-ups/refused", test_refused, NULL },
    { "/report/follow-ups/title-and-file-name", test_title, NULL },
  };

  ff_test_report_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, tests[i].data, fixture_set_up, tests[i].func,
                fixture_tear_down);

  return g_test_run ();
}
