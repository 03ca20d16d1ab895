/* ff-business-plan.c — business plans: made, copied from another, their status with
 * its history, their checklist filled from the defaults, and the reviewers' marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-business-checklist.h"
#include "ff-business-plan.h"
#include "ff-format.h"
#include "ff-store-private.h"
#include "ff-validate.h"

#define PART(kind) (&ff_business_part_types[FF_BUSINESS_PART_ ## kind])

gboolean
ff_business_status_can_change (FfBusinessStatus from,
                               FfBusinessStatus to)
{
  switch (from)
    {
    case FF_BUSINESS_STATUS_DRAFT:
      return to == FF_BUSINESS_STATUS_IN_REVIEW;
    case FF_BUSINESS_STATUS_IN_REVIEW:
      return to == FF_BUSINESS_STATUS_DRAFT || to == FF_BUSINESS_STATUS_FINAL;
    case FF_BUSINESS_STATUS_FINAL:
      return to == FF_BUSINESS_STATUS_IN_REVIEW;
    default:
      return FALSE;
    }
}

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Inside the caller's transaction: one change of a plan's status. */
static gboolean
add_change (FfStore     *store,
            gint64       plan_id,
            const char  *status,
            const char  *date,
            GError     **error)
{
  g_autofree char *uuid = ff_store_new_uuid ();
  g_autofree char *now = ff_store_now ();

  return ff_store_exec (store, error,
                        "INSERT INTO business_plan_status"
                        " (uuid, created_at, updated_at, plan_id, status, date)"
                        " VALUES (?1, ?2, ?2, ?3, ?4, ?5)",
                        "ttitt", uuid, now, plan_id, status, date);
}

/* The rule keys of the items plan @plan_id holds, deleted ones too (an item the user
 * removed is not put back). */
static GHashTable *
rules_held (FfStore  *store,
            gint64    plan_id,
            GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GHashTable) rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int rc;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT rule FROM business_plan_item"
                                 " WHERE plan_id = ?1 AND rule <> ''",
                                 "i", plan_id);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (rules, g_strdup (ff_store_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&rules);
}

/* Inside the caller's transaction. */
static gboolean
add_default_items (FfStore     *store,
                   gint64       plan_id,
                   const char  *kind_key,
                   GError     **error)
{
  FfBusinessKind kind = ff_choice_list_index (&ff_business_kinds, kind_key);
  g_autoptr(GHashTable) held = rules_held (store, plan_id, error);
  const FfBusinessChecklistDefault *items;
  guint n_items;

  if (held == NULL)
    return FALSE;

  items = ff_business_checklist_defaults (&n_items);
  for (guint i = 0; i < n_items; i++)
    {
      const char *values[FF_BUSINESS_ITEM_N_FIELDS] = { NULL };

      if (!ff_business_checklist_applies (&items[i], kind)
          || g_hash_table_contains (held, items[i].key))
        continue;

      values[FF_BUSINESS_ITEM_TITLE] = g_dgettext (GETTEXT_PACKAGE, items[i].title);
      values[FF_BUSINESS_ITEM_RULE] = items[i].key;
      if (ff_record_insert (store, PART (CHECKLIST), plan_id, values, error) == 0)
        return FALSE;
    }

  return TRUE;
}

gint64
ff_business_plan_create (FfStore            *store,
                         gint64              participant_id,
                         const char * const *values,
                         GError            **error)
{
  const char *given[FF_BUSINESS_PLAN_N_FIELDS] = { NULL };
  g_autofree char *date = today ();
  g_autofree char *kind = NULL;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  for (guint i = 0; values != NULL && i < FF_BUSINESS_PLAN_N_FIELDS; i++)
    given[i] = values[i];

  /* The day the draft was begun, when it is given (a plan entered late). */
  if (given[FF_BUSINESS_PLAN_STATUS_DATE] != NULL && *given[FF_BUSINESS_PLAN_STATUS_DATE] != '\0')
    {
      g_clear_pointer (&date, g_free);
      if (!ff_validate_date (given[FF_BUSINESS_PLAN_STATUS_DATE], FF_DATE_ANY, &date, error))
        return 0;
    }
  given[FF_BUSINESS_PLAN_STATUS] = "draft";
  given[FF_BUSINESS_PLAN_STATUS_DATE] = date;

  if (!ff_record_validate (&ff_business_plan_type, FF_BUSINESS_PLAN_KIND,
                           given[FF_BUSINESS_PLAN_KIND], &kind, error))
    return 0;

  if (!ff_store_begin (store, error))
    return 0;

  id = ff_record_insert (store, &ff_business_plan_type, participant_id, given, error);
  if (id == 0
      || !add_change (store, id, "draft", date, error)
      || !add_default_items (store, id, kind, error)
      || !ff_store_commit (store, error))
    {
      ff_store_rollback (store);
      return 0;
    }

  return id;
}

