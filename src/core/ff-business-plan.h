/* ff-business-plan.h — a participant's business plans (forretningsplan): their text,
 * checklist, start-up costs, financing, 12-month budget, milestones and feedback
 *
 * A participant may have several business plans. Each is an FfRecord of
 * ff_business_plan_type held by its participant: a title, a kind of business, a status
 * with the date of each change, seven sections of text, a market survey and a legal
 * form. Its parts are FfRecords of ff_business_part_types[] held by the plan: checklist
 * items, start-up costs, financing, budget lines, milestones, feedback and the
 * reviewers' marks. Everything is written through ff-record.h, so every change is
 * checked, audited and announced: a change of the plan's own fields as
 * "changed::participant" with the participant's id, a change of a part as
 * "changed::business-plan" with the plan's id.
 *
 * Amounts are whole øre, as every amount of the store; they are typed in kroner
 * ("12500", "12 500", "12 500,50") and refused when negative or over 100 million kr
 * (FF_CHECK_AMOUNT). Sums, results, liquidity and the break-even month are computed,
 * never stored (FfBusinessBudget).
 *
 * A plan whose participant is deleted is left out of every list with them
 * (ff_business_plan_query_ids()) and comes back when they are restored; erasing or
 * purging the participant removes it (ff-person.h finds its tables from the schema).
 *
 * Status flow (ff_business_status_can_change()):
 *
 *     draft ──▶ in review ──▶ final
 *       ▲          │  ▲         │
 *       └──────────┘  └─────────┘
 *
 * A draft is sent for review; a review ends in "final" or sends the plan back to
 * draft; a final plan is reopened for review (never straight to draft, so that its
 * history says it was looked at again). A plan is never final without a review.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record.h"

G_BEGIN_DECLS

/* Kinds of business: indexes into ff_business_kinds (keys in comments). */
typedef enum
{
  FF_BUSINESS_KIND_FOOD_PRODUCTION,   /* "food-production" */
  FF_BUSINESS_KIND_CAFE,              /* "cafe": café or restaurant */
  FF_BUSINESS_KIND_FOOD_TRUCK,        /* "food-truck" */
  FF_BUSINESS_KIND_CLEANING,          /* "cleaning" */
  FF_BUSINESS_KIND_BEAUTY,            /* "beauty": hair, beauty and nails */
  FF_BUSINESS_KIND_CRAFTS,            /* "crafts": crafts and production */
  FF_BUSINESS_KIND_RETAIL,            /* "retail" */
  FF_BUSINESS_KIND_TRANSPORT,         /* "transport" */
  FF_BUSINESS_KIND_TOURISM,           /* "tourism" */
  FF_BUSINESS_KIND_IT_SERVICES,       /* "it-services": IT and services */
  FF_BUSINESS_KIND_OTHER,             /* "other" */
  FF_BUSINESS_N_KINDS
} FfBusinessKind;

extern const FfChoiceList ff_business_kinds;

/* Whether the business makes or serves food (Mattilsynet's registration applies):
 * food production, café or restaurant, food truck. */
gboolean     ff_business_kind_is_food          (FfBusinessKind kind);

typedef enum
{
  FF_BUSINESS_STATUS_DRAFT,           /* "draft" */
  FF_BUSINESS_STATUS_IN_REVIEW,       /* "in-review" */
  FF_BUSINESS_STATUS_FINAL,           /* "final" */
  FF_BUSINESS_N_STATUSES
} FfBusinessStatus;

extern const FfChoiceList ff_business_statuses;

/* Whether a plan may go from @from to @to (see the flow above); never to itself. */
gboolean     ff_business_status_can_change     (FfBusinessStatus from,
                                                FfBusinessStatus to);

/* Legal forms: "" not chosen, "enk" (enkeltpersonforetak), "as" (aksjeselskap),
 * "other". */
extern const FfChoiceList ff_business_legal_forms;

/* The sections of text, in the order a plan is read; their fields are contiguous
 * (ff_business_section_field()). Keys: "summary", "idea", "product", "market",
 * "competitors", "marketing", "organisation". */
