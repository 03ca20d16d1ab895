/* test-plan.c — individual plans: fields, parts, and what their changes write and say
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ff-enrolment.h"
#include "ff-participant.h"
#include "ff-plan.h"
#include "ff-programme.h"
#include "ff-sample.h"
#include "ff-schema.h"
#include "ff-store-private.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-validate.h"

typedef FfTestPlanFixture Fixture;

#define plan_field ff_test_plan_field
#define parts_text ff_test_parts_text

static void
test_keys_and_labels (void)
{
  for (int i = 0; i < FF_PLAN_N_GOALS; i++)
    g_assert_cmpint (ff_choice_list_index (&ff_plan_goals, ff_choice_list_key (&ff_plan_goals, i)), ==, i);
  for (int i = 0; i < FF_ACTIVITY_N_KINDS; i++)
    {
      g_assert_cmpint (ff_choice_list_index (&ff_activity_kinds, ff_choice_list_key (&ff_activity_kinds, i)), ==, i);
      g_assert_cmpstr (ff_choice_list_label (&ff_activity_kinds, i), !=, "");
    }
  for (int i = 0; i < FF_ACTIVITY_N_STATUSES; i++)
    g_assert_cmpint (ff_choice_list_index (&ff_activity_statuses, ff_choice_list_key (&ff_activity_statuses, i)), ==, i);

  g_assert_cmpstr (ff_plan_state_key (FF_PLAN_STATE_SIGNED), ==, "signed");
  g_assert_cmpstr (ff_choice_list_key (&ff_plan_goals, FF_PLAN_GOAL_OWN_BUSINESS), ==, "own-business");
  g_assert_cmpstr (ff_choice_list_msgid (&ff_plan_goals, FF_PLAN_GOAL_OWN_BUSINESS), ==, "Own business");
  g_assert_cmpstr (ff_choice_list_key (&ff_activity_kinds, FF_ACTIVITY_WORK_LIFE_KNOWLEDGE), ==,
                   "work-life-knowledge");
  g_assert_cmpstr (ff_choice_list_msgid (&ff_activity_kinds, FF_ACTIVITY_DRIVING_LESSONS), ==,
                   "Driving lessons");
  g_assert_cmpstr (ff_choice_list_msgid (&ff_activity_statuses, FF_ACTIVITY_CANCELLED), ==, "Cancelled");
  /* Under the C locale of the tests the label is the msgid. */
  g_assert_cmpstr (ff_choice_list_label (&ff_activity_statuses, FF_ACTIVITY_ONGOING), ==, "Ongoing");

  g_assert_cmpint (ff_plan_field_part_kind (FF_PLAN_FIELD_GOAL_TEXT), ==, -1);
  g_assert_cmpint (ff_plan_field_part_kind (FF_PLAN_FIELD_SUBGOAL_DATE), ==,
                   FF_PLAN_PART_SUBGOAL);
  g_assert_cmpint (ff_plan_field_part_kind (FF_PLAN_FIELD_ACTIVITY_HOURS), ==,
                   FF_PLAN_PART_ACTIVITY);
  g_assert_cmpint (ff_plan_field_part_kind (FF_PLAN_FIELD_REVIEW_DONE), ==,
                   FF_PLAN_PART_REVIEW);
  g_assert_cmpstr (ff_plan_field_key (FF_PLAN_FIELD_ACTIVITY_HOURS), ==, "hours");
  g_assert_cmpstr (ff_plan_field_key (FF_PLAN_FIELD_SUBGOAL_DATE), ==, "target_date");
}

