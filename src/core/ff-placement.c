/* ff-placement.c — placements of participants at employers, with follow-up notes and
 * an evaluation at the end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-format.h"
#include "ff-job-log-private.h"
#include "ff-mentor.h"
#include "ff-placement.h"
#include "ff-placement-private.h"
#include "ff-record-private.h"
#include "ff-store-private.h"
#include "ff-validate.h"

static const FfChoice kinds[FF_PLACEMENT_N_KINDS] = {
  /* Translators: a kind of placement ("språkpraksis") */
  [FF_PLACEMENT_LANGUAGE_PRACTICE] = { "language-practice", NULL, N_("Language practice") },
  /* Translators: a kind of placement ("arbeidspraksis") */
  [FF_PLACEMENT_WORK_PRACTICE] = { "work-practice", NULL, N_("Work practice") },
  /* Translators: a kind of placement */
  [FF_PLACEMENT_TRAINEE] = { "trainee", NULL, N_("Trainee") },
  /* Translators: a kind of placement: a job whose wage NAV pays part of ("lønnstilskudd") */
  [FF_PLACEMENT_WAGE_SUBSIDY] = { "wage-subsidy", NULL, N_("Wage subsidy") },
  /* Translators: a kind of placement ("lærlingplass") */
  [FF_PLACEMENT_APPRENTICESHIP] = { "apprenticeship", NULL, N_("Apprenticeship") },
  /* Translators: a kind of placement: an ordinary job */
  [FF_PLACEMENT_JOB] = { "job", "placement", NC_("placement", "Job") },
};

const FfChoiceList ff_placement_kinds = {
  kinds, G_N_ELEMENTS (kinds), FF_PLACEMENT_WORK_PRACTICE,
  N_("Choose one of the kinds of placement in the list."),
};

static const FfChoice goals[] = {
  /* Translators: the goal of a placement: not stated */
  { "", "placement goal", NC_("placement goal", "Not stated") },
  /* Translators: the goal of a placement */
  { "job", NULL, N_("A job in the company") },
  /* Translators: the goal of a placement */
  { "experience", NULL, N_("Work experience") },
  /* Translators: the goal of a placement: finding out whether a trade suits them */
  { "trying-out", NULL, N_("Trying out a trade") },
  /* Translators: the goal of a placement: learning Norwegian at work */
  { "language", NULL, N_("Language") },
  /* Translators: the goal of a placement ("fagbrev") */
  { "trade-certificate", NULL, N_("Trade certificate") },
  /* Translators: the goal of a placement: none of the others */
  { "other", "placement goal", NC_("placement goal", "Other") },
};

const FfChoiceList ff_placement_goals = {
  goals, G_N_ELEMENTS (goals), 0,
  N_("Choose one of the goals in the list."),
};

static const FfField fields[FF_PLACEMENT_N_FIELDS] = {
  [FF_PLACEMENT_PARTICIPANT_ID] = { "participant_id", NULL, FF_CHECK_ID, FF_FIELD_REQUIRED,
                                    NULL, NULL, N_("Choose the participant.") },
  [FF_PLACEMENT_EMPLOYER_ID] = { "employer_id", NULL, FF_CHECK_ID, FF_FIELD_REQUIRED, NULL,
                                 NULL, N_("Choose the employer.") },
  [FF_PLACEMENT_KIND] = { "kind", NULL, FF_CHECK_CHOICE, 0, &ff_placement_kinds,
                          "work-practice" },
  [FF_PLACEMENT_START] = { "start_date", NULL, FF_CHECK_DATE },
  [FF_PLACEMENT_END] = { "end_date", NULL, FF_CHECK_DATE },
  [FF_PLACEMENT_DAYS_PER_WEEK] = { "days_per_week", NULL, FF_CHECK_COUNT },
  [FF_PLACEMENT_PERCENT] = { "percent", NULL, FF_CHECK_WORK_PERCENT },
  [FF_PLACEMENT_TASKS] = { "tasks", NULL, FF_CHECK_TEXT },
  [FF_PLACEMENT_MENTOR_ID] = { "mentor_id", NULL, FF_CHECK_ID },
  [FF_PLACEMENT_GOAL] = { "goal", NULL, FF_CHECK_CHOICE, 0, &ff_placement_goals },
  [FF_PLACEMENT_CONTACT_PERSON] = { "contact_person", NULL, FF_CHECK_LINE },
  [FF_PLACEMENT_EVALUATION] = { "evaluation", NULL, FF_CHECK_TEXT },
  [FF_PLACEMENT_EVALUATION_DATE] = { "evaluation_date", NULL, FF_CHECK_DATE },
};

static const FfPeriod periods[] = {
  { FF_PLACEMENT_START, FF_PLACEMENT_END, N_("A placement cannot end before it starts.") },
};

