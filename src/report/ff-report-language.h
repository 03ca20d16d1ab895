/* ff-report-language.h — the languages documents are printed in
 *
 * gettext's language is the same for the whole process. A plan printed in
 * Ukrainian on a Bokmål desktop, or with labels in two languages, fetches its
 * labels here: ff_report_gettext() asks the core's language switch
 * (ff_language_gettext() in src/core/ff-language.h), which the formatters of dates
 * and numbers (src/core/ff-format.h) use too, so a document's words and figures
 * come from one place. Call it from one thread (the main thread in the
 * application).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ff-choice.h"

G_BEGIN_DECLS

/* The languages documents can be printed in: "nb", "nn", "uk", "en". */
const char * const *ff_report_languages        (void);
gboolean            ff_report_language_is_known (const char *language);

/* Whether documents can be printed in @language: one of ff_report_languages() whose
 * translation is there ("en" needs none). The catalogue must be found in the folder
 * GETTEXT_PACKAGE is bound to and really translate (the language's own name comes back
 * in that language), or the document's labels would all be English. On FALSE, a
 * translated FF_REPORT_ERROR_LANGUAGE for a language documents are never printed in,
 * FF_REPORT_ERROR_TRANSLATION for one whose translation is missing. */
gboolean            ff_report_language_available (const char  *language,
                                                  GError     **error);

/* The language's name in the user's own language ("Ukrainian" → "ukrainsk"). */
const char         *ff_report_language_name    (const char *language);

/* @msgid (an English label marked with N_()) translated into @language; @msgid
 * itself for "en" or when no translation exists. A message with a context (marked
 * with NC_()) is given as "context\004msgid", as ff_report_choice_msgid() gives a
 * choice's label. The string lives as long as the process. */
const char         *ff_report_gettext          (const char *language,
                                                const char *msgid);

/* As ff_report_gettext() for a message with a plural form. */
const char         *ff_report_ngettext         (const char *language,
                                                const char *msgid,
                                                const char *msgid_plural,
                                                gulong      n);

/* The label of choice @index of @list as a message for the page flow's labels (an
 * FF_CELL_LABEL cell, a choice field): its msgid, with its context when it has one,
 * so that "Other" is translated as the list means it. Lives as long as the process. */
const char         *ff_report_choice_msgid     (const FfChoiceList *list,
                                                guint               index);

G_END_DECLS
