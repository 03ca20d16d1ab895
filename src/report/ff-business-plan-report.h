/* ff-business-plan-report.h — a participant's business plan as a printed document
 *
 * A4 on its side, for the budget's table: the participant's name in the page header;
 * the title "Business plan"; the plan's title, the participant's name and national id
 * masked ("010290 *****"), the kind of business, its status and date, the legal form
 * (with the reminder of an AS's share capital); the sections' texts, the market
 * survey with the share who would buy; the permits and registrations checklist; the
 * start-up costs and financing with their totals and the financing gap; the 12-month
 * operating budget in two tables of six months (revenue and cost lines, totals, the
 * result of each month and the accumulated liquidity, the year's totals), the
 * break-even month or "never"; the milestones; and, only when asked for, the
 * reviewers' marks and feedback. Money is written as the document's language writes
 * it ("kr 12 500" in Norwegian, "12 500 kr" in Ukrainian). Print it, or write it as
 * PDF, as any FfDocument: its prints and exports are recorded in the audit log as
 * "business-plan".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_BUSINESS_PLAN_REPORT (ff_business_plan_report_get_type ())
G_DECLARE_FINAL_TYPE (FfBusinessPlanReport, ff_business_plan_report, FF, BUSINESS_PLAN_REPORT,
                      FfDocument)

/* Business plan @plan_id, read from @store now, to print in @language ("nb", "nn",
 * "uk", "en"), bilingual with @second_language when it is not NULL or "" (and not
 * @language), with the reviewers' feedback and marks when @with_feedback. Fails with
 * FF_STORE_ERROR_NOT_FOUND for a plan that is not there (or whose participant is
 * deleted), FF_REPORT_ERROR_LANGUAGE or FF_REPORT_ERROR_TRANSLATION for a language
 * documents cannot be printed in. */
FfBusinessPlanReport *ff_business_plan_report_new (FfStore     *store,
                                                   gint64       plan_id,
                                                   const char  *language,
                                                   const char  *second_language,
                                                   gboolean     with_feedback,
                                                   GError     **error);

/* The participant whose plan it is. */
gint64                ff_business_plan_report_get_participant_id (FfBusinessPlanReport *self);

G_END_DECLS