static void
test_language_for_participant (void)
{
  static const struct { const char *languages, *country, *expected; } cases[] = {
    { "Ukrainsk, russisk", "", "uk" },
    { "UKRAINIAN", NULL, "uk" },
    { "Українська", "", "uk" },
    { "", "Ukraina", "uk" },
    { "russisk", "Ukraine", "uk" },
    { NULL, "УКРАЇНА", "uk" },
    { "arabisk, kurdisk", "Syria", "en" },
    { "tigrinja", "Eritrea", "en" },
    { "", "", "en" },
    { NULL, NULL, "en" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (ff_plan_language_for_participant (cases[i].languages, cases[i].country),
                     ==, cases[i].expected);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) plan = ff_test_load_plan (f->store, f->plan);
  g_autoptr(GPtrArray) versions = NULL;
  gint64 ahmed, enrolment, other;

  g_assert_cmpint (ff_plan_get_version (plan), ==, 1);
  g_assert_cmpint (ff_plan_get_state (plan), ==, FF_PLAN_STATE_DRAFT);
  g_assert_cmpint (ff_plan_get_enrolment_id (plan), ==, f->enrolment);
  g_assert_cmpint (ff_plan_get_participant_id (plan), ==, f->olena);
  g_assert_cmpstr (ff_plan_get_signed_date (plan), ==, "");
  g_assert_cmpstr (ff_plan_get_field (plan, FF_PLAN_FIELD_LANGUAGE), ==, "nb");
  g_assert_cmpstr (ff_plan_get_field (plan, FF_PLAN_FIELD_SECOND_LANGUAGE), ==, "uk");
  g_assert_cmpstr (ff_plan_get_field (plan, FF_PLAN_FIELD_GOAL), ==, "");
  g_assert_cmpstr (ff_plan_get_next_review (plan), ==, "");
  for (guint kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
    g_assert_cmpuint (ff_plan_get_parts (plan, kind)->len, ==, 0);
  /* A draft shows the records as they are. */
  g_assert_cmpstr (ff_plan_get_participant_name (plan), ==, "Olena Kovalenko");
  g_assert_cmpstr (ff_plan_get_native_name (plan), ==, "Олена Коваленко");
  g_assert_cmpstr (ff_plan_get_birth_date (plan), ==, "1988-04-12");
  g_assert_cmpstr (ff_plan_get_contact_person (plan), ==, "Kari Nordmann");
  g_assert_cmpstr (ff_plan_get_programme_name (plan), ==, "Introduksjonsprogrammet");
  g_assert_cmpstr (ff_plan_get_organisation (plan), ==, "Skien kommune");

  g_assert_cmpint (ff_plan_find_draft (f->store, f->enrolment, &error), ==, f->plan);
  g_assert_no_error (error);
  versions = ff_plan_list_versions (f->store, f->enrolment, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 1);

  /* One plan per enrolment. */
  g_assert_cmpint (ff_plan_create (f->store, f->enrolment, &error), ==, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (ff_plan_create (f->store, 9999, &error), ==, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM plan"), ==, 1);

  /* Someone who speaks no Ukrainian gets English as the second language. */
  ahmed = ff_test_add_participant (f->store, "Ahmed", "Al-Hassan");
  ff_test_set_participant (f->store, ahmed, FF_PARTICIPANT_COUNTRY, "Syria");
  enrolment = ff_test_add_enrolment (f->store, ahmed, f->programme, "2024-02-01");
  g_assert_cmpint (ff_plan_find_draft (f->store, enrolment, &error), ==, 0);
  g_assert_no_error (error);
  other = ff_test_add_plan (f->store, enrolment);
  g_clear_object (&plan);
  plan = ff_test_load_plan (f->store, other);
  g_assert_cmpstr (ff_plan_get_field (plan, FF_PLAN_FIELD_SECOND_LANGUAGE), ==, "en");
  g_assert_cmpstr (ff_plan_get_participant_name (plan), ==, "Ahmed Al-Hassan");
}

/* Sets @field to @value and expects @stored back. */
static void
check_plan_field (Fixture     *f,
                  FfPlanField  field,
                  const char  *value,
                  const char  *stored)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gboolean ok = ff_plan_set_field (f->store, f->plan, field, value, &error);

  after = plan_field (f->store, f->plan, field);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpstr (after, ==, stored);
}

/* Setting @field to @value is refused with @code, and the value stays as it was. */
static void
check_plan_field_refused (Fixture         *f,
                          FfPlanField      field,
                          const char      *value,
                          FfValidateError  code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = plan_field (f->store, f->plan, field);
  g_autofree char *after = NULL;
  gboolean ok = ff_plan_set_field (f->store, f->plan, field, value, &error);

  after = plan_field (f->store, f->plan, field);
  g_assert_false (ok);
  g_assert_error (error, FF_VALIDATE_ERROR, (int) code);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpstr (after, ==, before);
}

static void
test_plan_fields (Fixture       *f,
                  gconstpointer  data)
{
  check_plan_field (f, FF_PLAN_FIELD_PERIOD_START, "08.01.2024", "2024-01-08");
  check_plan_field_refused (f, FF_PLAN_FIELD_PERIOD_START, "2024-02-30",
                            FF_VALIDATE_ERROR_NO_SUCH_DATE);
  check_plan_field (f, FF_PLAN_FIELD_PERIOD_END, " 2024-07-07 ", "2024-07-07");
  check_plan_field_refused (f, FF_PLAN_FIELD_PERIOD_END, "soon", FF_VALIDATE_ERROR_FORMAT);
  check_plan_field (f, FF_PLAN_FIELD_GOAL, "Own-Business", "own-business");
  check_plan_field_refused (f, FF_PLAN_FIELD_GOAL, "lottery", FF_VALIDATE_ERROR_FORMAT);
  check_plan_field (f, FF_PLAN_FIELD_GOAL_TEXT, "Eget bakeri i sentrum\r\nmed to ansatte ",
                    "Eget bakeri i sentrum\nmed to ansatte");
  check_plan_field (f, FF_PLAN_FIELD_NORWEGIAN_LEVEL, "b1", "B1");
  check_plan_field_refused (f, FF_PLAN_FIELD_NORWEGIAN_LEVEL, "D1", FF_VALIDATE_ERROR_FORMAT);
  check_plan_field (f, FF_PLAN_FIELD_NORWEGIAN_LEVEL, "", "");
  check_plan_field (f, FF_PLAN_FIELD_NORWEGIAN_DATE, "2025-06-30", "2025-06-30");
  check_plan_field_refused (f, FF_PLAN_FIELD_NORWEGIAN_DATE, "30.06.25",
                            FF_VALIDATE_ERROR_FORMAT);
  check_plan_field (f, FF_PLAN_FIELD_LANGUAGE, "NN", "nn");
  check_plan_field_refused (f, FF_PLAN_FIELD_LANGUAGE, "", FF_VALIDATE_ERROR_EMPTY);
  check_plan_field_refused (f, FF_PLAN_FIELD_LANGUAGE, "de", FF_VALIDATE_ERROR_FORMAT);
  check_plan_field (f, FF_PLAN_FIELD_SECOND_LANGUAGE, "en", "en");
  check_plan_field_refused (f, FF_PLAN_FIELD_SECOND_LANGUAGE, "ar", FF_VALIDATE_ERROR_FORMAT);
  check_plan_field (f, FF_PLAN_FIELD_SECOND_LANGUAGE, "", "");
  check_plan_field_refused (f, FF_PLAN_FIELD_GOAL_TEXT, "\xff\xfe", FF_VALIDATE_ERROR_FORMAT);
}

static void
test_period_order (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *end = NULL;
  g_autofree char *start = NULL;
  gint64 activity;

  ff_test_set_plan (f->store, f->plan, FF_PLAN_FIELD_PERIOD_START, "2024-03-01");
  g_assert_false (ff_plan_set_field (f->store, f->plan, FF_PLAN_FIELD_PERIOD_END,
                                     "2024-02-28", &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  end = plan_field (f->store, f->plan, FF_PLAN_FIELD_PERIOD_END);
  g_assert_cmpstr (end, ==, "");

  /* The same day is a period of one day. */
  ff_test_set_plan (f->store, f->plan, FF_PLAN_FIELD_PERIOD_END, "2024-03-01");
  ff_test_set_plan (f->store, f->plan, FF_PLAN_FIELD_PERIOD_END, "2024-05-31");
  g_assert_false (ff_plan_set_field (f->store, f->plan, FF_PLAN_FIELD_PERIOD_START,
                                     "2024-06-01", &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  start = plan_field (f->store, f->plan, FF_PLAN_FIELD_PERIOD_START);
  g_assert_cmpstr (start, ==, "2024-03-01");

  activity = ff_test_add_part (f->store, f->plan, FF_PLAN_PART_ACTIVITY, NULL);
  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_END, "2024-04-30");
  g_assert_false (ff_plan_set_part_field (f->store, activity, FF_PLAN_FIELD_ACTIVITY_START,
                                          "2024-05-01", &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_START, "2024-03-04");
  g_assert_false (ff_plan_set_part_field (f->store, activity, FF_PLAN_FIELD_ACTIVITY_END,
                                          "2024-03-01", &error));
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE);
  g_clear_error (&error);
  g_free (end);
  end = parts_text (f->store, f->plan, FF_PLAN_PART_ACTIVITY, FF_PLAN_FIELD_ACTIVITY_END);
  g_assert_cmpstr (end, ==, "2024-04-30");
  /* Emptying one end is always allowed. */
  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_END, "");
}

static void
test_hours (Fixture       *f,
            gconstpointer  data)
{
  static const struct { const char *typed, *stored; } cases[] = {
    { "7,5", "7.5" },
    { "7.5", "7.5" },
    { " 15 ", "15" },
    { "0", "" },
    { "", "" },
    { "60", "60" },
    { "0,1", "0.1" },
    { "37,0", "37" },
    { "61", NULL },
    { "60,5", NULL },
    { "abc", NULL },
    { "7,25", NULL },
    { "-1", NULL },
    { "7,", NULL },
    { ",5", NULL },
    { "1e1", NULL },
    { "7 5", NULL },
  };
  gint64 activity = ff_test_add_part (f->store, f->plan, FF_PLAN_PART_ACTIVITY, NULL);

  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_HOURS, "12");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      g_autofree char *before = parts_text (f->store, f->plan, FF_PLAN_PART_ACTIVITY,
                                            FF_PLAN_FIELD_ACTIVITY_HOURS);
      g_autofree char *after = NULL;
      gboolean valid = ff_plan_field_validate (FF_PLAN_FIELD_ACTIVITY_HOURS, cases[i].typed,
                                               &normalized, NULL);
      gboolean ok = ff_plan_set_part_field (f->store, activity,
                                            FF_PLAN_FIELD_ACTIVITY_HOURS, cases[i].typed,
                                            &error);

      after = parts_text (f->store, f->plan, FF_PLAN_PART_ACTIVITY,
                          FF_PLAN_FIELD_ACTIVITY_HOURS);
      g_test_message ("hours %s", cases[i].typed);
      g_assert_cmpint (valid, ==, cases[i].stored != NULL);
      g_assert_cmpint (ok, ==, cases[i].stored != NULL);
      if (cases[i].stored != NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (normalized, ==, cases[i].stored);
          g_assert_cmpstr (after, ==, cases[i].stored);
        }
      else
        {
          g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT);
          g_assert_cmpstr (after, ==, before);
        }
    }

  /* Stored as minutes, so that sums are exact. */
  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_HOURS, "7,5");
  g_assert_cmpint (ff_test_query_int (f->store,
                                      "SELECT minutes_per_week FROM plan_activity"), ==, 450);

  {
    g_autofree char *comma = ff_plan_format_hours ("7.5", "nb");
    g_autofree char *point = ff_plan_format_hours ("7.5", "en");
    g_autofree char *whole = ff_plan_format_hours ("15", "uk");
    g_autofree char *none = ff_plan_format_hours ("", "nn");

    g_assert_cmpstr (comma, ==, "7,5");
    g_assert_cmpstr (point, ==, "7.5");
    g_assert_cmpstr (whole, ==, "15");
    g_assert_cmpstr (none, ==, "");
  }
}

static void
test_part_fields (Fixture       *f,
                  gconstpointer  data)
{
  static const struct
  {
    FfPlanPartKind   kind;
    FfPlanField      field;
    const char      *value;
    FfValidateError  code;
  } refused[] = {
    { FF_PLAN_PART_SUBGOAL, FF_PLAN_FIELD_SUBGOAL_DATE, "2024-09-31",
      FF_VALIDATE_ERROR_NO_SUCH_DATE },
    { FF_PLAN_PART_ACTIVITY, FF_PLAN_FIELD_ACTIVITY_KIND, "knitting", FF_VALIDATE_ERROR_FORMAT },
    { FF_PLAN_PART_ACTIVITY, FF_PLAN_FIELD_ACTIVITY_STATUS, "paused", FF_VALIDATE_ERROR_FORMAT },
    { FF_PLAN_PART_ACTIVITY, FF_PLAN_FIELD_ACTIVITY_START, "tomorrow",
      FF_VALIDATE_ERROR_FORMAT },
    { FF_PLAN_PART_REVIEW, FF_PLAN_FIELD_REVIEW_DATE, "", FF_VALIDATE_ERROR_EMPTY },
    { FF_PLAN_PART_REVIEW, FF_PLAN_FIELD_REVIEW_DONE, "yes", FF_VALIDATE_ERROR_FORMAT },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) plan = NULL;
  FfPlanPart *part;
  gint64 subgoal = ff_test_add_part (f->store, f->plan, FF_PLAN_PART_SUBGOAL, NULL);
  gint64 activity = ff_test_add_part (f->store, f->plan, FF_PLAN_PART_ACTIVITY, "ignored");
  gint64 review;

  /* A review needs a valid date. */
  g_assert_cmpint (ff_plan_add_part (f->store, f->plan, FF_PLAN_PART_REVIEW, NULL, &error),
                   ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_cmpint (ff_plan_add_part (f->store, f->plan, FF_PLAN_PART_REVIEW, "2024-13-01",
                                     &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  review = ff_test_add_part (f->store, f->plan, FF_PLAN_PART_REVIEW, "15.04.2024");

  plan = ff_test_load_plan (f->store, f->plan);
  part = g_ptr_array_index (ff_plan_get_parts (plan, FF_PLAN_PART_ACTIVITY), 0);
  g_assert_cmpint (ff_plan_part_get_id (part), ==, activity);
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_KIND), ==, "other");
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_STATUS), ==,
                   "planned");
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_HOURS), ==, "");
  part = g_ptr_array_index (ff_plan_get_parts (plan, FF_PLAN_PART_REVIEW), 0);
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_DATE), ==,
                   "2024-04-15");
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_DONE), ==, "0");
  g_assert_cmpstr (ff_plan_get_next_review (plan), ==, "2024-04-15");

  ff_test_set_part (f->store, subgoal, FF_PLAN_FIELD_SUBGOAL_TEXT, "Bestå førerprøven");
  ff_test_set_part (f->store, subgoal, FF_PLAN_FIELD_SUBGOAL_DATE, "01.09.2024");
  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_KIND, "Work-Practice");
  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_DESCRIPTION,
                    "Språkpraksis\nhos Rema");
  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_RESPONSIBLE, "NAV\nSkien");
  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_STATUS, "ongoing");
  ff_test_set_part (f->store, review, FF_PLAN_FIELD_REVIEW_NOTE, "Går bra.");
  ff_test_set_part (f->store, review, FF_PLAN_FIELD_REVIEW_DONE, "1");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      gint64 id = refused[i].kind == FF_PLAN_PART_SUBGOAL ? subgoal
                  : refused[i].kind == FF_PLAN_PART_ACTIVITY ? activity : review;

      g_assert_false (ff_plan_set_part_field (f->store, id, refused[i].field,
                                              refused[i].value, &error));
      g_assert_error (error, FF_VALIDATE_ERROR, (int) refused[i].code);
      g_clear_error (&error);
    }

  g_clear_object (&plan);
  plan = ff_test_load_plan (f->store, f->plan);
  part = g_ptr_array_index (ff_plan_get_parts (plan, FF_PLAN_PART_SUBGOAL), 0);
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_SUBGOAL_TEXT), ==,
                   "Bestå førerprøven");
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_SUBGOAL_DATE), ==,
                   "2024-09-01");
  part = g_ptr_array_index (ff_plan_get_parts (plan, FF_PLAN_PART_ACTIVITY), 0);
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_KIND), ==,
                   "work-practice");
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_DESCRIPTION), ==,
                   "Språkpraksis\nhos Rema");
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_RESPONSIBLE), ==,
                   "NAV Skien");
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_STATUS), ==,
                   "ongoing");
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_ACTIVITY_START), ==, "");
  part = g_ptr_array_index (ff_plan_get_parts (plan, FF_PLAN_PART_REVIEW), 0);
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_DATE), ==,
                   "2024-04-15");
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_NOTE), ==, "Går bra.");
  g_assert_cmpstr (ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_DONE), ==, "1");
  /* A review held is no longer the next one. */
  g_assert_cmpstr (ff_plan_get_next_review (plan), ==, "");
}

