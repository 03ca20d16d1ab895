/* test-placement-agreement-report.c — placement agreements printed to PDF, read back
 * as text, in each language documents are printed in and in two
 *
 * The PDFs are read with pdftotext, whose path the test is given after its options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-audit.h"
#include "ff-audit-entry.h"
#include "ff-format.h"
#include "ff-placement.h"
#include "ff-placement-agreement-report.h"
#include "ff-report-language.h"
#include "ff-test-document.h"
#include "ff-test-placement.h"
#include "ff-test-store.h"
#include "ff-validate.h"

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

/* The agreement in @language (and @second_language) as text, white space squeezed. */
static char *
print_agreement (Fixture    *fixture,
                 const char *language,
                 const char *second_language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlacementAgreementReport) report = NULL;

  report = ff_placement_agreement_report_new (fixture->store, fixture->story.placement,
                                              language, second_language, &error);
  g_assert_no_error (error);
  g_assert_false (ff_document_get_landscape (FF_DOCUMENT (report)));

  return ff_test_document_text (FF_DOCUMENT (report), fixture->dir);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    {
      g_test_message ("“%s” is not in the printed agreement:\n%s", needle, text);
      g_test_fail ();
    }
}

static void
assert_absent (const char *text,
               const char *needle)
{
  if (strstr (text, needle) != NULL)
    {
      g_test_message ("“%s” should not be in the printed agreement", needle);
      g_test_fail ();
    }
}

static const char *
kind_msgid (FfPlacementKind kind)
{
  return ff_report_choice_msgid (&ff_placement_kinds, kind);
}

/* Everything the three parties agree on, and the approvals recorded. */
static void
test_content (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *text = print_agreement (fixture, "en", NULL);
  g_autofree char *personal = g_strndup (fixture->story.national_id + 6, 5);
  const char *dates;

  assert_contains (text, "Placement agreement");
  assert_contains (text, "Drammen kommune · Introduksjonsprogrammet");

  /* the parties */
  assert_contains (text, "Participant Olena Kovalenko Олена Коваленко");
  assert_contains (text, "120488 *****");
  assert_absent (text, fixture->story.national_id);
  assert_absent (text, personal);
  assert_contains (text, "Employer Rema 1000 Bragernes");
  assert_contains (text, "Organisation number 98");
  assert_contains (text, "Address Bragernes torg 2 3017 Drammen");
  assert_contains (text, "Contact at the employer Per Hansen +47 32 80 00 00");
  assert_contains (text, "Contact person Kari Nordmann Drammen kommune");

  /* the placement */
  assert_contains (text, "Kind of placement Language practice");
  assert_contains (text, "Period 05.01.2026 – 27.03.2026");
  assert_contains (text, "Days per week 3");
  assert_contains (text, "Working percentage 60%");
  assert_contains (text, "Workplace mentor Ingrid Berg +47 912 34 567");
  assert_contains (text, "Goal Language");
  assert_contains (text, "Tasks Vareplassering, kasse og kundeservice");

  /* the terms of a practice placement */
  assert_contains (text, "Insurance The participant is insured against injury at work "
                         "through the municipality, or through NAV");
  assert_contains (text, "The employer pays the participant no wage");
  assert_contains (text, "Confidentiality");
  assert_contains (text, "Follow-up and evaluation");
  assert_contains (text, "Ending early");
  assert_absent (text, "The participant is employed");

  /* three signature blocks side by side; Olena's and the employer's approvals, in
   * the order of the parties, and none of Kari's */
  assert_contains (text, "Signatures Participant Employer Contact person");
  /* each name once in its field and once over its signature */
  g_assert_cmpuint (ff_test_count (text, "Per Hansen"), ==, 2);
  g_assert_cmpuint (ff_test_count (text, "Kari Nordmann"), ==, 2);
  g_assert_cmpuint (ff_test_count (text, "Approved on"), ==, 2);
  dates = strstr (text, "02.01.2026");
  g_assert_nonnull (dates);
  g_assert_nonnull (strstr (dates, "03.01.2026"));
  g_assert_cmpuint (ff_test_count (text, "Place and date"), ==, 3);
  g_assert_cmpuint (ff_test_count (text, "Signature"), ==, 4);
  assert_absent (text, "is to be approved again");
}

/* The same agreement in Bokmål, Nynorsk and Ukrainian (@data): every label in the
 * language, none left in English where it is translated, the figures as written
 * there. */
