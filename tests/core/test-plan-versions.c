/* test-plan-versions.c — individual plans: signed versions, finding plans, the due
 * filter, the migration that brought plans, and plans in sample data
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

typedef struct
{
  FfPlanField  field;
  const char  *value;
} FieldValue;

/* A part as fill_plan() adds it: its kind, its date, its fields (up to the first
 * without a value), and whether it is removed again. */
typedef struct
{
  FfPlanPartKind  kind;
  const char     *date;
  FieldValue      values[7];
  gboolean        removed;
} PartValues;

static void
set_plan_values (FfStore          *store,
                 gint64            plan_id,
                 const FieldValue *values,
                 guint             n_values)
{
  for (guint i = 0; i < n_values; i++)
    ff_test_set_plan (store, plan_id, values[i].field, values[i].value);
}

static void
fill_plan (FfStore *store,
           gint64   plan_id)
{
  static const FieldValue plan_values[] = {
    { FF_PLAN_FIELD_PERIOD_START, "2024-01-08" },
    { FF_PLAN_FIELD_PERIOD_END, "2024-04-07" },
    { FF_PLAN_FIELD_GOAL, "work" },
    { FF_PLAN_FIELD_GOAL_TEXT, "Fast jobb som helsefagarbeider innen 2027" },
    { FF_PLAN_FIELD_NORWEGIAN_LEVEL, "B1" },
    { FF_PLAN_FIELD_NORWEGIAN_DATE, "2024-12-20" },
  };
  static const PartValues parts[] = {
    { FF_PLAN_PART_SUBGOAL, NULL,
      { { FF_PLAN_FIELD_SUBGOAL_TEXT, "Bestå norskprøven A2" },
        { FF_PLAN_FIELD_SUBGOAL_DATE, "2024-03-15" } } },
    { FF_PLAN_PART_SUBGOAL, NULL,
      { { FF_PLAN_FIELD_SUBGOAL_TEXT, "Språkpraksis på sykehjem" } } },
    { FF_PLAN_PART_ACTIVITY, NULL,
      { { FF_PLAN_FIELD_ACTIVITY_KIND, "norwegian-tuition" },
        { FF_PLAN_FIELD_ACTIVITY_DESCRIPTION, "Norsk B1-kurs" },
        { FF_PLAN_FIELD_ACTIVITY_HOURS, "15" },
        { FF_PLAN_FIELD_ACTIVITY_START, "2024-01-08" },
        { FF_PLAN_FIELD_ACTIVITY_END, "2024-04-07" },
        { FF_PLAN_FIELD_ACTIVITY_RESPONSIBLE, "Voksenopplæringen" },
        { FF_PLAN_FIELD_ACTIVITY_STATUS, "ongoing" } } },
    { FF_PLAN_PART_ACTIVITY, NULL,
      { { FF_PLAN_FIELD_ACTIVITY_KIND, "language-practice" },
        { FF_PLAN_FIELD_ACTIVITY_HOURS, "7,5" } } },
    /* A removed part is not carried into the next version. */
    { FF_PLAN_PART_ACTIVITY, NULL,
      { { FF_PLAN_FIELD_ACTIVITY_DESCRIPTION, "Fjernet" } },
      TRUE },
    { FF_PLAN_PART_REVIEW, "2024-02-15",
      { { FF_PLAN_FIELD_REVIEW_NOTE, "God framgang" },
        { FF_PLAN_FIELD_REVIEW_DONE, "1" } } },
    { FF_PLAN_PART_REVIEW, "2024-03-28" },
  };

  set_plan_values (store, plan_id, plan_values, G_N_ELEMENTS (plan_values));

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const PartValues *part = &parts[i];
      gint64 id = ff_test_add_part (store, plan_id, part->kind, part->date);

      for (guint j = 0; j < G_N_ELEMENTS (part->values) && part->values[j].value != NULL; j++)
        ff_test_set_part (store, id, part->values[j].field, part->values[j].value);
      if (part->removed)
        g_assert_true (ff_plan_remove_part (store, part->kind, id, NULL));
    }
}

/* Signs the draft @plan_id on @date (today for NULL); returns the next draft. Any
 * error fails the test. */
static gint64
sign (FfStore    *store,
      gint64      plan_id,
      const char *date)
{
  g_autoptr(GError) error = NULL;
  gint64 next = ff_plan_sign (store, plan_id, date, &error);

  g_assert_no_error (error);
  return next;
}

/* Every kind of change to the draft @draft_id of a plan fill_plan() filled, and to the
 * records its header comes from. */
