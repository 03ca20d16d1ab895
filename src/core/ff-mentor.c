/* ff-mentor.c — mentors, their matches with participants, and the meeting log of each
 * match
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ff-format.h"
#include "ff-job-log-private.h"
#include "ff-mentor.h"
#include "ff-mentor-private.h"
#include "ff-record-private.h"
#include "ff-store-private.h"
#include "ff-text.h"
#include "ff-validate.h"

static const FfChoice kinds[FF_MENTOR_N_KINDS] = {
  /* Translators: a kind of mentor: a volunteer who befriends a newcomer ("bulystven",
   * "fadder") */
  [FF_MENTOR_VOLUNTEER_FRIEND] = { "volunteer-friend", NULL, N_("Volunteer friend") },
  /* Translators: a kind of mentor: one who mentors as their work */
  [FF_MENTOR_PROFESSIONAL] = { "professional", NULL, N_("Professional mentor") },
  /* Translators: a kind of mentor: a mentor at the participant's workplace */
  [FF_MENTOR_WORKPLACE] = { "workplace", NULL, N_("Workplace mentor") },
  /* Translators: a kind of mentor: one who gives lectures in a course */
  [FF_MENTOR_LECTURER] = { "lecturer", NULL, N_("Lecturer") },
};

const FfChoiceList ff_mentor_kinds = {
  kinds, G_N_ELEMENTS (kinds), FF_MENTOR_VOLUNTEER_FRIEND,
  N_("Choose one of the kinds of mentor in the list."),
};

static const FfField mentor_fields[FF_MENTOR_N_FIELDS] = {
  [FF_MENTOR_NAME] = { "name", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL, NULL,
                       N_("Enter the mentor's name.") },
  [FF_MENTOR_KIND] = { "kind", NULL, FF_CHECK_CHOICE, 0, &ff_mentor_kinds,
                       "volunteer-friend" },
  [FF_MENTOR_PHONE] = { "phone", NULL, FF_CHECK_PHONE },
  [FF_MENTOR_EMAIL] = { "email", NULL, FF_CHECK_EMAIL },
  [FF_MENTOR_LANGUAGES] = { "languages", NULL, FF_CHECK_LINE },
  [FF_MENTOR_INTERESTS] = { "interests", NULL, FF_CHECK_TEXT },
  [FF_MENTOR_MUNICIPALITY] = { "municipality", NULL, FF_CHECK_LINE },
  [FF_MENTOR_EMPLOYER_ID] = { "employer_id", NULL, FF_CHECK_ID },
  [FF_MENTOR_AVAILABILITY] = { "availability", NULL, FF_CHECK_LINE },
  [FF_MENTOR_NOTES] = { "notes", NULL, FF_CHECK_TEXT },
};

static char *
mentor_sort_key (const char * const *values)
{
  return ff_text_sort_key (values[FF_MENTOR_NAME], "");
}

static char *
mentor_search_text (const char * const *values)
{
  g_autofree char *text = g_strjoin (" ", values[FF_MENTOR_NAME], values[FF_MENTOR_LANGUAGES],
                                     values[FF_MENTOR_INTERESTS],
                                     values[FF_MENTOR_MUNICIPALITY], NULL);

  return ff_text_fold (text);
}

static char *
mentor_match_terms (const char * const *values)
{
  FfMentorTerms terms = {
    values[FF_MENTOR_LANGUAGES], values[FF_MENTOR_MUNICIPALITY], values[FF_MENTOR_INTERESTS],
  };

  return ff_mentor_match_terms (&terms);
}

static const FfDerived mentor_derived[] = {
  { "sort_key", mentor_sort_key },
  { "search_text", mentor_search_text },
  { "match_terms", mentor_match_terms },
};

/* "Volunteer friend · Vang" */
static char *
mentor_describe (const char * const *values)
{
  const char *kind = ff_choice_list_key_label (&ff_mentor_kinds, values[FF_MENTOR_KIND]);

  if (*values[FF_MENTOR_MUNICIPALITY] == '\0')
    return g_strdup (kind);

  /* Translators: what separates the parts of a line under a title, "A · B · C" */
  return g_strconcat (kind, C_("separator", " · "), values[FF_MENTOR_MUNICIPALITY], NULL);
}

const FfRecordType ff_mentor_type = {
  .kind = FF_RECORD_MENTOR,
  .table = "mentor",
  .fields = mentor_fields,
  .n_fields = G_N_ELEMENTS (mentor_fields),
  .flags = FF_RECORD_ARCHIVABLE,
  .derived = mentor_derived,
  .n_derived = G_N_ELEMENTS (mentor_derived),
  .not_found = N_("The mentor no longer exists. Reload the list of mentors."),
  .sort_column = "sort_key",
  .search_column = "search_text",
  .title_field = FF_MENTOR_NAME,
  .describe = mentor_describe,
};

/* Matches */

