/* ff-plan.c — the individual plan of an enrolment: its versions and its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-plan-private.h"
#include "ff-store-private.h"
#include "ff-text.h"
#include "ff-validate.h"

typedef enum
{
  CHECK_LINE,             /* one line of free text */
  CHECK_LINES,            /* free text that keeps its line breaks */
  CHECK_DATE,
  CHECK_REQUIRED_DATE,
  CHECK_GOAL,
  CHECK_CEFR,
  CHECK_LANGUAGE,
  CHECK_SECOND_LANGUAGE,
  CHECK_ACTIVITY_KIND,
  CHECK_HOURS,
  CHECK_ACTIVITY_STATUS,
  CHECK_DONE,
} FieldCheck;

typedef struct
{
  const char *key;        /* the field's stable key, as in audit and exchange */
  const char *column;     /* the column; the only source of column names in SQL */
  int         part_kind;  /* FfPlanPartKind, or -1 for the plan itself */
  FieldCheck  check;
} FieldInfo;

static const FieldInfo fields[FF_PLAN_N_FIELDS] = {
  [FF_PLAN_FIELD_PERIOD_START] = { "period_start", "period_start", -1, CHECK_DATE },
  [FF_PLAN_FIELD_PERIOD_END] = { "period_end", "period_end", -1, CHECK_DATE },
  [FF_PLAN_FIELD_GOAL] = { "goal", "goal", -1, CHECK_GOAL },
  [FF_PLAN_FIELD_GOAL_TEXT] = { "goal_text", "goal_text", -1, CHECK_LINES },
  [FF_PLAN_FIELD_NORWEGIAN_LEVEL] = { "norwegian_level", "norwegian_level", -1, CHECK_CEFR },
  [FF_PLAN_FIELD_NORWEGIAN_DATE] = { "norwegian_date", "norwegian_date", -1, CHECK_DATE },
  [FF_PLAN_FIELD_LANGUAGE] = { "language", "language", -1, CHECK_LANGUAGE },
  [FF_PLAN_FIELD_SECOND_LANGUAGE] = { "second_language", "second_language", -1,
                                      CHECK_SECOND_LANGUAGE },
  [FF_PLAN_FIELD_SUBGOAL_TEXT] = { "text", "text", FF_PLAN_PART_SUBGOAL, CHECK_LINES },
  [FF_PLAN_FIELD_SUBGOAL_DATE] = { "target_date", "target_date", FF_PLAN_PART_SUBGOAL,
                                   CHECK_DATE },
  [FF_PLAN_FIELD_ACTIVITY_KIND] = { "kind", "kind", FF_PLAN_PART_ACTIVITY,
                                    CHECK_ACTIVITY_KIND },
  [FF_PLAN_FIELD_ACTIVITY_DESCRIPTION] = { "description", "description",
                                           FF_PLAN_PART_ACTIVITY, CHECK_LINES },
  [FF_PLAN_FIELD_ACTIVITY_HOURS] = { "hours", "minutes_per_week", FF_PLAN_PART_ACTIVITY,
                                     CHECK_HOURS },
  [FF_PLAN_FIELD_ACTIVITY_START] = { "start_date", "start_date", FF_PLAN_PART_ACTIVITY,
                                     CHECK_DATE },
  [FF_PLAN_FIELD_ACTIVITY_END] = { "end_date", "end_date", FF_PLAN_PART_ACTIVITY,
                                   CHECK_DATE },
  [FF_PLAN_FIELD_ACTIVITY_RESPONSIBLE] = { "responsible", "responsible",
                                           FF_PLAN_PART_ACTIVITY, CHECK_LINE },
  [FF_PLAN_FIELD_ACTIVITY_STATUS] = { "status", "status", FF_PLAN_PART_ACTIVITY,
                                      CHECK_ACTIVITY_STATUS },
  [FF_PLAN_FIELD_REVIEW_DATE] = { "date", "date", FF_PLAN_PART_REVIEW, CHECK_REQUIRED_DATE },
  [FF_PLAN_FIELD_REVIEW_NOTE] = { "note", "note", FF_PLAN_PART_REVIEW, CHECK_LINES },
  [FF_PLAN_FIELD_REVIEW_DONE] = { "done", "done", FF_PLAN_PART_REVIEW, CHECK_DONE },
};

/* The table of each kind of part. */
static const char * const part_tables[FF_PLAN_N_PART_KINDS] = {
  [FF_PLAN_PART_SUBGOAL] = "plan_subgoal",
  [FF_PLAN_PART_ACTIVITY] = "plan_activity",
  [FF_PLAN_PART_REVIEW] = "plan_review",
};

/* The first field of each kind of part, and one past its last. */
static const FfPlanField part_fields[FF_PLAN_N_PART_KINDS][2] = {
  [FF_PLAN_PART_SUBGOAL] = { FF_PLAN_FIELD_SUBGOAL_TEXT, FF_PLAN_FIELD_ACTIVITY_KIND },
  [FF_PLAN_PART_ACTIVITY] = { FF_PLAN_FIELD_ACTIVITY_KIND, FF_PLAN_FIELD_REVIEW_DATE },
  [FF_PLAN_PART_REVIEW] = { FF_PLAN_FIELD_REVIEW_DATE, FF_PLAN_N_FIELDS },
};

#define N_PLAN_FIELDS (FF_PLAN_FIELD_SECOND_LANGUAGE + 1)

static const char * const goal_keys[FF_PLAN_N_GOALS] = {
  [FF_PLAN_GOAL_NONE] = "",
  [FF_PLAN_GOAL_WORK] = "work",
  [FF_PLAN_GOAL_EDUCATION] = "education",
  [FF_PLAN_GOAL_OWN_BUSINESS] = "own-business",
  [FF_PLAN_GOAL_OTHER] = "other",
};

static const char * const goal_msgids[FF_PLAN_N_GOALS] = {
  [FF_PLAN_GOAL_NONE] = "",
  [FF_PLAN_GOAL_WORK] = N_("Work"),
  [FF_PLAN_GOAL_EDUCATION] = N_("Education"),
  [FF_PLAN_GOAL_OWN_BUSINESS] = N_("Own business"),
  /* Translators: a kind of long-term goal, as a choice and on the printed plan */
  [FF_PLAN_GOAL_OTHER] = N_("Other goal"),
};