static void
change_draft_and_header (Fixture *f,
                         gint64   draft_id)
{
  static const FieldValue plan_values[] = {
    { FF_PLAN_FIELD_PERIOD_END, "2024-07-07" },
    { FF_PLAN_FIELD_PERIOD_START, "2024-04-08" },
    { FF_PLAN_FIELD_GOAL, "education" },
    { FF_PLAN_FIELD_GOAL_TEXT, "Fagbrev som tømrer" },
    { FF_PLAN_FIELD_NORWEGIAN_LEVEL, "B2" },
    { FF_PLAN_FIELD_LANGUAGE, "nn" },
    { FF_PLAN_FIELD_SECOND_LANGUAGE, "en" },
  };
  /* Set in the second part of their kind. */
  static const FieldValue part_values[] = {
    { FF_PLAN_FIELD_ACTIVITY_HOURS, "30" },
    { FF_PLAN_FIELD_ACTIVITY_STATUS, "done" },
    { FF_PLAN_FIELD_SUBGOAL_TEXT, "Endret delmål" },
    { FF_PLAN_FIELD_REVIEW_DONE, "1" },
  };
  g_autoptr(FfPlan) draft = NULL;

  set_plan_values (f->store, draft_id, plan_values, G_N_ELEMENTS (plan_values));
  draft = ff_test_load_plan (f->store, draft_id);
  for (guint kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
    {
      GPtrArray *parts = ff_plan_get_parts (draft, kind);
      g_autoptr(GError) error = NULL;

      g_assert_true (ff_plan_remove_part (f->store, kind,
                                          ff_plan_part_get_id (g_ptr_array_index (parts, 0)),
                                          &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (part_values); i++)
    {
      GPtrArray *parts = ff_plan_get_parts (draft,
                                            ff_plan_field_part_kind (part_values[i].field));

      ff_test_set_part (f->store, ff_plan_part_get_id (g_ptr_array_index (parts, 1)),
                        part_values[i].field, part_values[i].value);
    }
  ff_test_add_part (f->store, draft_id, FF_PLAN_PART_ACTIVITY, NULL);
  ff_test_add_part (f->store, draft_id, FF_PLAN_PART_REVIEW, "2024-01-01");

  /* The records the header comes from. */
  ff_test_set_participant (f->store, f->olena, FF_PARTICIPANT_GIVEN_NAME, "Olga");
  ff_test_set_participant (f->store, f->olena, FF_PARTICIPANT_FAMILY_NAME, "Hansen");
  ff_test_set_participant (f->store, f->olena, FF_PARTICIPANT_NATIVE_NAME, "");
  ff_test_set_participant (f->store, f->olena, FF_PARTICIPANT_BIRTH_DATE, "1989-05-13");
  ff_test_set_participant (f->store, f->olena, FF_PARTICIPANT_CONTACT_PERSON, "Ola Nordmann");
  ff_test_set_programme (f->store, f->programme, FF_PROGRAMME_NAME, "Jobbsjansen");
  ff_test_set_programme (f->store, f->programme, FF_PROGRAMME_ORGANISATION, "Porsgrunn kommune");
}

/* Everything ff_plan_load() gives, as one text. */
static char *
plan_text (FfStore *store,
           gint64   plan_id)
{
  g_autoptr(FfPlan) plan = ff_test_load_plan (store, plan_id);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "v%d %s %s\n", ff_plan_get_version (plan),
                          ff_plan_state_key (ff_plan_get_state (plan)),
                          ff_plan_get_signed_date (plan));
  for (FfPlanField f = 0; f <= FF_PLAN_FIELD_SECOND_LANGUAGE; f++)
    g_string_append_printf (text, "%s=%s\n", ff_plan_field_key (f),
                            ff_plan_get_field (plan, f));
  g_string_append_printf (text, "%s|%s|%s|%s|%s|%s\n",
                          ff_plan_get_participant_name (plan),
                          ff_plan_get_native_name (plan),
                          ff_plan_get_birth_date (plan),
                          ff_plan_get_contact_person (plan),
                          ff_plan_get_programme_name (plan),
                          ff_plan_get_organisation (plan));
  for (guint kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
    {
      GPtrArray *parts = ff_plan_get_parts (plan, kind);

      for (guint i = 0; i < parts->len; i++)
        {
          FfPlanPart *part = g_ptr_array_index (parts, i);

          g_string_append_printf (text, "part %u:", kind);
          for (FfPlanField f = 0; f < FF_PLAN_N_FIELDS; f++)
            {
              if (ff_plan_field_part_kind (f) == (int) kind)
                g_string_append_printf (text, " %s=%s", ff_plan_field_key (f),
                                        ff_plan_part_get_field (part, f));
            }
          g_string_append_c (text, '\n');
        }
    }
  g_string_append_printf (text, "next review %s\n", ff_plan_get_next_review (plan));

  return g_string_free (text, FALSE);
}

static void
assert_plan_text (FfStore    *store,
                  gint64      plan_id,
                  const char *expected)
{
  g_autofree char *text = plan_text (store, plan_id);

  g_assert_cmpstr (text, ==, expected);
}

/* The same but for the first line, which gives the version, the state and the date of
 * signing. */
static void
assert_plan_content (FfStore    *store,
                     gint64      plan_id,
                     const char *expected)
{
  g_autofree char *text = plan_text (store, plan_id);

  g_assert_cmpstr (strchr (text, '\n'), ==, strchr (expected, '\n'));
}

static void
test_sign (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) signed_plan = NULL;
  g_autoptr(FfPlan) draft = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autofree char *before = NULL;
  gint64 next;
  GPtrArray *old_parts, *new_parts;

  fill_plan (f->store, f->plan);
  before = plan_text (f->store, f->plan);

  g_assert_cmpint (ff_plan_sign (f->store, f->plan, "31.02.2024", &error), ==, 0);
  g_assert_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_NO_SUCH_DATE);
  g_clear_error (&error);

  next = sign (f->store, f->plan, "2024-01-10");
  g_assert_cmpint (next, >, f->plan);

  signed_plan = ff_test_load_plan (f->store, f->plan);
  g_assert_cmpint (ff_plan_get_state (signed_plan), ==, FF_PLAN_STATE_SIGNED);
  g_assert_cmpstr (ff_plan_get_signed_date (signed_plan), ==, "2024-01-10");
  g_assert_cmpstr (ff_plan_get_participant_name (signed_plan), ==, "Olena Kovalenko");
  g_assert_cmpstr (ff_plan_get_native_name (signed_plan), ==, "Олена Коваленко");
  g_assert_cmpstr (ff_plan_get_birth_date (signed_plan), ==, "1988-04-12");
  g_assert_cmpstr (ff_plan_get_contact_person (signed_plan), ==, "Kari Nordmann");
  g_assert_cmpstr (ff_plan_get_programme_name (signed_plan), ==, "Introduksjonsprogrammet");
  g_assert_cmpstr (ff_plan_get_organisation (signed_plan), ==, "Skien kommune");

  /* Apart from its state, the signed version holds what the draft held. */
  assert_plan_content (f->store, f->plan, before);

  /* The next draft is a copy, with new rows in the same order. */
  draft = ff_test_load_plan (f->store, next);
  g_assert_cmpint (ff_plan_get_version (draft), ==, 2);
  g_assert_cmpint (ff_plan_get_state (draft), ==, FF_PLAN_STATE_DRAFT);
  g_assert_cmpint (ff_plan_get_enrolment_id (draft), ==, f->enrolment);
  assert_plan_content (f->store, next, before);
  for (guint kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
    {
      old_parts = ff_plan_get_parts (signed_plan, kind);
      new_parts = ff_plan_get_parts (draft, kind);
      g_assert_cmpuint (old_parts->len, ==, new_parts->len);
      g_assert_cmpuint (new_parts->len, ==, 2);
      for (guint i = 0; i < new_parts->len; i++)
        g_assert_cmpint (ff_plan_part_get_id (g_ptr_array_index (old_parts, i)), !=,
                         ff_plan_part_get_id (g_ptr_array_index (new_parts, i)));
    }
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(DISTINCT uuid) FROM"
                                                " (SELECT uuid FROM plan_activity UNION ALL"
                                                "  SELECT uuid FROM plan_subgoal UNION ALL"
                                                "  SELECT uuid FROM plan_review)"), ==, 13);

  g_assert_cmpint (ff_plan_find_draft (f->store, f->enrolment, &error), ==, next);
  g_assert_cmpint (ff_plan_find_version (f->store, next, 1, &error), ==, f->plan);
  g_assert_cmpint (ff_plan_find_version (f->store, f->plan, 2, &error), ==, next);
  g_assert_no_error (error);
  g_assert_cmpint (ff_plan_find_version (f->store, f->plan, 3, &error), ==, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  versions = ff_plan_list_versions (f->store, f->enrolment, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpint (ff_plan_get_version (g_ptr_array_index (versions, 0)), ==, 2);
  g_assert_cmpint (ff_plan_get_state (g_ptr_array_index (versions, 0)), ==,
                   FF_PLAN_STATE_DRAFT);
  g_assert_cmpint (ff_plan_get_id (g_ptr_array_index (versions, 1)), ==, f->plan);
  g_assert_cmpstr (ff_plan_get_signed_date (g_ptr_array_index (versions, 1)), ==,
                   "2024-01-10");

  /* Audit rows for the signature and the new draft with its parts. */
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"
                                                " WHERE field = 'signed_date'"
                                                " AND new_value = '2024-01-10'"), ==, 1);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"
                                                " WHERE table_name LIKE 'plan%'"
                                                " AND new_value = 'created'"), ==, 2 + 7 + 6);
}

