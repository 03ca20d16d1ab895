/* ff-business-plan-fields.c — a business plan and its parts as records: their fields,
 * choices and checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ff-business-plan.h"
#include "ff-format.h"
#include "ff-job-log-private.h"
#include "ff-participant.h"
#include "ff-validate.h"

static const FfChoice kinds[FF_BUSINESS_N_KINDS] = {
  /* Translators: a kind of business in a business plan */
  [FF_BUSINESS_KIND_FOOD_PRODUCTION] = { "food-production", NULL, N_("Food production") },
  /* Translators: a kind of business */
  [FF_BUSINESS_KIND_CAFE] = { "cafe", NULL, N_("Café or restaurant") },
  /* Translators: a kind of business */
  [FF_BUSINESS_KIND_FOOD_TRUCK] = { "food-truck", NULL, N_("Food truck") },
  /* Translators: a kind of business */
  [FF_BUSINESS_KIND_CLEANING] = { "cleaning", NULL, N_("Cleaning") },
  /* Translators: a kind of business */
  [FF_BUSINESS_KIND_BEAUTY] = { "beauty", NULL, N_("Hair, beauty and nails") },
  /* Translators: a kind of business */
  [FF_BUSINESS_KIND_CRAFTS] = { "crafts", NULL, N_("Crafts and production") },
  /* Translators: a kind of business */
  [FF_BUSINESS_KIND_RETAIL] = { "retail", NULL, N_("Retail") },
  /* Translators: a kind of business */
  [FF_BUSINESS_KIND_TRANSPORT] = { "transport", NULL, N_("Transport") },
  /* Translators: a kind of business */
  [FF_BUSINESS_KIND_TOURISM] = { "tourism", NULL, N_("Tourism") },
  /* Translators: a kind of business */
  [FF_BUSINESS_KIND_IT_SERVICES] = { "it-services", NULL, N_("IT and services") },
  /* Translators: a kind of business: none of the others */
  [FF_BUSINESS_KIND_OTHER] = { "other", "kind of business", NC_("kind of business", "Other") },
};

const FfChoiceList ff_business_kinds = {
  kinds, G_N_ELEMENTS (kinds), FF_BUSINESS_KIND_OTHER,
  N_("Choose one of the kinds of business in the list."),
};

static const FfChoice statuses[FF_BUSINESS_N_STATUSES] = {
  /* Translators: a business plan's status */
  [FF_BUSINESS_STATUS_DRAFT] = { "draft", "business plan", NC_("business plan", "Draft") },
  /* Translators: a business plan's status: being read by a mentor or adviser */
  [FF_BUSINESS_STATUS_IN_REVIEW] = { "in-review", NULL, N_("In review") },
  /* Translators: a business plan's status */
  [FF_BUSINESS_STATUS_FINAL] = { "final", "business plan", NC_("business plan", "Final") },
};

const FfChoiceList ff_business_statuses = {
  statuses, G_N_ELEMENTS (statuses), FF_BUSINESS_STATUS_DRAFT,
  N_("Choose one of the statuses in the list."),
};

static const FfChoice legal_forms[] = {
  /* Translators: a business's legal form: not chosen yet */
  { "", "legal form", NC_("legal form", "Not chosen") },
  /* Translators: a legal form, enkeltpersonforetak (sole proprietorship) */
  { "enk", NULL, N_("Sole proprietorship (ENK)") },
  /* Translators: a legal form, aksjeselskap (private limited company) */
  { "as", NULL, N_("Limited company (AS)") },
  /* Translators: a legal form: none of the others */
  { "other", "legal form", NC_("legal form", "Other") },
};

const FfChoiceList ff_business_legal_forms = {
  legal_forms, G_N_ELEMENTS (legal_forms), 0,
  N_("Choose one of the legal forms in the list."),
};

