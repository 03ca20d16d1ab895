/* ff-enrolment.c — a participant in a programme, with the history of its status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-absence-reduction.h"
#include "ff-enrolment.h"
#include "ff-store-private.h"
#include "ff-validate.h"

/* Most recently changed first: by the date of the current status, then by the last
 * change entered. Of an enrolment's alias @e; shared by the participant's status and
 * the list. */
#define RECENT_FIRST(e) \
  e ".status_date DESC," \
  " (SELECT max(s.id) FROM enrolment_status s WHERE s.enrolment_id = " e ".id) DESC," \
  " " e ".id DESC"

static const FfChoice payment_periods[] = {
  /* Translators: how often the introduction benefit is paid */
  [FF_PAYMENT_MONTHLY] = { "monthly", NULL, N_("Monthly") },
  /* Translators: how often the introduction benefit is paid */
  [FF_PAYMENT_FORTNIGHTLY] = { "fortnightly", NULL, N_("Every 14 days") },
};

const FfChoiceList ff_payment_periods = {
  payment_periods, G_N_ELEMENTS (payment_periods), FF_PAYMENT_MONTHLY,
  N_("Choose monthly or every 14 days."),
};

static const FfChoice carer_choices[] = {
  /* Translators: a participant who shares the care of their children */
  { "0", "carer", NC_("carer", "Not alone") },
  /* Translators: a participant who cares for their children alone */
  { "1", "carer", NC_("carer", "Sole carer") },
};

static const FfChoiceList carer_list = {
  carer_choices, G_N_ELEMENTS (carer_choices), 0, NULL,
};

static const FfField fields[FF_ENROLMENT_N_FIELDS] = {
  [FF_ENROLMENT_FIELD_STATUS] = { "status", NULL, FF_CHECK_CHOICE, 0,
                                  &ff_enrolment_statuses },
  [FF_ENROLMENT_FIELD_STATUS_DATE] = { "status_date", NULL, FF_CHECK_DATE },
  [FF_ENROLMENT_FIELD_PAYMENT_PERIOD] = { "payment_period", NULL, FF_CHECK_CHOICE, 0,
                                          &ff_payment_periods, "monthly" },
  [FF_ENROLMENT_FIELD_PAYMENT_FROM] = { "payment_from", NULL, FF_CHECK_DATE },
  [FF_ENROLMENT_FIELD_YEARLY_BENEFIT] = { "yearly_benefit", NULL, FF_CHECK_MONEY },
  [FF_ENROLMENT_FIELD_CHILDREN] = { "children", NULL, FF_CHECK_TALLY },
  [FF_ENROLMENT_FIELD_SOLE_CARER] = { "sole_carer", NULL, FF_CHECK_FLAG, 0, &carer_list,
                                      "0" },
};

/* A benefit is an amount above 0; a family of more than 20 children is a typing
 * error. */
static gboolean
check (const char * const *values,
       guint               changed,
       GError            **error)
{
  const char *benefit = values[FF_ENROLMENT_FIELD_YEARLY_BENEFIT];
  const char *children = values[FF_ENROLMENT_FIELD_CHILDREN];

  if (*benefit != '\0')
    {
      gint64 ore = g_ascii_strtoll (benefit, NULL, 10);

      if (ore <= 0 || ore > FF_ABSENCE_AMOUNT_MAX)
        {
          g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                               ore <= 0 ? _("The yearly benefit must be more than 0 kr.")
                                        : _("The yearly benefit can be at most 100 million "
                                            "kr."));
          return FALSE;
        }
    }

  if (*children != '\0' && g_ascii_strtoll (children, NULL, 10) > 20)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("Type a number of children from 0 to 20."));
      return FALSE;
    }

  return TRUE;
}

