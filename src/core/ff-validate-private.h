/* ff-validate-private.h — what the checks of typed values share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The modulus-11 check digit of the first @n @digits with @weights, or -1 when it
 * would be 10 (such numbers are never given out). */
int       ff_validate_check_digit  (const int  *digits,
                                    const int  *weights,
                                    guint       n);

/* Reads the @n digits of @text, with spaces anywhere between them, into @digits.
 * FALSE with FF_VALIDATE_ERROR_EMPTY and @empty when there are none, or with
 * FF_VALIDATE_ERROR_FORMAT and @wrong when there is anything else, or another number
 * of digits. */
gboolean  ff_validate_read_digits  (const char  *text,
                                    int         *digits,
                                    guint        n,
                                    const char  *empty,
                                    const char  *wrong,
                                    GError     **error);

/* The @n @digits as a newly allocated string. */
char     *ff_validate_digits_to_string (const int *digits,
                                        guint      n);

/* Reads @min_len to @max_len ASCII digits, all of @text, into @value. */
gboolean  ff_validate_parse_digits (const char *text,
                                    guint       min_len,
                                    guint       max_len,
                                    int        *value);

G_END_DECLS
