/* ff-course-report-private.h — what the documents of courses and programmes share: the
 * programme in the page header, a period as given, and notes in the document's
 * languages (ff-sign-in-report.c, ff-attendance-report.c, ff-reductions-report.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-store.h"

G_BEGIN_DECLS

/* The organisation and name of programme @programme_id ("" each when it is gone):
 * "Drammen kommune · Introduksjonsprogrammet", or the one of the two there is. */
char     *ff_course_report_programme_line (FfStore      *store,
                                           gint64        programme_id,
                                           char        **programme_name,
                                           GError      **error);

/* @from and @to as typed (NULL or "": no bound) in *@from_day and *@to_day as
 * YYYY-MM-DD (NULL for no bound). Refused with a translated FF_VALIDATE_ERROR: a date
 * that is not one, @to before @from. */
gboolean  ff_course_report_check_period   (const char   *from,
                                           const char   *to,
                                           char        **from_day,
                                           char        **to_day,
                                           GError      **error);

/* "01.01.2026–31.03.2026", "From 01.01.2026", "Until 31.03.2026" in @language; NULL
 * when there is no bound. */
char     *ff_course_report_format_period  (const char   *from,
                                           const char   *to,
                                           const char   *language);

/* A field "Period" (an N_() message in @label_msgid) showing the period, or @all_msgid
 * when it has no bound. */
void      ff_course_report_add_period     (FfPageFlow   *flow,
                                           const char   *label_msgid,
                                           const char   *from,
                                           const char   *to,
                                           const char   *all_msgid);

/* Running text made of the message @msgid in the document's language, and under it
 * in the second one when the document is bilingual: a note under a table. */
void      ff_course_report_add_note       (FfPageFlow   *flow,
                                           const char   *msgid);

G_END_DECLS