static const char * const extra[] = {
  [FF_ENROLMENT_PARTICIPANT_ID] = "t.participant_id",
  [FF_ENROLMENT_PROGRAMME_ID] = "t.programme_id",
  [FF_ENROLMENT_PROGRAMME_NAME] = "(SELECT name FROM programme WHERE id = t.programme_id)",
  [FF_ENROLMENT_PROGRAMME_KIND] = "(SELECT kind FROM programme WHERE id = t.programme_id)",
};

/* Written by ff_enrolment_create() and ff_enrolment_set_status() only, which keep the
 * status history and the participant's status in step; read as records. */
const FfRecordType ff_enrolment_type = {
  .kind = FF_RECORD_ENROLMENT,
  .table = "enrolment",
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .not_found = N_("The enrolment no longer exists. Reload the participant."),
  .owner = &ff_participant_type,
  .owner_column = "participant_id",
  .order = RECENT_FIRST ("t"),
  .title_field = FF_ENROLMENT_FIELD_STATUS,
  .extra = extra,
  .n_extra = G_N_ELEMENTS (extra),
  .check = check,
  .get_gtype = ff_enrolment_get_type,
};

struct _FfEnrolment
{
  FfRecord  parent_instance;
};

G_DEFINE_FINAL_TYPE (FfEnrolment, ff_enrolment, FF_TYPE_RECORD)

static void
ff_enrolment_class_init (FfEnrolmentClass *klass)
{
}

static void
ff_enrolment_init (FfEnrolment *self)
{
}

struct _FfStatusChange
{
  FfEnrolmentStatus  status;
  char              *date;
  char              *reason;
};

static void
status_change_free (FfStatusChange *change)
{
  g_free (change->date);
  g_free (change->reason);
  g_free (change);
}

/* Checks what a status change is made of; fills @clean_date (today for NULL or
 * "") and @clean_reason. */
static gboolean
validate_change (FfEnrolmentStatus   status,
                 const char         *date,
                 const char         *reason,
                 char              **clean_date,
                 char              **clean_reason,
                 GError            **error)
{
  if (status <= FF_ENROLMENT_STATUS_NONE || status >= FF_ENROLMENT_N_STATUSES)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                           _("Choose a status from the list."));
      return FALSE;
    }

  if (date == NULL || *date == '\0')
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      *clean_date = g_date_time_format (now, "%Y-%m-%d");
    }
  else if (!ff_validate_date (date, FF_DATE_ANY, clean_date, error))
    {
      return FALSE;
    }

  *clean_reason = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  return TRUE;
}

static gboolean
insert_status (FfStore            *store,
               gint64              enrolment_id,
               FfEnrolmentStatus   status,
               const char         *date,
               const char         *reason,
               const char         *now,
               GError            **error)
{
  g_autofree char *uuid = ff_store_new_uuid ();

  return ff_store_exec (store, error,
                        "INSERT INTO enrolment_status (uuid, created_at, updated_at,"
                        " enrolment_id, status, date, reason)"
                        " VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)",
                        "ttittt", uuid, now, enrolment_id, ff_enrolment_status_to_key (status),
                        date, reason);
}

/* The enrolment's current status is the last of its history (by date, then by
 * entry), whatever order the changes were typed in. */
static gboolean
update_enrolment_status (FfStore     *store,
                         gint64       enrolment_id,
                         const char  *now,
                         GError     **error)
{
  return ff_store_exec (store, error,
                        "UPDATE enrolment SET (status, status_date) ="
                        " (SELECT status, date FROM enrolment_status"
                        "  WHERE enrolment_id = ?1 ORDER BY date DESC, id DESC LIMIT 1),"
                        " updated_at = ?2"
                        " WHERE id = ?1",
                        "it", enrolment_id, now);
}

/* Sets the participant's status to that of their most recently changed enrolment,
 * with an audit row when it changes. */
