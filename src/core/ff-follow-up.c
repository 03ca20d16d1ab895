/* ff-follow-up.c — follow-up conversations with the actions agreed in them, and the
 * flags of participants left without either
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "ff-follow-up-private.h"
#include "ff-format.h"
#include "ff-job-log-private.h"
#include "ff-participant.h"
#include "ff-record-private.h"
#include "ff-store-private.h"

static const FfChoice kinds[FF_FOLLOW_UP_N_KINDS] = {
  /* Translators: a kind of follow-up conversation, held every week */
  [FF_FOLLOW_UP_WEEKLY] = { "weekly", NULL, N_("Weekly conversation") },
  /* Translators: a kind of follow-up conversation */
  [FF_FOLLOW_UP_INDIVIDUAL] = { "individual", NULL, N_("Individual meeting") },
  /* Translators: a kind of follow-up conversation: by telephone */
  [FF_FOLLOW_UP_PHONE] = { "phone", "follow-up", NC_("follow-up", "Phone") },
  /* Translators: a kind of follow-up conversation: a video call */
  [FF_FOLLOW_UP_ONLINE] = { "online", "follow-up", NC_("follow-up", "Online") },
  /* Translators: a kind of follow-up conversation: at the participant's placement */
  [FF_FOLLOW_UP_WORKPLACE_VISIT] = { "workplace-visit", NULL, N_("Visit at the workplace") },
};

const FfChoiceList ff_follow_up_kinds = {
  kinds, G_N_ELEMENTS (kinds), FF_FOLLOW_UP_WEEKLY,
  N_("Choose one of the kinds of conversation in the list."),
};

static const FfField fields[FF_FOLLOW_UP_N_FIELDS] = {
  [FF_FOLLOW_UP_DATE] = { "date", NULL, FF_CHECK_DATE, FF_FIELD_REQUIRED, NULL, NULL,
                          N_("Enter the date of the conversation.") },
  [FF_FOLLOW_UP_KIND] = { "kind", NULL, FF_CHECK_CHOICE, 0, &ff_follow_up_kinds, "weekly" },
  [FF_FOLLOW_UP_PRESENT] = { "present", NULL, FF_CHECK_LINE },
  [FF_FOLLOW_UP_SUMMARY] = { "summary", NULL, FF_CHECK_TEXT },
};

static const char * const extra[] = {
  [FF_FOLLOW_UP_PARTICIPANT_ID] = "t.participant_id",
  [FF_FOLLOW_UP_PARTICIPANT_NAME] = FF_JOB_PARTICIPANT_NAME_SQL ("t.participant_id"),
  [FF_FOLLOW_UP_OPEN_ACTIONS] = ("(SELECT count(*) FROM follow_up_action a"
                                 " WHERE a.follow_up_id = t.id AND a.done = 0"
                                 " AND a.deleted_at IS NULL)"),
};

static char *
title (const char * const *values)
{
  return g_strdup (ff_choice_list_key_label (&ff_follow_up_kinds, values[FF_FOLLOW_UP_KIND]));
}

/* "03.03.2026 · Olena, Kari (contact person)" */
static char *
describe (const char * const *values)
{
  g_autofree char *date = ff_format_date (values[FF_FOLLOW_UP_DATE], NULL);

  if (*values[FF_FOLLOW_UP_PRESENT] == '\0')
    return g_steal_pointer (&date);

  /* Translators: what separates the parts of a line under a title, "A · B · C" */
  return g_strconcat (date, C_("separator", " · "), values[FF_FOLLOW_UP_PRESENT], NULL);
}

const FfRecordType ff_follow_up_type = {
  .kind = FF_RECORD_FOLLOW_UP,
  .table = "follow_up",
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .not_found = N_("The conversation no longer exists. Reload the participant."),
  .owner = &ff_participant_type,
  .owner_column = "participant_id",
  .order = "t.date DESC, t.id DESC",
  .title_field = FF_FOLLOW_UP_KIND,
  .title = title,
  .extra = extra,
  .n_extra = G_N_ELEMENTS (extra),
  .describe = describe,
};

