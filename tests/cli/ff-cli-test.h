/* ff-cli-test.h — what the fotfeste-cli tests share: running the real program as a user
 * would, a folder of their own for each test, sample stores, and reading printed PDFs
 *
 * Each test program runs as PROGRAM PATH-TO-FOTFESTE-CLI [PATH-TO-PDFTOTEXT|none]
 * [GTest options].
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ff-test-util.h"

G_BEGIN_DECLS

/* A fresh temporary folder for each test, removed with all in it afterwards. */
typedef FfTestDir Fixture;

typedef void (*FfCliTestFunc) (Fixture       *f,
                               gconstpointer  data);

/* Takes the paths of fotfeste-cli and pdftotext off the command line, sets up g_test,
 * and binds the catalogues fotfeste-cli prints labels from, for the expected labels.
 * Exits with status 2 when a path is missing or not a program. */
void      ff_cli_test_init  (int                *argc,
                             char             ***argv);
/* Adds a test at @path that runs @func in a Fixture. */
void      ff_cli_test_add   (const char         *path,
                             FfCliTestFunc       func);

/* @name in the test's folder. */
char     *path_in           (Fixture            *f,
                             const char         *name);

/* Runs fotfeste-cli with @args (NULL-terminated) and returns its exit status; its
 * output in @out and @err when asked for. */
int       run_strv          (char              **out,
                             char              **err,
                             const char *const  *args);
/* As run_strv(), in the environment @envp (NULL for the test's own, which tests/meson.build
 * sets up), such as g_get_environ() less FOTFESTE_LOCALEDIR. */
int       run_env_strv      (char              **out,
                             char              **err,
                             const char *const  *envp,
                             const char *const  *args);
/* As run_strv(), with the arguments given one by one up to a NULL. */
int       run               (char              **out,
                             char              **err,
                             const char         *first,
                             ...) G_GNUC_NULL_TERMINATED;

/* Starts fotfeste-cli with @args (NULL-terminated) and returns at once, its output
 * piped, so that the test can signal it while it runs. */
GSubprocess *start_strv     (const char *const  *args);

/* A database @name in the test's folder, filled by "fotfeste-cli sample" with @count
 * participants from @seed; its path. */
char     *make_sample       (Fixture            *f,
                             const char         *name,
                             const char         *count,
                             const char         *seed);

/* TRUE when pdftotext is installed; otherwise marks the test skipped and returns
 * FALSE, and the test returns: without pdftotext a test that reads a PDF is skipped,
 * never passed. */
gboolean  need_pdftotext    (void);
/* The text of a PDF, with every run of white space made one space, so that a line
 * wrapped in a table cell still reads as the words typed. Only after need_pdftotext(). */
char     *pdf_text          (const char         *pdf);

/* A checksum of everything database @db holds but its audit log: what a print, which
 * only adds to the audit log, leaves as it was. */
char     *checksum_but_audit (const char        *db);

G_END_DECLS
