/* ff-job-log-report.h — a participant's job-seeker log as a printed document
 *
 * A4 on its side, for the table's width: the organisation and programme in the page
 * header, with the participant's name; the title "Job-seeker log"; the participant's
 * name (and in their own script), the national id masked ("010290 *****"), the period
 * and the weekly target; then a table of the applications of the period by date, the
 * oldest first: date, employer, position and place, source, deadline, status and the
 * date it was reached, the next follow-up, contact person, link and notes; and how
 * many there are. A log can be handed to NAV as it is. Print it, or write it as PDF,
 * as any FfDocument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_JOB_LOG_REPORT (ff_job_log_report_get_type ())
G_DECLARE_FINAL_TYPE (FfJobLogReport, ff_job_log_report, FF, JOB_LOG_REPORT, FfDocument)

/* The log of @participant_id dated from @from to @to (YYYY-MM-DD, both included; NULL
 * for no bound), read from @store now, to print in @language ("nb", "nn", "uk",
 * "en"), bilingual with @second_language when it is not NULL or "" (and not
 * @language). Fails with FF_STORE_ERROR_NOT_FOUND for a participant who is not there,
 * FF_REPORT_ERROR_LANGUAGE or FF_REPORT_ERROR_TRANSLATION for a language documents
 * cannot be printed in. */
FfJobLogReport *ff_job_log_report_new            (FfStore     *store,
                                                  gint64       participant_id,
                                                  const char  *from,
                                                  const char  *to,
                                                  const char  *language,
                                                  const char  *second_language,
                                                  GError     **error);

/* How many applications the log holds. */
guint           ff_job_log_report_get_n_applications (FfJobLogReport *self);

G_END_DECLS
