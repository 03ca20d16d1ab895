/* ff-test-document.c — what the report tests share: a document of their own, laid out
 * by a function each test gives, and its pages read back as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libintl.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "ff-locale.h"
#include "ff-test-document.h"

struct _FfTestDocument
{
  FfDocument        parent_instance;

  FfTestLayoutFunc  layout;
  gconstpointer     data;
};

G_DEFINE_FINAL_TYPE (FfTestDocument, ff_test_document, FF_TYPE_DOCUMENT)

static const char *pdftotext;

static void
ff_test_document_layout (FfDocument *document,
                         FfPageFlow *flow)
{
  FfTestDocument *self = FF_TEST_DOCUMENT (document);

  self->layout (flow, self->data);
}

static char *
ff_test_document_dup_title (FfDocument *document)
{
  return g_strdup ("Attendance 2025/2026");
}

static void
ff_test_document_class_init (FfTestDocumentClass *klass)
{
  FfDocumentClass *document_class = FF_DOCUMENT_CLASS (klass);

  document_class->layout = ff_test_document_layout;
  document_class->dup_title = ff_test_document_dup_title;
}

static void
ff_test_document_init (FfTestDocument *self)
{
}

FfTestDocument *
ff_test_document_new (const char        *language,
                      const char        *second_language,
                      FfTestLayoutFunc   layout,
                      gconstpointer      data,
                      GError           **error)
{
  FfTestDocument *self = g_initable_new (FF_TYPE_TEST_DOCUMENT, NULL, error,
                                         "language", language,
                                         "second-language", second_language,
                                         NULL);

  if (self != NULL)
    {
      self->layout = layout;
      self->data = data;
    }

  return self;
}

void
ff_test_report_init (int    *argc,
                     char ***argv)
{
  ff_locale_init ();

  g_test_init (argc, argv, NULL);

  /* A test's subprocess (g_test_trap_subprocess()) is given only the test options, and
   * reads no PDF. */
  if (g_test_subprocess ())
    return;
  if (*argc < 2)
    g_error ("Usage: %s [OPTION…] PDFTOTEXT", (*argv)[0]);
  pdftotext = (*argv)[1];
}

GStrv
ff_test_document_pages (FfDocument *document,
                        const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "document.pdf", NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { pdftotext, "-layout", "-enc", "UTF-8", path, "-", NULL };
  GStrv pages;
  int n_pages = 0;
  int status;

  g_assert_true (ff_document_write_pdf (document, path, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ff_document_get_unknown_glyphs (document), ==, 0);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_unlink (path);

  /* pdftotext ends each page with a form feed: one empty piece after the last */
  pages = g_strsplit (out, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  g_free (pages[n_pages]);
  pages[n_pages] = NULL;

  return pages;
}

GStrv
ff_test_document_print (const char       *dir,
                        const char       *language,
                        const char       *second_language,
                        FfTestLayoutFunc  layout,
                        gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfTestDocument) document = NULL;

  document = ff_test_document_new (language, second_language, layout, data, &error);
  g_assert_no_error (error);

  return ff_test_document_pages (FF_DOCUMENT (document), dir);
}

char *
ff_test_document_text (FfDocument *document,
                       const char *dir)
{
  g_auto(GStrv) pages = ff_test_document_pages (document, dir);
  g_autofree char *joined = g_strjoinv (" ", pages);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = joined; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

void
ff_test_assert_words (const char *text,
                      const char *words)
{
  g_auto(GStrv) split = g_regex_split_simple ("[ -]", words, 0, 0);

  for (guint i = 0; split[i] != NULL; i++)
    {
      if (split[i][0] != '\0' && strstr (text, split[i]) == NULL)
        {
          g_test_message ("“%s” of “%s” is not in the text:\n%s", split[i], words, text);
          g_test_fail ();
        }
    }
}

void
ff_test_assert_no_word (const char *text,
                        const char *word)
{
  g_autofree char *escaped = g_regex_escape_string (word, -1);
  g_autofree char *pattern = g_strdup_printf ("(?<!\\w)%s(?!\\w)", escaped);

  if (g_regex_match_simple (pattern, text, 0, 0))
    {
      g_test_message ("“%s” should not be in the text", word);
      g_test_fail ();
    }
}

int
ff_test_document_count_pages (const char       *language,
                              const char       *second_language,
                              FfTestLayoutFunc  layout,
                              gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfTestDocument) document = NULL;
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  int n_pages;

  document = ff_test_document_new (language, second_language, layout, data, &error);
  g_assert_no_error (error);
  n_pages = ff_document_paginate (FF_DOCUMENT (document), context, FF_REPORT_A4_WIDTH,
                                  FF_REPORT_A4_HEIGHT);
  g_assert_cmpint (n_pages, ==, ff_document_get_n_pages (FF_DOCUMENT (document)));
  g_object_unref (context);

  return n_pages;
}

guint
ff_test_count (const char *haystack,
               const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

int
ff_test_page_of (GStrv       pages,
                 const char *needle)
{
  int found = -1;

  for (int i = 0; pages[i] != NULL; i++)
    {
      if (strstr (pages[i], needle) != NULL)
        {
          g_assert_cmpint (found, ==, -1);
          found = i;
        }
    }

  return found;
}

void
ff_test_assert_on_page (const char *page,
                        const char *needle)
{
  if (strstr (page, needle) == NULL)
    {
      g_test_message ("“%s” is not on the page:\n%s", needle, page);
      g_test_fail ();
    }
}

void
ff_test_assert_not_on_page (const char *page,
                            const char *needle)
{
  if (strstr (page, needle) != NULL)
    {
      g_test_message ("“%s” should not be on the page:\n%s", needle, page);
      g_test_fail ();
    }
}

char *
ff_test_words (const char *prefix,
               guint       n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%s%s%04u", i > 0 ? " " : "", prefix, i);

  return g_string_free (text, FALSE);
}

void
ff_test_layout_header (FfPageFlow *flow)
{
  ff_page_flow_set_header (flow, "Vang kommune · Introduksjonsprogrammet", "Olena Kovalenko");
  ff_page_flow_add_title (flow, N_("Integration plan"));
}
