/* ff-test-document.h — what the report tests share: a document of their own, laid out
 * by a function each test gives, and its pages read back as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"

G_BEGIN_DECLS

/* Adds a test's content to @flow; @data is the test's. */
typedef void (*FfTestLayoutFunc) (FfPageFlow    *flow,
                                  gconstpointer  data);

#define FF_TYPE_TEST_DOCUMENT (ff_test_document_get_type ())
G_DECLARE_FINAL_TYPE (FfTestDocument, ff_test_document, FF, TEST_DOCUMENT, FfDocument)

/* A document titled "Attendance 2025/2026" whose layout is @layout (@data). */
FfTestDocument *ff_test_document_new        (const char        *language,
                                             const char        *second_language,
                                             FfTestLayoutFunc   layout,
                                             gconstpointer      data,
                                             GError           **error);

/* Sets up gettext and g_test, and takes the path of pdftotext from the arguments
 * after the options. */
void            ff_test_report_init         (int               *argc,
                                             char            ***argv);

/* The document written as PDF in @dir and read back with pdftotext: one string per
 * page. Asserts that every character had its glyph. */
GStrv           ff_test_document_print      (const char        *dir,
                                             const char        *language,
                                             const char        *second_language,
                                             FfTestLayoutFunc   layout,
                                             gconstpointer      data);

/* @document written as PDF in @dir and read back with pdftotext: one string per page.
 * Asserts that every character had its glyph. */
GStrv           ff_test_document_pages      (FfDocument        *document,
                                             const char        *dir);

/* The same text, all its pages, with every run of white space made one space: a
 * sentence or a value that wraps in its column reads as typed. */
char           *ff_test_document_text       (FfDocument        *document,
                                             const char        *dir);

/* Fails the test (and goes on) when a word of @words, split at spaces and hyphens, is
 * not in @text (a label may wrap in its column, "D-" and "nummer"); or when @word is
 * in @text as a word of its own ("Period", but not in "Periode"). */
void            ff_test_assert_words        (const char        *text,
                                             const char        *words);
void            ff_test_assert_no_word      (const char        *text,
                                             const char        *word);

/* The number of pages, laid out in a Pango context of its own as a print is. */
int             ff_test_document_count_pages (const char       *language,
                                              const char       *second_language,
                                              FfTestLayoutFunc  layout,
                                              gconstpointer     data);

/* How often @needle is in @haystack. */
guint           ff_test_count               (const char        *haystack,
                                             const char        *needle);

/* The page (from 0) that shows @needle, asserting that no other does; -1 if none. */
int             ff_test_page_of             (GStrv              pages,
                                             const char        *needle);

/* Fails the test (and goes on) when @needle is not on @page, or is. */
void            ff_test_assert_on_page      (const char        *page,
                                             const char        *needle);
void            ff_test_assert_not_on_page  (const char        *page,
                                             const char        *needle);

/* What every test document begins with: a page header (an organisation and a
 * programme, a name) and the title "Integration plan". */
void            ff_test_layout_header       (FfPageFlow        *flow);

/* "prefix0000 prefix0001 …", @n_words words. */
char           *ff_test_words               (const char        *prefix,
                                             guint              n_words);

G_END_DECLS