static const FfChoice done_choices[] = {
  /* Translators: an action agreed in a follow-up conversation, not done yet */
  { "0", "action", NC_("action", "Not done") },
  /* Translators: an action agreed in a follow-up conversation, ticked off */
  { "1", "action", NC_("action", "Done") },
};

static const FfChoiceList done_list = { done_choices, G_N_ELEMENTS (done_choices), 0, NULL };

static const FfField action_fields[FF_ACTION_N_FIELDS] = {
  [FF_ACTION_WHAT] = { "what", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL, NULL,
                       N_("Say what is to be done.") },
  [FF_ACTION_WHO] = { "who", NULL, FF_CHECK_LINE },
  [FF_ACTION_DUE] = { "due_date", NULL, FF_CHECK_DATE },
  [FF_ACTION_DONE] = { "done", NULL, FF_CHECK_FLAG, 0, &done_list, "0" },
};

static const char * const action_extra[] = {
  [FF_ACTION_PARTICIPANT_ID] = ("(SELECT f.participant_id FROM follow_up f"
                                " WHERE f.id = t.follow_up_id)"),
  [FF_ACTION_PARTICIPANT_NAME] = (FF_JOB_PARTICIPANT_NAME_SQL ("(SELECT f.participant_id"
                                                               " FROM follow_up f"
                                                               " WHERE f.id = t.follow_up_id)")),
  [FF_ACTION_FOLLOW_UP_DATE] = "(SELECT f.date FROM follow_up f WHERE f.id = t.follow_up_id)",
};

/* "Kari · by 10.03.2026" */
static char *
action_describe (const char * const *values)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (*values[FF_ACTION_WHO] != '\0')
    g_ptr_array_add (parts, g_strdup (values[FF_ACTION_WHO]));
  if (*values[FF_ACTION_DUE] != '\0')
    {
      g_autofree char *due = ff_format_date (values[FF_ACTION_DUE], NULL);

      /* Translators: the date an action is due, "by 10.03.2026" */
      g_ptr_array_add (parts, g_strdup_printf (_("by %s"), due));
    }
  if (g_strcmp0 (values[FF_ACTION_DONE], "1") == 0)
    g_ptr_array_add (parts, g_strdup (C_("action", "Done")));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

const FfRecordType ff_action_type = {
  .kind = FF_RECORD_FOLLOW_UP,
  .table = "follow_up_action",
  .fields = action_fields,
  .n_fields = G_N_ELEMENTS (action_fields),
  .flags = FF_RECORD_ORDERED,
  .not_found = N_("The action no longer exists. Reload the conversation."),
  .owner = &ff_follow_up_type,
  .owner_column = "follow_up_id",
  .title_field = FF_ACTION_WHAT,
  .extra = action_extra,
  .n_extra = G_N_ELEMENTS (action_extra),
  .describe = action_describe,
};

guint
ff_follow_up_days (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "follow-up-days"))
    return FF_FOLLOW_UP_DEFAULT_DAYS;

  settings = g_settings_new_full (schema, NULL, NULL);
  return (guint) CLAMP (g_settings_get_int (settings, "follow-up-days"), 1, 365);
}

gint64
ff_follow_up_create (FfStore         *store,
                     gint64           participant_id,
                     const char      *date,
                     FfFollowUpKind   kind,
                     const char      *summary,
                     GError         **error)
{
  const char *values[FF_FOLLOW_UP_N_FIELDS] = { NULL };
  g_autofree char *today = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  if (date == NULL || *date == '\0')
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      date = today = g_date_time_format (now, "%Y-%m-%d");
    }
  values[FF_FOLLOW_UP_DATE] = date;
  values[FF_FOLLOW_UP_KIND] = ff_choice_list_key (&ff_follow_up_kinds, kind);
  values[FF_FOLLOW_UP_SUMMARY] = summary;

  return ff_record_insert (store, &ff_follow_up_type, participant_id, values, error);
}