static const char * const kind_keys[FF_ACTIVITY_N_KINDS] = {
  [FF_ACTIVITY_NORWEGIAN_TUITION] = "norwegian-tuition",
  [FF_ACTIVITY_WORK_LIFE_KNOWLEDGE] = "work-life-knowledge",
  [FF_ACTIVITY_COMPUTER_SKILLS] = "computer-skills",
  [FF_ACTIVITY_JOB_SEEKING] = "job-seeking",
  [FF_ACTIVITY_LANGUAGE_PRACTICE] = "language-practice",
  [FF_ACTIVITY_WORK_PRACTICE] = "work-practice",
  [FF_ACTIVITY_COURSE] = "course",
  [FF_ACTIVITY_MENTOR_MEETINGS] = "mentor-meetings",
  [FF_ACTIVITY_DRIVING_LESSONS] = "driving-lessons",
  [FF_ACTIVITY_PRIVATE_ECONOMY] = "private-economy",
  [FF_ACTIVITY_OTHER] = "other",
};

static const char * const kind_msgids[FF_ACTIVITY_N_KINDS] = {
  [FF_ACTIVITY_NORWEGIAN_TUITION] = N_("Norwegian tuition"),
  [FF_ACTIVITY_WORK_LIFE_KNOWLEDGE] = N_("Work-life knowledge"),
  [FF_ACTIVITY_COMPUTER_SKILLS] = N_("Computer skills"),
  [FF_ACTIVITY_JOB_SEEKING] = N_("Job seeking"),
  [FF_ACTIVITY_LANGUAGE_PRACTICE] = N_("Language practice"),
  [FF_ACTIVITY_WORK_PRACTICE] = N_("Work practice"),
  [FF_ACTIVITY_COURSE] = N_("Course"),
  [FF_ACTIVITY_MENTOR_MEETINGS] = N_("Mentor meetings"),
  [FF_ACTIVITY_DRIVING_LESSONS] = N_("Driving lessons"),
  [FF_ACTIVITY_PRIVATE_ECONOMY] = N_("Private economy"),
  /* Translators: a kind of activity in a plan, as a choice and on the printed plan */
  [FF_ACTIVITY_OTHER] = N_("Other activity"),
};

static const char * const status_keys[FF_ACTIVITY_N_STATUSES] = {
  [FF_ACTIVITY_PLANNED] = "planned",
  [FF_ACTIVITY_ONGOING] = "ongoing",
  [FF_ACTIVITY_DONE] = "done",
  [FF_ACTIVITY_CANCELLED] = "cancelled",
};

static const char * const status_msgids[FF_ACTIVITY_N_STATUSES] = {
  [FF_ACTIVITY_PLANNED] = N_("Planned"),
  [FF_ACTIVITY_ONGOING] = N_("Ongoing"),
  [FF_ACTIVITY_DONE] = N_("Done"),
  [FF_ACTIVITY_CANCELLED] = N_("Cancelled"),
};

static const char * const languages[] = { "nb", "nn", "uk", "en", NULL };

/* The header of a plan, in the order of its columns. */
enum
{
  HEADER_PARTICIPANT_NAME,
  HEADER_NATIVE_NAME,
  HEADER_BIRTH_DATE,
  HEADER_CONTACT_PERSON,
  HEADER_PROGRAMME_NAME,
  HEADER_ORGANISATION,
  N_HEADER
};

struct _FfPlanPart
{
  GObject         parent_instance;