typedef enum
{
  FF_BUSINESS_SECTION_SUMMARY,
  FF_BUSINESS_SECTION_IDEA,
  FF_BUSINESS_SECTION_PRODUCT,
  FF_BUSINESS_SECTION_MARKET,         /* customers and market, with the survey */
  FF_BUSINESS_SECTION_COMPETITORS,
  FF_BUSINESS_SECTION_MARKETING,
  FF_BUSINESS_SECTION_ORGANISATION,   /* organisation and legal form */
  FF_BUSINESS_N_SECTIONS
} FfBusinessSection;

extern const FfChoiceList ff_business_sections;

typedef enum
{
  FF_BUSINESS_PLAN_TITLE,             /* required */
  FF_BUSINESS_PLAN_KIND,              /* a key of ff_business_kinds; "other" when empty */
  FF_BUSINESS_PLAN_STATUS,            /* written by ff_business_plan_set_status() only */
  FF_BUSINESS_PLAN_STATUS_DATE,       /* the date of the current status */
  FF_BUSINESS_PLAN_SUMMARY,           /* the sections, in FfBusinessSection's order */
  FF_BUSINESS_PLAN_IDEA,
  FF_BUSINESS_PLAN_PRODUCT,
  FF_BUSINESS_PLAN_MARKET,
  FF_BUSINESS_PLAN_COMPETITORS,
  FF_BUSINESS_PLAN_MARKETING,
  FF_BUSINESS_PLAN_ORGANISATION,
  FF_BUSINESS_PLAN_LEGAL_FORM,        /* a key of ff_business_legal_forms */
  FF_BUSINESS_PLAN_SURVEY_ASKED,      /* how many people were asked, 0–9999 */
  FF_BUSINESS_PLAN_SURVEY_WOULD_BUY,  /* how many of them would buy: not more than asked */
  FF_BUSINESS_PLAN_SURVEY_PRICE,      /* at what price, øre */
  FF_BUSINESS_PLAN_N_FIELDS
} FfBusinessPlanField;

/* What a plan shows but no one edits, by ff_record_get_extra(). */
typedef enum
{
  FF_BUSINESS_PLAN_PARTICIPANT_ID,
  FF_BUSINESS_PLAN_PARTICIPANT_NAME,  /* the participant's display name */
} FfBusinessPlanExtra;

/* Business plans, held by their participant, in the order they were made. Title: the
 * plan's title; subtitle: kind · status · date of the status. */
extern const FfRecordType ff_business_plan_type;

/* The field of section @section. */
FfBusinessPlanField ff_business_section_field  (FfBusinessSection section);

/* The parts of a plan. */
typedef enum
{
  FF_BUSINESS_PART_CHECKLIST,
  FF_BUSINESS_PART_STARTUP,
  FF_BUSINESS_PART_FINANCING,
  FF_BUSINESS_PART_BUDGET,
  FF_BUSINESS_PART_MILESTONE,
  FF_BUSINESS_PART_FEEDBACK,
  FF_BUSINESS_PART_MARK,
  FF_BUSINESS_N_PART_KINDS
} FfBusinessPartKind;

extern const FfRecordType ff_business_part_types[FF_BUSINESS_N_PART_KINDS];

/* Permits and registrations checklist items (table business_plan_item), in order. */
typedef enum
{
  FF_BUSINESS_ITEM_TITLE,             /* required */
  FF_BUSINESS_ITEM_STATE,             /* a key of ff_business_item_states */
  FF_BUSINESS_ITEM_DATE,
  FF_BUSINESS_ITEM_RULE,              /* the key of the default it came from
                                       * (ff-business-checklist.h), "" for one added */
  FF_BUSINESS_ITEM_N_FIELDS
} FfBusinessItemField;

typedef enum
{
  FF_BUSINESS_ITEM_NOT_STARTED,       /* "not-started" */
  FF_BUSINESS_ITEM_IN_PROGRESS,       /* "in-progress" */
  FF_BUSINESS_ITEM_DONE,              /* "done" */
  FF_BUSINESS_ITEM_NOT_RELEVANT,      /* "not-relevant" */
  FF_BUSINESS_ITEM_N_STATES
} FfBusinessItemState;