static const FfChoice sections[FF_BUSINESS_N_SECTIONS] = {
  /* Translators: a section of a business plan */
  [FF_BUSINESS_SECTION_SUMMARY] = { "summary", NULL, N_("Summary") },
  /* Translators: a section of a business plan */
  [FF_BUSINESS_SECTION_IDEA] = { "idea", NULL, N_("Business idea") },
  /* Translators: a section of a business plan */
  [FF_BUSINESS_SECTION_PRODUCT] = { "product", NULL, N_("Product or service") },
  /* Translators: a section of a business plan */
  [FF_BUSINESS_SECTION_MARKET] = { "market", NULL, N_("Customers and market") },
  /* Translators: a section of a business plan */
  [FF_BUSINESS_SECTION_COMPETITORS] = { "competitors", NULL, N_("Competitors") },
  /* Translators: a section of a business plan */
  [FF_BUSINESS_SECTION_MARKETING] = { "marketing", NULL, N_("Marketing") },
  /* Translators: a section of a business plan */
  [FF_BUSINESS_SECTION_ORGANISATION] = { "organisation", NULL,
                                         N_("Organisation and legal form") },
};

const FfChoiceList ff_business_sections = {
  sections, G_N_ELEMENTS (sections), FF_BUSINESS_SECTION_SUMMARY,
  N_("Choose one of the sections in the list."),
};

/* Feedback may be on the whole plan as well as on one section. */
static const FfChoice feedback_sections[] = {
  /* Translators: feedback on a business plan as a whole, not on one section */
  { "", NULL, N_("The whole plan") },
  { "summary", NULL, N_("Summary") },
  { "idea", NULL, N_("Business idea") },
  { "product", NULL, N_("Product or service") },
  { "market", NULL, N_("Customers and market") },
  { "competitors", NULL, N_("Competitors") },
  { "marketing", NULL, N_("Marketing") },
  { "organisation", NULL, N_("Organisation and legal form") },
};

static const FfChoiceList feedback_section_choices = {
  feedback_sections, G_N_ELEMENTS (feedback_sections), 0,
  N_("Choose one of the sections in the list."),
};

static const FfChoice item_states[FF_BUSINESS_ITEM_N_STATES] = {
  /* Translators: the state of a checklist item of a business plan */
  [FF_BUSINESS_ITEM_NOT_STARTED] = { "not-started", "checklist", NC_("checklist", "Not started") },
  /* Translators: the state of a checklist item */
  [FF_BUSINESS_ITEM_IN_PROGRESS] = { "in-progress", "checklist", NC_("checklist", "In progress") },
  /* Translators: the state of a checklist item */
  [FF_BUSINESS_ITEM_DONE] = { "done", "checklist", NC_("checklist", "Done") },
  /* Translators: the state of a checklist item: it does not apply to this business */
  [FF_BUSINESS_ITEM_NOT_RELEVANT] = { "not-relevant", NULL, N_("Not relevant") },
};

const FfChoiceList ff_business_item_states = {
  item_states, G_N_ELEMENTS (item_states), FF_BUSINESS_ITEM_NOT_STARTED,
  N_("Choose one of the states in the list."),
};

static const FfChoice financing_kinds[] = {
  /* Translators: a kind of financing of a business */
  { "own-capital", NULL, N_("Own capital") },
  /* Translators: a kind of financing of a business */
  { "loan", NULL, N_("Loan") },
  /* Translators: a kind of financing: Innovasjon Norge's establishment grant */
  { "innovasjon-norge", NULL, N_("Grant from Innovasjon Norge") },
  /* Translators: a kind of financing: a municipality's business development fund */
  { "municipal-fund", NULL, N_("Municipal business fund") },
  /* Translators: a kind of financing: none of the others */
  { "other", "financing", NC_("financing", "Other") },
};

const FfChoiceList ff_business_financing_kinds = {
  financing_kinds, G_N_ELEMENTS (financing_kinds), 0,
  N_("Choose one of the kinds of financing in the list."),
};

static const FfChoice sides[] = {
  /* Translators: a line of a business budget that brings money in */
  [FF_BUSINESS_REVENUE] = { "revenue", NULL, N_("Revenue") },
  /* Translators: a line of a business budget that costs money */
  [FF_BUSINESS_COST] = { "cost", NULL, N_("Cost") },
};

const FfChoiceList ff_business_sides = {
  sides, G_N_ELEMENTS (sides), FF_BUSINESS_COST,
  N_("Choose revenue or cost."),
};