static const FfChoice statuses[FF_MATCH_N_STATUSES] = {
  /* Translators: the status of a match of mentor and participant: suggested, not begun */
  [FF_MATCH_PROPOSED] = { "proposed", NULL, N_("Proposed") },
  /* Translators: the status of a match of mentor and participant */
  [FF_MATCH_ACTIVE] = { "active", "match", NC_("match", "Active") },
  /* Translators: the status of a match of mentor and participant */
  [FF_MATCH_PAUSED] = { "paused", NULL, N_("Paused") },
  /* Translators: the status of a match of mentor and participant */
  [FF_MATCH_ENDED] = { "ended", NULL, N_("Ended") },
};

const FfChoiceList ff_match_statuses = {
  statuses, G_N_ELEMENTS (statuses), FF_MATCH_PROPOSED,
  N_("Choose one of the statuses in the list."),
};

static const FfField match_fields[FF_MATCH_N_FIELDS] = {
  [FF_MATCH_PARTICIPANT_ID] = { "participant_id", NULL, FF_CHECK_ID, FF_FIELD_REQUIRED, NULL,
                                NULL, N_("Choose the participant.") },
  [FF_MATCH_START] = { "start_date", NULL, FF_CHECK_DATE },
  [FF_MATCH_END] = { "end_date", NULL, FF_CHECK_DATE },
  [FF_MATCH_GOALS] = { "goals", NULL, FF_CHECK_TEXT },
  [FF_MATCH_STATUS] = { "status", NULL, FF_CHECK_CHOICE, 0, &ff_match_statuses, "proposed" },
  [FF_MATCH_REASON] = { "reason", NULL, FF_CHECK_LINE },
};

static const FfPeriod match_periods[] = {
  { FF_MATCH_START, FF_MATCH_END, N_("A match cannot end before it starts.") },
};

static const char * const match_extra[] = {
  [FF_MATCH_MENTOR_ID] = "t.mentor_id",
  [FF_MATCH_MENTOR_NAME] = "(SELECT m.name FROM mentor m WHERE m.id = t.mentor_id)",
  [FF_MATCH_PARTICIPANT_NAME] = FF_JOB_PARTICIPANT_NAME_SQL ("t.participant_id"),
  [FF_MATCH_HOURS] = ("(SELECT coalesce (sum (g.hundredths), 0) FROM mentor_meeting g"
                      " WHERE g.match_id = t.id AND g.deleted_at IS NULL)"),
};

/* The participant a match is made with must be one of the register. */
static gboolean
match_write_hook (FfStore            *store,
                  gint64              id,
                  gint64              owner_id,
                  const char * const *old_values,
                  const char * const *values,
                  guint               changed,
                  GError            **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  if (old_values != NULL && g_strcmp0 (old_values[FF_MATCH_PARTICIPANT_ID],
                                       values[FF_MATCH_PARTICIPANT_ID]) == 0)
    return TRUE;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT 1 FROM participant WHERE id = ?1"
                                 " AND deleted_at IS NULL",
                                 "i", g_ascii_strtoll (values[FF_MATCH_PARTICIPANT_ID],
                                                       NULL, 10));
  return stmt != NULL
         && ff_store_step_row (store, stmt, _("The participant no longer exists."), error);
}

/* "Active · 01.09.2025 – 31.05.2026" */
static char *
match_describe (const char * const *values)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (ff_choice_list_key_label (&ff_match_statuses,
                                                              values[FF_MATCH_STATUS])));
  if (*values[FF_MATCH_START] != '\0')
    g_ptr_array_add (parts, ff_format_period (values[FF_MATCH_START], values[FF_MATCH_END],
                                              NULL));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

static char *
match_title (const char * const *values)
{
  return g_strdup (_("Match"));
}

const FfRecordType ff_match_type = {
  .kind = FF_RECORD_MATCH,
  .table = "mentor_match",
  .fields = match_fields,
  .n_fields = G_N_ELEMENTS (match_fields),
  .periods = match_periods,
  .n_periods = G_N_ELEMENTS (match_periods),
  .not_found = N_("The match no longer exists. Reload the mentor."),
  .owner = &ff_mentor_type,
  .owner_column = "mentor_id",
  .order = "t.start_date DESC, t.id DESC",
  .title_field = FF_MATCH_PARTICIPANT_ID,
  .title = match_title,
  .extra = match_extra,
  .n_extra = G_N_ELEMENTS (match_extra),
  .write_hook = match_write_hook,
  .describe = match_describe,
};

/* Meetings */

static const FfField meeting_fields[FF_MEETING_N_FIELDS] = {
  [FF_MEETING_DATE] = { "date", NULL, FF_CHECK_DATE, FF_FIELD_REQUIRED, NULL, NULL,
                        N_("Enter the date of the meeting.") },
  [FF_MEETING_HOURS] = { "hours", "hundredths", FF_CHECK_DURATION },
  [FF_MEETING_WHAT] = { "what", NULL, FF_CHECK_LINE },
  [FF_MEETING_NOTES] = { "notes", NULL, FF_CHECK_TEXT },
};

