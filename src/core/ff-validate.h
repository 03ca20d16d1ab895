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
  FF_VALIDATE_ERROR_TOO_LONG,       /* more text than the field takes */
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

/* Hours per week as typed ("7,5", "7.5" or "7"): 0 to 60 with at most one decimal.
 * Normalised to "7.5" or "7"; "0" to "" (no hours). */
gboolean  ff_validate_hours        (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* Normalised hours ("7.5") as minutes (450), 0 for "" or anything else; and back
 * ("" for 0 or less). */
gint64    ff_hours_to_minutes      (const char       *hours);
char     *ff_hours_from_minutes    (gint64            minutes);

/* Hours spent on one occasion (a mentor meeting) as typed ("1,5", "1.5", "0,25" or
 * "2"): more than 0 and at most 24, with at most two decimals. Normalised to "1.5",
 * "0.25" or "2". */
gboolean  ff_validate_duration     (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* Normalised hours of one occasion ("1.5") as hundredths of an hour (150), 0 for ""
 * or anything else; and back ("" for 0 or less). */
gint64    ff_duration_to_hundredths   (const char    *hours);
char     *ff_duration_from_hundredths (gint64         hundredths);

/* An amount in kroner as typed: "1 234,50", "1234.50", "kr 1 234,-", "-500";
 * spaces, points or non-breaking spaces between thousands, a decimal comma (or a
 * point followed by one or two digits) and at most two decimals; up to a hundred
 * billion kroner either way. Normalised to whole øre ("123450"). */
gboolean  ff_validate_money        (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* An amount of a business plan: as ff_validate_money(), but never negative and at most
 * 100 million kroner. Normalised to whole øre. */
gboolean  ff_validate_amount       (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* A whole percentage from 0 to 100, typed "50", "50 %" or "50%". Normalised to "50". */
gboolean  ff_validate_percentage   (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* A working percentage (stillingsprosent) from 1 to 100, typed as a percentage is. */
gboolean  ff_validate_work_percentage (const char    *text,
                                       char         **normalized,
                                       GError       **error);

/* A Norwegian organisation number: 9 digits (spaces allowed) whose last is the
 * modulus-11 check digit of the first eight. Normalised to the 9 digits. */
gboolean  ff_validate_org_number   (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* "123456785" → "123 456 785", as the Register of Business Enterprises writes it; any
 * other text is returned as it is. */
char     *ff_org_number_to_display (const char       *digits);

/* A valid organisation number from its first eight digits (@base, 0 … 99999999), or
 * NULL when its check digit would be 10 (such numbers are never given out). For
 * sample data and tests. */
char     *ff_org_number_make       (guint             base);

/* A Norwegian postcode: 4 digits. */
gboolean  ff_validate_postcode     (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* The id of a record: a whole number above 0. */
gboolean  ff_validate_id           (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* A small whole number of times from @min to @max ("3"). */
gboolean  ff_validate_count        (const char       *text,
                                    int               min,
                                    int               max,
                                    char            **normalized,
                                    GError          **error);

/* A web address to open in a browser: http or https, with a host and no spaces.
 * "www.nav.no/stilling/1" becomes "https://www.nav.no/stilling/1"; any other
 * scheme (file:, javascript:, mailto: …) is refused. */
gboolean  ff_validate_link         (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* A time of day as typed: "9", "9:30", "09.30", "0930" or "09:30", from 00:00 to 23:59.
 * Normalised to "09:30". */
gboolean  ff_validate_time         (const char       *text,
                                    char            **normalized,
                                    GError          **error);

/* The minutes since midnight of a normalised time of day ("09:30": 570), or -1. */
int       ff_time_to_minutes       (const char       *time);

/* A period from @start to @end (YYYY-MM-DD or ""): FALSE, with @message as a
 * FF_VALIDATE_ERROR_IMPLAUSIBLE, when both are known and the end comes first. The
 * same day is a period of one day. */
gboolean  ff_validate_period       (const char       *start,
                                    const char       *end,
                                    const char       *message,
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
