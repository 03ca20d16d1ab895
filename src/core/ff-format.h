/* ff-format.h — dates, amounts, hours and percentages as a language writes them
 *
 * The one set of formatters for the interface, the printed documents and the command
 * line. Each takes the language to write in, "nb", "nn", "uk" or "en" (any other is
 * written as "en"), or NULL for the language the interface is shown in
 * (ff_language_displayed()): never the C library's locale, so that LC_TIME=C under a
 * Bokmål interface still gives "2. okt. 2024". A document passes its own language.
 *
 * Groups of thousands are separated by a no-break space, U+00A0
 * (FF_FORMAT_GROUP_SEPARATOR), in every language, and so is a currency or a percent
 * sign from its number: a line never breaks inside an amount, every font has the
 * character, screen readers read it as a space, and ff_validate_money() reads what
 * these functions write back. Negative numbers take the minus sign, U+2212
 * (FF_FORMAT_MINUS), which screen readers read as "minus".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define FF_FORMAT_GROUP_SEPARATOR "\xc2\xa0"
#define FF_FORMAT_MINUS "\xe2\x88\x92"

/* Whether @language writes decimals with a comma (nb, nn, uk) or a point (en). */
gboolean  ff_format_decimal_comma   (const char *language);

/* A stored date ("2025-03-17") in figures, "17.03.2025", as Norwegian forms and
 * Fotfeste's date fields write it, in every language (Ukrainian writes it the same
 * way). Any other text is returned unchanged, NULL as "". */
char     *ff_format_date            (const char *iso_date,
                                     const char *language);

/* A period of two stored dates in figures: "01.09.2025 – 31.05.2026", and
 * "01.09.2025 –" while it has no end; "" when it has no start. */
char     *ff_format_period          (const char *start,
                                     const char *end,
                                     const char *language);

/* A stored date in words, with the month's name shortened: "2. okt. 2024" (nb, nn),
 * "2 жовт. 2024" (uk), "2 Oct 2024" (en). The month names are Fotfeste's own
 * messages, not the C library's. Any other text is returned unchanged, NULL as "". */
char     *ff_format_date_in_words   (const char *iso_date,
                                     const char *language);

/* Month @month (1–12) by its shortened name, as a date in words writes it: "okt."
 * (nb, nn), "жовт." (uk), "Oct" (en); "" for any other number. For the heads of
 * columns of months. */
char     *ff_format_month           (int         month,
                                     const char *language);

/* An amount of whole øre in kroner: "kr 12 500" and "kr 1 234,50" (nb, nn),
 * "12 500 kr" (uk), "NOK 12 500.50" (en); the øre only when there are some. */
char     *ff_format_money           (gint64      ore,
                                     const char *language);

/* Hours, to at most two decimals: 1.5 as "1,5" (nb, nn, uk) or "1.5" (en), 7 as "7". */
char     *ff_format_hours           (double      hours,
                                     const char *language);

/* A percentage, to at most one decimal: "80 %" (nb, nn, uk, with a no-break space),
 * "80%" (en), 12.5 as "12,5 %". */
char     *ff_format_percent         (double      percent,
                                     const char *language);

/* A national id (fødselsnummer or D-nummer) as printed where only its holder needs
 * to recognise it: the six digits of the birth date, the five personal ones hidden,
 * "01029012345" as "010290 *****". Spaces typed in it are left out; any other text
 * is hidden whole ("*****"), "" and NULL are "". */
char     *ff_format_national_id_masked (const char *national_id);

G_END_DECLS