static void
test_parts_order (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(FfPlan) plan = NULL;
  gint64 ids[4];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *value = g_strdup_printf ("Delmål %u", i + 1);

      ids[i] = ff_test_add_part (f->store, f->plan, FF_PLAN_PART_SUBGOAL, NULL);
      ff_test_set_part (f->store, ids[i], FF_PLAN_FIELD_SUBGOAL_TEXT, value);
    }
  text = parts_text (f->store, f->plan, FF_PLAN_PART_SUBGOAL, FF_PLAN_FIELD_SUBGOAL_TEXT);
  g_assert_cmpstr (text, ==, "Delmål 1|Delmål 2|Delmål 3|Delmål 4");

  g_assert_true (ff_plan_remove_part (f->store, FF_PLAN_PART_SUBGOAL, ids[1], &error));
  g_assert_no_error (error);
  g_free (text);
  text = parts_text (f->store, f->plan, FF_PLAN_PART_SUBGOAL, FF_PLAN_FIELD_SUBGOAL_TEXT);
  g_assert_cmpstr (text, ==, "Delmål 1|Delmål 3|Delmål 4");

  /* A removed part cannot be changed, and removing it twice changes nothing. */
  g_assert_false (ff_plan_set_part_field (f->store, ids[1], FF_PLAN_FIELD_SUBGOAL_TEXT, "x",
                                          &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (ff_plan_remove_part (f->store, FF_PLAN_PART_SUBGOAL, ids[1], &error));

  /* A new part goes last; a restored one back where it was. */
  ids[0] = ff_test_add_part (f->store, f->plan, FF_PLAN_PART_SUBGOAL, NULL);
  ff_test_set_part (f->store, ids[0], FF_PLAN_FIELD_SUBGOAL_TEXT, "Delmål 5");
  g_assert_true (ff_plan_restore_part (f->store, FF_PLAN_PART_SUBGOAL, ids[1], &error));
  g_assert_no_error (error);
  g_free (text);
  text = parts_text (f->store, f->plan, FF_PLAN_PART_SUBGOAL, FF_PLAN_FIELD_SUBGOAL_TEXT);
  g_assert_cmpstr (text, ==, "Delmål 1|Delmål 2|Delmål 3|Delmål 4|Delmål 5");

  /* Parts of each kind are apart, and the earliest review not held is next. */
  ff_test_add_part (f->store, f->plan, FF_PLAN_PART_REVIEW, "2024-06-01");
  ff_test_add_part (f->store, f->plan, FF_PLAN_PART_REVIEW, "2024-03-01");
  ff_test_add_part (f->store, f->plan, FF_PLAN_PART_REVIEW, "2024-09-01");
  g_free (text);
  text = parts_text (f->store, f->plan, FF_PLAN_PART_REVIEW, FF_PLAN_FIELD_REVIEW_DATE);
  g_assert_cmpstr (text, ==, "2024-06-01|2024-03-01|2024-09-01");
  plan = ff_test_load_plan (f->store, f->plan);
  g_assert_cmpstr (ff_plan_get_next_review (plan), ==, "2024-03-01");
  g_assert_cmpuint (ff_plan_get_parts (plan, FF_PLAN_PART_ACTIVITY)->len, ==, 0);

  g_assert_false (ff_plan_remove_part (f->store, FF_PLAN_PART_ACTIVITY, 9999, &error));
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
}

static gint64
count_audit (FfStore    *store,
             const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit WHERE table_name = '%s'",
                                          table);

  return ff_test_query_int (store, sql);
}

