/* ff-fuzz.h — what the fuzz targets share
 *
 * Each target is a libFuzzer program (clang -fsanitize=fuzzer) that feeds one parser of
 * outside input with whatever bytes it is given, and checks what the parser promises
 * besides not crashing: a value it accepts comes out in its normalised form, and that
 * form is accepted again as itself. A broken promise aborts, so that libFuzzer keeps the
 * input as a crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <glib.h>

G_BEGIN_DECLS

/* libFuzzer's entry points. */
int       LLVMFuzzerInitialize     (int             *argc,
                                    char          ***argv);
int       LLVMFuzzerTestOneInput   (const uint8_t   *data,
                                    size_t           size);

/* Aborts, saying which promise @expr broke, when it is false. */
#define ff_fuzz_assert(expr) \
  G_STMT_START \
    { \
      if (G_UNLIKELY (!(expr))) \
        ff_fuzz_fail (__FILE__, __LINE__, #expr); \
    } \
  G_STMT_END

G_NORETURN
void      ff_fuzz_fail             (const char      *file,
                                    int              line,
                                    const char      *expr);

/* Sets up what every target needs once: the locale and translations, and criticals
 * as crashes. */
void      ff_fuzz_init             (void);

/* @data as a newly allocated string, up to its first NUL byte. */
char     *ff_fuzz_string           (const uint8_t   *data,
                                    size_t           size);

/* Takes @n bytes from the front of @data (fewer when there are not so many) as a
 * little-endian number, and moves past them. */
guint64   ff_fuzz_take             (const uint8_t  **data,
                                    size_t          *size,
                                    guint            n);

/* What every validator promises about its result: TRUE with a normalised value and no
 * error, or FALSE with a readable FF_VALIDATE_ERROR and no value. */
void      ff_fuzz_check_validated  (gboolean         ok,
                                    const char      *normalized,
                                    const GError    *error);

/* Whether @text is all ASCII digits, and not empty. */
gboolean  ff_fuzz_is_digits        (const char      *text);

G_END_DECLS
