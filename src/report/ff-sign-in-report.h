/* ff-sign-in-report.h — a session's sign-in sheet as a printed document
 *
 * A4 upright: the organisation and programme in the page header, with the course's
 * title; the title "Sign-in sheet"; the course, the session's date and time, where it
 * is held (or that it is online) and the instructor; then a table of the course's
 * participants by name, each with their name in their own script and a row high
 * enough to sign in; and a line for the instructor's signature. Print it, or write it
 * as PDF, as any FfDocument; each print and export is recorded in the audit log of
 * every participant it names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_SIGN_IN_REPORT (ff_sign_in_report_get_type ())
G_DECLARE_FINAL_TYPE (FfSignInReport, ff_sign_in_report, FF, SIGN_IN_REPORT, FfDocument)

/* The sign-in sheet of session @session_id, read from @store now, to print in
 * @language ("nb", "nn", "uk", "en"), bilingual with @second_language when it is not
 * NULL or "" (and not @language). Fails with FF_STORE_ERROR_NOT_FOUND for a session
 * (or its course) that is not there, FF_REPORT_ERROR_LANGUAGE or
 * FF_REPORT_ERROR_TRANSLATION for a language documents cannot be printed in. */
FfSignInReport *ff_sign_in_report_new              (FfStore     *store,
                                                    gint64       session_id,
                                                    const char  *language,
                                                    const char  *second_language,
                                                    GError     **error);

/* How many participants the sheet lists. */
guint           ff_sign_in_report_get_n_participants (FfSignInReport *self);

G_END_DECLS
