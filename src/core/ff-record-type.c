/* ff-record-type.c — a kind of record as described: its fields, their checks, and
 * how their values are stored and shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-basic-amount.h"
#include "ff-business-plan.h"
#include "ff-course.h"
#include "ff-employer.h"
#include "ff-enrolment.h"
#include "ff-follow-up.h"
#include "ff-format.h"
#include "ff-job-log.h"
#include "ff-mentor.h"
#include "ff-outcome.h"
#include "ff-participant.h"
#include "ff-placement.h"
#include "ff-plan.h"
#include "ff-programme.h"
#include "ff-record-private.h"
#include "ff-store-private.h"
#include "ff-text.h"
#include "ff-validate.h"

/* Description */

/* Every kind of record, and every record a kind holds: what is named by its table
 * outside the program (a file of unsaved edits) is found here. */
static const FfRecordType * const all_types[] = {
  &ff_programme_type,
  &ff_participant_type,
  &ff_enrolment_type,
  &ff_plan_type,
  &ff_plan_part_types[FF_PLAN_PART_SUBGOAL],
  &ff_plan_part_types[FF_PLAN_PART_ACTIVITY],
  &ff_plan_part_types[FF_PLAN_PART_REVIEW],
  &ff_employer_type,
  &ff_job_application_type,
  &ff_job_target_type,
  &ff_business_plan_type,
  &ff_business_part_types[FF_BUSINESS_PART_CHECKLIST],
  &ff_business_part_types[FF_BUSINESS_PART_STARTUP],
  &ff_business_part_types[FF_BUSINESS_PART_FINANCING],
  &ff_business_part_types[FF_BUSINESS_PART_BUDGET],
  &ff_business_part_types[FF_BUSINESS_PART_MILESTONE],
  &ff_business_part_types[FF_BUSINESS_PART_FEEDBACK],
  &ff_business_part_types[FF_BUSINESS_PART_MARK],
  &ff_course_type,
  &ff_course_part_types[FF_COURSE_PART_PARTICIPANT],
  &ff_course_part_types[FF_COURSE_PART_SESSION],
  &ff_course_part_types[FF_COURSE_PART_MARK],
  &ff_basic_amount_type,
  &ff_mentor_type,
  &ff_match_type,
  &ff_meeting_type,
  &ff_placement_type,
  &ff_placement_note_type,
  &ff_placement_agreement_type,
  &ff_follow_up_type,
  &ff_action_type,
  &ff_outcome_type,
};

const FfRecordType *
ff_record_type_find (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (all_types); i++)
    {
      if (g_strcmp0 (all_types[i]->table, table) == 0)
        return all_types[i];
    }

  return NULL;
}

const char *
ff_record_type_column (const FfRecordType *type,
                       guint               field)
{
  g_return_val_if_fail (field < type->n_fields, NULL);

  return type->fields[field].column != NULL ? type->fields[field].column
                                            : type->fields[field].key;
}

int
ff_record_type_find_field (const FfRecordType *type,
                           const char         *key)
{
  for (guint i = 0; i < type->n_fields; i++)
    {
      if (g_strcmp0 (type->fields[i].key, key) == 0)
        return (int) i;
    }

  return -1;
}

void
ff_record_bind_value (sqlite3_stmt  *stmt,
                      int            index,
                      const FfField *field,
                      const char    *value)
{
  switch (field->check)
    {
    case FF_CHECK_HOURS:
      sqlite3_bind_int64 (stmt, index, ff_hours_to_minutes (value));
      break;
    case FF_CHECK_DURATION:
      sqlite3_bind_int64 (stmt, index, ff_duration_to_hundredths (value));
      break;
    case FF_CHECK_FLAG:
      sqlite3_bind_int (stmt, index, g_strcmp0 (value, "1") == 0);
      break;
    case FF_CHECK_MONEY:
    case FF_CHECK_AMOUNT:
    case FF_CHECK_PERCENT:
    case FF_CHECK_WORK_PERCENT:
    case FF_CHECK_ID:
    case FF_CHECK_COUNT:
    case FF_CHECK_TALLY:
      if (value == NULL || *value == '\0')
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, g_ascii_strtoll (value, NULL, 10));
      break;
    default:
      ff_store_bind_text (stmt, index, value);
      break;
    }
}

