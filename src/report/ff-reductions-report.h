/* ff-reductions-report.h — a programme's reductions of the introduction benefit for
 * absence over a period, as a printed document
 *
 * A4 on its side: the organisation and programme in the page header; the title
 * "Benefit reductions for absence"; the programme and the period; then a table of
 * every participant paid a benefit, per payment period (ff_course_reductions()): the
 * period, the payment, the planned and unexcused hours, the reduction, what is paid,
 * and whether the reduction needs an individual decision; the totals; and what the
 * rule of an individual decision is. Ready for whoever pays the benefit. Each print
 * and export is recorded in the audit log of every participant it names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_REDUCTIONS_REPORT (ff_reductions_report_get_type ())
G_DECLARE_FINAL_TYPE (FfReductionsReport, ff_reductions_report, FF, REDUCTIONS_REPORT,
                      FfDocument)

/* The reductions of programme @programme_id in the payment periods that end from
 * @from to @to (dates as typed or YYYY-MM-DD), read from @store now, to print in
 * @language, bilingual with @second_language when it is not NULL or "" (and not
 * @language). Fails with FF_STORE_ERROR_NOT_FOUND for a programme that is not there,
 * a translated FF_VALIDATE_ERROR as ff_course_reductions() refuses a period (or finds
 * no G in force), FF_REPORT_ERROR_LANGUAGE or FF_REPORT_ERROR_TRANSLATION for a
 * language documents cannot be printed in. */
FfReductionsReport *ff_reductions_report_new     (FfStore     *store,
                                                  gint64       programme_id,
                                                  const char  *from,
                                                  const char  *to,
                                                  const char  *language,
                                                  const char  *second_language,
                                                  GError     **error);

/* How many payment periods the list holds, and how many need an individual
 * decision. */
guint               ff_reductions_report_get_n_rows      (FfReductionsReport *self);
guint               ff_reductions_report_get_n_decisions (FfReductionsReport *self);

G_END_DECLS