  gint64          id;
  FfPlanPartKind  kind;
  char           *values[FF_PLAN_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (FfPlanPart, ff_plan_part, G_TYPE_OBJECT)

struct _FfPlan
{
  GObject      parent_instance;

  gint64       id;
  char        *uuid;
  gint64       enrolment_id;
  gint64       participant_id;
  int          version;
  FfPlanState  state;
  char        *signed_date;
  char        *values[N_PLAN_FIELDS];
  char        *header[N_HEADER];
  GPtrArray   *parts[FF_PLAN_N_PART_KINDS];
  char        *next_review;
};

G_DEFINE_FINAL_TYPE (FfPlan, ff_plan, G_TYPE_OBJECT)

static void
ff_plan_part_finalize (GObject *object)
{
  FfPlanPart *self = FF_PLAN_PART (object);

  for (guint i = 0; i < FF_PLAN_N_FIELDS; i++)
    g_clear_pointer (&self->values[i], g_free);

  G_OBJECT_CLASS (ff_plan_part_parent_class)->finalize (object);
}

static void
ff_plan_part_class_init (FfPlanPartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ff_plan_part_finalize;
}

static void
ff_plan_part_init (FfPlanPart *self)
{
}

static void
ff_plan_finalize (GObject *object)
{
  FfPlan *self = FF_PLAN (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->signed_date, g_free);
  g_clear_pointer (&self->next_review, g_free);
  for (guint i = 0; i < N_PLAN_FIELDS; i++)
    g_clear_pointer (&self->values[i], g_free);
  for (guint i = 0; i < N_HEADER; i++)
    g_clear_pointer (&self->header[i], g_free);
  for (guint i = 0; i < FF_PLAN_N_PART_KINDS; i++)
    g_clear_pointer (&self->parts[i], g_ptr_array_unref);

  G_OBJECT_CLASS (ff_plan_parent_class)->finalize (object);
}

static void
ff_plan_class_init (FfPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ff_plan_finalize;
}

static void
ff_plan_init (FfPlan *self)
{
  for (guint i = 0; i < FF_PLAN_N_PART_KINDS; i++)
    self->parts[i] = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Keys and labels */

const char *
ff_plan_state_key (FfPlanState state)
{
  return state == FF_PLAN_STATE_SIGNED ? "signed" : "draft";
}

static int
index_of_key (const char * const *keys,
              int                 n_keys,
              const char         *key)
{
  if (key == NULL)
    return -1;

  for (int i = 0; i < n_keys; i++)
    {
      if (strcmp (keys[i], key) == 0)
        return i;
    }

  return -1;
}

/* The stable keys of a closed list of choices, their labels to translate, and the
 * choice an unknown key stands for. */
typedef struct
{
  const char * const *keys;
  const char * const *msgids;
  int                 n;
  int                 fallback;
} Choices;

static const Choices goals = { goal_keys, goal_msgids, FF_PLAN_N_GOALS, FF_PLAN_GOAL_NONE };
static const Choices kinds = { kind_keys, kind_msgids, FF_ACTIVITY_N_KINDS, FF_ACTIVITY_OTHER };
static const Choices statuses = { status_keys, status_msgids, FF_ACTIVITY_N_STATUSES,
                                  FF_ACTIVITY_PLANNED };

static const char *
choice_key (const Choices *choices,
            guint          i)
{
  g_return_val_if_fail (i < (guint) choices->n, choices->keys[choices->fallback]);

  return choices->keys[i];
}

static int
choice_from_key (const Choices *choices,
                 const char    *key)
{
  int i = index_of_key (choices->keys, choices->n, key);

  return i < 0 ? choices->fallback : i;
}

static const char *
choice_msgid (const Choices *choices,
              guint          i)
{
  g_return_val_if_fail (i < (guint) choices->n, "");

  return choices->msgids[i];
}

/* The translated label; "" for a choice without one (no goal chosen). */
static const char *
choice_label (const Choices *choices,
              guint          i)
{
  const char *msgid = choice_msgid (choices, i);

  return *msgid == '\0' ? "" : _(msgid);
}

const char *
ff_plan_goal_key (FfPlanGoal goal)
{
  return choice_key (&goals, goal);
}

FfPlanGoal
ff_plan_goal_from_key (const char *key)
{
  return (FfPlanGoal) choice_from_key (&goals, key);
}

const char *
ff_plan_goal_msgid (FfPlanGoal goal)
{
  return choice_msgid (&goals, goal);
}

const char *
ff_plan_goal_label (FfPlanGoal goal)
{
  return choice_label (&goals, goal);
}

const char *
ff_activity_kind_key (FfActivityKind kind)
{
  return choice_key (&kinds, kind);
}

FfActivityKind
ff_activity_kind_from_key (const char *key)
{
  return (FfActivityKind) choice_from_key (&kinds, key);
}

const char *
ff_activity_kind_msgid (FfActivityKind kind)
{
  return choice_msgid (&kinds, kind);
}

const char *
ff_activity_kind_label (FfActivityKind kind)
{
  return choice_label (&kinds, kind);
}

const char *
ff_activity_status_key (FfActivityStatus status)
{
  return choice_key (&statuses, status);
}

FfActivityStatus
ff_activity_status_from_key (const char *key)
{
  return (FfActivityStatus) choice_from_key (&statuses, key);
}

const char *
ff_activity_status_msgid (FfActivityStatus status)
{
  return choice_msgid (&statuses, status);
}

const char *
ff_activity_status_label (FfActivityStatus status)
{
  return choice_label (&statuses, status);
}

const char *
ff_plan_field_key (FfPlanField field)
{
  g_return_val_if_fail (field < FF_PLAN_N_FIELDS, NULL);

  return fields[field].key;
}

int
ff_plan_field_part_kind (FfPlanField field)
{
  g_return_val_if_fail (field < FF_PLAN_N_FIELDS, -1);

  return fields[field].part_kind;
}

/* Validation */

/* Hours per week as typed ("7,5", "7.5", "7") to minutes; -1 when not valid. */
static int
parse_hours (const char *text)
{
  int whole = 0;
  int tenths = 0;
  int digits = 0;
  const char *p = text;

  for (; g_ascii_isdigit (*p); p++)
    {
      if (++digits > 2)
        return -1;
      whole = whole * 10 + (*p - '0');
    }
  if (digits == 0)
    return -1;

  if (*p == ',' || *p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return -1;
      tenths = *p - '0';
      p++;
    }
  if (*p != '\0')
    return -1;

  if (whole * 10 + tenths > 600)
    return -1;

  return whole * 60 + tenths * 6;
}

/* Minutes per week as the normalised hours: "7.5", "7", "" for none. */
static char *
hours_from_minutes (gint64 minutes)
{
  if (minutes <= 0)
    return g_strdup ("");
  if (minutes % 60 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, minutes / 60);

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
                          minutes / 60, (minutes % 60) / 6);
}

static gboolean
check_key (const char * const *keys,
           int                 n_keys,
           const char         *text,
           char              **result)
{
  g_autofree char *folded = g_ascii_strdown (text, -1);

  if (index_of_key (keys, n_keys, folded) < 0)
    return FALSE;

  *result = g_steal_pointer (&folded);
  return TRUE;
}

gboolean
ff_plan_field_validate (FfPlanField   field,
                        const char   *value,
                        char        **normalized,
                        GError      **error)
{
  static const char * const levels[] = { "A1", "A2", "B1", "B2", "C1", "C2", NULL };
  g_autofree char *trimmed = NULL;
  g_autofree char *result = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (field < FF_PLAN_N_FIELDS, FALSE);

  trimmed = ff_validate_trim (value, error);
  if (trimmed == NULL)
    return FALSE;

  if (*trimmed == '\0')
    {
      switch (fields[field].check)
        {
        case CHECK_REQUIRED_DATE:
          g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                               _("Enter the date of the review."));
          return FALSE;
        case CHECK_LANGUAGE:
          g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                               _("Choose the language the plan is printed in."));
          return FALSE;
        case CHECK_ACTIVITY_KIND:
          result = g_strdup (kind_keys[FF_ACTIVITY_OTHER]);
          break;
        case CHECK_ACTIVITY_STATUS:
          result = g_strdup (status_keys[FF_ACTIVITY_PLANNED]);
          break;
        case CHECK_DONE:
          result = g_strdup ("0");
          break;
        default:
          result = g_strdup ("");
          break;
        }
      if (normalized != NULL)
        *normalized = g_steal_pointer (&result);
      return TRUE;
    }

  switch (fields[field].check)
    {
    case CHECK_LINE:
      result = ff_text_one_line (trimmed);
      break;
    case CHECK_LINES:
      result = ff_text_lines (trimmed);
      break;
    case CHECK_DATE:
    case CHECK_REQUIRED_DATE:
      ok = ff_validate_date (trimmed, FF_DATE_ANY, &result, error);
      break;
    case CHECK_GOAL:
      ok = check_key (goal_keys, FF_PLAN_N_GOALS, trimmed, &result);
      if (!ok)
        g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                             _("Choose work, education, own business or other as the "
                               "long-term goal."));
      break;
    case CHECK_CEFR:
      {
        g_autofree char *upper = g_ascii_strup (trimmed, -1);

        ok = g_strv_contains (levels, upper);
        if (ok)
          result = g_steal_pointer (&upper);
        else
          g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                               /* Translators: the levels of the Common European
                                * Framework of Reference for languages */
                               _("Choose a level from A1 to C2, or leave it empty."));
      }
      break;
    case CHECK_LANGUAGE:
    case CHECK_SECOND_LANGUAGE:
      ok = check_key (languages, G_N_ELEMENTS (languages) - 1, trimmed, &result);
      if (!ok)
        g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                             /* Translators: "nb", "nn", "uk" and "en" are codes to
                              * keep as they are */
                             _("Choose Norwegian Bokmål (nb), Norwegian Nynorsk (nn), "
                               "Ukrainian (uk) or English (en)."));
      break;
    case CHECK_ACTIVITY_KIND:
      ok = check_key (kind_keys, FF_ACTIVITY_N_KINDS, trimmed, &result);
      if (!ok)
        g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                             _("Choose the kind of activity from the list."));
      break;
    case CHECK_ACTIVITY_STATUS:
      ok = check_key (status_keys, FF_ACTIVITY_N_STATUSES, trimmed, &result);
      if (!ok)
        g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                             _("Choose planned, ongoing, done or cancelled."));
      break;
    case CHECK_HOURS:
      {
        int minutes = parse_hours (trimmed);

        ok = minutes >= 0;
        if (ok)
          result = hours_from_minutes (minutes);
        else
          g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                               /* Translators: keep the decimal comma of your
                                * language in the example */
                               _("Type the hours per week as a number from 0 to 60 "
                                 "with at most one decimal, such as 7,5."));
      }
      break;
    case CHECK_DONE:
      ok = strcmp (trimmed, "0") == 0 || strcmp (trimmed, "1") == 0;
      if (ok)
        result = g_strdup (trimmed);
      else
        g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                             _("A review is either held or not yet held."));
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    return FALSE;

  if (normalized != NULL)
    *normalized = g_steal_pointer (&result);
  return TRUE;
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
                      gboolean    decimal_comma)
{
  char *text = g_strdup (hours != NULL ? hours : "");

  if (decimal_comma)
    g_strdelimit (text, ".", ',');

  return text;
}