char *
ff_record_column_value (sqlite3_stmt  *stmt,
                        int            index,
                        const FfField *field)
{
  switch (field->check)
    {
    case FF_CHECK_HOURS:
      return ff_hours_from_minutes (sqlite3_column_int64 (stmt, index));
    case FF_CHECK_DURATION:
      return ff_duration_from_hundredths (sqlite3_column_int64 (stmt, index));
    case FF_CHECK_FLAG:
      return g_strdup (sqlite3_column_int (stmt, index) != 0 ? "1" : "0");
    case FF_CHECK_MONEY:
    case FF_CHECK_AMOUNT:
    case FF_CHECK_PERCENT:
    case FF_CHECK_WORK_PERCENT:
    case FF_CHECK_ID:
    case FF_CHECK_COUNT:
    case FF_CHECK_TALLY:
      if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
        return g_strdup ("");
      return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, index));
    default:
      return g_strdup (ff_store_column_text (stmt, index));
    }
}

/* Validation */

gboolean
ff_record_validate (const FfRecordType  *type,
                    guint                field,
                    const char          *value,
                    char               **normalized,
                    GError             **error)
{
  const FfField *spec;
  g_autofree char *trimmed = NULL;
  g_autofree char *result = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (type != NULL, FALSE);
  g_return_val_if_fail (field < type->n_fields, FALSE);

  spec = &type->fields[field];
  trimmed = ff_validate_trim (value, error);
  if (trimmed == NULL)
    return FALSE;

  if (*trimmed == '\0' && spec->fallback == NULL && (spec->flags & FF_FIELD_REQUIRED))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                           spec->required != NULL ? g_dgettext (GETTEXT_PACKAGE, spec->required)
                                                  : _("Fill in this field."));
      return FALSE;
    }

  if (*trimmed == '\0')
    {
      if (normalized != NULL)
        *normalized = g_strdup (spec->fallback != NULL ? spec->fallback : "");
      return TRUE;
    }

  switch (spec->check)
    {
    case FF_CHECK_LINE:
      result = ff_text_one_line (trimmed);
      break;
    case FF_CHECK_TEXT:
      result = ff_text_lines (trimmed);
      break;
    case FF_CHECK_DATE:
      ok = ff_validate_date (trimmed, FF_DATE_ANY, &result, error);
      break;
    case FF_CHECK_PAST_DATE:
      ok = ff_validate_date (trimmed, FF_DATE_PAST, &result, error);
      break;
    case FF_CHECK_BIRTH_DATE:
      ok = ff_validate_date (trimmed, FF_DATE_BIRTH, &result, error);
      break;
    case FF_CHECK_CHOICE:
    case FF_CHECK_FLAG:
      ok = ff_choice_list_validate (spec->choices, trimmed, &result, error);
      break;
    case FF_CHECK_HOURS:
      ok = ff_validate_hours (trimmed, &result, error);
      break;
    case FF_CHECK_MONEY:
      ok = ff_validate_money (trimmed, &result, error);
      break;
    case FF_CHECK_PERCENT:
      ok = ff_validate_percentage (trimmed, &result, error);
      break;
    case FF_CHECK_EMAIL:
      ok = ff_validate_email (trimmed, &result, error);
      break;
    case FF_CHECK_PHONE:
      ok = ff_validate_phone (trimmed, &result, error);
      break;
    case FF_CHECK_NATIONAL_ID:
      ok = ff_validate_national_id (trimmed, NULL, &result, error);
      break;
    case FF_CHECK_ORG_NUMBER:
      ok = ff_validate_org_number (trimmed, &result, error);
      break;
    case FF_CHECK_POSTCODE:
      ok = ff_validate_postcode (trimmed, &result, error);
      break;
    case FF_CHECK_ID:
      ok = ff_validate_id (trimmed, &result, error);
      break;
    case FF_CHECK_LINK:
      ok = ff_validate_link (trimmed, &result, error);
      break;
    case FF_CHECK_COUNT:
      ok = ff_validate_count (trimmed, 1, 50, &result, error);
      break;
    case FF_CHECK_AMOUNT:
      ok = ff_validate_amount (trimmed, &result, error);
      break;
    case FF_CHECK_TALLY:
      ok = ff_validate_count (trimmed, 0, 9999, &result, error);
      break;
    case FF_CHECK_TIME:
      ok = ff_validate_time (trimmed, &result, error);
      break;
    case FF_CHECK_DURATION:
      ok = ff_validate_duration (trimmed, &result, error);
      break;
    case FF_CHECK_WORK_PERCENT:
      ok = ff_validate_work_percentage (trimmed, &result, error);
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

/* The checks that look at more than one field, once @changed has its new value. */
gboolean
ff_record_check_row (const FfRecordType  *type,
                     const char * const  *values,
                     guint                changed,
                     GError             **error)
{
  for (guint i = 0; i < type->n_periods; i++)
    {
      const FfPeriod *period = &type->periods[i];

      if (changed != G_MAXUINT && changed != period->start && changed != period->end)
        continue;
      if (!ff_validate_period (values[period->start], values[period->end],
                               g_dgettext (GETTEXT_PACKAGE, period->message), error))
        return FALSE;
    }

  if (type->check != NULL)
    return type->check (values, changed, error);

  return TRUE;
}

char *
ff_record_display (const FfRecordType *type,
                   guint               field,
                   const char         *value,
                   const char         *language)
{
  const FfField *spec;

  g_return_val_if_fail (field < type->n_fields, NULL);

  spec = &type->fields[field];
  if (value == NULL)
    value = "";

  switch (spec->check)
    {
    case FF_CHECK_DATE:
    case FF_CHECK_PAST_DATE:
    case FF_CHECK_BIRTH_DATE:
      return ff_format_date (value, language);
    case FF_CHECK_HOURS:
      {
        gint64 minutes = ff_hours_to_minutes (value);

        /* No hours are stored as "", never as "0". */
        if (minutes == 0)
          return g_strdup (value);
        return ff_format_hours (minutes / 60.0, language);
      }
    case FF_CHECK_DURATION:
      {
        gint64 hundredths = ff_duration_to_hundredths (value);

        if (hundredths == 0)
          return g_strdup (value);
        return ff_format_hours (hundredths / 100.0, language);
      }
    case FF_CHECK_MONEY:
    case FF_CHECK_AMOUNT:
      {
        gint64 ore;

        if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &ore, NULL))
          return g_strdup (value);
        return ff_format_money (ore, language);
      }
    case FF_CHECK_ORG_NUMBER:
      return ff_org_number_to_display (value);
    case FF_CHECK_CHOICE:
    case FF_CHECK_FLAG:
      return g_strdup (ff_choice_list_key_label (spec->choices, value));
    default:
      return g_strdup (value);
    }
}