/* Copies the parts of @type from plan @from to plan @to, only the fields @copied
 * (ending with G_MAXUINT); amounts as Bokmål writes them, which they are read back
 * from exactly. Inside the caller's transaction. */
static gboolean
copy_parts (FfStore             *store,
            const FfRecordType  *type,
            gint64               from,
            gint64               to,
            const guint         *copied,
            GError             **error)
{
  g_autoptr(GPtrArray) parts = ff_record_load_owned (store, type, from, error);

  if (parts == NULL)
    return FALSE;

  for (guint i = 0; i < parts->len; i++)
    {
      FfRecord *part = g_ptr_array_index (parts, i);
      g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
      const char *values[FF_BUSINESS_BUDGET_N_FIELDS] = { NULL };

      g_assert (type->n_fields <= G_N_ELEMENTS (values));
      for (const guint *f = copied; *f != G_MAXUINT; f++)
        {
          char *value = type->fields[*f].check == FF_CHECK_AMOUNT
                          ? ff_record_display (type, *f, ff_record_get (part, *f), "nb")
                          : g_strdup (ff_record_get (part, *f));

          g_ptr_array_add (shown, value);
          values[*f] = value;
        }
      if (ff_record_insert (store, type, to, values, error) == 0)
        return FALSE;
    }

  return TRUE;
}

gint64
ff_business_plan_create_from (FfStore     *store,
                              gint64       source_id,
                              gint64       participant_id,
                              const char  *title,
                              GError     **error)
{
  static const guint item_fields[] = { FF_BUSINESS_ITEM_TITLE, FF_BUSINESS_ITEM_RULE,
                                       G_MAXUINT };
  static const guint startup_fields[] = { FF_BUSINESS_STARTUP_WHAT,
                                          FF_BUSINESS_STARTUP_AMOUNT, G_MAXUINT };
  static const guint financing_fields[] = { FF_BUSINESS_FINANCING_KIND,
                                            FF_BUSINESS_FINANCING_AMOUNT, G_MAXUINT };
  guint budget_fields[FF_BUSINESS_BUDGET_N_FIELDS + 1];
  g_autoptr(FfRecord) source = NULL;
  const char *values[FF_BUSINESS_PLAN_N_FIELDS] = { NULL };
  g_autofree char *date = today ();
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  for (guint i = 0; i < FF_BUSINESS_BUDGET_N_FIELDS; i++)
    budget_fields[i] = i;
  budget_fields[FF_BUSINESS_BUDGET_N_FIELDS] = G_MAXUINT;

  if (!ff_store_begin (store, error))
    return 0;

  source = ff_record_load (store, &ff_business_plan_type, source_id, error);
  if (source == NULL)
    goto fail;

  /* Not the source's title, which may name its participant. */
  values[FF_BUSINESS_PLAN_TITLE] = title != NULL && *title != '\0'
                                     ? title
                                     : ff_choice_list_key_label (&ff_business_kinds,
                                                                 ff_record_get (source,
                                                                                FF_BUSINESS_PLAN_KIND));
  values[FF_BUSINESS_PLAN_KIND] = ff_record_get (source, FF_BUSINESS_PLAN_KIND);
  values[FF_BUSINESS_PLAN_LEGAL_FORM] = ff_record_get (source, FF_BUSINESS_PLAN_LEGAL_FORM);
  values[FF_BUSINESS_PLAN_STATUS] = "draft";
  values[FF_BUSINESS_PLAN_STATUS_DATE] = date;

  id = ff_record_insert (store, &ff_business_plan_type, participant_id, values, error);
  if (id == 0
      || !add_change (store, id, "draft", date, error)
      || !copy_parts (store, PART (CHECKLIST), source_id, id, item_fields, error)
      || !copy_parts (store, PART (STARTUP), source_id, id, startup_fields, error)
      || !copy_parts (store, PART (FINANCING), source_id, id, financing_fields, error)
      || !copy_parts (store, PART (BUDGET), source_id, id, budget_fields, error)
      || !ff_store_commit (store, error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

gboolean
ff_business_plan_set_status (FfStore           *store,
                             gint64             plan_id,
                             FfBusinessStatus   status,
                             const char        *date,
                             GError           **error)
{
  g_autoptr(FfRecord) plan = NULL;
  g_autofree char *clean_date = NULL;
  const char *values[FF_BUSINESS_PLAN_N_FIELDS] = { NULL };
  FfBusinessStatus current;
  const char *current_date;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if ((guint) status >= FF_BUSINESS_N_STATUSES)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                           _("Choose one of the statuses in the list."));
      return FALSE;
    }

  if (date == NULL || *date == '\0')
    clean_date = today ();
  else if (!ff_validate_date (date, FF_DATE_ANY, &clean_date, error))
    return FALSE;

  if (!ff_store_begin (store, error))
    return FALSE;

  plan = ff_record_load (store, &ff_business_plan_type, plan_id, error);
  if (plan == NULL)
    goto fail;

  current = ff_choice_list_index (&ff_business_statuses,
                                  ff_record_get (plan, FF_BUSINESS_PLAN_STATUS));
  current_date = ff_record_get (plan, FF_BUSINESS_PLAN_STATUS_DATE);

  if (!ff_business_status_can_change (current, status))
    {
      g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                   /* Translators: a business plan's status cannot change from the first
                    * status to the second, "from Draft to Final" */
                   _("A business plan cannot go from “%s” to “%s”."),
                   ff_choice_list_label (&ff_business_statuses, current),
                   ff_choice_list_label (&ff_business_statuses, status));
      goto fail;
    }

  if (*current_date != '\0' && strcmp (clean_date, current_date) < 0)
    {
      g_autofree char *shown = ff_format_date (current_date, NULL);

      g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                   /* Translators: the date of the business plan's current status */
                   _("The status last changed on %s: the next change cannot come before that."),
                   shown);
      goto fail;
    }

  values[FF_BUSINESS_PLAN_STATUS] = ff_choice_list_key (&ff_business_statuses, status);
  values[FF_BUSINESS_PLAN_STATUS_DATE] = clean_date;

  if (!add_change (store, plan_id, values[FF_BUSINESS_PLAN_STATUS], clean_date, error)
      || !ff_record_update (store, &ff_business_plan_type, plan_id, values, error))
    goto fail;

  return ff_store_commit (store, error);