static const FfChoice roles[] = {
  /* Translators: who gave feedback on a business plan */
  { "mentor", NULL, N_("Mentor") },
  /* Translators: who gave feedback on a business plan: a business adviser */
  { "adviser", NULL, N_("Adviser") },
  /* Translators: who gave feedback on a business plan */
  { "lecturer", NULL, N_("Lecturer") },
};

const FfChoiceList ff_business_reviewer_roles = {
  roles, G_N_ELEMENTS (roles), 0,
  N_("Choose one of the roles in the list."),
};

static const FfChoice marks[] = {
  /* Translators: a reviewer's mark on a section of a business plan */
  [FF_BUSINESS_MARK_OK] = { "ok", NULL, N_("OK") },
  /* Translators: a reviewer's mark on a section of a business plan */
  [FF_BUSINESS_MARK_NEEDS_WORK] = { "needs-work", NULL, N_("Needs work") },
};

const FfChoiceList ff_business_marks = {
  marks, G_N_ELEMENTS (marks), FF_BUSINESS_MARK_OK,
  N_("Choose one of the marks in the list."),
};

static const FfChoice done_choices[] = {
  /* Translators: a milestone not reached yet */
  { "0", "milestone", NC_("milestone", "Not done") },
  /* Translators: a milestone reached */
  { "1", "milestone", NC_("milestone", "Done") },
};

static const FfChoiceList milestone_done = {
  done_choices, G_N_ELEMENTS (done_choices), 0, NULL,
};

gboolean
ff_business_kind_is_food (FfBusinessKind kind)
{
  return kind == FF_BUSINESS_KIND_FOOD_PRODUCTION || kind == FF_BUSINESS_KIND_CAFE
         || kind == FF_BUSINESS_KIND_FOOD_TRUCK;
}

FfBusinessPlanField
ff_business_section_field (FfBusinessSection section)
{
  g_return_val_if_fail (section < FF_BUSINESS_N_SECTIONS, FF_BUSINESS_PLAN_SUMMARY);

  return FF_BUSINESS_PLAN_SUMMARY + section;
}

/* How long a text of a plan may be, in characters: a line (a title, a name) and a
 * block of text (a section, a comment). More is text pasted by mistake. */
#define LINE_MAX_CHARS 200
#define TEXT_MAX_CHARS 10000

/* The lines and texts among @fields that @changed names (G_MAXUINT: all) are not longer
 * than they may be. */
static gboolean
check_lengths (const FfField       *fields,
               guint                n_fields,
               const char * const  *values,
               guint                changed,
               GError             **error)
{
  for (guint i = 0; i < n_fields; i++)
    {
      glong max = fields[i].check == FF_CHECK_LINE ? LINE_MAX_CHARS
                  : fields[i].check == FF_CHECK_TEXT ? TEXT_MAX_CHARS : 0;
      glong length;

      if (max == 0 || (changed != G_MAXUINT && changed != i))
        continue;
      length = g_utf8_strlen (values[i], -1);
      if (length > max)
        {
          g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_TOO_LONG,
                       /* Translators: the most characters a field takes, and how many
                        * were typed */
                       _("At most %ld characters fit here; this is %ld."), max, length);
          return FALSE;
        }
    }

  return TRUE;
}

#define LENGTH_CHECK(name, fields_) \
  static gboolean \
  name (const char * const *values, \
        guint               changed, \
        GError            **error) \
  { \
    return check_lengths (fields_, G_N_ELEMENTS (fields_), values, changed, error); \
  }

/* The plan */