static void
test_language (Fixture       *fixture,
               gconstpointer  data)
{
  const char *language = data;
  static const char * const labels[] = {
    "Placement agreement", "Parties", "National identity number", "Organisation number",
    "Address", "Contact person", "The placement", "Kind of placement", "Period",
    "Days per week", "Working percentage", "Workplace mentor", "Tasks", "Terms",
    "Insurance", "Wages", "Confidentiality", "Follow-up and evaluation", "Ending early",
    "Place and date",
  };
  /* labels already translated in every language */
  static const char * const translated[] = {
    "National identity number", "Organisation number", "Place and date",
  };
  g_autofree char *text = print_agreement (fixture, language, NULL);
  g_autofree char *formatted = ff_format_percent (60, language);
  g_autoptr(GString) percent = g_string_new (formatted);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    ff_test_assert_words (text, ff_report_gettext (language, labels[i]));
  for (guint i = 0; i < G_N_ELEMENTS (translated); i++)
    {
      g_assert_cmpstr (ff_report_gettext (language, translated[i]), !=, translated[i]);
      ff_test_assert_no_word (text, translated[i]);
    }

  /* a choice in the language, with the goal's context */
  g_assert_cmpstr (ff_report_gettext (language, kind_msgid (FF_PLACEMENT_LANGUAGE_PRACTICE)),
                   !=, "Language practice");
  assert_contains (text, ff_report_gettext (language,
                                            kind_msgid (FF_PLACEMENT_LANGUAGE_PRACTICE)));
  assert_contains (text, ff_report_gettext (language, ff_report_choice_msgid (
                                              &ff_placement_parties, FF_PARTY_PARTICIPANT)));

  /* what was typed, as typed; figures as the language writes them */
  assert_contains (text, "Olena Kovalenko");
  assert_contains (text, "Олена Коваленко");
  assert_contains (text, "120488 *****");
  assert_contains (text, "05.01.2026 – 27.03.2026");
  /* pdftotext reads the no-break space as a space */
  g_string_replace (percent, "\xc2\xa0", " ", 0);
  assert_contains (text, percent->str);
  assert_contains (text, "Vareplassering, kasse og kundeservice");
  g_assert_cmpuint (ff_test_count (text, ff_report_gettext (language, "Approved on")), ==, 2);
  assert_contains (text, "02.01.2026");
  assert_contains (text, "03.01.2026");
}

/* Labels in Bokmål with Ukrainian under them, as Olena reads them. */
static void
test_bilingual (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const labels[] = {
    "Placement agreement", "Participant", "National identity number", "Period",
    "Insurance", "Signatures", "Place and date", "Approved on",
  };
  g_autofree char *text = print_agreement (fixture, "nb", "uk");

  g_assert_cmpstr (ff_report_gettext ("uk", "Place and date"), !=, "Place and date");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      ff_test_assert_words (text, ff_report_gettext ("nb", labels[i]));
      ff_test_assert_words (text, ff_report_gettext ("uk", labels[i]));
    }
  assert_contains (text, ff_report_gettext ("nb", kind_msgid (FF_PLACEMENT_LANGUAGE_PRACTICE)));
  assert_contains (text, ff_report_gettext ("uk", kind_msgid (FF_PLACEMENT_LANGUAGE_PRACTICE)));
  /* a clause whole in both languages */
  assert_contains (text, ff_report_gettext ("nb", "Each party may end the placement before "
                                                  "the period ends, after talking it over "
                                                  "with the other two. Tell the contact "
                                                  "person first of anything that may end "
                                                  "it."));
  assert_contains (text, ff_report_gettext ("uk", "Each party may end the placement before "
                                                  "the period ends, after talking it over "
                                                  "with the other two. Tell the contact "
                                                  "person first of anything that may end "
                                                  "it."));
  assert_contains (text, "02.01.2026");
  assert_contains (text, "03.01.2026");
}

/* In a job the participant is employed: the terms say so, and nothing of practice. */
static void
test_employment_terms (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type,
                                      fixture->story.placement, FF_PLACEMENT_KIND,
                                      "wage-subsidy", &error));
  g_assert_no_error (error);
  text = print_agreement (fixture, "en", NULL);

  assert_contains (text, "Kind of placement Wage subsidy");
  assert_contains (text, "The participant is employed, and insured by the employer");
  assert_contains (text, "The employer pays the wage of the employment contract");
  assert_contains (text, "Working Environment Act");
  assert_absent (text, "no wage");
  assert_absent (text, "through NAV when NAV arranged");
}

