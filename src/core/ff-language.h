/* ff-language.h — the languages Fotfeste speaks, the one the interface is shown in, and
 * messages fetched in another
 *
 * The language the user sees is the language of the message catalogue gettext chose
 * (through LANGUAGE, LC_MESSAGES or LANG), not what LC_TIME or LC_NUMERIC say: on a
 * desktop set to C.UTF-8 with LANGUAGE=nb the interface is in Bokmål, and so must its
 * dates and numbers be. Each catalogue names its own language (a message translated
 * to "nb", "nn" or "uk"), so the answer is always the catalogue in use.
 *
 * gettext's language is the same for the whole process. A document printed in
 * Ukrainian on a Bokmål desktop, or a date written in a language of its own, fetches
 * its words here, and only here: ff_language_gettext() switches the catalogue's
 * language for a moment (LANGUAGE, as the gettext manual describes for changing the
 * language at run time), looks the message up and restores what was there. Messages
 * are kept once fetched, so a document costs no switch after the first one. Call it
 * with a language from one thread (the main thread in the application); with NULL
 * (the displayed language) it is plain gettext and safe anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The languages Fotfeste is written in: "nb", "nn", "uk", "en" (NULL-terminated). */
const char * const *ff_languages              (void);
gboolean            ff_language_is_known      (const char *language);

/* The language the interface is shown in: the code the catalogue in use gives for
 * itself, one of ff_languages(); "en" without a catalogue or with one of a language
 * Fotfeste does not know. */
const char         *ff_language_displayed     (void);

/* @msgid (an English message marked with N_()) translated into @language, or into the
 * displayed language when @language is NULL; @msgid itself for "en", for a language
 * ff_languages() does not hold, or when no translation exists. The string lives as
 * long as the process. */
const char         *ff_language_gettext       (const char *language,
                                               const char *msgid) G_GNUC_FORMAT (2);

/* As ff_language_gettext() for a message with a context (marked with NC_()). */
const char         *ff_language_pgettext      (const char *language,
                                               const char *context,
                                               const char *msgid) G_GNUC_FORMAT (3);

/* As ff_language_gettext() for a message with a plural form. */
const char         *ff_language_ngettext      (const char *language,
                                               const char *msgid,
                                               const char *msgid_plural,
                                               gulong      n) G_GNUC_FORMAT (2);

G_END_DECLS