static void
test_signed_refuses_edits (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) plan = NULL;
  g_autofree char *before = NULL;
  gint64 audit_rows;
  FfPlanPart *parts[FF_PLAN_N_PART_KINDS];

  fill_plan (f->store, f->plan);
  g_assert_cmpint (sign (f->store, f->plan, NULL), >, 0);
  before = plan_text (f->store, f->plan);
  audit_rows = ff_test_query_int (f->store, "SELECT count(*) FROM audit");

  plan = ff_test_load_plan (f->store, f->plan);
  g_assert_cmpstr (ff_plan_get_signed_date (plan), ==, today);
  for (guint kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
    parts[kind] = g_ptr_array_index (ff_plan_get_parts (plan, kind), 0);

#define REFUSED(call) \
  G_STMT_START { \
    g_assert_false (call); \
    g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID); \
    g_assert_cmpstr (error->message, ==, "This version is signed and cannot be changed."); \
    g_clear_error (&error); \
  } G_STMT_END

  REFUSED (ff_plan_set_field (f->store, f->plan, FF_PLAN_FIELD_GOAL_TEXT, "Annet", &error));
  REFUSED (ff_plan_set_field (f->store, f->plan, FF_PLAN_FIELD_LANGUAGE, "nn", &error));
  REFUSED (ff_plan_add_part (f->store, f->plan, FF_PLAN_PART_SUBGOAL, NULL, &error) != 0);
  REFUSED (ff_plan_set_part_field (f->store, ff_plan_part_get_id (parts[FF_PLAN_PART_SUBGOAL]),
                                   FF_PLAN_FIELD_SUBGOAL_TEXT, "Annet", &error));
  REFUSED (ff_plan_set_part_field (f->store,
                                   ff_plan_part_get_id (parts[FF_PLAN_PART_ACTIVITY]),
                                   FF_PLAN_FIELD_ACTIVITY_HOURS, "20", &error));
  REFUSED (ff_plan_set_part_field (f->store, ff_plan_part_get_id (parts[FF_PLAN_PART_REVIEW]),
                                   FF_PLAN_FIELD_REVIEW_DONE, "0", &error));
  REFUSED (ff_plan_remove_part (f->store, FF_PLAN_PART_ACTIVITY,
                                ff_plan_part_get_id (parts[FF_PLAN_PART_ACTIVITY]), &error));
  REFUSED (ff_plan_sign (f->store, f->plan, NULL, &error) != 0);
