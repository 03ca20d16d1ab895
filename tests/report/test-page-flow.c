/* test-page-flow.c — documents' content on their pages: tables, running text, labels
 * in two languages, signatures, page numbers; read back from PDF as text
 *
 * Each test lays its own content out in a document of the tests (ff-test-document.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ff-report-language.h"
#include "ff-test-document.h"
#include "ff-test-util.h"

typedef FfTestDir Fixture;

static void
layout_long_text (FfPageFlow    *flow,
                  gconstpointer  data)
{
  ff_test_layout_header (flow);
  ff_page_flow_add_heading (flow, N_("Note"), 40);
  ff_page_flow_add_text (flow, data);
  ff_page_flow_add_field (flow, N_("Date"), "afterthetext");
}

/* A table of GPOINTER_TO_UINT (@data) rows, each a few lines high. */
static void
layout_table (FfPageFlow    *flow,
              gconstpointer  data)
{
  static const FfTableColumn columns[] = {
    { N_("Date"), 80, FF_CELL_TEXT },
    { N_("Description"), 0, FF_CELL_TEXT },
    { N_("Hours per week"), 48, FF_CELL_NUMBER },
    { N_("Status"), 70, FF_CELL_LABEL },
  };
  guint n_rows = GPOINTER_TO_UINT (data);

  ff_test_layout_header (flow);
  ff_page_flow_begin_table (flow, N_("Activities"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *date = g_strdup_printf ("%02u.03.2025", i % 28 + 1);
      g_autofree char *description = g_strdup_printf ("row%03ustart språkpraksis hos en "
                                                      "arbeidsgiver i nærmiljøet med "
                                                      "oppfølging fra veileder row%03uend",
                                                      i, i);
      const char *cells[] = {
        date, description, "7,5", i % 2 == 0 ? N_("Held") : N_("Not held")
      };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
  ff_page_flow_add_field (flow, N_("Note"), "afterthetable");
}

/* GPOINTER_TO_UINT (@data) fields, then the signature lines. */
static void
layout_signatures (FfPageFlow    *flow,
                   gconstpointer  data)
{
  const FfSignatureParty parties[] = {
    { N_("Participant"), "Olena Kovalenko" },
    { N_("Contact person"), "Kari Nordmann" },
  };
  guint n_fields = GPOINTER_TO_UINT (data);

  ff_test_layout_header (flow);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = g_strdup_printf ("filler%03u", i);

      ff_page_flow_add_field (flow, N_("Note"), value);
    }
  ff_page_flow_add_signatures (flow, parties, G_N_ELEMENTS (parties));
}

static void
layout_labels (FfPageFlow    *flow,
               gconstpointer  data)
{
  ff_test_layout_header (flow);
  ff_page_flow_add_heading (flow, N_("Activities"), 40);
  ff_page_flow_add_label (flow, N_("Work"));
  ff_page_flow_add_field (flow, N_("Contact person"), "Kari Nordmann");
  ff_page_flow_add_choice_field (flow, N_("Status"), N_("Held"));
}

static void
layout_empty_table (FfPageFlow    *flow,
                    gconstpointer  data)
{
  static const FfTableColumn columns[] = {
    { N_("Date"), 80, FF_CELL_TEXT },
    { N_("Note"), 0, FF_CELL_TEXT },
  };

  ff_test_layout_header (flow);
  ff_page_flow_begin_table (flow, N_("Review dates"), columns, G_N_ELEMENTS (columns));
  ff_page_flow_end_table (flow);
  ff_page_flow_add_field (flow, N_("Status"), "afterthetable");
}

/* GPOINTER_TO_UINT (@data) fields, then a heading over a table of one row. */
static void
layout_heading_after_fields (FfPageFlow    *flow,
                             gconstpointer  data)
{
  static const FfTableColumn columns[] = {
    { N_("Description"), 0, FF_CELL_TEXT },
    { N_("Status"), 70, FF_CELL_LABEL },
  };
  guint n_fields = GPOINTER_TO_UINT (data);

  ff_test_layout_header (flow);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = g_strdup_printf ("filler%03u", i);

      ff_page_flow_add_field (flow, N_("Note"), value);
    }
  ff_page_flow_begin_table (flow, N_("Activities"), columns, G_N_ELEMENTS (columns));
  ff_page_flow_add_row (flow, (const char * const[]) { "row000start", N_("Held") });
  ff_page_flow_end_table (flow);
}

/* The least number of fields (in @data) before the signature lines or heading that
 * @layout places that makes it two pages. */
static guint
fields_for_two_pages (FfTestLayoutFunc layout)
{
  for (guint n = 0; n < 200; n++)
    {
      if (ff_test_document_count_pages ("en", NULL, layout, GUINT_TO_POINTER (n)) == 2)
        return n;
    }

  g_assert_not_reached ();
}

/* Sixty rows of a few lines each: every row whole on one page, in order, under the
 * table's header on every page it continues on. */