extern const FfChoiceList ff_business_item_states;

/* Start-up costs (table business_plan_startup), in order. */
typedef enum
{
  FF_BUSINESS_STARTUP_WHAT,           /* required */
  FF_BUSINESS_STARTUP_AMOUNT,         /* øre */
  FF_BUSINESS_STARTUP_N_FIELDS
} FfBusinessStartupField;

/* Financing (table business_plan_financing), in order. */
typedef enum
{
  FF_BUSINESS_FINANCING_KIND,         /* a key of ff_business_financing_kinds */
  FF_BUSINESS_FINANCING_WHAT,         /* from whom, on what terms */
  FF_BUSINESS_FINANCING_AMOUNT,       /* øre */
  FF_BUSINESS_FINANCING_N_FIELDS
} FfBusinessFinancingField;

/* Keys: "own-capital", "loan", "innovasjon-norge" (Innovasjon Norge's establishment
 * grant), "municipal-fund" (a municipal business fund), "other". */
extern const FfChoiceList ff_business_financing_kinds;

/* Lines of the 12-month operating budget (table business_plan_budget), in order. */
typedef enum
{
  FF_BUSINESS_BUDGET_SIDE,            /* "revenue" or "cost" */
  FF_BUSINESS_BUDGET_TITLE,           /* required */
  FF_BUSINESS_BUDGET_MONTH_1,         /* øre in the budget's first month … */
  FF_BUSINESS_BUDGET_MONTH_12 = FF_BUSINESS_BUDGET_MONTH_1 + 11,
  FF_BUSINESS_BUDGET_N_FIELDS
} FfBusinessBudgetField;

typedef enum
{
  FF_BUSINESS_REVENUE,                /* "revenue" */
  FF_BUSINESS_COST,                   /* "cost" */
} FfBusinessSide;

extern const FfChoiceList ff_business_sides;

/* Milestones (table business_plan_milestone), in order. */
typedef enum
{
  FF_BUSINESS_MILESTONE_DATE,
  FF_BUSINESS_MILESTONE_WHAT,         /* required */
  FF_BUSINESS_MILESTONE_DONE,         /* "0" or "1" */
  FF_BUSINESS_MILESTONE_N_FIELDS
} FfBusinessMilestoneField;

/* Feedback comments (table business_plan_feedback), oldest first. */
typedef enum
{
  FF_BUSINESS_FEEDBACK_SECTION,       /* a key of ff_business_sections, "" the whole plan */
  FF_BUSINESS_FEEDBACK_AUTHOR,        /* required: who wrote it */
  FF_BUSINESS_FEEDBACK_ROLE,          /* a key of ff_business_reviewer_roles */
  FF_BUSINESS_FEEDBACK_DATE,          /* required */
  FF_BUSINESS_FEEDBACK_TEXT,          /* required */
  FF_BUSINESS_FEEDBACK_N_FIELDS
} FfBusinessFeedbackField;

/* Keys: "mentor", "adviser", "lecturer". */
extern const FfChoiceList ff_business_reviewer_roles;

/* A reviewer's mark of a section (table business_plan_mark): at most one per section,
 * set by ff_business_plan_set_mark(). */
typedef enum
{
  FF_BUSINESS_MARK_SECTION,           /* a key of ff_business_sections */
  FF_BUSINESS_MARK_MARK,              /* a key of ff_business_marks */
  FF_BUSINESS_MARK_N_FIELDS
} FfBusinessMarkField;

typedef enum
{
  FF_BUSINESS_MARK_NONE = -1,         /* no mark: the section is not reviewed */
  FF_BUSINESS_MARK_OK,                /* "ok" */
  FF_BUSINESS_MARK_NEEDS_WORK,        /* "needs-work" */
} FfBusinessMark;

extern const FfChoiceList ff_business_marks;

/* Plans */

/* Adds a plan for @participant_id with @values (one per field, by index; NULL entries
 * empty; the status is ignored): a draft dated the status date given (the day it was
 * begun, for a plan entered late) or today, the first entry of its status history, with the checklist items the kind of business needs
 * (ff-business-checklist.h). One transaction. Returns the plan's id, or 0. */