gint64
ff_follow_up_add_action (FfStore     *store,
                         gint64       follow_up_id,
                         const char  *what,
                         const char  *who,
                         const char  *due,
                         GError     **error)
{
  const char *values[FF_ACTION_N_FIELDS] = { what, who, due, NULL };

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  return ff_record_insert (store, &ff_action_type, follow_up_id, values, error);
}

gboolean
ff_follow_up_set_action_done (FfStore   *store,
                              gint64     action_id,
                              gboolean   done,
                              GError   **error)
{
  return ff_record_set_field (store, &ff_action_type, action_id, FF_ACTION_DONE,
                              done ? "1" : "0", error);
}

GPtrArray *
ff_follow_up_list (FfStore  *store,
                   gint64    participant_id,
                   GError  **error)
{
  return ff_record_load_owned (store, &ff_follow_up_type, participant_id, error);
}

/* The pieces of the condition, one per flag, in the order of FfFollowUpFlags; each
 * says which parameters it takes. */
static const struct
{
  FfFollowUpFlags  flag;
  const char      *sql;         /* "%s" stands for the participant's column */
  gboolean         cutoff;      /* its two parameters are the cutoff; else one: today */
} flag_sql[] = {
  { FF_FOLLOW_UP_FLAG_NO_CONVERSATION,
    "(EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = %s"
    "  AND e.status = 'active' AND e.deleted_at IS NULL AND e.status_date < ?)"
    " AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.participant_id = %s"
    "  AND f.deleted_at IS NULL AND f.date >= ?))", TRUE },
  { FF_FOLLOW_UP_FLAG_OVERDUE_ACTION,
    "EXISTS (SELECT 1 FROM follow_up f JOIN follow_up_action a ON a.follow_up_id = f.id"
    " WHERE f.participant_id = %s AND f.deleted_at IS NULL AND a.done = 0"
    " AND a.deleted_at IS NULL AND a.due_date <> '' AND a.due_date < ?)", FALSE },
  { FF_FOLLOW_UP_FLAG_UNEVALUATED,
    "EXISTS (SELECT 1 FROM placement pl WHERE pl.participant_id = %s"
    " AND pl.deleted_at IS NULL AND pl.evaluation = '' AND pl.end_date <> ''"
    " AND pl.end_date < ?)", FALSE },
};

/* The same conditions as sets of participants, each read from its own index (active
 * enrolments by the date they became active, open actions by due date, placements not
 * evaluated by end date), for a list that filters every participant on them; the
 * parameters in the same order as flag_sql's, without the participant's. */
static const char * const set_sql[] = {
  "SELECT e.participant_id FROM enrolment e"
  " WHERE e.status = 'active' AND e.deleted_at IS NULL AND e.status_date < ?"
  " AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.participant_id = e.participant_id"
  "  AND f.deleted_at IS NULL AND f.date >= ?)",
  "SELECT f.participant_id FROM follow_up_action a JOIN follow_up f ON f.id = a.follow_up_id"
  " WHERE a.done = 0 AND a.deleted_at IS NULL AND a.due_date <> '' AND a.due_date < ?"
  " AND f.deleted_at IS NULL",
  "SELECT pl.participant_id FROM placement pl"
  " WHERE pl.deleted_at IS NULL AND pl.evaluation = '' AND pl.end_date <> ''"
  " AND pl.end_date < ?",
};

G_STATIC_ASSERT (G_N_ELEMENTS (set_sql) == G_N_ELEMENTS (flag_sql));

void
ff_follow_up_append_flags_sql (GString         *sql,
                               const char      *column,
                               FfFollowUpFlags  flags)
{
  gboolean first = TRUE;

  g_string_append_printf (sql, "%s IN (", column);
  for (guint i = 0; i < G_N_ELEMENTS (set_sql); i++)
    {
      if (!(flags & flag_sql[i].flag))
        continue;
      if (!first)
        g_string_append (sql, " UNION ALL ");
      first = FALSE;
      g_string_append (sql, set_sql[i]);
    }
  if (first)
    g_string_append (sql, "SELECT NULL WHERE 0");
  g_string_append_c (sql, ')');
}

