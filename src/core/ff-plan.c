/* ff-plan.c — the individual plan of an enrolment: its versions and its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-plan-private.h"
#include "ff-record-private.h"
#include "ff-store-private.h"
#include "ff-validate.h"

/* The header of a plan, in the order of its columns. */
enum
{
  HEADER_PARTICIPANT_NAME,
  HEADER_NATIVE_NAME,
  HEADER_BIRTH_DATE,
  HEADER_CONTACT_PERSON,
  HEADER_PROGRAMME_NAME,
  HEADER_ORGANISATION,
  HEADER_PROGRAMME_KIND,
  N_HEADER
};

struct _FfPlanPart
{
  FfRecord  parent_instance;
};

G_DEFINE_FINAL_TYPE (FfPlanPart, ff_plan_part, FF_TYPE_RECORD)

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
ff_plan_part_class_init (FfPlanPartClass *klass)
{
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

/* Reading */

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
        { "programme_kind", "pr.kind" },
      };
      GString *s = g_string_new ("SELECT pl.id, pl.uuid, pl.enrolment_id, e.participant_id,"
                                 " pl.version, pl.state, pl.signed_date");

      for (guint i = 0; i < N_PLAN_FIELDS; i++)
        g_string_append_printf (s, ", pl.%s", ff_record_type_column (&ff_plan_type, i));
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

static gpointer
plan_from_row (sqlite3_stmt *stmt,
               gpointer      data)
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

static gboolean
load_parts (FfStore         *store,
            FfPlan          *plan,
            FfPlanPartKind   kind,
            GError         **error)
{
  g_autoptr(GPtrArray) parts = ff_record_load_owned (store, &ff_plan_part_types[kind],
                                                     plan->id, error);

  if (parts == NULL)
    return FALSE;

  g_ptr_array_extend_and_steal (plan->parts[kind], g_steal_pointer (&parts));

  /* The earliest review not yet held. */
  for (guint i = 0; kind == FF_PLAN_PART_REVIEW && i < plan->parts[kind]->len; i++)
    {
      FfPlanPart *part = g_ptr_array_index (plan->parts[kind], i);
      const char *date = ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_DATE);

      if (strcmp (ff_plan_part_get_field (part, FF_PLAN_FIELD_REVIEW_DONE), "1") != 0 &&
          (*plan->next_review == '\0' || strcmp (date, plan->next_review) < 0))
        {
          g_free (plan->next_review);
          plan->next_review = g_strdup (date);
        }
    }

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
  stmt = ff_store_prepare_bound (store, error, sql, "i", plan_id);
  if (stmt == NULL)
    return NULL;

  if (!ff_store_step_row (store, stmt, ff_record_not_found (&ff_plan_type), error))
    return NULL;

  plan = plan_from_row (stmt, NULL);
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
  g_autofree char *sql = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  sql = g_strconcat (select_plan_sql (), " AND pl.enrolment_id = ?1 ORDER BY pl.version DESC",
                     NULL);
  stmt = ff_store_prepare_bound (store, error, sql, "i", enrolment_id);
  if (stmt == NULL)
    return NULL;

  return ff_store_collect_rows (store, stmt, plan_from_row, NULL,
                                g_object_unref, error);
}

gint64
ff_plan_find_draft (FfStore  *store,
                    gint64    enrolment_id,
                    GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT id FROM plan WHERE enrolment_id = ?1"
                                 " AND state = 'draft' AND deleted_at IS NULL",
                                 "i", enrolment_id);
  if (stmt == NULL)
    return 0;

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
  stmt = ff_store_prepare_bound (store, error,
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
                                 " FROM participant pa"
                                 " WHERE pa.id = ?1 AND pa.deleted_at IS NULL",
                                 "i", participant_id);
  if (stmt == NULL)
    return 0;

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
                   _("%s has no plan yet."), name);
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

  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT other.id FROM plan this"
                                 " JOIN plan other ON other.enrolment_id = this.enrolment_id"
                                 " WHERE this.id = ?1 AND other.version = ?2"
                                 " AND other.deleted_at IS NULL",
                                 "ii", plan_id, (gint64) version);
  if (stmt == NULL)
    return 0;

  /* Translators: %d is a version number of a plan */
  not_found = g_strdup_printf (_("The plan has no version %d."), version);
  if (!ff_store_step_row (store, stmt, not_found, error))
    return 0;

  return sqlite3_column_int64 (stmt, 0);
}

/* Writing */

gboolean
ff_plan_set_field (FfStore      *store,
                   gint64        plan_id,
                   FfPlanField   field,
                   const char   *value,
                   GError      **error)
{
  g_return_val_if_fail (ff_plan_field_part_kind (field) == -1, FALSE);

  return ff_record_set_field (store, &ff_plan_type, plan_id, field, value, error);
}

gboolean
ff_plan_set_part_field (FfStore      *store,
                        gint64        part_id,
                        FfPlanField   field,
                        const char   *value,
                        GError      **error)
{
  const FfRecordType *type;
  guint index;

  g_return_val_if_fail (ff_plan_field_part_kind (field) >= 0, FALSE);

  type = ff_plan_field_record_type (field, &index);
  return ff_record_set_field (store, type, part_id, index, value, error);
}

