/* ff-report-language.h — the languages documents are printed in
 *
 * gettext's language is the same for the whole process. A plan printed in
 * Ukrainian on a Bokmål desktop, or with labels in two languages, fetches its
 * labels here, and only here: ff_report_gettext() switches the message catalogue's
 * language for a moment (LANGUAGE, as the gettext manual describes for changing
 * the language at run time), looks the label up and restores what was there.
 * Labels are kept once fetched, so a document costs no switch after the first one.
 * Call it from one thread (the main thread in the application).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The languages documents can be printed in: "nb", "nn", "uk", "en". */
const char * const *ff_report_languages        (void);
gboolean            ff_report_language_is_known (const char *language);

/* The language's name in the user's own language ("Ukrainian" → "ukrainsk"). */
const char         *ff_report_language_name    (const char *language);

/* @msgid (an English label marked with N_()) translated into @language; @msgid
 * itself for "en" or when no translation exists. The string lives as long as the
 * process. */
const char         *ff_report_gettext          (const char *language,
                                                const char *msgid);

/* As ff_report_gettext() for a message with a plural form. */
const char         *ff_report_ngettext         (const char *language,
                                                const char *msgid,
                                                const char *msgid_plural,
                                                gulong      n);

/* Whether @language writes decimals with a comma (nb, nn, uk) or a point (en). */
gboolean            ff_report_language_decimal_comma (const char *language);

G_END_DECLS