#undef REFUSED

  assert_plan_text (f->store, f->plan, before);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM audit"), ==,
                   audit_rows);
  g_assert_cmpint (ff_test_query_int (f->store, "SELECT count(*) FROM plan"), ==, 2);
}

/* The version freezing the issue asks for: a signed version loads exactly as it
 * was, whatever is done afterwards to the draft, the participant or the programme. */
static void
test_signed_version_is_frozen (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *signed_text = NULL;
  g_autofree char *v2_text = NULL;
  gint64 v2;

  fill_plan (f->store, f->plan);
  v2 = sign (f->store, f->plan, "2024-01-10");
  signed_text = plan_text (f->store, f->plan);

  change_draft_and_header (f, v2);
  assert_plan_text (f->store, f->plan, signed_text);

  /* The draft, in contrast, shows all of it. */
  v2_text = plan_text (f->store, v2);
  g_assert_nonnull (strstr (v2_text, "Olga Hansen||1989-05-13|Ola Nordmann|Jobbsjansen|"
                                     "Porsgrunn kommune\n"));
  g_assert_nonnull (strstr (v2_text, "goal_text=Fagbrev som tømrer\n"));
  g_assert_nonnull (strstr (v2_text, "next review 2024-01-01\n"));

  /* Signing the second version freezes the new names there, and leaves the first. */
  g_assert_cmpint (sign (f->store, v2, "2024-04-10"), >, 0);
  assert_plan_text (f->store, f->plan, signed_text);
  g_free (v2_text);
  v2_text = plan_text (f->store, v2);
  g_assert_nonnull (strstr (v2_text, "v2 signed 2024-04-10\n"));
  g_assert_nonnull (strstr (v2_text, "Olga Hansen||1989-05-13|Ola Nordmann|Jobbsjansen|"
                                     "Porsgrunn kommune\n"));

  /* Nor does a change after the second signature. */
  ff_test_set_programme (f->store, f->programme, FF_PROGRAMME_NAME, "Nytt navn");
  assert_plan_text (f->store, f->plan, signed_text);
}

/* The plan's name follows its programme's kind: an integreringsplan in an introduction
 * programme, a participant plan in any other; a signed version keeps the name it was
 * signed under. */
