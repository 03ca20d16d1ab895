/* ff-timeline.c — everything that happened to a participant, newest first, in one list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-enrolment-status.h"
#include "ff-follow-up.h"
#include "ff-format.h"
#include "ff-job-log.h"
#include "ff-outcome.h"
#include "ff-placement.h"
#include "ff-store-private.h"
#include "ff-timeline.h"
#include "ff-validate.h"

static const char * const kind_labels[FF_TIMELINE_N_KINDS] = {
  /* Translators: a kind of entry in a participant's timeline, for its filter */
  [FF_TIMELINE_STATUS] = N_("Status changes"),
  /* Translators: a kind of entry in a participant's timeline, for its filter */
  [FF_TIMELINE_PLAN] = N_("Plans"),
  /* Translators: a kind of entry in a participant's timeline, for its filter */
  [FF_TIMELINE_PLACEMENT] = N_("Placements"),
  /* Translators: a kind of entry in a participant's timeline, for its filter */
  [FF_TIMELINE_FOLLOW_UP] = N_("Follow-up conversations"),
  /* Translators: a kind of entry in a participant's timeline, for its filter */
  [FF_TIMELINE_ACTION] = N_("Actions"),
  /* Translators: a kind of entry in a participant's timeline, for its filter */
  [FF_TIMELINE_MEETING] = N_("Mentor meetings"),
  /* Translators: a kind of entry in a participant's timeline, for its filter */
  [FF_TIMELINE_APPLICATION] = N_("Job applications"),
  /* Translators: a kind of entry in a participant's timeline, for its filter */
  [FF_TIMELINE_OUTCOME] = N_("Outcomes"),
};

const char *
ff_timeline_kind_label (FfTimelineKind kind)
{
  g_return_val_if_fail (kind < FF_TIMELINE_N_KINDS, "");

  return g_dgettext (GETTEXT_PACKAGE, kind_labels[kind]);
}

void
ff_timeline_item_free (FfTimelineItem *item)
{
  if (item == NULL)
    return;

  g_free (item->title);
  g_free (item->subtitle);
  g_free (item);
}

/* One branch per kind, each over an index of the participant's records, and each
 * left out by its bit of ?2. Columns: kind, date, id, part id, and three values the
 * kind makes its title and subtitle of. A signed plan version is one more row of the
 * plan branch (a = its version; 0 for the plan begun). */
static const char timeline_sql[] =
  "SELECT 0 AS k, s.date AS d, e.id, s.id AS part, s.status, s.reason, pr.name"
  " FROM enrolment e JOIN enrolment_status s ON s.enrolment_id = e.id"
  " JOIN programme pr ON pr.id = e.programme_id"
  " WHERE (?2 & 1) <> 0 AND e.participant_id = ?1 AND e.deleted_at IS NULL"
  " UNION ALL "
  "SELECT 1, substr (pl.created_at, 1, 10), pl.id, 0, 0, '', pr.name"
  " FROM enrolment e JOIN plan pl ON pl.enrolment_id = e.id"
  " JOIN programme pr ON pr.id = e.programme_id"
  " WHERE (?2 & 2) <> 0 AND e.participant_id = ?1 AND e.deleted_at IS NULL"
  " AND pl.version = 1 AND pl.deleted_at IS NULL"
  " UNION ALL "
  "SELECT 1, pl.signed_date, pl.id, 0, pl.version, '', pr.name"
  " FROM enrolment e JOIN plan pl ON pl.enrolment_id = e.id"
  " JOIN programme pr ON pr.id = e.programme_id"
  " WHERE (?2 & 2) <> 0 AND e.participant_id = ?1 AND e.deleted_at IS NULL"
  " AND pl.state = 'signed' AND pl.deleted_at IS NULL"
  " UNION ALL "
  "SELECT 2, p.start_date, p.id, 0, p.kind, p.end_date,"
  " (SELECT em.name FROM employer em WHERE em.id = p.employer_id)"
  " FROM placement p"
  " WHERE (?2 & 4) <> 0 AND p.participant_id = ?1 AND p.deleted_at IS NULL"
  " AND p.start_date <> ''"
  " UNION ALL "
  "SELECT 3, f.date, f.id, 0, f.kind, f.summary, f.present"
  " FROM follow_up f"
  " WHERE (?2 & 8) <> 0 AND f.participant_id = ?1 AND f.deleted_at IS NULL"
  " UNION ALL "
  "SELECT 4, a.due_date, f.id, a.id, a.done, a.who, a.what"
  " FROM follow_up f JOIN follow_up_action a ON a.follow_up_id = f.id"
  " WHERE (?2 & 16) <> 0 AND f.participant_id = ?1 AND f.deleted_at IS NULL"
  " AND a.deleted_at IS NULL AND a.due_date <> ''"
  " UNION ALL "
  "SELECT 5, g.date, t.id, g.id, g.hundredths, g.what,"
  " (SELECT m.name FROM mentor m WHERE m.id = t.mentor_id)"
  " FROM mentor_match t JOIN mentor_meeting g ON g.match_id = t.id"
  " WHERE (?2 & 32) <> 0 AND t.participant_id = ?1 AND t.deleted_at IS NULL"
  " AND g.deleted_at IS NULL"
  " UNION ALL "
  "SELECT 6, j.date, j.id, 0, j.status, j.position, j.employer"
  " FROM job_application j"
  " WHERE (?2 & 64) <> 0 AND j.participant_id = ?1 AND j.deleted_at IS NULL"
  " UNION ALL "
  "SELECT 7, o.date, e.id, o.id, o.kind, o.percent, o.place"
  " FROM enrolment e JOIN outcome o ON o.enrolment_id = e.id"
  " WHERE (?2 & 128) <> 0 AND e.participant_id = ?1 AND e.deleted_at IS NULL"
  " AND o.deleted_at IS NULL"
  " ORDER BY d DESC, k DESC, part DESC, 3 DESC"
  " LIMIT ?3";