static void
test_audit_and_changed (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *last = NULL;
  gint64 activity, review;

  g_assert_cmpint (count_audit (f->store, "plan"), ==, 1);
  g_signal_connect (f->store, "changed", G_CALLBACK (ff_test_note_change), seen);

  ff_test_set_plan (f->store, f->plan, FF_PLAN_FIELD_GOAL, "work");
  /* The same value again writes nothing and says nothing. */
  ff_test_set_plan (f->store, f->plan, FF_PLAN_FIELD_GOAL, "WORK");
  /* Nor does a refused one. */
  g_assert_false (ff_plan_set_field (f->store, f->plan, FF_PLAN_FIELD_GOAL, "x", &error));
  g_clear_error (&error);
  g_assert_cmpint (count_audit (f->store, "plan"), ==, 2);
  last = ff_test_query_text (f->store, "SELECT field || '=' || old_value || '>' || new_value"
                                       " FROM audit ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (last, ==, "goal=>work");

  activity = ff_test_add_part (f->store, f->plan, FF_PLAN_PART_ACTIVITY, NULL);
  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_HOURS, "7,5");
  ff_test_set_part (f->store, activity, FF_PLAN_FIELD_ACTIVITY_HOURS, "7.5");
  g_free (last);
  last = ff_test_query_text (f->store, "SELECT field || '=' || old_value || '>' || new_value"
                                       " FROM audit ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (last, ==, "hours=>7.5");
  g_assert_true (ff_plan_remove_part (f->store, FF_PLAN_PART_ACTIVITY, activity, &error));
  g_assert_true (ff_plan_restore_part (f->store, FF_PLAN_PART_ACTIVITY, activity, &error));
  g_assert_cmpint (count_audit (f->store, "plan_activity"), ==, 4);
  review = ff_test_add_part (f->store, f->plan, FF_PLAN_PART_REVIEW, "2024-05-05");
  ff_test_set_part (f->store, review, FF_PLAN_FIELD_REVIEW_DONE, "1");
  g_assert_cmpint (count_audit (f->store, "plan_review"), ==, 2);
  ff_test_add_part (f->store, f->plan, FF_PLAN_PART_SUBGOAL, NULL);
  g_assert_cmpint (count_audit (f->store, "plan_subgoal"), ==, 1);

  /* Every change of the plan or a part announces the plan, so its window reloads. */
  for (guint i = 0; i < 8; i++)
    g_string_append_printf (expected, "plan:%" G_GINT64_FORMAT " ", f->plan);
  g_assert_cmpstr (seen->str, ==, expected->str);
  g_signal_handlers_disconnect_by_func (f->store, ff_test_note_change, seen);
}

/* Fills a draft with two of every kind of part (and one removed activity). */
#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, ff_test_plan_fixture_set_up, func, ff_test_plan_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/plan/keys-and-labels", test_keys_and_labels);
  g_test_add_func ("/core/plan/second-language/from-participant",
                   test_language_for_participant);
  ADD ("/core/plan/create/draft-in-participants-language", test_create);
  ADD ("/core/plan/fields/valid-stored-invalid-refused", test_plan_fields);
  ADD ("/core/plan/fields/end-not-before-start", test_period_order);
  ADD ("/core/plan/activity/hours-typed-with-comma-or-point", test_hours);
  ADD ("/core/plan/parts/fields-valid-stored-invalid-refused", test_part_fields);
  ADD ("/core/plan/parts/order-remove-restore", test_parts_order);
  ADD ("/core/plan/changes/audited-and-announced", test_audit_and_changed);

  return g_test_run ();
}