static void
test_name_follows_programme_kind (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FfPlan) first = NULL;
  g_autoptr(FfPlan) draft = NULL;
  gint64 v2;

  g_assert_cmpstr (ff_plan_name_for_kind ("introduction", FALSE), ==, "Integration plan");
  g_assert_cmpstr (ff_plan_name_for_kind ("introduction", TRUE), ==, "Integration Plan");
  for (guint i = 0; i < FF_PROGRAMME_N_KINDS; i++)
    if (i != FF_PROGRAMME_KIND_INTRODUCTION)
      {
        const char *kind = ff_programme_kinds.choices[i].key;

        g_assert_cmpstr (ff_plan_name_for_kind (kind, FALSE), ==, "Participant plan");
        g_assert_cmpstr (ff_plan_name_for_kind (kind, TRUE), ==, "Participant Plan");
      }

  v2 = sign (f->store, f->plan, "2024-01-10");
  ff_test_set_programme (f->store, f->programme, FF_PROGRAMME_KIND, "mentor-scheme");

  first = ff_plan_load (f->store, f->plan, &error);
  g_assert_no_error (error);
  draft = ff_plan_load (f->store, v2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ff_plan_get_programme_kind (first), ==, "introduction");
  g_assert_cmpstr (ff_plan_get_name (first, FALSE), ==, "Integration plan");
  g_assert_cmpstr (ff_plan_get_programme_kind (draft), ==, "mentor-scheme");
  g_assert_cmpstr (ff_plan_get_name (draft, FALSE), ==, "Participant plan");
}