/* Reading */

static const char *
plan_not_found_message (void)
{
  return _("The plan no longer exists. Reload the participant.");
}

static const char *
part_not_found_message (void)
{
  return _("This part of the plan no longer exists. Reload the plan.");
}

static gboolean
set_signed_error (GError **error)
{
  g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                       _("This version is signed and cannot be changed."));
  return FALSE;
}

/* "SELECT <plan columns and header> FROM plan …", built once from the field table:
 * a signed version's header as it was frozen, a draft's from the records. */
static const char *
select_plan_sql (void)
{
  static gsize sql = 0;

  if (g_once_init_enter (&sql))
    {
      static const char * const header[N_HEADER][2] = {
        { "participant_name", "trim (pa.given_name || ' ' || pa.family_name)" },
        { "native_name", "pa.native_name" },
        { "birth_date", "pa.birth_date" },
        { "contact_person", "pa.contact_person" },
        { "programme_name", "pr.name" },
        { "organisation", "pr.organisation" },
      };
      GString *s = g_string_new ("SELECT pl.id, pl.uuid, pl.enrolment_id, e.participant_id,"
                                 " pl.version, pl.state, pl.signed_date");

      for (guint i = 0; i < N_PLAN_FIELDS; i++)
        g_string_append_printf (s, ", pl.%s", fields[i].column);
      for (guint i = 0; i < N_HEADER; i++)
        g_string_append_printf (s, ", CASE WHEN pl.state = 'signed' THEN pl.%s ELSE %s END",
                                header[i][0], header[i][1]);
      g_string_append (s, " FROM plan pl"
                          " JOIN enrolment e ON e.id = pl.enrolment_id"
                          " JOIN participant pa ON pa.id = e.participant_id"
                          " JOIN programme pr ON pr.id = e.programme_id"
                          " WHERE pl.deleted_at IS NULL");

      g_once_init_leave (&sql, (gsize) g_string_free (s, FALSE));
    }

  return (const char *) sql;
}

#define FIRST_PLAN_FIELD_COLUMN 7

static FfPlan *
plan_from_row (sqlite3_stmt *stmt)
{
  FfPlan *self = g_object_new (FF_TYPE_PLAN, NULL);
  int column = FIRST_PLAN_FIELD_COLUMN;

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (ff_store_column_text (stmt, 1));
  self->enrolment_id = sqlite3_column_int64 (stmt, 2);
  self->participant_id = sqlite3_column_int64 (stmt, 3);
  self->version = sqlite3_column_int (stmt, 4);
  self->state = strcmp (ff_store_column_text (stmt, 5), "signed") == 0
                ? FF_PLAN_STATE_SIGNED : FF_PLAN_STATE_DRAFT;
  self->signed_date = g_strdup (ff_store_column_text (stmt, 6));
  for (guint i = 0; i < N_PLAN_FIELDS; i++)
    self->values[i] = g_strdup (ff_store_column_text (stmt, column++));
  for (guint i = 0; i < N_HEADER; i++)
    self->header[i] = g_strdup (ff_store_column_text (stmt, column++));
  self->next_review = g_strdup ("");

  return self;
}

/* "SELECT id, <columns> FROM <table> WHERE plan_id = ?1 AND deleted_at IS NULL
 * ORDER BY position, id" for each kind of part, built once. */
static const char *
select_parts_sql (FfPlanPartKind kind)
{
  static gsize sql[FF_PLAN_N_PART_KINDS];

  if (g_once_init_enter (&sql[kind]))
    {
      GString *s = g_string_new ("SELECT id");

      for (FfPlanField f = part_fields[kind][0]; f < part_fields[kind][1]; f++)
        g_string_append_printf (s, ", %s", fields[f].column);
      g_string_append_printf (s, " FROM %s WHERE plan_id = ?1 AND deleted_at IS NULL"
                                 " ORDER BY position, id", part_tables[kind]);

      g_once_init_leave (&sql[kind], (gsize) g_string_free (s, FALSE));
    }

  return (const char *) sql[kind];
}

static gboolean
load_parts (FfStore         *store,
            FfPlan          *plan,
            FfPlanPartKind   kind,
            GError         **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  int rc;

  stmt = ff_store_prepare (store, select_parts_sql (kind), error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, plan->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfPlanPart *part = g_object_new (FF_TYPE_PLAN_PART, NULL);
      int column = 1;

      part->id = sqlite3_column_int64 (stmt, 0);
      part->kind = kind;
      for (FfPlanField f = part_fields[kind][0]; f < part_fields[kind][1]; f++, column++)
        {
          if (f == FF_PLAN_FIELD_ACTIVITY_HOURS)
            part->values[f] = hours_from_minutes (sqlite3_column_int64 (stmt, column));
          else
            part->values[f] = g_strdup (ff_store_column_text (stmt, column));
        }
      g_ptr_array_add (plan->parts[kind], part);

      if (kind == FF_PLAN_PART_REVIEW &&
          strcmp (part->values[FF_PLAN_FIELD_REVIEW_DONE], "1") != 0 &&
          (*plan->next_review == '\0' ||
           strcmp (part->values[FF_PLAN_FIELD_REVIEW_DATE], plan->next_review) < 0))
        {
          g_free (plan->next_review);
          plan->next_review = g_strdup (part->values[FF_PLAN_FIELD_REVIEW_DATE]);
        }
    }
  if (rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);

  return TRUE;
}