fail:
  ff_store_rollback (store);
  return FALSE;
}

GArray *
ff_business_plan_history (FfStore  *store,
                          gint64    plan_id,
                          GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, TRUE, sizeof (FfBusinessStatusChange));
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT status, date FROM business_plan_status"
                                 " WHERE plan_id = ?1 ORDER BY date, id",
                                 "i", plan_id);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfBusinessStatusChange change = { 0 };

      change.status = ff_choice_list_index (&ff_business_statuses,
                                            ff_store_column_text (stmt, 0));
      g_strlcpy (change.date, ff_store_column_text (stmt, 1), sizeof change.date);
      g_array_append_val (changes, change);
    }

  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&changes);
}

GArray *
ff_business_plan_query_ids (FfStore  *store,
                            gint64    participant_id,
                            GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  /* Two statements, not one with "?1 = 0 OR": with that, SQLite walks every
   * participant in name order even when one is asked for. */
  if (participant_id != 0)
    stmt = ff_store_prepare_bound (store, error,
                                   "SELECT b.id FROM business_plan b"
                                   " JOIN participant p ON p.id = b.participant_id"
                                   " WHERE b.participant_id = ?1 AND b.deleted_at IS NULL"
                                   " AND p.deleted_at IS NULL"
                                   " ORDER BY b.id",
                                   "i", participant_id);
  else
    stmt = ff_store_prepare_bound (store, error,
                                   "SELECT b.id FROM business_plan b"
                                   " JOIN participant p ON p.id = b.participant_id"
                                   " WHERE b.deleted_at IS NULL AND p.deleted_at IS NULL"
                                   " ORDER BY p.sort_name, p.id, b.id",
                                   "");
  if (stmt == NULL)
    return NULL;

  return ff_store_collect_ids (store, stmt, error);
}

