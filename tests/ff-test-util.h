/* ff-test-util.h — temporary folders, file checksums and the text of PDF files for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A new private folder from @tmpl, such as "fotfeste-store-XXXXXX". */
/* A date set from its year, month and day, for tables of dates in tests. */
GDate ff_test_date          (GDateYear   year,
                             GDateMonth  month,
                             GDateDay    day);

char *ff_test_make_dir      (const char *tmpl);

/* A new private folder named after the test program, such as
 * "fotfeste-test-store-XXXXXX". */
char *ff_test_make_own_dir  (void);

/* Removes @path and everything below it. */
void  ff_test_remove_tree   (const char *path);

/* The SHA-256 of the file's contents, to tell that a file was left as it was. */
char *ff_test_checksum_file (const char *path);

/* How often the bytes of @needle occur in the database @db_path, its write-ahead log
 * and its shared memory file, read raw (0 for a file that is not there). */
guint ff_test_count_in_database_files (const char *db_path,
                                       const char *needle);

/* The text of the PDF file @pdf (pdftotext -layout), every run of white space made one
 * space so that a wrapped line reads as one; NULL when pdftotext is not installed (the
 * caller skips). */
char *ff_test_pdf_text      (const char *pdf);

/* A private folder for each test, removed after it; for g_test_add (). */
typedef struct
{
  char *dir;
} FfTestDir;

void  ff_test_dir_set_up    (FfTestDir     *f,
                             gconstpointer  data);
void  ff_test_dir_tear_down (FfTestDir     *f,
                             gconstpointer  data);

/* Adds the test @func (FfTestDir *, gconstpointer) at @path. */
#define ff_test_dir_add(path, func) \
  g_test_add ((path), FfTestDir, NULL, ff_test_dir_set_up, (func), ff_test_dir_tear_down)

G_END_DECLS