static const char * const extra[] = {
  [FF_PLACEMENT_EMPLOYER_NAME] = "(SELECT e.name FROM employer e WHERE e.id = t.employer_id)",
  [FF_PLACEMENT_PARTICIPANT_NAME] = FF_JOB_PARTICIPANT_NAME_SQL ("t.participant_id"),
  [FF_PLACEMENT_MENTOR_NAME] = ("coalesce ((SELECT m.name FROM mentor m"
                                " WHERE m.id = t.mentor_id), '')"),
};

static gboolean
check (const char * const *values,
       guint               changed,
       GError            **error)
{
  if ((changed == G_MAXUINT || changed == FF_PLACEMENT_DAYS_PER_WEEK)
      && g_ascii_strtoll (values[FF_PLACEMENT_DAYS_PER_WEEK], NULL, 10) > 7)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("A week has no more than 7 days."));
      return FALSE;
    }

  return TRUE;
}

/* Whether @field changed from @old_values to @values (a new record: always). */
static gboolean
field_changed (const char * const *old_values,
               const char * const *values,
               guint               field)
{
  return old_values == NULL || strcmp (old_values[field], values[field]) != 0;
}

/* A placement is made with a participant and an employer of the register, never at an
 * archived employer; and a change of its agreement after an approval keeps the
 * version approved. */
static gboolean
write_hook (FfStore            *store,
            gint64              id,
            gint64              owner_id,
            const char * const *old_values,
            const char * const *values,
            guint               changed,
            GError            **error)
{
  if (field_changed (old_values, values, FF_PLACEMENT_EMPLOYER_ID))
    {
      g_auto(FfStoreStmt) stmt = NULL;

      stmt = ff_store_prepare_bound (store, error,
                                     "SELECT archived_at IS NOT NULL FROM employer"
                                     " WHERE id = ?1 AND deleted_at IS NULL",
                                     "i", g_ascii_strtoll (values[FF_PLACEMENT_EMPLOYER_ID],
                                                           NULL, 10));
      if (stmt == NULL
          || !ff_store_step_row (store, stmt, _("The employer no longer exists."), error))
        return FALSE;
      if (sqlite3_column_int (stmt, 0) != 0)
        {
          g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                               _("The employer is archived: bring it back from the archive "
                                 "before placing anyone there."));
          return FALSE;
        }
    }

  if (field_changed (old_values, values, FF_PLACEMENT_PARTICIPANT_ID))
    {
      g_auto(FfStoreStmt) stmt = NULL;

      stmt = ff_store_prepare_bound (store, error,
                                     "SELECT 1 FROM participant WHERE id = ?1"
                                     " AND deleted_at IS NULL",
                                     "i", g_ascii_strtoll (values[FF_PLACEMENT_PARTICIPANT_ID],
                                                           NULL, 10));
      if (stmt == NULL
          || !ff_store_step_row (store, stmt, _("The participant no longer exists."), error))
        return FALSE;
    }

  if (old_values == NULL)
    return TRUE;

  for (guint i = 0; i < FF_PLACEMENT_N_AGREEMENT_FIELDS; i++)
    {
      if (field_changed (old_values, values, i))
        return ff_placement_keep_approved (store, id, error);
    }

  return TRUE;
}

/* "Work practice · 01.09.2025 – 30.11.2025" */
static char *
describe (const char * const *values)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (ff_choice_list_key_label (&ff_placement_kinds,
                                                              values[FF_PLACEMENT_KIND])));
  if (*values[FF_PLACEMENT_START] != '\0')
    g_ptr_array_add (parts, ff_format_period (values[FF_PLACEMENT_START],
                                              values[FF_PLACEMENT_END], NULL));
  g_ptr_array_add (parts, NULL);

  /* Translators: what separates the parts of a line under a title, "A · B · C" */
  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

static char *
title (const char * const *values)
{
  return g_strdup (ff_choice_list_key_label (&ff_placement_kinds, values[FF_PLACEMENT_KIND]));
}

const FfRecordType ff_placement_type = {
  .kind = FF_RECORD_PLACEMENT,
  .table = "placement",
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .periods = periods,
  .n_periods = G_N_ELEMENTS (periods),
  .not_found = N_("The placement no longer exists. Reload the participant."),
  .title_field = FF_PLACEMENT_KIND,
  .title = title,
  .extra = extra,
  .n_extra = G_N_ELEMENTS (extra),
  .check = check,
  .write_hook = write_hook,
  .describe = describe,
};

const FfRecordType ff_placement_agreement_type = {
  .kind = FF_RECORD_PLACEMENT,
  .table = "placement_agreement",
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .not_found = N_("The placement no longer exists. Reload the participant."),
  .owner = &ff_placement_type,
  .owner_column = "placement_id",
  .order = "t.id",
  .title_field = FF_PLACEMENT_KIND,
  .title = title,
  .describe = describe,
};