/* Joins the non-empty parts with the separator of lines under a title. */
static char *
join_parts (const char *first,
            ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != (const char *) 1; part = va_arg (args, const char *))
    {
      if (part != NULL && *part != '\0')
        g_ptr_array_add (parts, (gpointer) part);
    }
  va_end (args);
  g_ptr_array_add (parts, NULL);

  /* Translators: what separates the parts of a line under a title, "A · B · C" */
  return g_strjoinv (C_("separator", " · "), (char **) parts->pdata);
}

#define END ((const char *) 1)

/* The first line of @text. */
static char *
first_line (const char *text)
{
  const char *end = strchr (text, '\n');

  return end != NULL ? g_strndup (text, end - text) : g_strdup (text);
}

static FfTimelineItem *
item_new (sqlite3_stmt *stmt,
          gpointer      data)
{
  FfTimelineItem *item = g_new0 (FfTimelineItem, 1);
  const char *a = ff_store_column_text (stmt, 4);
  const char *b = ff_store_column_text (stmt, 5);
  const char *c = ff_store_column_text (stmt, 6);

  item->kind = sqlite3_column_int (stmt, 0);
  g_strlcpy (item->date, ff_store_column_text (stmt, 1), sizeof item->date);
  item->id = sqlite3_column_int64 (stmt, 2);
  item->part_id = sqlite3_column_int64 (stmt, 3);

  switch (item->kind)
    {
    case FF_TIMELINE_STATUS:
      item->title = g_strdup (ff_enrolment_status_to_label (ff_enrolment_status_from_key (a)));
      item->subtitle = join_parts (c, b, END);
      break;
    case FF_TIMELINE_PLAN:
      {
        int version = sqlite3_column_int (stmt, 4);

        if (version == 0)
          {
            /* Translators: an entry of a participant's timeline: an individual plan
             * was begun */
            item->title = g_strdup (_("Plan begun"));
            item->subtitle = g_strdup (c);
          }
        else
          {
            g_autofree char *shown = NULL;

            /* Translators: an entry of a participant's timeline: a version of the
             * individual plan was signed */
            item->title = g_strdup (_("Plan signed"));
            /* Translators: the version of a signed plan, "version 2" */
            shown = g_strdup_printf (_("version %d"), version);
            item->subtitle = join_parts (shown, c, END);
          }
      }
      break;
    case FF_TIMELINE_PLACEMENT:
      {
        g_autofree char *period = ff_format_period (item->date, b, NULL);

        item->title = g_strdup (ff_choice_list_key_label (&ff_placement_kinds, a));
        item->subtitle = join_parts (c, period, END);
      }
      break;
    case FF_TIMELINE_FOLLOW_UP:
      {
        g_autofree char *line = first_line (b);

        item->title = g_strdup (ff_choice_list_key_label (&ff_follow_up_kinds, a));
        item->subtitle = join_parts (line, c, END);
      }
      break;
    case FF_TIMELINE_ACTION:
      item->title = g_strdup (c);
      item->subtitle = join_parts (b, g_strcmp0 (a, "1") == 0 ? C_("action", "Done")
                                                                : C_("action", "Not done"),
                                   END);
      break;
    case FF_TIMELINE_MEETING:
      {
        gint64 hundredths = sqlite3_column_int64 (stmt, 4);
        g_autofree char *number = ff_format_hours (hundredths / 100.0, NULL);
        g_autofree char *hours = NULL;

        if (hundredths > 0)
          /* Translators: the hours a meeting took, "1,5 hours" */
          hours = g_strdup_printf (_("%s hours"), number);
        /* Translators: an entry of a participant's timeline: a meeting with a mentor */
        item->title = g_strdup (*b != '\0' ? b : _("Mentor meeting"));
        item->subtitle = join_parts (c, hours, END);
      }
      break;
    case FF_TIMELINE_APPLICATION:
      item->title = g_strdup (*c != '\0' ? c : _("Job application"));
      item->subtitle = join_parts (b, ff_choice_list_key_label (&ff_job_statuses, a), END);
      break;
    case FF_TIMELINE_OUTCOME:
    default:
      {
        g_autofree char *percent = NULL;

        if (*b != '\0')
          percent = ff_format_percent (g_ascii_strtod (b, NULL), NULL);
        item->title = g_strdup (ff_choice_list_key_label (&ff_outcome_kinds, a));
        item->subtitle = join_parts (percent, c, END);
      }
      break;
    }

  return item;
}

GPtrArray *
ff_timeline_list (FfStore  *store,
                  gint64    participant_id,
                  guint     kinds,
                  guint     limit,
                  GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  if (kinds == 0)
    kinds = FF_TIMELINE_ALL;

  stmt = ff_store_prepare_bound (store, error, timeline_sql, "iii", participant_id,
                                 (gint64) kinds, limit > 0 ? (gint64) limit : (gint64) -1);
  if (stmt == NULL)
    return NULL;

  return ff_store_collect_rows (store, stmt, (FfStoreRowFunc) item_new, NULL,
                                (GDestroyNotify) ff_timeline_item_free, error);
}
