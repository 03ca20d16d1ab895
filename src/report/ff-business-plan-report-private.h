/* ff-business-plan-report-private.h — what the parts of the printed business plan
 * share: the document's instance, read when it is made, and how it writes amounts and
 * choices
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-business-budget.h"
#include "ff-business-plan.h"
#include "ff-business-plan-report.h"
#include "ff-format.h"
#include "ff-participant.h"
#include "ff-report-language.h"

G_BEGIN_DECLS


struct _FfBusinessPlanReport
{
  FfDocument        parent_instance;

  FfRecord         *plan;          /* the document's source */
  FfParticipant    *participant;
  gboolean          with_feedback;
  GPtrArray        *parts[FF_BUSINESS_N_PART_KINDS];  /* FfRecord, in their order */
  FfBusinessBudget  budget;
};

static inline const char *
language_of (FfBusinessPlanReport *self)
{
  return ff_document_get_language (FF_DOCUMENT (self));
}

static inline char *
format_money (FfBusinessPlanReport *self,
              gint64                ore)
{
  return ff_format_money (ore, language_of (self));
}

/* A stored amount (øre as text, "" for none) in the document's language; NULL when
 * empty. */
static inline char *
format_stored_money (FfBusinessPlanReport *self,
                     const char           *stored)
{
  if (stored == NULL || stored[0] == '\0')
    return NULL;

  return format_money (self, g_ascii_strtoll (stored, NULL, 10));
}

/* The label of @key of @list as a message for the page flow; NULL for "" when "" is
 * not one of the choices. */
static inline const char *
choice_msgid (const FfChoiceList *list,
              const char         *key)
{
  if ((key == NULL || key[0] == '\0') && !ff_choice_list_has_empty (list))
    return NULL;

  return ff_report_choice_msgid (list, ff_choice_list_index (list, key));
}

/* The start-up costs, the financing with the financing gap, and the 12-month budget
 * (ff-business-plan-report-budget.c). */
void ff_business_plan_report_layout_figures (FfBusinessPlanReport *self,
                                             FfPageFlow           *flow);

G_END_DECLS