static const FfField note_fields[FF_PLACEMENT_NOTE_N_FIELDS] = {
  [FF_PLACEMENT_NOTE_DATE] = { "date", NULL, FF_CHECK_DATE, FF_FIELD_REQUIRED, NULL, NULL,
                               N_("Enter the date of the note.") },
  [FF_PLACEMENT_NOTE_TEXT] = { "text", NULL, FF_CHECK_TEXT },
};

static char *
note_describe (const char * const *values)
{
  return ff_format_date (values[FF_PLACEMENT_NOTE_DATE], NULL);
}

const FfRecordType ff_placement_note_type = {
  .kind = FF_RECORD_PLACEMENT,
  .table = "placement_note",
  .fields = note_fields,
  .n_fields = G_N_ELEMENTS (note_fields),
  .not_found = N_("The note no longer exists. Reload the placement."),
  .owner = &ff_placement_type,
  .owner_column = "placement_id",
  .order = "t.date DESC, t.id DESC",
  .title_field = FF_PLACEMENT_NOTE_TEXT,
  .describe = note_describe,
};

gint64
ff_placement_create (FfStore          *store,
                     gint64            participant_id,
                     gint64            employer_id,
                     FfPlacementKind   kind,
                     const char       *start,
                     const char       *end,
                     GError          **error)
{
  const char *values[FF_PLACEMENT_N_FIELDS] = { NULL };
  g_autofree char *participant = g_strdup_printf ("%" G_GINT64_FORMAT, participant_id);
  g_autofree char *employer = g_strdup_printf ("%" G_GINT64_FORMAT, employer_id);

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  values[FF_PLACEMENT_PARTICIPANT_ID] = participant;
  values[FF_PLACEMENT_EMPLOYER_ID] = employer;
  values[FF_PLACEMENT_KIND] = ff_choice_list_key (&ff_placement_kinds, kind);
  values[FF_PLACEMENT_START] = start;
  values[FF_PLACEMENT_END] = end;

  return ff_record_insert (store, &ff_placement_type, 0, values, error);
}

GPtrArray *
ff_placement_list_for_participant (FfStore  *store,
                                   gint64    participant_id,
                                   GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT id FROM placement WHERE participant_id = ?1"
                                 " AND deleted_at IS NULL ORDER BY start_date DESC, id DESC",
                                 "i", participant_id);
  if (stmt == NULL)
    return NULL;

  return ff_record_load_selected (store, &ff_placement_type, stmt, error);
}

GPtrArray *
ff_placement_workplace_mentors (FfStore  *store,
                                gint64    employer_id,
                                GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  /* By the index of mentors at an employer. */
  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT id FROM mentor WHERE employer_id = ?1"
                                 " AND deleted_at IS NULL AND kind = 'workplace'"
                                 " ORDER BY sort_key, id",
                                 "i", employer_id);
  if (stmt == NULL)
    return NULL;

  return ff_record_load_selected (store, &ff_mentor_type, stmt, error);
}

static char *
today_text (const char *today)
{
  g_autoptr(GDateTime) now = NULL;

  if (today != NULL)
    return g_strdup (today);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

gboolean
ff_placement_needs_evaluation (FfRecord   *placement,
                               const char *today)
{
  g_autofree char *day = today_text (today);
  const char *end = ff_record_get (placement, FF_PLACEMENT_END);

  g_return_val_if_fail (ff_record_get_record_type (placement) == &ff_placement_type, FALSE);

  return *end != '\0' && strcmp (end, day) < 0
         && *ff_record_get (placement, FF_PLACEMENT_EVALUATION) == '\0';
}

GArray *
ff_placement_query_unevaluated (FfStore     *store,
                                const char  *today,
                                GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *day = today_text (today);

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT id FROM placement WHERE deleted_at IS NULL"
                                 " AND evaluation = '' AND end_date <> '' AND end_date < ?1"
                                 " AND " FF_JOB_PARTICIPANT_ALIVE_SQL ("participant_id")
                                 " ORDER BY end_date, id",
                                 "t", day);
  if (stmt == NULL)
    return NULL;

  return ff_store_collect_ids (store, stmt, error);
}

GArray *
ff_placement_query_ids (FfStore  *store,
                        GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare (store,
                           "SELECT id FROM placement WHERE deleted_at IS NULL"
                           " AND " FF_JOB_PARTICIPANT_ALIVE_SQL ("participant_id")
                           " ORDER BY start_date DESC, id DESC",
                           error);
  if (stmt == NULL)
    return NULL;

  return ff_store_collect_ids (store, stmt, error);
}