static gboolean
update_participant_status (FfStore     *store,
                           gint64       participant_id,
                           const char  *now,
                           GError     **error)
{
  g_auto(FfStoreStmt) read = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *old_status = NULL;
  g_autofree char *new_status = NULL;

  read = ff_store_prepare_bound (store, error,
                                 "SELECT p.uuid, p.status,"
                                 " coalesce ((SELECT e.status FROM enrolment e"
                                 "  WHERE e.participant_id = p.id AND e.deleted_at IS NULL"
                                 " ORDER BY " RECENT_FIRST ("e") " LIMIT 1), '')"
                                 " FROM participant p WHERE p.id = ?1",
                                 "i", participant_id);
  if (read == NULL)
    return FALSE;

  if (sqlite3_step (read) != SQLITE_ROW)
    return ff_store_set_sqlite_error (store, error);

  uuid = g_strdup (ff_store_column_text (read, 0));
  old_status = g_strdup (ff_store_column_text (read, 1));
  new_status = g_strdup (ff_store_column_text (read, 2));
  sqlite3_reset (read);

  if (strcmp (old_status, new_status) == 0)
    return TRUE;

  return ff_store_exec (store, error,
                        "UPDATE participant SET status = ?1, updated_at = ?2 WHERE id = ?3",
                        "tti", new_status, now, participant_id) &&
         ff_store_audit (store, "participant", uuid, "status", old_status, new_status,
                         error);
}

/* Ends a change of enrolment @enrolment_id of @participant_id: brings the participant's
 * status in step, commits, and announces both. */
static gboolean
commit_change (FfStore     *store,
               gint64       enrolment_id,
               gint64       participant_id,
               const char  *now,
               GError     **error)
{
  if (!update_participant_status (store, participant_id, now, error) ||
      !ff_store_commit (store, error))
    return FALSE;

  ff_store_emit_changed (store, FF_RECORD_ENROLMENT, enrolment_id);
  ff_store_emit_changed (store, FF_RECORD_PARTICIPANT, participant_id);
  return TRUE;
}

