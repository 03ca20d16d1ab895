/* ff-plan-fields.c — what a plan and its parts hold, and how each field is checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-format.h"
#include "ff-plan.h"
#include "ff-validate.h"

static const FfChoice goals[FF_PLAN_N_GOALS] = {
  /* Translators: no long-term goal chosen yet */
  [FF_PLAN_GOAL_NONE] = { "", "plan goal", NC_("plan goal", "Not chosen") },
  /* Translators: a kind of long-term goal in a plan (a job), as a choice and on the
   * printed plan */
  [FF_PLAN_GOAL_WORK] = { "work", NULL, N_("Work") },
  /* Translators: a kind of long-term goal in a plan (a school, a degree), as a choice
   * and on the printed plan */
  [FF_PLAN_GOAL_EDUCATION] = { "education", NULL, N_("Education") },
  /* Translators: a kind of long-term goal in a plan (starting one's own business), as a
   * choice and on the printed plan */
  [FF_PLAN_GOAL_OWN_BUSINESS] = { "own-business", NULL, N_("Own business") },
  /* Translators: a kind of long-term goal, as a choice and on the printed plan */
  [FF_PLAN_GOAL_OTHER] = { "other", NULL, N_("Other goal") },
};

const FfChoiceList ff_plan_goals = {
  goals, G_N_ELEMENTS (goals), FF_PLAN_GOAL_NONE,
  N_("Choose work, education, own business or other as the long-term goal."),
};

/* Translators for every kind below: a kind of activity in a plan, as a choice and in a
 * column of the printed plan; a noun phrase, as short as the language allows. */
static const FfChoice activity_kinds[FF_ACTIVITY_N_KINDS] = {
  /* Translators: a kind of activity in a plan: lessons in Norwegian (norskopplæring) */
  [FF_ACTIVITY_NORWEGIAN_TUITION] = { "norwegian-tuition", NULL, N_("Norwegian tuition") },
  /* Translators: a kind of activity in a plan: learning how Norwegian working life and
   * the labour market work (arbeidslivskunnskap) */
  [FF_ACTIVITY_WORK_LIFE_KNOWLEDGE] = { "work-life-knowledge", NULL,
                                        N_("Work-life knowledge") },
  /* Translators: a kind of activity in a plan: digital skills (digitale ferdigheter) */
  [FF_ACTIVITY_COMPUTER_SKILLS] = { "computer-skills", NULL, N_("Computer skills") },
  /* Translators: a kind of activity in a plan: applying for jobs */
  [FF_ACTIVITY_JOB_SEEKING] = { "job-seeking", NULL, N_("Job seeking") },
  /* Translators: a kind of activity in a plan: practice at a workplace to learn the
   * language (språkpraksis) */
  [FF_ACTIVITY_LANGUAGE_PRACTICE] = { "language-practice", NULL, N_("Language practice") },
  /* Translators: a kind of activity in a plan: practice at a workplace to gain work
   * experience (arbeidspraksis) */
  [FF_ACTIVITY_WORK_PRACTICE] = { "work-practice", NULL, N_("Work practice") },
  /* Translators: a kind of activity in a plan: a course (a noun) */
  [FF_ACTIVITY_COURSE] = { "course", NULL, N_("Course") },
  /* Translators: a kind of activity in a plan: meetings with a mentor */
  [FF_ACTIVITY_MENTOR_MEETINGS] = { "mentor-meetings", NULL, N_("Mentor meetings") },
  /* Translators: a kind of activity in a plan: lessons for a driving licence */
  [FF_ACTIVITY_DRIVING_LESSONS] = { "driving-lessons", NULL, N_("Driving lessons") },
  /* Translators: a kind of activity in a plan: a course in managing one's own money
   * (privatøkonomi) */
  [FF_ACTIVITY_PRIVATE_ECONOMY] = { "private-economy", NULL, N_("Private economy") },
  /* Translators: a kind of activity in a plan, as a choice and on the printed plan */
  [FF_ACTIVITY_OTHER] = { "other", NULL, N_("Other activity") },
};

const FfChoiceList ff_activity_kinds = {
  activity_kinds, G_N_ELEMENTS (activity_kinds), FF_ACTIVITY_OTHER,
  N_("Choose the kind of activity from the list."),
};

static const FfChoice activity_statuses[FF_ACTIVITY_N_STATUSES] = {
  /* Translators: the status of an activity in a plan, in a list and on the printed
   * plan; where adjectives have gender, it agrees with "activity" */
  [FF_ACTIVITY_PLANNED] = { "planned", NULL, N_("Planned") },
  /* Translators: the status of an activity in a plan that has begun and not ended;
   * where adjectives have gender, it agrees with "activity" */
  [FF_ACTIVITY_ONGOING] = { "ongoing", NULL, N_("Ongoing") },
  /* Translators: the status of an activity in a plan that has been carried out;
   * where adjectives have gender, it agrees with "activity" */
  [FF_ACTIVITY_DONE] = { "done", NULL, N_("Done") },
  /* Translators: the status of an activity in a plan that will not take place;
   * where adjectives have gender, it agrees with "activity" */
  [FF_ACTIVITY_CANCELLED] = { "cancelled", NULL, N_("Cancelled") },
};