FfPlan *
ff_plan_load (FfStore  *store,
              gint64    plan_id,
              GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(FfPlan) plan = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  sql = g_strconcat (select_plan_sql (), " AND pl.id = ?1", NULL);
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (!ff_store_step_row (store, stmt, plan_not_found_message (), error))
    return NULL;

  plan = plan_from_row (stmt);
  sqlite3_reset (stmt);

  for (guint kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
    {
      if (!load_parts (store, plan, kind, error))
        return NULL;
    }

  return g_steal_pointer (&plan);
}

GPtrArray *
ff_plan_list_versions (FfStore  *store,
                       gint64    enrolment_id,
                       GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autofree char *sql = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  sql = g_strconcat (select_plan_sql (), " AND pl.enrolment_id = ?1 ORDER BY pl.version DESC",
                     NULL);
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, enrolment_id);
  result = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (result, plan_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}

gint64
ff_plan_find_draft (FfStore  *store,
                    gint64    enrolment_id,
                    GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  stmt = ff_store_prepare (store,
                           "SELECT id FROM plan WHERE enrolment_id = ?1"
                           " AND state = 'draft' AND deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, enrolment_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    ff_store_set_sqlite_error (store, error);

  return 0;
}

gint64
ff_plan_find_for_participant (FfStore  *store,
                              gint64    participant_id,
                              GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *id_text = NULL;
  g_autofree char *not_found = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  /* The enrolments most recently changed first, as for the participant's status. */
  stmt = ff_store_prepare (store,
                           "SELECT trim (pa.given_name || ' ' || pa.family_name),"
                           " pa.native_name,"
                           " (SELECT pl.id FROM enrolment e"
                           "  JOIN plan pl ON pl.enrolment_id = e.id"
                           "   AND pl.state = 'draft' AND pl.deleted_at IS NULL"
                           "  WHERE e.participant_id = pa.id AND e.deleted_at IS NULL"
                           "  ORDER BY e.status_date DESC,"
                           "  (SELECT max (s.id) FROM enrolment_status s"
                           "   WHERE s.enrolment_id = e.id) DESC,"
                           "  e.id DESC LIMIT 1)"
                           " FROM participant pa WHERE pa.id = ?1 AND pa.deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, participant_id);
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, participant_id);
  /* Translators: %s is the number that "list participants" shows */
  not_found = g_strdup_printf (_("There is no participant with the id %s."), id_text);
  if (!ff_store_step_row (store, stmt, not_found, error))
    return 0;

  if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
    {
      const char *name = ff_store_column_text (stmt, 0);

      if (*name == '\0')
        name = ff_store_column_text (stmt, 1);
      g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is a participant's name */
                   _("%s has no individual plan yet."), name);
      return 0;
    }

  return sqlite3_column_int64 (stmt, 2);
}

gint64
ff_plan_find_version (FfStore  *store,
                      gint64    plan_id,
                      int       version,
                      GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *not_found = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  stmt = ff_store_prepare (store,
                           "SELECT other.id FROM plan this"
                           " JOIN plan other ON other.enrolment_id = this.enrolment_id"
                           " WHERE this.id = ?1 AND other.version = ?2"
                           " AND other.deleted_at IS NULL",
                           error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int (stmt, 2, version);
  /* Translators: %d is a version number of a plan */
  not_found = g_strdup_printf (_("The plan has no version %d."), version);
  if (!ff_store_step_row (store, stmt, not_found, error))
    return 0;

  return sqlite3_column_int64 (stmt, 0);
}

/* Writing */

/* The table of a row of @kind: a kind of part, or -1 for the plan itself. */
static const char *
row_table (int kind)
{
  return kind < 0 ? "plan" : part_tables[kind];
}

/* The fields of the period a row of @kind (-1: the plan) keeps in order, and what to
 * say when it ends before it begins; FALSE for a row with no period. */
static gboolean
row_period (int           kind,
            FfPlanField  *start,
            FfPlanField  *end,
            const char  **message)
{
  if (kind < 0)
    {
      *start = FF_PLAN_FIELD_PERIOD_START;
      *end = FF_PLAN_FIELD_PERIOD_END;
      *message = _("The agreement period ends before it begins. Check both dates.");
      return TRUE;
    }
  if (kind == FF_PLAN_PART_ACTIVITY)
    {
      *start = FF_PLAN_FIELD_ACTIVITY_START;
      *end = FF_PLAN_FIELD_ACTIVITY_END;
      *message = _("The activity ends before it begins. Check both dates.");
      return TRUE;
    }

  return FALSE;
}

/* The state of the plan, or of a part, as a write inside the caller's transaction
 * needs it. */
typedef struct
{
  char     *uuid;
  gint64    plan_id;
  gboolean  deleted;
  char     *old_value;
  char     *start;
  char     *end;
} Row;

static void
row_clear (Row *row)
{
  g_free (row->uuid);
  g_free (row->old_value);
  g_free (row->start);
  g_free (row->end);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Row, row_clear)

/* ", x.<column of @field>", or ", ''" for FF_PLAN_N_FIELDS. */
static void
append_row_column (GString     *sql,
                   FfPlanField  field)
{
  if (field < FF_PLAN_N_FIELDS)
    g_string_append_printf (sql, ", x.%s", fields[field].column);
  else
    g_string_append (sql, ", ''");
}

/* Reads row @id of @kind (-1: a plan; otherwise a part) of a draft; a signed version
 * fails, and so does a removed row unless @include_deleted. @field may be
 * FF_PLAN_N_FIELDS when no field's value is wanted. */
static gboolean
read_row (FfStore      *store,
          int           kind,
          gint64        id,
          FfPlanField   field,
          gboolean      include_deleted,
          Row          *row,
          GError      **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  const char *not_found = kind < 0 ? plan_not_found_message () : part_not_found_message ();
  FfPlanField start = FF_PLAN_N_FIELDS;
  FfPlanField end = FF_PLAN_N_FIELDS;
  const char *message;

  row_period (kind, &start, &end, &message);

  /* Column and table names come from the static tables only; values are bound. */
  sql = g_string_new ("SELECT x.uuid, pl.id, x.deleted_at IS NOT NULL, pl.state = 'signed'");
  append_row_column (sql, start);
  append_row_column (sql, end);
  append_row_column (sql, field);
  g_string_append_printf (sql, " FROM %s x JOIN plan pl ON pl.id = x.%s WHERE x.id = ?1",
                          row_table (kind), kind < 0 ? "id" : "plan_id");
  stmt = ff_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!ff_store_step_row (store, stmt, not_found, error))
    return FALSE;

  row->deleted = sqlite3_column_int (stmt, 2) != 0;
  if (row->deleted && !include_deleted)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  if (sqlite3_column_int (stmt, 3) != 0)
    return set_signed_error (error);

  row->uuid = g_strdup (ff_store_column_text (stmt, 0));
  row->plan_id = sqlite3_column_int64 (stmt, 1);
  row->start = g_strdup (ff_store_column_text (stmt, 4));
  row->end = g_strdup (ff_store_column_text (stmt, 5));
  if (field == FF_PLAN_FIELD_ACTIVITY_HOURS)
    row->old_value = hours_from_minutes (sqlite3_column_int64 (stmt, 6));
  else
    row->old_value = g_strdup (ff_store_column_text (stmt, 6));

  return TRUE;
}

/* An end date before its start, when both are known. */
static gboolean
check_period (const char  *start,
              const char  *end,
              const char  *message,
              GError     **error)
{
  if (*start == '\0' || *end == '\0' || strcmp (start, end) <= 0)
    return TRUE;

  g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE, message);
  return FALSE;
}