static void
test_table_continues (Fixture       *fixture,
                      gconstpointer  data)
{
  const guint n_rows = 60;
  g_auto(GStrv) pages = ff_test_document_print (fixture->dir, "en", NULL, layout_table,
                                     GUINT_TO_POINTER (n_rows));
  guint n_pages = g_strv_length (pages);
  int previous = 0;

  g_assert_cmpuint (n_pages, >, 2);
  /* a print (laid out in its own context) breaks where the PDF does */
  g_assert_cmpint (ff_test_document_count_pages ("en", NULL, layout_table, GUINT_TO_POINTER (n_rows)), ==,
                   n_pages);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *start = g_strdup_printf ("row%03ustart", i);
      g_autofree char *end = g_strdup_printf ("row%03uend", i);
      int page = ff_test_page_of (pages, start);

      g_assert_cmpint (page, >=, previous);
      /* no row split */
      g_assert_cmpint (ff_test_page_of (pages, end), ==, page);
      previous = page;
    }

  for (guint i = 0; i < n_pages; i++)
    {
      const char *first_row = strstr (pages[i], "row");

      if (first_row == NULL)
        continue;
      /* the header once, over the rows */
      g_assert_cmpuint (ff_test_count (pages[i], "Description"), ==, 1);
      g_assert_cmpuint (ff_test_count (pages[i], "Hours per"), ==, 1);
      g_assert_true (strstr (pages[i], "Description") < first_row);
      g_assert_true (strstr (pages[i], "Hours per") < first_row);
    }
  /* the heading only where the table begins */
  g_assert_cmpint (ff_test_page_of (pages, "Activities"), ==, 0);
  g_assert_cmpint (ff_test_page_of (pages, "afterthetable"), ==, n_pages - 1);
}

/* Running text of 1,500 words goes on over the next pages, in order, losing none. */
static void
test_long_text_continues (Fixture       *fixture,
                          gconstpointer  data)
{
  const guint n_words = 1500;
  g_autofree char *text = ff_test_words ("word", n_words);
  g_auto(GStrv) pages = ff_test_document_print (fixture->dir, "en", NULL, layout_long_text, text);
  g_autofree char *all = g_strjoinv ("", pages);
  guint n_pages = g_strv_length (pages);
  int previous = 0;

  g_assert_cmpuint (n_pages, >, 1);
  for (guint i = 0; i < n_words; i++)
    {
      g_autofree char *word = g_strdup_printf ("word%04u", i);
      int page = ff_test_page_of (pages, word);

      g_assert_cmpuint (ff_test_count (all, word), ==, 1);
      g_assert_cmpint (page, >=, previous);
      previous = page;
    }
  g_assert_cmpint (ff_test_page_of (pages, "word0000"), ==, 0);
  g_assert_cmpint (previous, ==, n_pages - 1);
  g_assert_cmpint (ff_test_page_of (pages, "afterthetext"), ==, n_pages - 1);
}

/* "Page 2 of 3" at the foot of each page, in the document's language, and in both
 * of a bilingual one. */
static void
test_page_numbers (Fixture       *fixture,
                   gconstpointer  data)
{
  static const struct
  {
    const char *language;
    const char *page;
    const char *of;
  } footers[] = {
    { "en", "Page", "of" },
    { "nb", "Side", "av" },
    { "nn", "Side", "av" },
    { "uk", "Сторінка", "з" },
  };
  g_autofree char *text = NULL;
  g_auto(GStrv) bilingual = NULL;
  guint n_words = 600;

  /* a text that makes three pages */
  for (;;)
    {
      g_free (text);
      text = ff_test_words ("word", n_words);
      if (ff_test_document_count_pages ("en", NULL, layout_long_text, text) == 3)
        break;
      g_assert_cmpint (ff_test_document_count_pages ("en", NULL, layout_long_text, text), <, 3);
      n_words += 100;
    }

  for (guint i = 0; i < G_N_ELEMENTS (footers); i++)
    {
      g_auto(GStrv) pages = ff_test_document_print (fixture->dir, footers[i].language, NULL, layout_long_text,
                                         text);

      g_assert_cmpuint (g_strv_length (pages), ==, 3);
      for (guint page = 0; page < 3; page++)
        {
          g_autofree char *footer = g_strdup_printf ("%s %u %s 3", footers[i].page, page + 1,
                                                     footers[i].of);

          ff_test_assert_on_page (pages[page], footer);
        }
    }

  bilingual = ff_test_document_print (fixture->dir, "nb", "uk", layout_long_text, text);
  for (guint page = 0; bilingual[page] != NULL; page++)
    {
      guint n_pages = g_strv_length (bilingual);
      g_autofree char *first = g_strdup_printf ("Side %u av %u", page + 1, n_pages);
      g_autofree char *second = g_strdup_printf ("Сторінка %u з %u", page + 1, n_pages);

      ff_test_assert_on_page (bilingual[page], first);
      ff_test_assert_on_page (bilingual[page], second);
    }
}

/* Each label in the document's language, with the second language under it; what
 * was typed, once. */