gboolean
ff_business_plan_add_default_items (FfStore  *store,
                                    gint64    plan_id,
                                    GError  **error)
{
  g_autoptr(FfRecord) plan = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if (!ff_store_begin (store, error))
    return FALSE;

  plan = ff_record_load (store, &ff_business_plan_type, plan_id, error);
  if (plan == NULL
      || !add_default_items (store, plan_id, ff_record_get (plan, FF_BUSINESS_PLAN_KIND), error)
      || !ff_store_commit (store, error))
    {
      ff_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

/* The id of the mark on @section of plan @plan_id, or 0. */
static gboolean
find_mark (FfStore     *store,
           gint64       plan_id,
           const char  *section,
           gint64      *id,
           GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  int rc;

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT id FROM business_plan_mark"
                                 " WHERE plan_id = ?1 AND section = ?2 AND deleted_at IS NULL",
                                 "it", plan_id, section);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return ff_store_set_sqlite_error (store, error);
  *id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

gboolean
ff_business_plan_set_mark (FfStore            *store,
                           gint64              plan_id,
                           FfBusinessSection   section,
                           FfBusinessMark      mark,
                           GError            **error)
{
  const FfRecordType *type = PART (MARK);
  const char *section_key;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (section < FF_BUSINESS_N_SECTIONS, FALSE);
  g_return_val_if_fail (mark >= FF_BUSINESS_MARK_NONE && mark <= FF_BUSINESS_MARK_NEEDS_WORK,
                        FALSE);

  section_key = ff_choice_list_key (&ff_business_sections, section);
  if (!ff_store_begin (store, error))
    return FALSE;

  if (!find_mark (store, plan_id, section_key, &id, error))
    ok = FALSE;
  else if (mark == FF_BUSINESS_MARK_NONE)
    ok = id == 0 || ff_record_set_deleted (store, type, id, TRUE, error);
  else if (id != 0)
    ok = ff_record_set_field (store, type, id, FF_BUSINESS_MARK_MARK,
                              ff_choice_list_key (&ff_business_marks, mark), error);
  else
    {
      const char *values[FF_BUSINESS_MARK_N_FIELDS] = {
        [FF_BUSINESS_MARK_SECTION] = section_key,
        [FF_BUSINESS_MARK_MARK] = ff_choice_list_key (&ff_business_marks, mark),
      };

      ok = ff_record_insert (store, type, plan_id, values, error) != 0;
    }

  if (!ok || !ff_store_commit (store, error))
    {
      ff_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

gboolean
ff_business_plan_section_states (FfStore                *store,
                                 gint64                  plan_id,
                                 FfBusinessSectionState  states[FF_BUSINESS_N_SECTIONS],
                                 GError                **error)
{
  g_autoptr(FfRecord) plan = NULL;
  g_autoptr(GPtrArray) marks = NULL;
  int marked[FF_BUSINESS_N_SECTIONS];

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  plan = ff_record_load (store, &ff_business_plan_type, plan_id, error);
  if (plan == NULL)
    return FALSE;
  marks = ff_record_load_owned (store, PART (MARK), plan_id, error);
  if (marks == NULL)
    return FALSE;

  for (guint s = 0; s < FF_BUSINESS_N_SECTIONS; s++)
    marked[s] = FF_BUSINESS_MARK_NONE;
  for (guint i = 0; i < marks->len; i++)
    {
      FfRecord *mark = g_ptr_array_index (marks, i);
      int section = ff_choice_list_find (&ff_business_sections,
                                         ff_record_get (mark, FF_BUSINESS_MARK_SECTION));

      if (section >= 0)
        marked[section] = ff_choice_list_index (&ff_business_marks,
                                                ff_record_get (mark, FF_BUSINESS_MARK_MARK));
    }

  for (guint s = 0; s < FF_BUSINESS_N_SECTIONS; s++)
    {
      gboolean written = *ff_record_get (plan, ff_business_section_field (s)) != '\0';

      if (marked[s] == FF_BUSINESS_MARK_NEEDS_WORK)
        states[s] = FF_BUSINESS_SECTION_NEEDS_WORK;
      else if (!written)
        states[s] = FF_BUSINESS_SECTION_EMPTY;
      else if (marked[s] == FF_BUSINESS_MARK_OK)
        states[s] = FF_BUSINESS_SECTION_OK;
      else
        states[s] = FF_BUSINESS_SECTION_WRITTEN;
    }

  return TRUE;
}

const char *
ff_business_legal_form_reminder (const char *legal_form)
{
  const char *msgid = ff_business_legal_form_reminder_msgid (legal_form);

  return msgid != NULL ? _(msgid) : NULL;
}

const char *
ff_business_legal_form_reminder_msgid (const char *legal_form)
{
  /* Aksjeloven § 3-1 first paragraph: the share capital of an AS is at least
   * 30,000 kroner. */
  if (g_strcmp0 (legal_form, "as") == 0)
    return N_("A limited company (AS) needs a share capital of at least 30,000 kr.");

  return NULL;
}

gboolean
ff_business_survey_share (guint   asked,
                          guint   would_buy,
                          double *percent)
{
  g_return_val_if_fail (percent != NULL, FALSE);

  if (asked == 0)
    {
      *percent = 0;
      return FALSE;
    }

  *percent = 100.0 * would_buy / asked;
  return TRUE;
}