static gboolean
touch_plan (FfStore     *store,
            gint64       plan_id,
            const char  *now,
            GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  stmt = ff_store_prepare (store, "UPDATE plan SET updated_at = ?1 WHERE id = ?2", error);
  if (stmt == NULL)
    return FALSE;

  ff_store_bind_text (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, plan_id);

  return ff_store_step_done (store, stmt, error);
}

/* Ends a change of row @row_uuid of @kind (-1: the plan) of plan @plan_id: its audit
 * row, the commit, and ::changed for the plan, which is what a window shows. */
static gboolean
commit_change (FfStore      *store,
               int           kind,
               gint64        plan_id,
               const char   *row_uuid,
               const char   *field,
               const char   *old_value,
               const char   *new_value,
               GError      **error)
{
  if (!ff_store_audit (store, row_table (kind), row_uuid, field, old_value, new_value,
                       error) ||
      !ff_store_commit (store, error))
    return FALSE;

  ff_store_emit_changed (store, "plan", plan_id);
  return TRUE;
}

/* Writes @field of row @id, the plan or a part as the field says, in its own
 * transaction. */
static gboolean
set_value (FfStore      *store,
           gint64        id,
           FfPlanField   field,
           const char   *value,
           GError      **error)
{
  int kind = fields[field].part_kind;
  g_auto(Row) row = { 0 };
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *now = NULL;
  g_autofree char *sql = NULL;
  FfPlanField start;
  FfPlanField end;
  const char *message;

  if (!ff_plan_field_validate (field, value, &normalized, error))
    return FALSE;

  if (!ff_store_begin (store, error))
    return FALSE;

  if (!read_row (store, kind, id, field, FALSE, &row, error))
    goto fail;

  if (strcmp (row.old_value, normalized) == 0)
    {
      ff_store_rollback (store);
      return TRUE;
    }

  if (row_period (kind, &start, &end, &message) && (field == start || field == end) &&
      !check_period (field == start ? normalized : row.start,
                     field == end ? normalized : row.end, message, error))
    goto fail;

  now = ff_store_now ();
  sql = g_strconcat ("UPDATE ", row_table (kind), " SET ", fields[field].column,
                     " = ?1, updated_at = ?2 WHERE id = ?3", NULL);
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    goto fail;

  if (field == FF_PLAN_FIELD_ACTIVITY_HOURS)
    sqlite3_bind_int (stmt, 1, *normalized == '\0' ? 0 : parse_hours (normalized));
  else if (field == FF_PLAN_FIELD_REVIEW_DONE)
    sqlite3_bind_int (stmt, 1, strcmp (normalized, "1") == 0);
  else
    ff_store_bind_text (stmt, 1, normalized);
  ff_store_bind_text (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, id);

  /* A part's change is a change of its plan too. */
  if (!ff_store_step_done (store, stmt, error) ||
      (kind >= 0 && !touch_plan (store, row.plan_id, now, error)) ||
      !commit_change (store, kind, row.plan_id, row.uuid, fields[field].key,
                      row.old_value, normalized, error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

gboolean
ff_plan_set_field (FfStore      *store,
                   gint64        plan_id,
                   FfPlanField   field,
                   const char   *value,
                   GError      **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (field < FF_PLAN_N_FIELDS, FALSE);
  g_return_val_if_fail (fields[field].part_kind == -1, FALSE);

  return set_value (store, plan_id, field, value, error);
}

gboolean
ff_plan_set_part_field (FfStore      *store,
                        gint64        part_id,
                        FfPlanField   field,
                        const char   *value,
                        GError      **error)
{
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (field < FF_PLAN_N_FIELDS, FALSE);
  g_return_val_if_fail (fields[field].part_kind >= 0, FALSE);

  return set_value (store, part_id, field, value, error);
}

gint64
ff_plan_add_part (FfStore         *store,
                  gint64           plan_id,
                  FfPlanPartKind   kind,
                  const char      *date,
                  GError         **error)
{
  g_auto(Row) row = { 0 };
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *clean_date = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  g_autofree char *sql = NULL;
  gboolean review = kind == FF_PLAN_PART_REVIEW;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);
  g_return_val_if_fail (kind < FF_PLAN_N_PART_KINDS, 0);

  if (review &&
      !ff_plan_field_validate (FF_PLAN_FIELD_REVIEW_DATE, date, &clean_date, error))
    return 0;

  if (!ff_store_begin (store, error))
    return 0;

  if (!read_row (store, -1, plan_id, FF_PLAN_N_FIELDS, FALSE, &row, error))
    goto fail;

  /* Every part, removed ones too, keeps its place: one restored comes back where
   * it was. A review is never without its date. */
  sql = g_strconcat ("INSERT INTO ", part_tables[kind],
                     " (uuid, created_at, updated_at, plan_id, position",
                     review ? ", date" : "", ")"
                     " SELECT ?1, ?2, ?2, ?3, coalesce (max (position) + 1, 0)",
                     review ? ", ?4" : "",
                     " FROM ", part_tables[kind], " WHERE plan_id = ?3", NULL);
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    goto fail;

  uuid = ff_store_new_uuid ();
  now = ff_store_now ();
  ff_store_bind_text (stmt, 1, uuid);
  ff_store_bind_text (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, plan_id);
  if (review)
    ff_store_bind_text (stmt, 4, clean_date);

  if (!ff_store_step_done (store, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (ff_store_get_db (store));

  if (!touch_plan (store, plan_id, now, error) ||
      !commit_change (store, kind, plan_id, uuid, NULL, NULL, "created", error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

static gboolean
set_part_deleted (FfStore         *store,
                  FfPlanPartKind   kind,
                  gint64           part_id,
                  gboolean         delete,
                  GError         **error)
{
  g_auto(Row) row = { 0 };
  g_autofree char *now = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind < FF_PLAN_N_PART_KINDS, FALSE);

  if (!ff_store_begin (store, error))
    return FALSE;

  if (!read_row (store, kind, part_id, FF_PLAN_N_FIELDS, TRUE, &row, error))
    goto fail;

  if (row.deleted == delete)
    {
      ff_store_rollback (store);
      return TRUE;
    }

  now = ff_store_now ();
  if (!ff_store_set_deleted (store, part_tables[kind], part_id, delete, now, error) ||
      !touch_plan (store, row.plan_id, now, error) ||
      !commit_change (store, kind, row.plan_id, row.uuid, NULL, NULL,
                      delete ? "deleted" : "restored", error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

gboolean
ff_plan_remove_part (FfStore         *store,
                     FfPlanPartKind   kind,
                     gint64           part_id,
                     GError         **error)
{
  return set_part_deleted (store, kind, part_id, TRUE, error);
}

gboolean
ff_plan_restore_part (FfStore         *store,
                      FfPlanPartKind   kind,
                      gint64           part_id,
                      GError         **error)
{
  return set_part_deleted (store, kind, part_id, FALSE, error);
}

gint64
ff_plan_create (FfStore  *store,
                gint64    enrolment_id,
                GError  **error)
{
  g_auto(FfStoreStmt) read = NULL;
  g_auto(FfStoreStmt) insert = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  const char *second_language;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  if (!ff_store_begin (store, error))
    return 0;

  read = ff_store_prepare (store,
                           "SELECT pa.languages, pa.country,"
                           " EXISTS (SELECT 1 FROM plan pl"
                           "  WHERE pl.enrolment_id = e.id AND pl.deleted_at IS NULL)"
                           " FROM enrolment e JOIN participant pa ON pa.id = e.participant_id"
                           " WHERE e.id = ?1 AND e.deleted_at IS NULL"
                           " AND pa.deleted_at IS NULL",
                           error);
  if (read == NULL)
    goto fail;

  sqlite3_bind_int64 (read, 1, enrolment_id);
  if (!ff_store_step_row (store, read,
                          _("The participant's enrolment no longer exists. Reload the "
                            "participant."),
                          error))
    goto fail;

  if (sqlite3_column_int (read, 2) != 0)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                           _("This enrolment already has an individual plan."));
      goto fail;
    }

  second_language = ff_plan_language_for_participant (ff_store_column_text (read, 0),
                                                      ff_store_column_text (read, 1));

  uuid = ff_store_new_uuid ();
  now = ff_store_now ();
  insert = ff_store_prepare (store,
                             "INSERT INTO plan (uuid, created_at, updated_at, enrolment_id,"
                             " version, state, language, second_language)"
                             " VALUES (?1, ?2, ?2, ?3, 1, 'draft', 'nb', ?4)",
                             error);
  if (insert == NULL)
    goto fail;

  ff_store_bind_text (insert, 1, uuid);
  ff_store_bind_text (insert, 2, now);
  sqlite3_bind_int64 (insert, 3, enrolment_id);
  ff_store_bind_text (insert, 4, second_language);
  sqlite3_reset (read);

  if (!ff_store_step_done (store, insert, error))
    goto fail;
  id = sqlite3_last_insert_rowid (ff_store_get_db (store));

  if (!ff_store_commit_audited (store, "plan", id, uuid, NULL, NULL, "created", error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

/* "INSERT INTO <table> (uuid, created_at, updated_at, plan_id, position, <columns>)
 * SELECT ?1, ?2, ?2, ?3, position, <columns> FROM <table> WHERE id = ?4", built
 * once for each kind of part. */
static const char *
copy_part_sql (FfPlanPartKind kind)
{
  static gsize sql[FF_PLAN_N_PART_KINDS];

  if (g_once_init_enter (&sql[kind]))
    {
      g_autoptr(GString) columns = g_string_new ("position");
      GString *s;

      for (FfPlanField f = part_fields[kind][0]; f < part_fields[kind][1]; f++)
        g_string_append_printf (columns, ", %s", fields[f].column);
      s = g_string_new (NULL);
      g_string_append_printf (s, "INSERT INTO %s (uuid, created_at, updated_at, plan_id, %s)"
                                 " SELECT ?1, ?2, ?2, ?3, %s FROM %s WHERE id = ?4",
                              part_tables[kind], columns->str, columns->str,
                              part_tables[kind]);

      g_once_init_leave (&sql[kind], (gsize) g_string_free (s, FALSE));
    }

  return (const char *) sql[kind];
}

/* Copies the parts of @from (not removed ones) to @to, in their order, with new
 * UUIDs and an audit row each. */
static gboolean
copy_parts (FfStore         *store,
            FfPlanPartKind   kind,
            gint64           from,
            gint64           to,
            const char      *now,
            GError         **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *sql = NULL;
  int rc;

  {
    g_auto(FfStoreStmt) list = NULL;

    sql = g_strconcat ("SELECT id FROM ", part_tables[kind],
                       " WHERE plan_id = ?1 AND deleted_at IS NULL ORDER BY position, id",
                       NULL);
    list = ff_store_prepare (store, sql, error);
    if (list == NULL)
      return FALSE;

    sqlite3_bind_int64 (list, 1, from);
    while ((rc = sqlite3_step (list)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (list, 0);

        g_array_append_val (ids, id);
      }
    if (rc != SQLITE_DONE)
      return ff_store_set_sqlite_error (store, error);
  }

  for (guint i = 0; i < ids->len; i++)
    {
      g_auto(FfStoreStmt) copy = NULL;
      g_autofree char *uuid = ff_store_new_uuid ();

      copy = ff_store_prepare (store, copy_part_sql (kind), error);
      if (copy == NULL)
        return FALSE;

      ff_store_bind_text (copy, 1, uuid);
      ff_store_bind_text (copy, 2, now);
      sqlite3_bind_int64 (copy, 3, to);
      sqlite3_bind_int64 (copy, 4, g_array_index (ids, gint64, i));
      if (!ff_store_step_done (store, copy, error) ||
          !ff_store_audit (store, part_tables[kind], uuid, NULL, NULL, "created", error))
        return FALSE;
    }

  return TRUE;
}

/* "INSERT INTO plan (uuid, created_at, updated_at, enrolment_id, version, state,
 * <plan fields>) SELECT ?1, ?2, ?2, enrolment_id, version + 1, 'draft', <plan
 * fields> FROM plan WHERE id = ?3", built once. */
static const char *
next_draft_sql (void)
{
  static gsize sql = 0;

  if (g_once_init_enter (&sql))
    {
      g_autoptr(GString) columns = g_string_new (NULL);
      GString *s;

      for (guint i = 0; i < N_PLAN_FIELDS; i++)
        g_string_append_printf (columns, ", %s", fields[i].column);
      s = g_string_new (NULL);
      g_string_append_printf (s, "INSERT INTO plan (uuid, created_at, updated_at,"
                                 " enrolment_id, version, state%s)"
                                 " SELECT ?1, ?2, ?2, enrolment_id, version + 1, 'draft'%s"
                                 " FROM plan WHERE id = ?3",
                              columns->str, columns->str);

      g_once_init_leave (&sql, (gsize) g_string_free (s, FALSE));
    }

  return (const char *) sql;
}

gboolean
ff_plan_freeze (FfStore     *store,
                gint64       plan_id,
                const char  *signed_date,
                const char  *now,
                GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  stmt = ff_store_prepare (store,
                           "UPDATE plan SET state = 'signed', signed_date = ?2,"
                           " updated_at = ?3,"
                           " (participant_name, native_name, birth_date, contact_person,"
                           "  programme_name, organisation) ="
                           " (SELECT trim (pa.given_name || ' ' || pa.family_name),"
                           "  pa.native_name, pa.birth_date, pa.contact_person,"
                           "  pr.name, pr.organisation"
                           "  FROM enrolment e"
                           "  JOIN participant pa ON pa.id = e.participant_id"
                           "  JOIN programme pr ON pr.id = e.programme_id"
                           "  WHERE e.id = plan.enrolment_id)"
                           " WHERE id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, plan_id);
  ff_store_bind_text (stmt, 2, signed_date);
  ff_store_bind_text (stmt, 3, now);

  return ff_store_step_done (store, stmt, error);
}

gint64
ff_plan_sign (FfStore     *store,
              gint64       plan_id,
              const char  *date,
              GError     **error)
{
  g_auto(Row) row = { 0 };
  g_autofree char *clean_date = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  if (date == NULL || *date == '\0')
    {
      g_autoptr(GDateTime) today = g_date_time_new_now_local ();

      clean_date = g_date_time_format (today, "%Y-%m-%d");
    }
  else if (!ff_validate_date (date, FF_DATE_ANY, &clean_date, error))
    {
      return 0;
    }

  if (!ff_store_begin (store, error))
    return 0;

  if (!read_row (store, -1, plan_id, FF_PLAN_N_FIELDS, FALSE, &row, error))
    goto fail;

  now = ff_store_now ();

  if (!ff_plan_freeze (store, plan_id, clean_date, now, error) ||
      !ff_store_audit (store, "plan", row.uuid, "state", "draft", "signed", error) ||
      !ff_store_audit (store, "plan", row.uuid, "signed_date", "", clean_date, error))
    goto fail;

  {
    g_auto(FfStoreStmt) next = NULL;

    next = ff_store_prepare (store, next_draft_sql (), error);
    if (next == NULL)
      goto fail;

    uuid = ff_store_new_uuid ();
    ff_store_bind_text (next, 1, uuid);
    ff_store_bind_text (next, 2, now);
    sqlite3_bind_int64 (next, 3, plan_id);
    if (!ff_store_step_done (store, next, error))
      goto fail;
    id = sqlite3_last_insert_rowid (ff_store_get_db (store));
  }

  if (!ff_store_audit (store, "plan", uuid, NULL, NULL, "created", error))
    goto fail;

  for (guint kind = 0; kind < FF_PLAN_N_PART_KINDS; kind++)
    {
      if (!copy_parts (store, kind, plan_id, id, now, error))
        goto fail;
    }

  if (!ff_store_commit (store, error))
    goto fail;

  ff_store_emit_changed (store, "plan", plan_id);
  ff_store_emit_changed (store, "plan", id);
  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

/* Getters */

gint64
ff_plan_get_id (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), 0);

  return self->id;
}

const char *
ff_plan_get_uuid (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), NULL);

  return self->uuid;
}

gint64
ff_plan_get_enrolment_id (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), 0);

  return self->enrolment_id;
}

gint64
ff_plan_get_participant_id (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), 0);

  return self->participant_id;
}

int
ff_plan_get_version (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), 0);

  return self->version;
}

FfPlanState
ff_plan_get_state (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), FF_PLAN_STATE_DRAFT);

  return self->state;
}

const char *
ff_plan_get_signed_date (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");

  return self->state == FF_PLAN_STATE_SIGNED ? self->signed_date : "";
}

const char *
ff_plan_get_field (FfPlan      *self,
                   FfPlanField  field)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");
  g_return_val_if_fail (field < N_PLAN_FIELDS, "");

  return self->values[field] != NULL ? self->values[field] : "";
}

