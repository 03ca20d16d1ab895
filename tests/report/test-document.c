/* test-document.c — the document base and the typesetter every printed document is
 * made with: pages, languages, names, glyphs
 *
 * Each test lays its own content out in a document of the tests (ff-test-document.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ff-test-document.h"
#include "ff-test-util.h"
#include "ff-typesetter.h"

typedef FfTestDir Fixture;

static void
layout_few_lines (FfPageFlow    *flow,
                  gconstpointer  data)
{
  ff_test_layout_header (flow);
  ff_page_flow_add_field (flow, N_("Participant"), "Olena Kovalenko");
  ff_page_flow_add_field (flow, N_("Contact person"), "Kari Nordmann");
  ff_page_flow_add_text (flow, "Bestå norskprøven på nivå B1");
}

static void
layout_names (FfPageFlow    *flow,
              gconstpointer  data)
{
  const char * const *names = data;
  static const FfTableColumn columns[] = {
    { N_("Participant"), 0, FF_CELL_TEXT },
    { N_("Note"), 0, FF_CELL_TEXT },
  };

  ff_test_layout_header (flow);
  for (guint i = 0; names[i] != NULL; i++)
    ff_page_flow_add_field (flow, N_("Participant"), names[i]);
  ff_page_flow_begin_table (flow, N_("Participants"), columns, G_N_ELEMENTS (columns));
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *cells[] = { names[i], names[i] };

      ff_page_flow_add_row (flow, cells);
    }
  ff_page_flow_end_table (flow);
}

static void
test_few_lines_one_page (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(GStrv) pages = ff_test_document_print (fixture->dir, "en", NULL, layout_few_lines, NULL);

  g_assert_cmpuint (g_strv_length (pages), ==, 1);
  ff_test_assert_on_page (pages[0], "Vang kommune · Introduksjonsprogrammet");
  ff_test_assert_on_page (pages[0], "Integration plan");
  ff_test_assert_on_page (pages[0], "Participant");
  ff_test_assert_on_page (pages[0], "Kari Nordmann");
  ff_test_assert_on_page (pages[0], "Bestå norskprøven på nivå B1");
  ff_test_assert_on_page (pages[0], "Page 1 of 1");
  g_assert_cmpint (ff_test_document_count_pages ("en", NULL, layout_few_lines, NULL), ==, 1);
}

/* Names in Cyrillic, Arabic and Ge'ez script, in fields and in table cells, have
 * their glyphs; a character no font has is counted. */