/* Appends the condition of one flag for the participant bound first. */
static void
append_flag_sql (GString *sql,
                 guint    i)
{
  for (const char *p = flag_sql[i].sql; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == 's')
        {
          g_string_append_c (sql, '?');
          p++;
        }
      else
        g_string_append_c (sql, *p);
    }
}

/* @today (YYYY-MM-DD) less @days days. */
static char *
days_before (const char *today,
             guint       days)
{
  GDate date;
  char text[11];

  int year = 0, month = 0, day = 0;

  if (sscanf (today, "%d-%d-%d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return g_strdup (today);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  g_date_subtract_days (&date, days);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

int
ff_follow_up_bind_flags (sqlite3_stmt    *stmt,
                         int              first,
                         FfFollowUpFlags  flags,
                         const char      *today,
                         guint            days)
{
  g_autofree char *cutoff = days_before (today, days);
  int param = first;

  for (guint i = 0; i < G_N_ELEMENTS (flag_sql); i++)
    {
      if (!(flags & flag_sql[i].flag))
        continue;
      if (flag_sql[i].cutoff)
        {
          ff_store_bind_text (stmt, param++, cutoff);
          ff_store_bind_text (stmt, param++, cutoff);
        }
      else
        ff_store_bind_text (stmt, param++, today);
    }

  return param;
}

static char *
today_or (const char *today)
{
  g_autoptr(GDateTime) now = NULL;

  if (today != NULL)
    return g_strdup (today);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

FfFollowUpFlags
ff_follow_up_flags (FfStore     *store,
                    gint64       participant_id,
                    const char  *today,
                    guint        days,
                    GError     **error)
{
  g_autofree char *day = today_or (today);
  FfFollowUpFlags flags = 0;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  if (days == 0)
    days = ff_follow_up_days ();

  for (guint i = 0; i < G_N_ELEMENTS (flag_sql); i++)
    {
      g_autoptr(GString) sql = g_string_new ("SELECT ");
      g_auto(FfStoreStmt) stmt = NULL;
      int param;

      append_flag_sql (sql, i);
      stmt = ff_store_prepare (store, sql->str, error);
      if (stmt == NULL)
        return 0;

      /* Each "%s" took a parameter of its own: the participant, before the others. */
      param = 1;
      sqlite3_bind_int64 (stmt, param++, participant_id);
      if (flag_sql[i].cutoff)
        {
          g_autofree char *cutoff = days_before (day, days);

          ff_store_bind_text (stmt, param++, cutoff);
          sqlite3_bind_int64 (stmt, param++, participant_id);
          ff_store_bind_text (stmt, param++, cutoff);
        }
      else
        ff_store_bind_text (stmt, param++, day);

      if (!ff_store_step_row (store, stmt, NULL, error))
        return 0;
      if (sqlite3_column_int (stmt, 0) != 0)
        flags |= flag_sql[i].flag;
    }

  return flags;
}

GPtrArray *
ff_follow_up_actions_due (FfStore     *store,
                          const char  *until,
                          GError     **error)
{
  g_autofree char *day = today_or (until);
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT a.id FROM follow_up_action a"
                                 " JOIN follow_up f ON f.id = a.follow_up_id"
                                 " WHERE a.done = 0 AND a.deleted_at IS NULL"
                                 " AND a.due_date <> '' AND a.due_date <= ?1"
                                 " AND f.deleted_at IS NULL"
                                 " AND " FF_JOB_PARTICIPANT_ALIVE_SQL ("f.participant_id")
                                 " ORDER BY a.due_date, a.id",
                                 "t", day);
  if (stmt == NULL)
    return NULL;

  return ff_record_load_selected (store, &ff_action_type, stmt, error);
}

GArray *
ff_follow_up_query_ids (FfStore  *store,
                        GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare (store,
                           "SELECT id FROM follow_up WHERE deleted_at IS NULL"
                           " AND " FF_JOB_PARTICIPANT_ALIVE_SQL ("participant_id")
                           " ORDER BY date DESC, id DESC",
                           error);
  if (stmt == NULL)
    return NULL;

  return ff_store_collect_ids (store, stmt, error);
}