const char *
ff_plan_get_participant_name (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");

  return self->header[HEADER_PARTICIPANT_NAME];
}

const char *
ff_plan_get_native_name (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");

  return self->header[HEADER_NATIVE_NAME];
}

const char *
ff_plan_get_birth_date (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");

  return self->header[HEADER_BIRTH_DATE];
}

const char *
ff_plan_get_contact_person (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");

  return self->header[HEADER_CONTACT_PERSON];
}

const char *
ff_plan_get_programme_name (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");

  return self->header[HEADER_PROGRAMME_NAME];
}

const char *
ff_plan_get_organisation (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");

  return self->header[HEADER_ORGANISATION];
}

GPtrArray *
ff_plan_get_parts (FfPlan         *self,
                   FfPlanPartKind  kind)
{
  g_return_val_if_fail (FF_IS_PLAN (self), NULL);
  g_return_val_if_fail (kind < FF_PLAN_N_PART_KINDS, NULL);

  return self->parts[kind];
}

const char *
ff_plan_get_next_review (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");

  return self->next_review;
}

gint64
ff_plan_part_get_id (FfPlanPart *self)
{
  g_return_val_if_fail (FF_IS_PLAN_PART (self), 0);

  return self->id;
}

FfPlanPartKind
ff_plan_part_get_kind (FfPlanPart *self)
{
  g_return_val_if_fail (FF_IS_PLAN_PART (self), FF_PLAN_PART_SUBGOAL);

  return self->kind;
}

const char *
ff_plan_part_get_field (FfPlanPart  *self,
                        FfPlanField  field)
{
  g_return_val_if_fail (FF_IS_PLAN_PART (self), "");
  g_return_val_if_fail (field < FF_PLAN_N_FIELDS, "");

  return self->values[field] != NULL ? self->values[field] : "";
}