static void
test_scripts_have_glyphs (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char * const names[] = {
    "Олена Коваленко",
    "أحمد عبد الله",
    "ኣበበ ተስፋዬ",
    NULL
  };
  static const char * const unknown[] = { "Olena \xf4\x8f\xbf\xbd", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(FfTestDocument) document = NULL;
  PangoContext *context = NULL;
  g_auto(GStrv) pages = ff_test_document_print (fixture->dir, "nb", "uk", layout_names, names);

  /* print_pages() found no unknown glyph */
  ff_test_assert_on_page (pages[0], names[0]);

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  document = ff_test_document_new ("nb", NULL, layout_names, unknown, &error);
  g_assert_no_error (error);
  ff_document_paginate (FF_DOCUMENT (document), context, FF_REPORT_A4_WIDTH,
                        FF_REPORT_A4_HEIGHT);
  g_assert_cmpint (ff_document_get_unknown_glyphs (FF_DOCUMENT (document)), >, 0);
  g_object_unref (context);
}

static void
test_unknown_language (void)
{
  g_autoptr(GError) error = NULL;
  FfTestDocument *document;

  document = ff_test_document_new ("de", NULL, layout_few_lines, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
  g_assert_nonnull (strstr (error->message, "de"));
  g_clear_error (&error);

  document = ff_test_document_new ("nb", "sv", layout_few_lines, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE);
  g_clear_error (&error);

  /* no second language, or the same twice: one language */
  document = ff_test_document_new ("uk", "", layout_few_lines, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (ff_document_get_second_language (FF_DOCUMENT (document)));
  g_object_unref (document);
  document = ff_test_document_new ("uk", "uk", layout_few_lines, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (ff_document_get_second_language (FF_DOCUMENT (document)));
  g_object_unref (document);

  document = ff_test_document_new ("nn", "uk", layout_few_lines, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ff_document_get_language (FF_DOCUMENT (document)), ==, "nn");
  g_assert_cmpstr (ff_document_get_second_language (FF_DOCUMENT (document)), ==, "uk");
  g_object_unref (document);
}

/* The title names the print job, and the file offered, without a folder separator. */
static void
test_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfTestDocument) document = ff_test_document_new ("en", NULL, layout_few_lines, NULL,
                                                        &error);
  g_autofree char *job_name = NULL;
  g_autofree char *file_name = NULL;

  g_assert_no_error (error);
  job_name = ff_document_dup_job_name (FF_DOCUMENT (document));
  file_name = ff_document_dup_suggested_file_name (FF_DOCUMENT (document));
  g_assert_cmpstr (job_name, ==, "Attendance 2025/2026");
  g_assert_cmpstr (file_name, ==, "Attendance 2025-2026.pdf");
  g_assert_cmpint (ff_document_get_n_pages (FF_DOCUMENT (document)), ==, 0);
}

/* A text asked for again is the one laid out before; measured in points. */
static void
test_typesetter_lays_out_once (void)
{
  PangoContext *context = NULL;
  g_autoptr(FfTypesetter) typesetter = NULL;
  g_autoptr(FfText) label = NULL;
  g_autoptr(FfText) again = NULL;
  g_autoptr(FfText) narrower = NULL;
  g_autoptr(FfText) bold = NULL;
  g_autoptr(FfText) long_text = NULL;
  g_autofree char *content = ff_test_words ("word", 40);

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  typesetter = ff_typesetter_new (context);
  g_assert_cmpfloat (pango_cairo_context_get_resolution (context), ==, 72);

  label = ff_typesetter_lay_out (typesetter, "Kontaktperson", FF_TEXT_PLAIN, FF_FONT_BODY,
                                 200, PANGO_ALIGN_LEFT);
  again = ff_typesetter_lay_out (typesetter, "Kontaktperson", FF_TEXT_PLAIN, FF_FONT_BODY,
                                 200, PANGO_ALIGN_LEFT);
  narrower = ff_typesetter_lay_out (typesetter, "Kontaktperson", FF_TEXT_PLAIN, FF_FONT_BODY,
                                    150, PANGO_ALIGN_LEFT);
  bold = ff_typesetter_lay_out (typesetter, "Kontaktperson", FF_TEXT_PLAIN, FF_FONT_BOLD,
                                200, PANGO_ALIGN_LEFT);
  g_assert_true (label == again);
  g_assert_true (label != narrower);
  g_assert_true (label != bold);
  g_assert_cmpfloat (narrower->width, ==, 150);

  /* one line of 10 pt text is some 12 points high */
  g_assert_cmpuint (label->n_lines, ==, 1);
  g_assert_cmpfloat (ff_text_get_height (label), >, 10);
  g_assert_cmpfloat (ff_text_get_height (label), <, 16);

  long_text = ff_typesetter_lay_out (typesetter, content, FF_TEXT_PLAIN, FF_FONT_BODY, 200,
                                     PANGO_ALIGN_LEFT);
  g_assert_cmpuint (long_text->n_lines, >, 5);
  g_assert_cmpfloat (ff_text_get_height (long_text), >,
                     long_text->n_lines * ff_text_get_height (label) * 0.9);

  g_object_unref (context);
}

int
main (int   argc,
      char *argv[])
{
  ff_test_report_init (&argc, &argv);

  ff_test_dir_add ("/report/document/few-lines-are-one-page", test_few_lines_one_page);
  ff_test_dir_add ("/report/document/scripts-have-glyphs", test_scripts_have_glyphs);
  g_test_add_func ("/report/document/unknown-language-refused", test_unknown_language);
  g_test_add_func ("/report/document/names-without-folder-separator", test_names);
  g_test_add_func ("/report/typesetter/lays-out-a-text-once", test_typesetter_lays_out_once);

  return g_test_run ();
}