static void
test_find_for_participant (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ahmed, mentor, enrolment, plan, next;

  g_assert_cmpint (ff_plan_find_for_participant (f->store, f->olena, &error), ==, f->plan);
  g_assert_no_error (error);

  g_assert_cmpint (ff_plan_find_for_participant (f->store, 4242, &error), ==, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no participant with the id 4242.");
  g_clear_error (&error);

  ahmed = ff_participant_create (f->store, "Ahmed", "Al-Hassan", &error);
  g_assert_cmpint (ff_plan_find_for_participant (f->store, ahmed, &error), ==, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "Ahmed Al-Hassan has no plan yet.");
  g_clear_error (&error);

  /* Enrolled but without a plan is the same. */
  enrolment = ff_enrolment_create (f->store, ahmed, f->programme, FF_ENROLMENT_STATUS_ACTIVE,
                                   "2024-01-01", NULL, &error);
  g_assert_cmpint (ff_plan_find_for_participant (f->store, ahmed, &error), ==, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  plan = ff_plan_create (f->store, enrolment, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_plan_find_for_participant (f->store, ahmed, &error), ==, plan);

  /* After signing, the draft to print is the new one. */
  next = sign (f->store, f->plan, "2024-02-01");
  g_assert_cmpint (ff_plan_find_for_participant (f->store, f->olena, &error), ==, next);

  /* Of two enrolments with plans, the most recently changed one's. */
  mentor = ff_programme_create (f->store, "Mentorordning", FF_PROGRAMME_KIND_MENTOR, &error);
  enrolment = ff_enrolment_create (f->store, f->olena, mentor, FF_ENROLMENT_STATUS_ACTIVE,
                                   "2024-03-01", NULL, &error);
  plan = ff_plan_create (f->store, enrolment, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_plan_find_for_participant (f->store, f->olena, &error), ==, plan);

  /* A deleted participant is no longer there. */
  g_assert_true (ff_participant_delete (f->store, ahmed, &error));
  g_assert_cmpint (ff_plan_find_for_participant (f->store, ahmed, &error), ==, 0);
  g_assert_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND);
}

/* Keeps the SQL of the participants query that the due filter runs. */
static int
remember_sql (unsigned  type,
              void     *data,
              void     *statement,
              void     *unused)
{
  char **sql = data;
  const char *text = sqlite3_sql (statement);

  if (text != NULL && strstr (text, "plan_review") != NULL)
    {
      g_free (*sql);
      *sql = g_strdup (text);
    }

  return 0;
}

/* Names of the participants the due filter finds, in name order. */
static char *
due_names (FfStore    *store,
           const char *from,
           const char *to)
{
  FfParticipantQuery query = {
    .status = FF_ENROLMENT_STATUS_ANY,
    .sort = FF_PARTICIPANT_SORT_NAME,
    .due_from = from,
    .due_to = to,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ff_participant_query_ids (store, &query, &error);
  g_autoptr(GPtrArray) people = NULL;
  GString *names = g_string_new (NULL);

  g_assert_no_error (error);
  people = ff_participant_load_many (store, (gint64 *) (gpointer) ids->data, ids->len, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < people->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                            ff_participant_get_display_name (g_ptr_array_index (people, i)));

  return g_string_free (names, FALSE);
}

/* A participant enrolled with a plan; returns the plan. */
static gint64
person_with_plan (Fixture    *f,
                  const char *given)
{
  gint64 person = ff_test_add_participant (f->store, given, "Test");
  gint64 enrolment = ff_test_add_enrolment (f->store, person, f->programme, "2024-01-01");

  return ff_test_add_plan (f->store, enrolment);
}

/* Such a participant whose plan has a review on @date; returns the review. */
static gint64
person_with_review (Fixture    *f,
                    const char *given,
                    const char *date)
{
  return ff_test_add_part (f->store, person_with_plan (f, given), FF_PLAN_PART_REVIEW, date);
}

/* Such a participant whose plan's period ends on @end. */
static void
person_with_period_end (Fixture    *f,
                        const char *given,
                        const char *end)
{
  ff_test_set_plan (f->store, person_with_plan (f, given), FF_PLAN_FIELD_PERIOD_END, end);
}

static void
test_due_filter (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  gint64 plan, review;

  /* The week of Monday 2024-06-10. */
  person_with_review (f, "Overdue", "2024-05-20");
  plan = person_with_plan (f, "Thisweek");
  ff_test_add_part (f->store, plan, FF_PLAN_PART_REVIEW, "2024-06-14");
  ff_test_add_part (f->store, plan, FF_PLAN_PART_REVIEW, "2024-09-14");
  person_with_review (f, "Nextweek", "2024-06-17");
  review = person_with_review (f, "Held", "2024-06-11");
  ff_test_set_part (f->store, review, FF_PLAN_FIELD_REVIEW_DONE, "1");
  review = person_with_review (f, "Removed", "2024-06-11");
  g_assert_true (ff_plan_remove_part (f->store, FF_PLAN_PART_REVIEW, review, &error));
  plan = person_with_plan (f, "Periodends");
  ff_test_set_plan (f->store, plan, FF_PLAN_FIELD_PERIOD_START, "2024-03-11");
  ff_test_set_plan (f->store, plan, FF_PLAN_FIELD_PERIOD_END, "2024-06-16");
  person_with_period_end (f, "Periodended", "2024-06-09");
  person_with_period_end (f, "Periodlater", "2024-06-17");
  /* A review due in a version that was signed does not count: only the draft's. */
  plan = person_with_plan (f, "Signed");
  ff_test_add_part (f->store, plan, FF_PLAN_PART_REVIEW, "2024-06-12");
  plan = sign (f->store, plan, "2024-06-01");
  {
    g_autoptr(FfPlan) draft = ff_test_load_plan (f->store, plan);
    FfPlanPart *copy = g_ptr_array_index (ff_plan_get_parts (draft, FF_PLAN_PART_REVIEW), 0);

    ff_test_set_part (f->store, ff_plan_part_get_id (copy), FF_PLAN_FIELD_REVIEW_DATE,
                      "2024-08-12");
  }
  /* Olena has a plan with nothing due. */
  ff_test_add_part (f->store, f->plan, FF_PLAN_PART_REVIEW, "2024-12-01");

  names = due_names (f->store, "2024-06-10", "2024-06-16");
  g_assert_cmpstr (names, ==, "Overdue Test, Periodends Test, Thisweek Test");

  g_free (names);
  names = due_names (f->store, "2024-06-17", "2024-06-23");
  g_assert_cmpstr (names, ==, "Nextweek Test, Overdue Test, Periodlater Test, "
                              "Thisweek Test");

  /* With the other filters. */
  {
    FfParticipantQuery query = {
      .search = "this",
      .status = FF_ENROLMENT_STATUS_ACTIVE,
      .programme_id = f->programme,
      .due_from = "2024-06-10",
      .due_to = "2024-06-16",
    };
    g_autoptr(GArray) ids = ff_participant_query_ids (f->store, &query, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 1);
  }

  /* The filter uses the indexes rather than reading every plan. */
  {
    g_autofree char *sql = NULL;
    g_autofree char *explain = NULL;
    g_autofree char *found = NULL;
    g_autoptr(GString) details = g_string_new (NULL);
    sqlite3 *db = ff_store_get_db (f->store);
    sqlite3_stmt *stmt = NULL;

    sqlite3_trace_v2 (db, SQLITE_TRACE_STMT, remember_sql, &sql);
    found = due_names (f->store, "2024-06-10", "2024-06-16");
    sqlite3_trace_v2 (db, 0, NULL, NULL);
    g_assert_nonnull (sql);

    explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
    g_assert_cmpint (sqlite3_prepare_v2 (db, explain, -1, &stmt, NULL), ==, SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      g_string_append_printf (details, "%s\n", sqlite3_column_text (stmt, 3));
    sqlite3_finalize (stmt);
    g_test_message ("%s", details->str);
    g_assert_nonnull (strstr (details->str, "plan_review_due"));
    g_assert_nonnull (strstr (details->str, "plan_by_period_end"));
    g_assert_null (strstr (details->str, "SCAN r"));
    g_assert_null (strstr (details->str, "SCAN pl"));
  }
}

/* A file as version 1 of the schema left it, with a participant in it. */
static void
make_version_1_file (const char *path)
{
  sqlite3 *db = NULL;
  g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d;"
                                             " PRAGMA user_version = 1;",
                                             FF_STORE_APPLICATION_ID);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, ff_schema_migration (1), NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO participant (uuid, created_at, updated_at,"
                                 " given_name, family_name, sort_name)"
                                 " VALUES ('u1', '2024-01-01T00:00:00Z',"
                                 " '2024-01-01T00:00:00Z', 'Olena', 'Kovalenko',"
                                 " 'kovalenko olena');"
                                 "INSERT INTO programme (uuid, created_at, updated_at, name)"
                                 " VALUES ('u2', '2024-01-01T00:00:00Z',"
                                 " '2024-01-01T00:00:00Z', 'Intro');"
                                 "INSERT INTO enrolment (uuid, created_at, updated_at,"
                                 " participant_id, programme_id, status, status_date)"
                                 " VALUES ('u3', '2024-01-01T00:00:00Z',"
                                 " '2024-01-01T00:00:00Z', 1, 1, 'active', '2024-01-01');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, set_id, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static void
test_migrates_version_1 (void)
{
  g_autofree char *dir = ff_test_make_dir ("fotfeste-plan-migration-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "old.sqlite3", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *name = NULL;
  FfStore *store;
  gboolean backup = FALSE;
  const char *entry;
  gint64 plan;

  make_version_1_file (path);

  store = ff_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (store, "PRAGMA user_version"), ==,
                   FF_STORE_SCHEMA_VERSION);
  /* Version 3: the employer register, and programmes found and sorted by name. */
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM sqlite_schema"
                                             " WHERE name = 'employer'"), ==, 1);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM programme"
                                             " WHERE search_text = 'intro'"), ==, 1);
  {
    g_autoptr(GPtrArray) programmes = ff_programme_list (store, FALSE, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (programmes->len, ==, 1);
    g_assert_cmpstr (ff_programme_get_name (programmes->pdata[0]), ==, "Intro");
  }
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM sqlite_schema"
                                             " WHERE name IN ('plan', 'plan_subgoal',"
                                             " 'plan_activity', 'plan_review')"), ==, 4);
  name = ff_test_query_text (store, "SELECT given_name FROM participant");
  g_assert_cmpstr (name, ==, "Olena");

  /* The old data can have plans now. */
  plan = ff_plan_create (store, 1, &error);
  g_assert_no_error (error);
  ff_test_add_part (store, plan, FF_PLAN_PART_ACTIVITY, NULL);
  g_assert_cmpint (ff_plan_find_for_participant (store, 1, &error), ==, plan);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  /* The file as it was is kept beside it. */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((entry = g_dir_read_name (listing)) != NULL)
    backup |= g_str_has_prefix (entry, "old.sqlite3.backup-v1-");
  g_assert_true (backup);

  /* Opening it again migrates nothing more. */
  store = ff_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (store, "SELECT count(*) FROM plan"), ==, 1);
  g_assert_finalize_object (store);

  ff_test_remove_tree (dir);
}

