/* ff-plan-report.h — an individual plan as a printed document
 *
 * A4; the organisation and programme in the page header, with the participant's
 * name; the participant's name and birth date, the contact person, the agreement
 * period; goals; tables of sub-goals, activities and review dates; signature lines
 * for participant and contact person with place and date; "Page 1 of 2" at the foot
 * of each page. Print it, or write it as PDF, as any FfDocument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-document.h"
#include "ff-plan.h"

G_BEGIN_DECLS

#define FF_TYPE_PLAN_REPORT (ff_plan_report_get_type ())
G_DECLARE_FINAL_TYPE (FfPlanReport, ff_plan_report, FF, PLAN_REPORT, FfDocument)

/* A plan to print in @language ("nb", "nn", "uk", "en"), bilingual with
 * @second_language when it is not NULL or "" (and not @language). Unknown
 * languages fail with FF_REPORT_ERROR_LANGUAGE. Keeps a reference to @plan. */
FfPlanReport *ff_plan_report_new          (FfPlan      *plan,
                                           const char  *language,
                                           const char  *second_language,
                                           GError     **error);

/* A plan to print in the languages its fields name (its language, and its second
 * language when it is bilingual). */
FfPlanReport *ff_plan_report_new_for_plan (FfPlan      *plan,
                                           GError     **error);

G_END_DECLS