gint64       ff_business_plan_create           (FfStore            *store,
                                                gint64              participant_id,
                                                const char * const *values,
                                                GError            **error);

/* "New plan from…": a draft for @participant_id titled @title (as typed; NULL or "":
 * the name of the kind of business, never the source's title, which may name its
 * participant) with the kind, legal form, checklist items (each not started,
 * undated), start-up costs, financing (kind and amount, not from whom) and budget
 * lines of plan @source_id, and nothing else: no text of its sections, survey,
 * milestones, feedback or marks, so that nothing of the first participant comes
 * along. Returns the new plan's id, or 0. */
gint64       ff_business_plan_create_from      (FfStore            *store,
                                                gint64              source_id,
                                                gint64              participant_id,
                                                const char         *title,
                                                GError            **error);

/* Changes a plan's status on @date (YYYY-MM-DD or as typed; NULL or "": today). A
 * change the flow does not allow, or dated before the current status, is refused with
 * a translated FF_VALIDATE_ERROR and nothing written. */
gboolean     ff_business_plan_set_status       (FfStore            *store,
                                                gint64              plan_id,
                                                FfBusinessStatus    status,
                                                const char         *date,
                                                GError            **error);

typedef struct
{
  FfBusinessStatus  status;
  char              date[11];   /* YYYY-MM-DD */
} FfBusinessStatusChange;

/* The status changes of a plan, oldest first: an array of FfBusinessStatusChange. */
GArray      *ff_business_plan_history          (FfStore            *store,
                                                gint64              plan_id,
                                                GError            **error);

/* The ids of the plans of @participant_id (0: every participant's, by participant's
 * name), leaving out deleted plans and plans of deleted participants. */
GArray      *ff_business_plan_query_ids        (FfStore            *store,
                                                gint64              participant_id,
                                                GError            **error);

/* Adds to the checklist the default items of the plan's kind of business that it does
 * not hold yet (by their rule key), last; for a plan whose kind changed. */
gboolean     ff_business_plan_add_default_items (FfStore           *store,
                                                 gint64             plan_id,
                                                 GError           **error);

/* Marks section @section of plan @plan_id ok or needs work, or takes the mark away
 * (FF_BUSINESS_MARK_NONE); audited as any part. */
gboolean     ff_business_plan_set_mark         (FfStore            *store,
                                                gint64              plan_id,
                                                FfBusinessSection   section,
                                                FfBusinessMark      mark,
                                                GError            **error);

/* How each section stands, at a glance. */
typedef enum
{
  FF_BUSINESS_SECTION_EMPTY,          /* nothing written, and not marked needing work */
  FF_BUSINESS_SECTION_WRITTEN,        /* written, not reviewed */
  FF_BUSINESS_SECTION_NEEDS_WORK,     /* marked "needs work", written or not */
  FF_BUSINESS_SECTION_OK,             /* written and marked "ok" */
} FfBusinessSectionState;

gboolean     ff_business_plan_section_states   (FfStore                *store,
                                                gint64                  plan_id,
                                                FfBusinessSectionState  states[FF_BUSINESS_N_SECTIONS],
                                                GError                **error);

/* What to remind the user of for legal form @legal_form (a key), translated, or NULL:
 * for an AS, that the share capital must be at least 30,000 kr. */
const char  *ff_business_legal_form_reminder   (const char         *legal_form);

/* The same reminder untranslated (an N_() message), for a document printed in a
 * language of its own; NULL when there is none. */
const char  *ff_business_legal_form_reminder_msgid (const char     *legal_form);

/* The smallest share capital of an AS, øre (aksjeloven § 3-1 first paragraph). */
#define FF_BUSINESS_AS_MIN_SHARE_CAPITAL G_GINT64_CONSTANT (3000000)

/* The share of those asked who would buy, in percent; FALSE when no one was asked. */
gboolean     ff_business_survey_share          (guint               asked,
                                                guint               would_buy,
                                                double             *percent);

G_END_DECLS