char *
ff_record_mask (const FfRecordType *type,
                guint               field,
                const char         *value)
{
  g_return_val_if_fail (field < type->n_fields, NULL);

  if (value == NULL || *value == '\0')
    return g_strdup ("");
  if (type->fields[field].check == FF_CHECK_NATIONAL_ID)
    return ff_format_national_id_masked (value);

  return g_strdup ("*****");
}

const char *
ff_record_not_found (const FfRecordType *type)
{
  if (type->not_found != NULL)
    return g_dgettext (GETTEXT_PACKAGE, type->not_found);

  return _("The record no longer exists. Reload the list.");
}

void
ff_record_append_field_columns (GString            *sql,
                                const FfRecordType *type)
{
  for (guint i = 0; i < type->n_fields; i++)
    g_string_append_printf (sql, ", t.%s", ff_record_type_column (type, i));
}

char *
ff_record_select_sql (const FfRecordType *type,
                      gboolean            tombstones,
                      const char         *condition)
{
  GString *sql = g_string_new ("SELECT t.id, t.uuid, t.created_at, t.updated_at");

  g_string_append (sql, type->flags & FF_RECORD_ARCHIVABLE ? ", t.archived_at IS NOT NULL"
                                                           : ", 0");
  ff_record_append_field_columns (sql, type);
  for (guint i = 0; i < type->n_extra; i++)
    g_string_append_printf (sql, ", %s", type->extra[i]);
  g_string_append_printf (sql, " FROM %s t WHERE %s %s", type->table,
                          tombstones ? "1" : "t.deleted_at IS NULL", condition);

  return g_string_free (sql, FALSE);
}