static const FfField plan_fields[FF_BUSINESS_PLAN_N_FIELDS] = {
  [FF_BUSINESS_PLAN_TITLE] = { "title", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL, NULL,
                               N_("Give the business plan a title.") },
  [FF_BUSINESS_PLAN_KIND] = { "kind", NULL, FF_CHECK_CHOICE, 0, &ff_business_kinds, "other" },
  [FF_BUSINESS_PLAN_STATUS] = { "status", NULL, FF_CHECK_CHOICE, 0, &ff_business_statuses,
                                "draft" },
  [FF_BUSINESS_PLAN_STATUS_DATE] = { "status_date", NULL, FF_CHECK_DATE },
  [FF_BUSINESS_PLAN_SUMMARY] = { "summary", NULL, FF_CHECK_TEXT },
  [FF_BUSINESS_PLAN_IDEA] = { "idea", NULL, FF_CHECK_TEXT },
  [FF_BUSINESS_PLAN_PRODUCT] = { "product", NULL, FF_CHECK_TEXT },
  [FF_BUSINESS_PLAN_MARKET] = { "market", NULL, FF_CHECK_TEXT },
  [FF_BUSINESS_PLAN_COMPETITORS] = { "competitors", NULL, FF_CHECK_TEXT },
  [FF_BUSINESS_PLAN_MARKETING] = { "marketing", NULL, FF_CHECK_TEXT },
  [FF_BUSINESS_PLAN_ORGANISATION] = { "organisation", NULL, FF_CHECK_TEXT },
  [FF_BUSINESS_PLAN_LEGAL_FORM] = { "legal_form", NULL, FF_CHECK_CHOICE, 0,
                                    &ff_business_legal_forms },
  [FF_BUSINESS_PLAN_SURVEY_ASKED] = { "survey_asked", NULL, FF_CHECK_TALLY },
  [FF_BUSINESS_PLAN_SURVEY_WOULD_BUY] = { "survey_would_buy", NULL, FF_CHECK_TALLY },
  [FF_BUSINESS_PLAN_SURVEY_PRICE] = { "survey_price", NULL, FF_CHECK_AMOUNT },
};

static const char * const plan_extra[] = {
  [FF_BUSINESS_PLAN_PARTICIPANT_ID] = "t.participant_id",
  [FF_BUSINESS_PLAN_PARTICIPANT_NAME] = FF_JOB_PARTICIPANT_NAME_SQL ("t.participant_id"),
};

/* No more would buy than were asked. */
static gboolean
plan_check (const char * const *values,
            guint               changed,
            GError            **error)
{
  const char *asked = values[FF_BUSINESS_PLAN_SURVEY_ASKED];
  const char *would_buy = values[FF_BUSINESS_PLAN_SURVEY_WOULD_BUY];

  if (!check_lengths (plan_fields, G_N_ELEMENTS (plan_fields), values, changed, error))
    return FALSE;

  if (changed != G_MAXUINT && changed != FF_BUSINESS_PLAN_SURVEY_ASKED
      && changed != FF_BUSINESS_PLAN_SURVEY_WOULD_BUY)
    return TRUE;
  if (*asked == '\0' || *would_buy == '\0'
      || g_ascii_strtoll (would_buy, NULL, 10) <= g_ascii_strtoll (asked, NULL, 10))
    return TRUE;

  g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                       _("More people would buy than were asked: check the survey."));
  return FALSE;
}

/* "Food truck · Draft · 03.03.2026" */
static char *
plan_describe (const char * const *values)
{
  g_autofree char *date = ff_format_date (values[FF_BUSINESS_PLAN_STATUS_DATE], NULL);
  const char *kind = ff_choice_list_key_label (&ff_business_kinds, values[FF_BUSINESS_PLAN_KIND]);
  const char *status = ff_choice_list_key_label (&ff_business_statuses,
                                                 values[FF_BUSINESS_PLAN_STATUS]);
  /* Translators: what separates the parts of a line under a title, "A · B · C" */
  const char *separator = C_("separator", " · ");

  if (*date == '\0')
    return g_strconcat (kind, separator, status, NULL);
  return g_strconcat (kind, separator, status, separator, date, NULL);
}

const FfRecordType ff_business_plan_type = {
  .kind = FF_RECORD_BUSINESS_PLAN,
  .table = "business_plan",
  .fields = plan_fields,
  .n_fields = G_N_ELEMENTS (plan_fields),
  .not_found = N_("The business plan no longer exists. Reload the participant."),
  .owner = &ff_participant_type,
  .owner_column = "participant_id",
  .title_field = FF_BUSINESS_PLAN_TITLE,
  .extra = plan_extra,
  .n_extra = G_N_ELEMENTS (plan_extra),
  .check = plan_check,
  .describe = plan_describe,
};

