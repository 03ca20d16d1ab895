/* ff-validate.h — checking what a user typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FF_VALIDATE_ERROR (ff_validate_error_quark ())

typedef enum
{
  FF_VALIDATE_ERROR_EMPTY,
  FF_VALIDATE_ERROR_FORMAT,
  FF_VALIDATE_ERROR_CHECK_DIGIT,
  FF_VALIDATE_ERROR_NO_SUCH_DATE,
  FF_VALIDATE_ERROR_IMPLAUSIBLE,
} FfValidateError;

typedef enum
{
  FF_DATE_ANY,        /* 1900-01-01 … 2100-12-31 */
  FF_DATE_BIRTH,      /* 1900-01-01 … today */
  FF_DATE_PAST,       /* 1900-01-01 … today (arrival, consent, referral) */
} FfDateRange;

typedef enum
{
  FF_NATIONAL_ID_FODSELSNUMMER,
  FF_NATIONAL_ID_D_NUMMER,
} FfNationalIdKind;

GQuark    ff_validate_error_quark  (void);

/* Every validator accepts surrounding white space, returns TRUE and a normalised,
 * newly allocated copy in @normalized (may be NULL) when @text is valid, or FALSE
 * with a translated FF_VALIDATE_ERROR that says what is wrong and what to type. */

/* @text (NULL as "") without surrounding white space; NULL, with a translated
 * FF_VALIDATE_ERROR_FORMAT, when it is not valid UTF-8. */
char     *ff_validate_trim         (const char       *text,
                                    GError          **error);

/* 11 digits (spaces allowed); both modulus-11 check digits; a date that exists
 * (day + 40 for a D-nummer). Normalised to the 11 digits. */
gboolean  ff_validate_national_id  (const char       *text,
                                    FfNationalIdKind *kind,
                                    char            **normalized,
                                    GError          **error);

/* YYYY-MM-DD, or the Norwegian DD.MM.YYYY; the date must exist and lie in @range.
 * Normalised to YYYY-MM-DD. */
gboolean  ff_validate_date         (const char       *text,
                                    FfDateRange       range,
                                    char            **normalized,
                                    GError          **error);

/* A stored date as people read it in Norway: "2025-03-17" → "17.03.2025"; any other
 * text is returned unchanged, NULL as "". */
char     *ff_date_to_display       (const char       *iso);

/* local@domain.tld, no spaces. Normalised: trimmed, domain in lower case. */
gboolean  ff_validate_email        (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* Norwegian: 8 digits, optionally after +47 or 0047, spaces allowed, normalised to
 * "+47 XXX XX XXX" (mobile, 4xx/9xx) or "+47 XX XX XX XX"; international: + or 00 and
 * a country code with 7 to 15 digits in all, normalised to "+" and the digits. */
gboolean  ff_validate_phone        (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* A valid national identity number for a birth date and a three-digit individual
 * number (which also tells the century), a D-nummer when @d_number is set; NULL
 * when the date does not exist, when @individual does not belong to the date's
 * century, or when a check digit would be 10 (that individual number is never
 * given out). For sample data and tests. */
char     *ff_national_id_make      (int               year,
                                    int               month,
                                    int               day,
                                    guint             individual,
                                    gboolean          d_number);

G_END_DECLS