/* "1,5 hours · 03.03.2026" */
static char *
meeting_describe (const char * const *values)
{
  g_autofree char *date = ff_format_date (values[FF_MEETING_DATE], NULL);
  g_autofree char *hours = NULL;
  g_autofree char *shown = NULL;

  if (*values[FF_MEETING_HOURS] == '\0')
    return g_steal_pointer (&date);

  hours = ff_format_hours (ff_duration_to_hundredths (values[FF_MEETING_HOURS]) / 100.0,
                           NULL);
  /* Translators: the hours a meeting took, "1,5 hours" */
  shown = g_strdup_printf (_("%s hours"), hours);
  return g_strconcat (shown, C_("separator", " · "), date, NULL);
}

static char *
meeting_title (const char * const *values)
{
  if (*values[FF_MEETING_WHAT] != '\0')
    return g_strdup (values[FF_MEETING_WHAT]);

  return g_strdup (_("Mentor meeting"));
}

const FfRecordType ff_meeting_type = {
  .kind = FF_RECORD_MATCH,
  .table = "mentor_meeting",
  .fields = meeting_fields,
  .n_fields = G_N_ELEMENTS (meeting_fields),
  .not_found = N_("The meeting no longer exists. Reload the match."),
  .owner = &ff_match_type,
  .owner_column = "match_id",
  .order = "t.date DESC, t.id DESC",
  .title_field = FF_MEETING_WHAT,
  .title = meeting_title,
  .describe = meeting_describe,
};

gint64
ff_mentor_create (FfStore       *store,
                  const char    *name,
                  FfMentorKind   kind,
                  GError       **error)
{
  const char *values[FF_MENTOR_N_FIELDS] = { NULL };

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  values[FF_MENTOR_NAME] = name;
  values[FF_MENTOR_KIND] = ff_choice_list_key (&ff_mentor_kinds, kind);

  return ff_record_insert (store, &ff_mentor_type, 0, values, error);
}

gint64
ff_mentor_count_active_matches (FfStore  *store,
                                gint64    mentor_id,
                                GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), -1);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT count(*) FROM mentor_match WHERE mentor_id = ?1"
                                 " AND status = 'active' AND deleted_at IS NULL",
                                 "i", mentor_id);
  if (stmt == NULL || !ff_store_step_row (store, stmt, NULL, error))
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}

gint64
ff_match_create (FfStore        *store,
                 gint64          mentor_id,
                 gint64          participant_id,
                 const char     *start,
                 FfMatchStatus   status,
                 GError        **error)
{
  const char *values[FF_MATCH_N_FIELDS] = { NULL };
  g_autofree char *participant = g_strdup_printf ("%" G_GINT64_FORMAT, participant_id);

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  values[FF_MATCH_PARTICIPANT_ID] = participant;
  values[FF_MATCH_START] = start;
  values[FF_MATCH_STATUS] = ff_choice_list_key (&ff_match_statuses, status);

  return ff_record_insert (store, &ff_match_type, mentor_id, values, error);
}

GPtrArray *
ff_match_list_for_participant (FfStore  *store,
                               gint64    participant_id,
                               GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT t.id FROM mentor_match t"
                                 " JOIN mentor m ON m.id = t.mentor_id"
                                 " WHERE t.participant_id = ?1 AND t.deleted_at IS NULL"
                                 " AND m.deleted_at IS NULL"
                                 " ORDER BY t.start_date DESC, t.id DESC",
                                 "i", participant_id);
  if (stmt == NULL)
    return NULL;

  return ff_record_load_selected (store, &ff_match_type, stmt, error);
}

gint64
ff_meeting_create (FfStore     *store,
                   gint64       match_id,
                   const char  *date,
                   const char  *hours,
                   const char  *what,
                   GError     **error)
{
  const char *values[FF_MEETING_N_FIELDS] = { NULL };

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  values[FF_MEETING_DATE] = date;
  values[FF_MEETING_HOURS] = hours;
  values[FF_MEETING_WHAT] = what;

  return ff_record_insert (store, &ff_meeting_type, match_id, values, error);
}

gint64
ff_mentor_hundredths (FfStore     *store,
                      gint64       mentor_id,
                      const char  *from,
                      const char  *to,
                      GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), -1);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT coalesce (sum (g.hundredths), 0)"
                                 " FROM mentor_match t JOIN mentor_meeting g ON g.match_id = t.id"
                                 " WHERE t.mentor_id = ?1 AND t.deleted_at IS NULL"
                                 " AND g.deleted_at IS NULL"
                                 " AND g.date >= ?2 AND (?3 = '' OR g.date <= ?3)",
                                 "itt", mentor_id, from != NULL ? from : "",
                                 to != NULL ? to : "");
  if (stmt == NULL || !ff_store_step_row (store, stmt, NULL, error))
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}