gint64
ff_enrolment_create (FfStore            *store,
                     gint64              participant_id,
                     gint64              programme_id,
                     FfEnrolmentStatus   status,
                     const char         *date,
                     const char         *reason,
                     GError            **error)
{
  g_auto(FfStoreStmt) read = NULL;
  g_autofree char *clean_date = NULL;
  g_autofree char *clean_reason = NULL;
  g_autofree char *person = NULL;
  g_autofree char *programme = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  gboolean enrolled;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  if (!validate_change (status, date, reason, &clean_date, &clean_reason, error))
    return 0;

  if (!ff_store_begin (store, error))
    return 0;

  read = ff_store_prepare_bound (store, error,
                                 "SELECT trim (pa.given_name || ' ' || pa.family_name), pr.name,"
                                 " EXISTS (SELECT 1 FROM enrolment e"
                                 "  WHERE e.participant_id = pa.id AND e.programme_id = pr.id)"
                                 " FROM participant pa, programme pr"
                                 " WHERE pa.id = ?1 AND pa.deleted_at IS NULL"
                                 " AND pr.id = ?2 AND pr.deleted_at IS NULL",
                                 "ii", participant_id, programme_id);
  if (read == NULL || !ff_store_step_row (store, read,
                          _("The participant or the programme no longer exists. "
                            "Reload the list."),
                          error))
    goto fail;

  person = g_strdup (ff_store_column_text (read, 0));
  programme = g_strdup (ff_store_column_text (read, 1));
  enrolled = sqlite3_column_int (read, 2) != 0;
  sqlite3_reset (read);

  if (enrolled)
    {
      g_set_error (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                   /* Translators: a participant's name, and a programme's name */
                   _("%s is already enrolled in %s."), person, programme);
      goto fail;
    }

  uuid = ff_store_new_uuid ();
  now = ff_store_now ();
  if (!ff_store_exec (store, error,
                      "INSERT INTO enrolment (uuid, created_at, updated_at,"
                      " participant_id, programme_id, status, status_date)"
                      " VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)",
                      "ttiitt", uuid, now, participant_id, programme_id,
                      ff_enrolment_status_to_key (status), clean_date))
    goto fail;
  id = sqlite3_last_insert_rowid (ff_store_get_db (store));

  if (!insert_status (store, id, status, clean_date, clean_reason, now, error) ||
      !ff_store_audit (store, "enrolment", uuid, NULL, NULL, "created", error) ||
      !commit_change (store, id, participant_id, now, error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

gboolean
ff_enrolment_set_status (FfStore            *store,
                         gint64              enrolment_id,
                         FfEnrolmentStatus   status,
                         const char         *date,
                         const char         *reason,
                         GError            **error)
{
  g_auto(FfStoreStmt) read = NULL;
  g_auto(FfStoreStmt) current = NULL;
  g_autofree char *clean_date = NULL;
  g_autofree char *clean_reason = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *old_status = NULL;
  g_autofree char *first_date = NULL;
  g_autofree char *now = NULL;
  gint64 participant_id;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if (!validate_change (status, date, reason, &clean_date, &clean_reason, error))
    return FALSE;

  if (!ff_store_begin (store, error))
    return FALSE;

  read = ff_store_prepare_bound (store, error,
                                 "SELECT e.uuid, e.participant_id, e.status,"
                                 " (SELECT min(s.date) FROM enrolment_status s"
                                 "  WHERE s.enrolment_id = e.id)"
                                 " FROM enrolment e WHERE e.id = ?1 AND e.deleted_at IS NULL",
                                 "i", enrolment_id);
  if (read == NULL || !ff_store_step_row (store, read, _(ff_enrolment_type.not_found), error))
    goto fail;

  uuid = g_strdup (ff_store_column_text (read, 0));
  participant_id = sqlite3_column_int64 (read, 1);
  old_status = g_strdup (ff_store_column_text (read, 2));
  first_date = g_strdup (ff_store_column_text (read, 3));
  sqlite3_reset (read);

  /* ISO dates compare as text. */
  if (*first_date != '\0' && strcmp (clean_date, first_date) < 0)
    {
      g_set_error (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                   /* Translators: %s is the date (YYYY-MM-DD) of the enrolment's
                    * first status */
                   _("The date is before the enrolment began (%s). Choose a later "
                     "date."),
                   first_date);
      goto fail;
    }

  now = ff_store_now ();
  if (!insert_status (store, enrolment_id, status, clean_date, clean_reason, now, error) ||
      !update_enrolment_status (store, enrolment_id, now, error))
    goto fail;

  current = ff_store_prepare_bound (store, error, "SELECT status FROM enrolment WHERE id = ?1",
                                    "i", enrolment_id);
  if (current == NULL || !ff_store_step_row (store, current, _(ff_enrolment_type.not_found),
                                             error) ||
      !ff_store_audit (store, "enrolment", uuid, "status", old_status,
                       ff_store_column_text (current, 0), error))
    goto fail;
  sqlite3_reset (current);

  if (!commit_change (store, enrolment_id, participant_id, now, error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

GPtrArray *
ff_enrolment_list_for_participant (FfStore  *store,
                                   gint64    participant_id,
                                   GError  **error)
{
  return ff_record_load_owned (store, &ff_enrolment_type, participant_id, error);
}

/* Of "SELECT status, date, reason". */
static gpointer
status_change_from_row (sqlite3_stmt *stmt,
                        gpointer      data)
{
  FfStatusChange *change = g_new (FfStatusChange, 1);

  change->status = ff_enrolment_status_from_key (ff_store_column_text (stmt, 0));
  change->date = g_strdup (ff_store_column_text (stmt, 1));
  change->reason = g_strdup (ff_store_column_text (stmt, 2));

  return change;
}

GPtrArray *
ff_enrolment_history (FfStore  *store,
                      gint64    enrolment_id,
                      GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT status, date, reason FROM enrolment_status"
                                 " WHERE enrolment_id = ?1 ORDER BY date, id",
                                 "i", enrolment_id);
  if (stmt == NULL)
    return NULL;

  return ff_store_collect_rows (store, stmt, status_change_from_row, NULL,
                                (GDestroyNotify) status_change_free, error);
}

FfEnrolmentStatus
ff_enrolment_get_status (FfEnrolment *self)
{
  g_return_val_if_fail (FF_IS_ENROLMENT (self), FF_ENROLMENT_STATUS_NONE);

  return ff_enrolment_status_from_key (ff_record_get (FF_RECORD (self),
                                                      FF_ENROLMENT_FIELD_STATUS));
}

gint64
ff_enrolment_get_id_of (FfEnrolment      *self,
                        FfEnrolmentExtra  extra_id)
{
  g_return_val_if_fail (FF_IS_ENROLMENT (self), 0);

  return g_ascii_strtoll (ff_record_get_extra (FF_RECORD (self), extra_id), NULL, 10);
}

const char *
ff_enrolment_get_programme_name (FfEnrolment *self)
{
  g_return_val_if_fail (FF_IS_ENROLMENT (self), "");

  return ff_record_get_extra (FF_RECORD (self), FF_ENROLMENT_PROGRAMME_NAME);
}

FfEnrolmentStatus
ff_status_change_get_status (FfStatusChange *self)
{
  g_return_val_if_fail (self != NULL, FF_ENROLMENT_STATUS_NONE);

  return self->status;
}

const char *
ff_status_change_get_date (FfStatusChange *self)
{
  g_return_val_if_fail (self != NULL, "");

  return self->date;
}

const char *
ff_status_change_get_reason (FfStatusChange *self)
{
  g_return_val_if_fail (self != NULL, "");

  return self->reason;
}

const char *
ff_enrolment_get_programme_kind (FfEnrolment *self)
{
  g_return_val_if_fail (FF_IS_ENROLMENT (self), "");

  return ff_record_get_extra (FF_RECORD (self), FF_ENROLMENT_PROGRAMME_KIND);
}

gboolean
ff_enrolment_set_benefit (FfStore  *store,
                          gint64    enrolment_id,
                          int       period,
                          gint64    yearly_benefit,
                          GError  **error)
{
  g_autofree char *amount = NULL;
  const char *values[FF_ENROLMENT_N_FIELDS] = { NULL };

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if (period != FF_PAYMENT_MONTHLY && period != FF_PAYMENT_FORTNIGHTLY)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                           _("Choose monthly or every 14 days."));
      return FALSE;
    }
  if (yearly_benefit <= 0)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The yearly benefit must be more than 0 kr."));
      return FALSE;
    }

  /* Whole øre, which the money field reads as kroner with two decimals. */
  amount = g_strdup_printf ("%" G_GINT64_FORMAT ",%02d", yearly_benefit / 100,
                            (int) (yearly_benefit % 100));
  values[FF_ENROLMENT_FIELD_PAYMENT_PERIOD] = ff_choice_list_key (&ff_payment_periods,
                                                                  (guint) period);
  values[FF_ENROLMENT_FIELD_YEARLY_BENEFIT] = amount;

  return ff_record_update (store, &ff_enrolment_type, enrolment_id, values, error);
}

gboolean
ff_enrolment_get_benefit (FfEnrolment *self,
                          gint64      *yearly_benefit,
                          int         *period)
{
  const char *amount;

  g_return_val_if_fail (FF_IS_ENROLMENT (self), FALSE);

  amount = ff_record_get (FF_RECORD (self), FF_ENROLMENT_FIELD_YEARLY_BENEFIT);
  if (*amount == '\0')
    return FALSE;

  if (yearly_benefit != NULL)
    *yearly_benefit = g_ascii_strtoll (amount, NULL, 10);
  if (period != NULL)
    *period = (int) ff_choice_list_index (&ff_payment_periods,
                                          ff_record_get (FF_RECORD (self),
                                                         FF_ENROLMENT_FIELD_PAYMENT_PERIOD));
  return TRUE;
}