static void
test_bilingual_labels (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const msgids[] = { "Activities", "Work", "Held" };
  g_auto(GStrv) bilingual = ff_test_document_print (fixture->dir, "nb", "uk", layout_labels, NULL);
  g_auto(GStrv) one = ff_test_document_print (fixture->dir, "nb", NULL, layout_labels, NULL);
  const char *norwegian = strstr (bilingual[0], "Kontaktperson");
  const char *ukrainian = strstr (bilingual[0], "Контактна особа");

  g_assert_nonnull (norwegian);
  g_assert_nonnull (ukrainian);
  g_assert_true (norwegian < ukrainian);
  g_assert_cmpuint (ff_test_count (bilingual[0], "Kari Nordmann"), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (msgids); i++)
    {
      const char *nb = ff_report_gettext ("nb", msgids[i]);
      const char *uk = ff_report_gettext ("uk", msgids[i]);

      /* translated, and so in two languages */
      g_assert_cmpstr (nb, !=, msgids[i]);
      g_assert_cmpstr (uk, !=, msgids[i]);
      ff_test_assert_on_page (bilingual[0], nb);
      ff_test_assert_on_page (bilingual[0], uk);
      ff_test_assert_on_page (one[0], nb);
      ff_test_assert_not_on_page (one[0], uk);
    }

  ff_test_assert_on_page (one[0], "Kontaktperson");
  ff_test_assert_not_on_page (one[0], "Контактна особа");
}

/* Signature lines that do not fit under what comes before them go to the next page
 * whole: heading, both parties, their lines. */
static void
test_signatures_never_split (Fixture       *fixture,
                             gconstpointer  data)
{
  guint n = fields_for_two_pages (layout_signatures);
  g_auto(GStrv) fits = ff_test_document_print (fixture->dir, "en", NULL, layout_signatures,
                                    GUINT_TO_POINTER (n - 1));
  g_auto(GStrv) moved = ff_test_document_print (fixture->dir, "en", NULL, layout_signatures,
                                     GUINT_TO_POINTER (n));
  g_autofree char *last_field = g_strdup_printf ("filler%03u", n - 1);

  g_assert_cmpuint (g_strv_length (fits), ==, 1);
  g_assert_cmpuint (ff_test_count (fits[0], "Place and date"), ==, 2);

  g_assert_cmpuint (g_strv_length (moved), ==, 2);
  g_assert_cmpint (ff_test_page_of (moved, last_field), ==, 0);
  /* "Signatures" and twice "Signature" */
  g_assert_cmpuint (ff_test_count (moved[0], "Signature"), ==, 0);
  g_assert_cmpuint (ff_test_count (moved[1], "Signature"), ==, 3);
  g_assert_cmpuint (ff_test_count (moved[0], "Place and date"), ==, 0);
  g_assert_cmpuint (ff_test_count (moved[1], "Place and date"), ==, 2);
  g_assert_cmpint (ff_test_page_of (moved, "Participant"), ==, 1);
  g_assert_cmpint (ff_test_page_of (moved, "Kari Nordmann"), ==, 1);
}

/* A heading near the foot of a page, with room for it but not for its table, goes to
 * the next page with the table. */
static void
test_heading_stays_with_table (Fixture       *fixture,
                               gconstpointer  data)
{
  guint n = fields_for_two_pages (layout_heading_after_fields);

  for (guint fields = n - 1; fields <= n + 1; fields++)
    {
      g_auto(GStrv) pages = ff_test_document_print (fixture->dir, "en", NULL, layout_heading_after_fields,
                                         GUINT_TO_POINTER (fields));
      int heading = ff_test_page_of (pages, "Activities");

      g_assert_cmpint (heading, ==, fields < n ? 0 : 1);
      g_assert_cmpint (ff_test_page_of (pages, "Description"), ==, heading);
      g_assert_cmpint (ff_test_page_of (pages, "row000start"), ==, heading);
    }
}

static void
test_empty_table (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(GStrv) pages = ff_test_document_print (fixture->dir, "en", NULL, layout_empty_table, NULL);
  const char *heading = strstr (pages[0], "Review dates");

  g_assert_cmpuint (g_strv_length (pages), ==, 1);
  g_assert_nonnull (heading);
  g_assert_true (strstr (pages[0], "Note") > heading);
  g_assert_true (strstr (pages[0], "afterthetable") > strstr (pages[0], "Note"));
}

int
main (int   argc,
      char *argv[])
{
  ff_test_report_init (&argc, &argv);

  ff_test_dir_add ("/report/page-flow/table-continues-with-header-repeated", test_table_continues);
  ff_test_dir_add ("/report/page-flow/long-text-continues-across-pages", test_long_text_continues);
  ff_test_dir_add ("/report/page-flow/page-x-of-y-in-each-language", test_page_numbers);
  ff_test_dir_add ("/report/page-flow/bilingual-labels-show-both-languages", test_bilingual_labels);
  ff_test_dir_add ("/report/page-flow/signatures-never-split", test_signatures_never_split);
  ff_test_dir_add ("/report/page-flow/heading-stays-with-its-table", test_heading_stays_with_table);
  ff_test_dir_add ("/report/page-flow/empty-table-shows-its-header", test_empty_table);

  return g_test_run ();
}