/* The parts */

static const FfField item_fields[FF_BUSINESS_ITEM_N_FIELDS] = {
  [FF_BUSINESS_ITEM_TITLE] = { "title", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL, NULL,
                               N_("Say what is to be done.") },
  [FF_BUSINESS_ITEM_STATE] = { "state", NULL, FF_CHECK_CHOICE, 0, &ff_business_item_states,
                               "not-started" },
  [FF_BUSINESS_ITEM_DATE] = { "date", NULL, FF_CHECK_DATE },
  [FF_BUSINESS_ITEM_RULE] = { "rule", NULL, FF_CHECK_LINE },
};

static const FfField startup_fields[FF_BUSINESS_STARTUP_N_FIELDS] = {
  [FF_BUSINESS_STARTUP_WHAT] = { "what", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL, NULL,
                                 N_("Say what the cost is for.") },
  [FF_BUSINESS_STARTUP_AMOUNT] = { "amount", NULL, FF_CHECK_AMOUNT },
};

static const FfField financing_fields[FF_BUSINESS_FINANCING_N_FIELDS] = {
  [FF_BUSINESS_FINANCING_KIND] = { "kind", NULL, FF_CHECK_CHOICE, 0,
                                   &ff_business_financing_kinds, "own-capital" },
  [FF_BUSINESS_FINANCING_WHAT] = { "what", NULL, FF_CHECK_LINE },
  [FF_BUSINESS_FINANCING_AMOUNT] = { "amount", NULL, FF_CHECK_AMOUNT },
};

#define MONTH(n) [FF_BUSINESS_BUDGET_MONTH_1 + (n) - 1] = { "m" #n, NULL, FF_CHECK_AMOUNT }

static const FfField budget_fields[FF_BUSINESS_BUDGET_N_FIELDS] = {
  [FF_BUSINESS_BUDGET_SIDE] = { "side", NULL, FF_CHECK_CHOICE, 0, &ff_business_sides, "cost" },
  [FF_BUSINESS_BUDGET_TITLE] = { "title", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL, NULL,
                                 N_("Name the revenue or the cost.") },
  MONTH (1), MONTH (2), MONTH (3), MONTH (4), MONTH (5), MONTH (6),
  MONTH (7), MONTH (8), MONTH (9), MONTH (10), MONTH (11), MONTH (12),
};

static const FfField milestone_fields[FF_BUSINESS_MILESTONE_N_FIELDS] = {
  [FF_BUSINESS_MILESTONE_DATE] = { "date", NULL, FF_CHECK_DATE },
  [FF_BUSINESS_MILESTONE_WHAT] = { "what", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL, NULL,
                                   N_("Say what the milestone is.") },
  [FF_BUSINESS_MILESTONE_DONE] = { "done", NULL, FF_CHECK_FLAG, 0, &milestone_done, "0" },
};

static const FfField feedback_fields[FF_BUSINESS_FEEDBACK_N_FIELDS] = {
  [FF_BUSINESS_FEEDBACK_SECTION] = { "section", NULL, FF_CHECK_CHOICE, 0,
                                     &feedback_section_choices },
  [FF_BUSINESS_FEEDBACK_AUTHOR] = { "author", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL, NULL,
                                    N_("Say who gave the feedback.") },
  [FF_BUSINESS_FEEDBACK_ROLE] = { "role", NULL, FF_CHECK_CHOICE, 0, &ff_business_reviewer_roles,
                                  "mentor" },
  [FF_BUSINESS_FEEDBACK_DATE] = { "date", NULL, FF_CHECK_DATE, FF_FIELD_REQUIRED, NULL, NULL,
                                  N_("Enter the date of the feedback.") },
  [FF_BUSINESS_FEEDBACK_TEXT] = { "text", NULL, FF_CHECK_TEXT, FF_FIELD_REQUIRED, NULL, NULL,
                                  N_("Write the feedback.") },
};

