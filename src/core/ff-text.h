/* ff-text.h — text folding for search and sorting, and typed text made tidy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Case-folded, NFKD with combining marks removed (so "Ødegård" → "ødegard",
 * "Олена" → "олена", "José" → "jose"), runs of white space and punctuation
 * collapsed to one space, trimmed. NULL gives "". */
char  *ff_text_fold       (const char *text);

/* A key that sorts names by family name, then given name, comparable with
 * memcmp/strcmp: Latin letters in Norwegian order (… z æ ø å), Cyrillic letters in
 * the order of the Ukrainian alphabet (… г ґ д е є … и і ї й …), case not counting;
 * the same order whatever language the interface is in. */
char  *ff_text_sort_key   (const char *family_name,
                           const char *given_name);

/* One line: line breaks and tabs become spaces, runs of white space one space. */
char  *ff_text_one_line   (const char *text);

/* Several lines: Windows and old Mac line ends become \n, the whole is trimmed. */
char  *ff_text_lines      (const char *text);

G_END_DECLS