const FfChoiceList ff_activity_statuses = {
  activity_statuses, G_N_ELEMENTS (activity_statuses), FF_ACTIVITY_PLANNED,
  N_("Choose planned, ongoing, done or cancelled."),
};

static const FfChoice languages[] = {
  /* Translators: a plan printed in one language only */
  { "", "second language", NC_("second language", "None") },
  /* Translators: a language a document can be printed in */
  { "nb", NULL, N_("Norwegian Bokmål") },
  /* Translators: a language a document can be printed in */
  { "nn", NULL, N_("Norwegian Nynorsk") },
  /* Translators: a language a document can be printed in */
  { "uk", NULL, N_("Ukrainian") },
  /* Translators: a language a document can be printed in */
  { "en", NULL, N_("English") },
};

/* Translators: "nb", "nn", "uk" and "en" are codes to keep as they are */
#define LANGUAGE_MESSAGE N_("Choose Norwegian Bokmål (nb), Norwegian Nynorsk (nn), " \
                            "Ukrainian (uk) or English (en).")

const FfChoiceList ff_plan_languages = {
  languages + 1, G_N_ELEMENTS (languages) - 1, 0, LANGUAGE_MESSAGE,
};

const FfChoiceList ff_plan_second_languages = {
  languages, G_N_ELEMENTS (languages), 0, LANGUAGE_MESSAGE,
};

static const FfChoice review_held[] = {
  /* Translators: a review that has not taken place yet */
  { "0", "review", NC_("review", "Not held yet") },
  /* Translators: a review that took place */
  { "1", "review", NC_("review", "Held") },
};

static const FfChoiceList review_held_choices = {
  review_held, G_N_ELEMENTS (review_held), 0,
  N_("A review is either held or not yet held."),
};

/* The plan's own fields, in the order of FfPlanField. */
static const FfField plan_fields[] = {
  { "period_start", NULL, FF_CHECK_DATE },
  { "period_end", NULL, FF_CHECK_DATE },
  { "goal", NULL, FF_CHECK_CHOICE, 0, &ff_plan_goals },
  { "goal_text", NULL, FF_CHECK_TEXT },
  { "norwegian_level", NULL, FF_CHECK_CHOICE, 0, &ff_cefr_goal_levels },
  { "norwegian_date", NULL, FF_CHECK_DATE },
  { "language", NULL, FF_CHECK_CHOICE, FF_FIELD_REQUIRED, &ff_plan_languages, NULL,
    N_("Choose the language the plan is printed in.") },
  { "second_language", NULL, FF_CHECK_CHOICE, 0, &ff_plan_second_languages },
};

G_STATIC_ASSERT (G_N_ELEMENTS (plan_fields) == FF_PLAN_FIELD_SECOND_LANGUAGE + 1);

static const FfField subgoal_fields[] = {
  { "text", NULL, FF_CHECK_TEXT },
  { "target_date", NULL, FF_CHECK_DATE },
};

static const FfField activity_fields[] = {
  { "kind", NULL, FF_CHECK_CHOICE, 0, &ff_activity_kinds, "other" },
  { "description", NULL, FF_CHECK_TEXT },
  { "hours", "minutes_per_week", FF_CHECK_HOURS },
  { "start_date", NULL, FF_CHECK_DATE },
  { "end_date", NULL, FF_CHECK_DATE },
  { "responsible", NULL, FF_CHECK_LINE },
  { "status", NULL, FF_CHECK_CHOICE, 0, &ff_activity_statuses, "planned" },
};

static const FfField review_fields[] = {
  { "date", NULL, FF_CHECK_DATE, FF_FIELD_REQUIRED, NULL, NULL,
    N_("Enter the date of the review.") },
  { "note", NULL, FF_CHECK_TEXT },
  { "done", NULL, FF_CHECK_FLAG, 0, &review_held_choices, "0" },
};

/* The first field of the plan itself and of each kind of part, and one past the last. */
static const FfPlanField first_fields[FF_PLAN_N_PART_KINDS + 2] = {
  FF_PLAN_FIELD_PERIOD_START,
  FF_PLAN_FIELD_SUBGOAL_TEXT,
  FF_PLAN_FIELD_ACTIVITY_KIND,
  FF_PLAN_FIELD_REVIEW_DATE,
  FF_PLAN_N_FIELDS,
};

G_STATIC_ASSERT (G_N_ELEMENTS (subgoal_fields) ==
                 FF_PLAN_FIELD_ACTIVITY_KIND - FF_PLAN_FIELD_SUBGOAL_TEXT);
G_STATIC_ASSERT (G_N_ELEMENTS (activity_fields) ==
                 FF_PLAN_FIELD_REVIEW_DATE - FF_PLAN_FIELD_ACTIVITY_KIND);
G_STATIC_ASSERT (G_N_ELEMENTS (review_fields) ==
                 FF_PLAN_N_FIELDS - FF_PLAN_FIELD_REVIEW_DATE);

