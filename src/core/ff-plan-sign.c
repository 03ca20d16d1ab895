/* ff-plan-sign.c — signing a plan: the draft is frozen as it was printed, and the next
 * draft begins as a copy of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-plan-private.h"
#include "ff-store-private.h"
#include "ff-validate.h"

/* Copies the parts of @from (not removed ones) to @to, in their order, with new
 * UUIDs and an audit row each. */
static gboolean
copy_parts (FfStore         *store,
            FfPlanPartKind   kind,
            gint64           from,
            gint64           to,
            GError         **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autofree char *sql = NULL;

  {
    g_auto(FfStoreStmt) list = NULL;

    sql = g_strconcat ("SELECT id FROM ", ff_plan_part_types[kind].table,
                       " WHERE plan_id = ?1 AND deleted_at IS NULL ORDER BY position, id",
                       NULL);
    list = ff_store_prepare_bound (store, error, sql, "i", from);
    if (list == NULL)
      return FALSE;

    ids = ff_store_collect_ids (store, list, error);
    if (ids == NULL)
      return FALSE;
  }

  for (guint i = 0; i < ids->len; i++)
    {
      if (!ff_record_copy (store, &ff_plan_part_types[kind], g_array_index (ids, gint64, i),
                           NULL, NULL, to, NULL, error))
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
        g_string_append_printf (columns, ", %s", ff_record_type_column (&ff_plan_type, i));
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
  return ff_store_exec (store, error,
                        "UPDATE plan SET state = 'signed', signed_date = ?2,"
                        " updated_at = ?3,"
                        " (participant_name, native_name, birth_date, contact_person,"
                        "  programme_name, organisation, programme_kind) ="
                        " (SELECT trim (pa.given_name || ' ' || pa.family_name),"
                        "  pa.native_name, pa.birth_date, pa.contact_person,"
                        "  pr.name, pr.organisation, pr.kind"
                        "  FROM enrolment e"
                        "  JOIN participant pa ON pa.id = e.participant_id"
                        "  JOIN programme pr ON pr.id = e.programme_id"
                        "  WHERE e.id = plan.enrolment_id)"
                        " WHERE id = ?1",
                        "itt", plan_id, signed_date, now);
}

gint64
ff_plan_sign (FfStore     *store,
              gint64       plan_id,
              const char  *date,
              GError     **error)
{
  g_autofree char *plan_uuid = NULL;
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

  if (!ff_record_check_writable (store, &ff_plan_type, plan_id, &plan_uuid, error))
    goto fail;

  now = ff_store_now ();

  if (!ff_plan_freeze (store, plan_id, clean_date, now, error) ||
      !ff_store_audit (store, "plan", plan_uuid, "state", "draft", "signed", error) ||
      !ff_store_audit (store, "plan", plan_uuid, "signed_date", "", clean_date, error))
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
      if (!copy_parts (store, kind, plan_id, id, error))
        goto fail;
    }

  if (!ff_store_commit (store, error))
    goto fail;

  ff_store_emit_changed (store, FF_RECORD_PLAN, plan_id);
  ff_store_emit_changed (store, FF_RECORD_PLAN, id);
  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

