/* ff-test-util.h — temporary folders and file checksums for the core and cli tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A new private folder from @tmpl, such as "fotfeste-store-XXXXXX". */
char *ff_test_make_dir      (const char *tmpl);

/* Removes @path and everything below it. */
void  ff_test_remove_tree   (const char *path);

/* The SHA-256 of the file's contents, to tell that a file was left as it was. */
char *ff_test_checksum_file (const char *path);

G_END_DECLS