static const FfPeriod plan_periods[] = {
  { FF_PLAN_FIELD_PERIOD_START, FF_PLAN_FIELD_PERIOD_END,
    N_("The agreement period ends before it begins. Check both dates.") },
};

static const FfPeriod activity_periods[] = {
  { FF_PLAN_FIELD_ACTIVITY_START - FF_PLAN_FIELD_ACTIVITY_KIND,
    FF_PLAN_FIELD_ACTIVITY_END - FF_PLAN_FIELD_ACTIVITY_KIND,
    N_("The activity ends before it begins. Check both dates.") },
};

const FfRecordType ff_plan_type = {
  .kind = FF_RECORD_PLAN,
  .table = "plan",
  .fields = plan_fields,
  .n_fields = G_N_ELEMENTS (plan_fields),
  .periods = plan_periods,
  .n_periods = G_N_ELEMENTS (plan_periods),
  .not_found = N_("The plan no longer exists. Reload the participant."),
  .frozen = "r.state = 'signed'",
  .frozen_message = N_("This version is signed and cannot be changed."),
};

#define PART_NOT_FOUND N_("This part of the plan no longer exists. Reload the plan.")

const FfRecordType ff_plan_part_types[FF_PLAN_N_PART_KINDS] = {
  [FF_PLAN_PART_SUBGOAL] = {
    .kind = FF_RECORD_PLAN,
    .table = "plan_subgoal",
    .fields = subgoal_fields,
    .n_fields = G_N_ELEMENTS (subgoal_fields),
    .flags = FF_RECORD_ORDERED,
    .not_found = PART_NOT_FOUND,
    .owner = &ff_plan_type,
    .owner_column = "plan_id",
    .get_gtype = ff_plan_part_get_type,
  },
  [FF_PLAN_PART_ACTIVITY] = {
    .kind = FF_RECORD_PLAN,
    .table = "plan_activity",
    .fields = activity_fields,
    .n_fields = G_N_ELEMENTS (activity_fields),
    .flags = FF_RECORD_ORDERED,
    .periods = activity_periods,
    .n_periods = G_N_ELEMENTS (activity_periods),
    .not_found = PART_NOT_FOUND,
    .owner = &ff_plan_type,
    .owner_column = "plan_id",
    .get_gtype = ff_plan_part_get_type,
  },
  [FF_PLAN_PART_REVIEW] = {
    .kind = FF_RECORD_PLAN,
    .table = "plan_review",
    .fields = review_fields,
    .n_fields = G_N_ELEMENTS (review_fields),
    .flags = FF_RECORD_ORDERED,
    .not_found = PART_NOT_FOUND,
    .owner = &ff_plan_type,
    .owner_column = "plan_id",
    .get_gtype = ff_plan_part_get_type,
  },
};

const char *
ff_plan_state_key (FfPlanState state)
{
  return state == FF_PLAN_STATE_SIGNED ? "signed" : "draft";
}

int
ff_plan_field_part_kind (FfPlanField field)
{
  g_return_val_if_fail (field < FF_PLAN_N_FIELDS, -1);

  for (int kind = FF_PLAN_N_PART_KINDS - 1; kind >= 0; kind--)
    {
      if (field >= first_fields[kind + 1])
        return kind;
    }

  return -1;
}

const FfRecordType *
ff_plan_field_record_type (FfPlanField  field,
                           guint       *index)
{
  int kind = ff_plan_field_part_kind (field);

  if (index != NULL)
    *index = field - first_fields[kind + 1];

  return kind < 0 ? &ff_plan_type : &ff_plan_part_types[kind];
}

const char *
ff_plan_field_key (FfPlanField field)
{
  guint index;
  const FfRecordType *type = ff_plan_field_record_type (field, &index);

  return type->fields[index].key;
}

gboolean
ff_plan_field_validate (FfPlanField   field,
                        const char   *value,
                        char        **normalized,
                        GError      **error)
{
  guint index;
  const FfRecordType *type = ff_plan_field_record_type (field, &index);

  return ff_record_validate (type, index, value, normalized, error);
}

const char *
ff_plan_language_for_participant (const char *languages_text,
                                  const char *country)
{
  static const char * const ukrainian[] = {
    "ukrainsk", "ukrainian", "українськ", "ukraina", "ukraine", "україна",
  };
  g_autofree char *joined = g_strconcat (languages_text != NULL ? languages_text : "",
                                         " ", country != NULL ? country : "", NULL);
  g_autofree char *folded = NULL;

  if (!g_utf8_validate (joined, -1, NULL))
    return "en";

  folded = g_utf8_casefold (joined, -1);
  for (guint i = 0; i < G_N_ELEMENTS (ukrainian); i++)
    {
      if (strstr (folded, ukrainian[i]) != NULL)
        return "uk";
    }

  return "en";
}

char *
ff_plan_format_hours (const char *hours,
                      const char *language)
{
  gint64 minutes = ff_hours_to_minutes (hours);

  /* No hours are stored as "", never as "0". */
  if (minutes == 0)
    return g_strdup (hours != NULL ? hours : "");

  return ff_format_hours (minutes / 60.0, language);
}
