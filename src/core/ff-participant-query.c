/* ff-participant-query.c — finding participants: the search and filters of the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-follow-up-private.h"
#include "ff-participant.h"
#include "ff-store-private.h"
#include "ff-text.h"

/* Appends @word to an FTS5 query as a quoted string, so that nothing in it is taken
 * for FTS5 syntax; as a prefix query ("word"*) when @prefix is set. */
static void
append_fts_phrase (GString    *match,
                   const char *word,
                   gboolean    prefix)
{
  if (match->len > 0)
    g_string_append_c (match, ' ');
  g_string_append_c (match, '"');
  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (match, '"');
      g_string_append_c (match, *p);
    }
  g_string_append_c (match, '"');
  if (prefix)
    g_string_append_c (match, '*');
}

GArray *
ff_participant_query_ids (FfStore                   *store,
                          const FfParticipantQuery  *query,
                          GError                   **error)
{
  static const FfParticipantQuery everyone = { .status = FF_ENROLMENT_STATUS_ANY };
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(GString) match = NULL;
  g_autoptr(GString) prefixes = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  int param = 1;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  if (query == NULL)
    query = &everyone;

  /* The statement is put together from fixed pieces only; every value is bound.
   * Words of three letters or more are found anywhere (trigram index); shorter ones,
   * typed while a name is begun, at the start of a word (word index with prefixes). */
  match = g_string_new (NULL);
  prefixes = g_string_new (NULL);
  folded = ff_text_fold (query->search);
  /* A phone number or national id is typed with spaces ("+47 912 34 567"): digits
   * alone are one number. */
  if (strspn (folded, "0123456789 ") == strlen (folded))
    {
      char *to = folded;

      for (const char *from = folded; *from != '\0'; from++)
        {
          if (*from != ' ')
            *to++ = *from;
        }
      *to = '\0';
    }
  words = g_strsplit (folded, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (g_utf8_strlen (words[i], -1) >= 3)
        append_fts_phrase (match, words[i], FALSE);
      else
        append_fts_phrase (prefixes, words[i], TRUE);
    }

  sql = g_string_new ("SELECT p.id FROM participant p WHERE p.deleted_at IS NULL");
  if (match->len > 0)
    g_string_append (sql, " AND p.id IN (SELECT rowid FROM participant_search"
                          " WHERE participant_search MATCH ?)");
  if (prefixes->len > 0)
    g_string_append (sql, " AND p.id IN (SELECT rowid FROM participant_words"
                          " WHERE participant_words MATCH ?)");
  if (query->status != FF_ENROLMENT_STATUS_ANY)
    g_string_append (sql, " AND p.status_rank = ?");
  if (query->programme_id != 0)
    g_string_append (sql, " AND EXISTS (SELECT 1 FROM enrolment e"
                          " WHERE e.participant_id = p.id AND e.programme_id = ?"
                          " AND e.deleted_at IS NULL)");
  /* Two short lookups by index (reviews not yet held by date; drafts' periods by
   * end date) rather than a look at every participant's plans. */
  if (query->due_to != NULL)
    g_string_append (sql, " AND p.id IN ("
                          "SELECT e.participant_id FROM plan_review r"
                          " JOIN plan pl ON pl.id = r.plan_id"
                          " JOIN enrolment e ON e.id = pl.enrolment_id"
                          " WHERE r.done = 0 AND r.deleted_at IS NULL AND r.date <= ?"
                          " AND pl.state = 'draft' AND pl.deleted_at IS NULL"
                          " AND e.deleted_at IS NULL"
                          " UNION ALL "
                          "SELECT e.participant_id FROM plan pl"
                          " JOIN enrolment e ON e.id = pl.enrolment_id"
                          " WHERE pl.state = 'draft' AND pl.deleted_at IS NULL"
                          " AND pl.period_end <> '' AND pl.period_end BETWEEN ? AND ?"
                          " AND e.deleted_at IS NULL)");

  if (query->flags != 0)
    {
      g_string_append (sql, " AND ");
      ff_follow_up_append_flags_sql (sql, "p.id", query->flags);
    }

  switch (query->sort)
    {
    case FF_PARTICIPANT_SORT_STATUS:
      g_string_append (sql, " ORDER BY p.status_rank, p.sort_name, p.id");
      break;
    case FF_PARTICIPANT_SORT_ARRIVAL:
      g_string_append (sql, " ORDER BY p.arrival_date = '', p.arrival_date DESC,"
                            " p.sort_name, p.id");
      break;
    case FF_PARTICIPANT_SORT_NAME:
    default:
      g_string_append (sql, " ORDER BY p.sort_name, p.id");
      break;
    }

  stmt = ff_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return NULL;

  if (match->len > 0)
    ff_store_bind_text (stmt, param++, match->str);
  if (prefixes->len > 0)
    ff_store_bind_text (stmt, param++, prefixes->str);
  if (query->status != FF_ENROLMENT_STATUS_ANY)
    sqlite3_bind_int (stmt, param++, query->status);
  if (query->programme_id != 0)
    sqlite3_bind_int64 (stmt, param++, query->programme_id);
  if (query->due_to != NULL)
    {
      ff_store_bind_text (stmt, param++, query->due_to);
      ff_store_bind_text (stmt, param++, query->due_from);
      ff_store_bind_text (stmt, param++, query->due_to);
    }
  if (query->flags != 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      param = ff_follow_up_bind_flags (stmt, param, query->flags,
                                       query->flags_today != NULL ? query->flags_today
                                                                  : today,
                                       query->follow_up_days != 0 ? query->follow_up_days
                                                                  : ff_follow_up_days ());
    }

  return ff_store_collect_ids (store, stmt, error);
}

gint64
ff_participant_count (FfStore *store)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  stmt = ff_store_prepare (store,
                           "SELECT count(*) FROM participant WHERE deleted_at IS NULL",
                           NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;

  return sqlite3_column_int64 (stmt, 0);
}