static const FfField mark_fields[FF_BUSINESS_MARK_N_FIELDS] = {
  [FF_BUSINESS_MARK_SECTION] = { "section", NULL, FF_CHECK_CHOICE, FF_FIELD_REQUIRED,
                                 &ff_business_sections, NULL,
                                 N_("Choose one of the sections in the list.") },
  [FF_BUSINESS_MARK_MARK] = { "mark", NULL, FF_CHECK_CHOICE, 0, &ff_business_marks, "ok" },
};

#define PART_NOT_FOUND N_("This part of the business plan no longer exists. Reload the plan.")

LENGTH_CHECK (item_check, item_fields)
LENGTH_CHECK (startup_check, startup_fields)
LENGTH_CHECK (financing_check, financing_fields)
LENGTH_CHECK (budget_check, budget_fields)
LENGTH_CHECK (milestone_check, milestone_fields)
LENGTH_CHECK (feedback_check, feedback_fields)

const FfRecordType ff_business_part_types[FF_BUSINESS_N_PART_KINDS] = {
  [FF_BUSINESS_PART_CHECKLIST] = {
    .kind = FF_RECORD_BUSINESS_PLAN, .table = "business_plan_item",
    .fields = item_fields, .n_fields = G_N_ELEMENTS (item_fields), .check = item_check,
    .flags = FF_RECORD_ORDERED, .not_found = PART_NOT_FOUND,
    .owner = &ff_business_plan_type, .owner_column = "plan_id",
  },
  [FF_BUSINESS_PART_STARTUP] = {
    .kind = FF_RECORD_BUSINESS_PLAN, .table = "business_plan_startup",
    .fields = startup_fields, .n_fields = G_N_ELEMENTS (startup_fields), .check = startup_check,
    .flags = FF_RECORD_ORDERED, .not_found = PART_NOT_FOUND,
    .owner = &ff_business_plan_type, .owner_column = "plan_id",
  },
  [FF_BUSINESS_PART_FINANCING] = {
    .kind = FF_RECORD_BUSINESS_PLAN, .table = "business_plan_financing",
    .fields = financing_fields, .n_fields = G_N_ELEMENTS (financing_fields), .check = financing_check,
    .flags = FF_RECORD_ORDERED, .not_found = PART_NOT_FOUND,
    .owner = &ff_business_plan_type, .owner_column = "plan_id",
  },
  [FF_BUSINESS_PART_BUDGET] = {
    .kind = FF_RECORD_BUSINESS_PLAN, .table = "business_plan_budget",
    .fields = budget_fields, .n_fields = G_N_ELEMENTS (budget_fields), .check = budget_check,
    .flags = FF_RECORD_ORDERED, .not_found = PART_NOT_FOUND,
    .owner = &ff_business_plan_type, .owner_column = "plan_id",
    .title_field = FF_BUSINESS_BUDGET_TITLE,
  },
  [FF_BUSINESS_PART_MILESTONE] = {
    .kind = FF_RECORD_BUSINESS_PLAN, .table = "business_plan_milestone",
    .fields = milestone_fields, .n_fields = G_N_ELEMENTS (milestone_fields), .check = milestone_check,
    .flags = FF_RECORD_ORDERED, .not_found = PART_NOT_FOUND,
    .owner = &ff_business_plan_type, .owner_column = "plan_id",
    .title_field = FF_BUSINESS_MILESTONE_WHAT,
  },
  [FF_BUSINESS_PART_FEEDBACK] = {
    .kind = FF_RECORD_BUSINESS_PLAN, .table = "business_plan_feedback",
    .fields = feedback_fields, .n_fields = G_N_ELEMENTS (feedback_fields), .check = feedback_check,
    .not_found = PART_NOT_FOUND,
    .owner = &ff_business_plan_type, .owner_column = "plan_id",
    .order = "t.date, t.id",
    .title_field = FF_BUSINESS_FEEDBACK_AUTHOR,
  },
  [FF_BUSINESS_PART_MARK] = {
    .kind = FF_RECORD_BUSINESS_PLAN, .table = "business_plan_mark",
    .fields = mark_fields, .n_fields = G_N_ELEMENTS (mark_fields),
    .not_found = PART_NOT_FOUND,
    .owner = &ff_business_plan_type, .owner_column = "plan_id",
    .title_field = FF_BUSINESS_MARK_SECTION,
  },
};