/* A change after the approvals leaves the agreement printed without them, saying that
 * it is to be approved again; a new approval is printed. */
static void
test_changed_after_approval (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *approved = NULL;

  g_assert_true (ff_record_set_field (fixture->store, &ff_placement_type,
                                      fixture->story.placement, FF_PLACEMENT_PERCENT, "80",
                                      &error));
  g_assert_no_error (error);
  changed = print_agreement (fixture, "en", NULL);
  assert_contains (changed, "Working percentage 80%");
  assert_absent (changed, "Approved on");
  assert_absent (changed, "02.01.2026");
  assert_absent (changed, "03.01.2026");
  assert_contains (changed, "This agreement was changed after an earlier version was "
                            "approved, and is to be approved again.");

  g_assert_true (ff_placement_approve (fixture->store, fixture->story.placement,
                                       FF_PARTY_CONTACT_PERSON, "2026-01-09", &error));
  g_assert_no_error (error);
  approved = print_agreement (fixture, "en", NULL);
  g_assert_cmpuint (ff_test_count (approved, "Approved on"), ==, 1);
  assert_contains (approved, "09.01.2026");
}

/* Each export is a row of Olena's audit log, and says so in words. */
static void
test_audited (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = NULL;
  guint said = 0;
  g_autofree char *text = print_agreement (fixture, "nb", NULL);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit a JOIN participant p"
                                          " ON p.uuid = a.row_uuid WHERE p.id = %"
                                          G_GINT64_FORMAT
                                          " AND a.new_value = 'exported:placement-agreement'",
                                          fixture->story.olena);

  assert_contains (text, "Olena Kovalenko");
  g_assert_cmpint (ff_test_query_int (fixture->store, sql), ==, 1);

  /* the participant's Audit Log window says it in words */
  entries = ff_audit_entries_for_participant (fixture->store, fixture->story.olena, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(FfAuditEntry) entry = g_list_model_get_item (entries, i);

      said += g_strcmp0 (ff_audit_entry_get_description (entry), "Exported a placement agreement") == 0;
    }
  g_assert_cmpuint (said, ==, 1);
}

/* A placement that is not there, and a language agreements are not printed in. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  FfPlacementAgreementReport *report;

  report = ff_placement_agreement_report_new (fixture->store, fixture->story.placement + 1000,
                                              "nb", NULL, &error);
  g_assert_null (report);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  report = ff_placement_agreement_report_new (fixture->store, fixture->story.placement, "de",
                                              NULL, &error);
  g_assert_null (report);
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
}

/* The title and the file name offered say whose agreement it is, and where. */
static void
test_title (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlacementAgreementReport) report = NULL;
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;

  report = ff_placement_agreement_report_new (fixture->store, fixture->story.placement, "en",
                                              NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_placement_agreement_report_get_participant_id (report), ==,
                   fixture->story.olena);

  title = ff_document_dup_title (FF_DOCUMENT (report));
  g_assert_cmpstr (title, ==, "Placement agreement — Olena Kovalenko");
  file_name = ff_document_dup_suggested_file_name (FF_DOCUMENT (report));
  g_assert_nonnull (strstr (file_name, "Olena Kovalenko"));
  g_assert_nonnull (strstr (file_name, "Rema 1000 Bragernes"));
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
    { "/report/placement-agreement/content-and-approvals", test_content, NULL },
    { "/report/placement-agreement/nb", test_language, "nb" },
    { "/report/placement-agreement/nn", test_language, "nn" },
    { "/report/placement-agreement/uk", test_language, "uk" },
    { "/report/placement-agreement/bilingual", test_bilingual, NULL },
    { "/report/placement-agreement/employment-terms", test_employment_terms, NULL },
    { "/report/placement-agreement/changed-after-approval", test_changed_after_approval,
      NULL },
    { "/report/placement-agreement/audited", test_audited, NULL },
    { "/report/placement-agreement/refused", test_refused, NULL },
    { "/report/placement-agreement/title-and-file-name", test_title, NULL },
  };

  ff_test_report_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    g_test_add (tests[i].path, Fixture, tests[i].data, fixture_set_up, tests[i].func,
                fixture_tear_down);

  return g_test_run ();
}