gint64
ff_plan_add_part (FfStore         *store,
                  gint64           plan_id,
                  FfPlanPartKind   kind,
                  const char      *date,
                  GError         **error)
{
  /* A review is never without its date; other parts start empty. */
  const char *review[FF_PLAN_N_FIELDS - FF_PLAN_FIELD_REVIEW_DATE] = {
    [FF_PLAN_FIELD_REVIEW_DATE - FF_PLAN_FIELD_REVIEW_DATE] = date,
  };

  g_return_val_if_fail (kind < FF_PLAN_N_PART_KINDS, 0);

  return ff_record_insert (store, &ff_plan_part_types[kind], plan_id,
                           kind == FF_PLAN_PART_REVIEW ? review : NULL, error);
}

gboolean
ff_plan_remove_part (FfStore         *store,
                     FfPlanPartKind   kind,
                     gint64           part_id,
                     GError         **error)
{
  g_return_val_if_fail (kind < FF_PLAN_N_PART_KINDS, FALSE);

  return ff_record_set_deleted (store, &ff_plan_part_types[kind], part_id, TRUE, error);
}

gboolean
ff_plan_restore_part (FfStore         *store,
                      FfPlanPartKind   kind,
                      gint64           part_id,
                      GError         **error)
{
  g_return_val_if_fail (kind < FF_PLAN_N_PART_KINDS, FALSE);

  return ff_record_set_deleted (store, &ff_plan_part_types[kind], part_id, FALSE, error);
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

  read = ff_store_prepare_bound (store, error,
                                 "SELECT pa.languages, pa.country,"
                                 " EXISTS (SELECT 1 FROM plan pl"
                                 "  WHERE pl.enrolment_id = e.id AND pl.deleted_at IS NULL)"
                                 " FROM enrolment e"
                                 " JOIN participant pa ON pa.id = e.participant_id"
                                 " WHERE e.id = ?1 AND e.deleted_at IS NULL"
                                 " AND pa.deleted_at IS NULL",
                                 "i", enrolment_id);
  if (read == NULL)
    goto fail;

  if (!ff_store_step_row (store, read,
                          _("The participant's enrolment no longer exists. Reload the "
                            "participant."),
                          error))
    goto fail;

  if (sqlite3_column_int (read, 2) != 0)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                           _("This enrolment already has a plan."));
      goto fail;
    }

  second_language = ff_plan_language_for_participant (ff_store_column_text (read, 0),
                                                      ff_store_column_text (read, 1));

  uuid = ff_store_new_uuid ();
  now = ff_store_now ();
  insert = ff_store_prepare_bound (store, error,
                                   "INSERT INTO plan (uuid, created_at, updated_at, enrolment_id,"
                                   " version, state, language, second_language)"
                                   " VALUES (?1, ?2, ?2, ?3, 1, 'draft', 'nb', ?4)",
                                   "ttit", uuid, now, enrolment_id, second_language);
  if (insert == NULL)
    goto fail;

  sqlite3_reset (read);

  if (!ff_store_step_done (store, insert, error))
    goto fail;
  id = sqlite3_last_insert_rowid (ff_store_get_db (store));

  if (!ff_store_commit_audited (store, FF_RECORD_PLAN, "plan", id, uuid, NULL, NULL, "created",
                                error))
    goto fail;

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

const char *
ff_plan_get_programme_kind (FfPlan *self)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");

  return self->header[HEADER_PROGRAMME_KIND];
}

/* Since 2021 the plan of an introduction programme is an integreringsplan
 * (integreringsloven § 15). "Individuell plan" is a term of the health and welfare
 * laws (helse- og omsorgstjenesteloven § 7-1), so the other kinds of programme, which
 * no law names a plan for, call it a participant plan (deltakerplan). */
const char *
ff_plan_name_for_kind (const char *programme_kind,
                       gboolean    heading)
{
  if (g_strcmp0 (programme_kind, "introduction") == 0)
    {
      if (heading)
        /* Translators: a window's title; the plan of a participant in an introduction
         * programme, which the integration act calls integreringsplan */
        return N_("Integration Plan");
      /* Translators: the plan of a participant in an introduction programme, which
       * the integration act calls integreringsplan; also its printed title */
      return N_("Integration plan");
    }

  if (heading)
    /* Translators: a window's title; the plan of a participant in a programme other
     * than the introduction programme, e.g. "deltakerplan" (not "individuell plan",
     * a term of the health laws) */
    return N_("Participant Plan");
  /* Translators: the plan of a participant in a programme other than the introduction
   * programme, e.g. "deltakerplan" (not "individuell plan", a term of the health
   * laws); also its printed title */
  return N_("Participant plan");
}

const char *
ff_plan_get_name (FfPlan   *self,
                  gboolean  heading)
{
  g_return_val_if_fail (FF_IS_PLAN (self), "");

  return ff_plan_name_for_kind (self->header[HEADER_PROGRAMME_KIND], heading);
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
  return ff_record_get_id (FF_RECORD (self));
}

FfPlanPartKind
ff_plan_part_get_kind (FfPlanPart *self)
{
  const FfRecordType *type = ff_record_get_record_type (FF_RECORD (self));

  g_return_val_if_fail (FF_IS_PLAN_PART (self), FF_PLAN_PART_SUBGOAL);

  return (FfPlanPartKind) (type - ff_plan_part_types);
}

const char *
ff_plan_part_get_field (FfPlanPart  *self,
                        FfPlanField  field)
{
  const FfRecordType *type;
  guint index;

  g_return_val_if_fail (FF_IS_PLAN_PART (self), "");
  g_return_val_if_fail (field < FF_PLAN_N_FIELDS, "");

  type = ff_plan_field_record_type (field, &index);
  if (type != ff_record_get_record_type (FF_RECORD (self)))
    return "";

  return ff_record_get (FF_RECORD (self), index);
}