/* What the sample's plans hold, as one text (ids left out). */
static char *
sample_plans_text (FfStore *store)
{
  sqlite3_stmt *stmt = NULL;
  GString *text = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (ff_store_get_db (store),
                                       "SELECT pl.version, pl.state, pl.signed_date,"
                                       " pl.period_start, pl.period_end, pl.goal,"
                                       " pl.goal_text, pl.norwegian_level, pl.participant_name,"
                                       " (SELECT group_concat (a.kind || a.minutes_per_week"
                                       "  || a.status, ',') FROM plan_activity a"
                                       "  WHERE a.plan_id = pl.id),"
                                       " (SELECT group_concat (r.date || r.done, ',')"
                                       "  FROM plan_review r WHERE r.plan_id = pl.id)"
                                       " FROM plan pl ORDER BY pl.id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (text, "%s|", sqlite3_column_text (stmt, i));
      g_string_append_c (text, '\n');
    }
  sqlite3_finalize (stmt);

  return g_string_free (text, FALSE);
}

static void
test_sample_plans (void)
{
  g_autofree char *dir = ff_test_make_dir ("fotfeste-plan-sample-XXXXXX");
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *again = NULL;
  g_autofree char *other = NULL;
  FfStore *store;
  gint64 n_fitting, n_drafts, n_signed, n_bad;

  store = ff_test_open_store (dir, "a.sqlite3");
  g_assert_true (ff_sample_generate (store, 400, 7, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* The enrolments a plan fits: active now, on leave or completed. */
  n_fitting = ff_test_query_int (store, "SELECT count(*) FROM enrolment"
                                        " WHERE status IN ('active', 'on-leave', 'completed')");
  n_drafts = ff_test_query_int (store, "SELECT count(*) FROM plan WHERE state = 'draft'");
  n_signed = ff_test_query_int (store, "SELECT count(*) FROM plan WHERE state = 'signed'");
  g_test_message ("%" G_GINT64_FORMAT " enrolments for a plan, %" G_GINT64_FORMAT
                  " drafts, %" G_GINT64_FORMAT " signed", n_fitting, n_drafts, n_signed);
  /* Most of them have a plan; some of those have signed versions. */
  g_assert_cmpint (n_drafts, >=, n_fitting * 6 / 10);
  g_assert_cmpint (n_drafts, <=, n_fitting * 9 / 10);
  n_bad = ff_test_query_int (store, "SELECT count(*) FROM plan pl"
                                    " JOIN enrolment e ON e.id = pl.enrolment_id"
                                    " WHERE e.status NOT IN ('active', 'on-leave', 'completed')");
  g_assert_cmpint (n_bad, ==, 0);
  g_assert_cmpint (n_signed, >=, n_drafts / 6);
  g_assert_cmpint (n_signed, <=, n_drafts);

  /* Signed versions have their header and date; drafts do not. */
  n_bad = ff_test_query_int (store, "SELECT count(*) FROM plan WHERE state = 'signed'"
                                    " AND (participant_name = '' OR programme_name = ''"
                                    " OR signed_date = '')");
  g_assert_cmpint (n_bad, ==, 0);
  n_bad = ff_test_query_int (store, "SELECT count(*) FROM plan WHERE state = 'draft'"
                                    " AND participant_name <> ''");
  g_assert_cmpint (n_bad, ==, 0);
  /* Every draft is complete and loads; parts lie within limits. */
  n_bad = ff_test_query_int (store, "SELECT count(*) FROM plan WHERE state = 'draft'"
                                    " AND (goal = '' OR goal_text = '' OR period_start = ''"
                                    " OR period_end < period_start"
                                    " OR (SELECT count(*) FROM plan_activity a"
                                    "     WHERE a.plan_id = plan.id) NOT BETWEEN 3 AND 7"
                                    " OR (SELECT count(*) FROM plan_subgoal s"
                                    "     WHERE s.plan_id = plan.id) NOT BETWEEN 2 AND 4"
                                    " OR (SELECT count(*) FROM plan_review r"
                                    "     WHERE r.plan_id = plan.id) NOT BETWEEN 2 AND 3)");
  g_assert_cmpint (n_bad, ==, 0);
  n_bad = ff_test_query_int (store, "SELECT count(*) FROM plan_activity"
                                    " WHERE minutes_per_week NOT BETWEEN 0 AND 3600"
                                    " OR (end_date <> '' AND end_date < start_date)");
  g_assert_cmpint (n_bad, ==, 0);
  n_bad = ff_test_query_int (store, "SELECT count(*) FROM plan_activity a"
                                    " JOIN plan pl ON pl.id = a.plan_id"
                                    " WHERE a.start_date < pl.period_start"
                                    " OR a.end_date > pl.period_end");
  g_assert_cmpint (n_bad, ==, 0);
  {
    g_autoptr(FfPlan) plan = NULL;
    gint64 id = ff_test_query_int (store, "SELECT max(id) FROM plan WHERE state = 'signed'");

    plan = ff_plan_load (store, id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ff_plan_get_parts (plan, FF_PLAN_PART_ACTIVITY)->len, >=, 3);
  }
  /* "Reviews due this week", in the week of the sample's own today, finds a few. */
  {
    g_autofree char *due = due_names (store, "2025-11-24", "2025-11-30");

    g_test_message ("due: %s", due);
    g_assert_cmpstr (due, !=, "");
  }
  first = sample_plans_text (store);
  g_assert_finalize_object (store);

  store = ff_test_open_store (dir, "b.sqlite3");
  g_assert_true (ff_sample_generate (store, 400, 7, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  again = sample_plans_text (store);
  g_assert_finalize_object (store);
  g_assert_cmpstr (again, ==, first);

  store = ff_test_open_store (dir, "c.sqlite3");
  g_assert_true (ff_sample_generate (store, 400, 8, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  other = sample_plans_text (store);
  g_assert_finalize_object (store);
  g_assert_cmpstr (other, !=, first);

  ff_test_remove_tree (dir);
}

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, ff_test_plan_fixture_set_up, func, \
              ff_test_plan_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/core/plan/sign/starts-next-draft-as-copy", test_sign);
  ADD ("/core/plan/sign/signed-version-refuses-edits", test_signed_refuses_edits);
  ADD ("/core/plan/sign/signed-version-stays-as-printed", test_signed_version_is_frozen);
  ADD ("/core/plan/sign/name-follows-programme-kind", test_name_follows_programme_kind);
  ADD ("/core/plan/find/for-participant-and-errors", test_find_for_participant);
  ADD ("/core/plan/due-filter/reviews-and-period-ends", test_due_filter);
  g_test_add_func ("/core/plan/migration/from-version-1", test_migrates_version_1);
  g_test_add_func ("/core/plan/sample/plans-some-signed-same-for-seed", test_sample_plans);

  return g_test_run ();
}
