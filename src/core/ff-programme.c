/* ff-programme.c — a programme (introduction programme, course, mentor scheme …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-programme.h"
#include "ff-store-private.h"
#include "ff-text.h"
#include "ff-validate.h"

typedef struct
{
  const char *key;
  const char *label;
} KindInfo;

/* Indexed by FfProgrammeKind; the keys are stored in files and never change. */
static const KindInfo kinds[FF_PROGRAMME_N_KINDS] = {
  /* Translators: a kind of programme (introduksjonsprogram) */
  [FF_PROGRAMME_KIND_INTRODUCTION] = { "introduction", N_("Introduction programme") },
  /* Translators: a kind of programme: a course in starting one's own business */
  [FF_PROGRAMME_KIND_ESTABLISHMENT] = { "establishment-course", N_("Establishment course") },
  /* Translators: a kind of programme */
  [FF_PROGRAMME_KIND_MENTOR] = { "mentor-scheme", N_("Mentor scheme") },
  /* Translators: a kind of programme: work practice with a workplace mentor */
  [FF_PROGRAMME_KIND_TRAINEE] = { "trainee-scheme", N_("Trainee scheme") },
  /* Translators: a kind of programme (kvalifiseringsprogram) */
  [FF_PROGRAMME_KIND_QUALIFICATION] = { "qualification", N_("Qualification programme") },
  /* Translators: a kind of programme */
  [FF_PROGRAMME_KIND_OTHER] = { "other", N_("Other") },
};

/* Column names in SQL come only from here. */
static const char * const field_keys[FF_PROGRAMME_N_FIELDS] = {
  [FF_PROGRAMME_NAME] = "name",
  [FF_PROGRAMME_KIND] = "kind",
  [FF_PROGRAMME_ORGANISATION] = "organisation",
  [FF_PROGRAMME_FUNDER] = "funder",
  [FF_PROGRAMME_START_DATE] = "start_date",
  [FF_PROGRAMME_END_DATE] = "end_date",
  [FF_PROGRAMME_NOTES] = "notes",
};

struct _FfProgramme
{
  GObject   parent_instance;

  gint64    id;
  char     *uuid;
  gboolean  archived;
  gint64    n_participants;
  char     *values[FF_PROGRAMME_N_FIELDS];
  char     *period;
  char     *sort_key;
};

G_DEFINE_TYPE (FfProgramme, ff_programme, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_KIND_LABEL,
  PROP_PERIOD,
  PROP_ARCHIVED,
  PROP_N_PARTICIPANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ff_programme_finalize (GObject *object)
{
  FfProgramme *self = FF_PROGRAMME (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->sort_key, g_free);
  for (guint i = 0; i < FF_PROGRAMME_N_FIELDS; i++)
    g_clear_pointer (&self->values[i], g_free);

  G_OBJECT_CLASS (ff_programme_parent_class)->finalize (object);
}

static char *
format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *midnight = NULL;

  if (iso == NULL || *iso == '\0')
    return NULL;

  midnight = g_strconcat (iso, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (midnight, NULL);
  if (date == NULL)
    return g_strdup (iso);

  /* Translators: how a date is shown in a programme's period, see strftime(3);
   * e.g. "%-d. %b %Y" gives "1. jan. 2024" */
  return g_date_time_format (date, _("%-d %b %Y"));
}

static char *
format_period (const char *start,
               const char *end)
{
  g_autofree char *from = format_date (start);
  g_autofree char *until = format_date (end);

  if (from != NULL && until != NULL)
    /* Translators: a programme's period: start date – end date */
    return g_strdup_printf (_("%s – %s"), from, until);
  if (from != NULL)
    /* Translators: a programme's period with no end date */
    return g_strdup_printf (_("From %s"), from);
  if (until != NULL)
    /* Translators: a programme's period with no start date */
    return g_strdup_printf (_("Until %s"), until);

  return g_strdup ("");
}

static void
ff_programme_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  FfProgramme *self = FF_PROGRAMME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, ff_programme_get_name (self));
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, ff_programme_kind_to_label (ff_programme_get_kind (self)));
      break;
    case PROP_PERIOD:
      if (self->period == NULL)
        self->period = format_period (self->values[FF_PROGRAMME_START_DATE],
                                      self->values[FF_PROGRAMME_END_DATE]);
      g_value_set_string (value, self->period);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;
    case PROP_N_PARTICIPANTS:
      g_value_set_int64 (value, self->n_participants);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_programme_class_init (FfProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ff_programme_finalize;
  object_class->get_property = ff_programme_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL, "", flags);
  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL, "", flags);
  properties[PROP_ARCHIVED] =
    g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);
  properties[PROP_N_PARTICIPANTS] =
    g_param_spec_int64 ("n-participants", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ff_programme_init (FfProgramme *self)
{
}

const char *
ff_programme_kind_to_key (FfProgrammeKind kind)
{
  if (kind >= FF_PROGRAMME_N_KINDS)
    kind = FF_PROGRAMME_KIND_OTHER;

  return kinds[kind].key;
}

static gboolean
kind_from_key (const char      *key,
               FfProgrammeKind *kind)
{
  for (guint i = 0; i < FF_PROGRAMME_N_KINDS; i++)
    {
      if (g_strcmp0 (kinds[i].key, key) == 0)
        {
          *kind = (FfProgrammeKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

FfProgrammeKind
ff_programme_kind_from_key (const char *key)
{
  FfProgrammeKind kind = FF_PROGRAMME_KIND_OTHER;

  kind_from_key (key, &kind);
  return kind;
}

const char *
ff_programme_kind_to_label (FfProgrammeKind kind)
{
  if (kind >= FF_PROGRAMME_N_KINDS)
    kind = FF_PROGRAMME_KIND_OTHER;

  return _(kinds[kind].label);
}

const char *
ff_programme_field_key (FfProgrammeField field)
{
  g_return_val_if_fail (field < FF_PROGRAMME_N_FIELDS, NULL);

  return field_keys[field];
}

/* Trimmed; line breaks kept only in the notes. */
static char *
clean_text (FfProgrammeField  field,
            const char       *text)
{
  g_autoptr(GString) out = g_string_new (text != NULL ? text : "");

  g_string_replace (out, "\r\n", "\n", 0);
  if (field != FF_PROGRAMME_NOTES)
    {
      for (gsize i = 0; i < out->len; i++)
        {
          if (out->str[i] == '\n' || out->str[i] == '\r' || out->str[i] == '\t')
            out->str[i] = ' ';
        }
    }

  return g_strdup (g_strstrip (out->str));
}

static gboolean
set_name_empty (GError **error)
{
  g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                       _("Enter a name for the programme."));
  return FALSE;
}

static const char *
not_found_message (void)
{
  return _("The programme no longer exists. Reload the list of "
           "programmes.");
}

gint64
ff_programme_create (FfStore          *store,
                     const char       *name,
                     FfProgrammeKind   kind,
                     GError          **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *clean = clean_text (FF_PROGRAMME_NAME, name);
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  if (*clean == '\0')
    {
      set_name_empty (error);
      return 0;
    }

  uuid = ff_store_new_uuid ();
  now = ff_store_now ();

  if (!ff_store_begin (store, error))
    return 0;

  stmt = ff_store_prepare (store,
                           "INSERT INTO programme (uuid, created_at, updated_at, name, kind)"
                           " VALUES (?1, ?2, ?2, ?3, ?4)",
                           error);
  if (stmt == NULL)
    goto fail;

  ff_store_bind_text (stmt, 1, uuid);
  ff_store_bind_text (stmt, 2, now);
  ff_store_bind_text (stmt, 3, clean);
  ff_store_bind_text (stmt, 4, ff_programme_kind_to_key (kind));

  if (!ff_store_step_done (store, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (ff_store_get_db (store));

  if (!ff_store_commit_audited (store, "programme", id, uuid, NULL, NULL, "created", error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

#define SELECT_PROGRAMME_FIELDS \
  " p.name, p.kind, p.organisation, p.funder, p.start_date, p.end_date, p.notes" \
  " FROM programme p WHERE p.deleted_at IS NULL"

/* One programme: its participants are counted, once each, leaving out deleted
 * enrolments and deleted participants. */
#define SELECT_PROGRAMME_COUNTED \
  "SELECT p.id, p.uuid, p.archived_at IS NOT NULL," \
  " (SELECT count(*) FROM enrolment e JOIN participant pa ON pa.id = e.participant_id" \
  "  WHERE e.programme_id = p.id AND e.deleted_at IS NULL AND pa.deleted_at IS NULL)," \
  SELECT_PROGRAMME_FIELDS

/* The list of programmes is not counted: with 100,000 participants the counts cost
 * a quarter of a second, and lists and drop-downs do not show them. */
#define SELECT_PROGRAMME_UNCOUNTED \
  "SELECT p.id, p.uuid, p.archived_at IS NOT NULL, -1," \
  SELECT_PROGRAMME_FIELDS

#define FIRST_FIELD_COLUMN 4

static FfProgramme *
programme_from_row (sqlite3_stmt *stmt)
{
  FfProgramme *self = g_object_new (FF_TYPE_PROGRAMME, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (ff_store_column_text (stmt, 1));
  self->archived = sqlite3_column_int (stmt, 2) != 0;
  self->n_participants = sqlite3_column_int64 (stmt, 3);
  for (guint i = 0; i < FF_PROGRAMME_N_FIELDS; i++)
    self->values[i] = g_strdup (ff_store_column_text (stmt, FIRST_FIELD_COLUMN + i));

  return self;
}

FfProgramme *
ff_programme_load (FfStore  *store,
                   gint64    id,
                   GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare (store, SELECT_PROGRAMME_COUNTED " AND p.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!ff_store_step_row (store, stmt, not_found_message (), error))
    return NULL;

  return programme_from_row (stmt);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  FfProgramme *pa = *(FfProgramme **) a;
  FfProgramme *pb = *(FfProgramme **) b;
  int cmp = strcmp (pa->sort_key, pb->sort_key);

  if (cmp != 0)
    return cmp;

  return (pa->id > pb->id) - (pa->id < pb->id);
}

GPtrArray *
ff_programme_list (FfStore   *store,
                   gboolean   include_archived,
                   GError   **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GPtrArray) programmes = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  stmt = ff_store_prepare (store,
                           SELECT_PROGRAMME_UNCOUNTED " AND (?1 OR p.archived_at IS NULL)",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, include_archived);
  programmes = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfProgramme *programme = programme_from_row (stmt);

      /* Few rows: sorted here, in the same Norwegian order as names elsewhere. */
      programme->sort_key = ff_text_sort_key (programme->values[FF_PROGRAMME_NAME], "");
      g_ptr_array_add (programmes, programme);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  g_ptr_array_sort (programmes, compare_by_name);
  return g_steal_pointer (&programmes);
}

static gboolean
validate_field (FfProgrammeField   field,
                const char        *value,
                char             **normalized,
                GError           **error)
{
  g_autofree char *clean = clean_text (field, value);
  FfProgrammeKind kind;

  switch (field)
    {
    case FF_PROGRAMME_NAME:
      if (*clean == '\0')
        return set_name_empty (error);
      break;
    case FF_PROGRAMME_KIND:
      if (!kind_from_key (clean, &kind))
        {
          g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                               _("Choose one of the kinds of programme in the list."));
          return FALSE;
        }
      break;
    case FF_PROGRAMME_START_DATE:
    case FF_PROGRAMME_END_DATE:
      if (*clean != '\0')
        return ff_validate_date (clean, FF_DATE_ANY, normalized, error);
      break;
    case FF_PROGRAMME_ORGANISATION:
    case FF_PROGRAMME_FUNDER:
    case FF_PROGRAMME_NOTES:
    default:
      break;
    }

  *normalized = g_steal_pointer (&clean);
  return TRUE;
}

gboolean
ff_programme_set_field (FfStore           *store,
                        gint64             id,
                        FfProgrammeField   field,
                        const char        *value,
                        GError           **error)
{
  g_auto(FfStoreStmt) read = NULL;
  g_auto(FfStoreStmt) write = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *old_value = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *now = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (field < FF_PROGRAMME_N_FIELDS, FALSE);

  if (!validate_field (field, value, &normalized, error))
    return FALSE;

  if (!ff_store_begin (store, error))
    return FALSE;

  /* Column names come from the static field table only; values are bound. */
  sql = g_strconcat ("SELECT uuid, ", field_keys[field], ", start_date, end_date"
                     " FROM programme WHERE id = ?1 AND deleted_at IS NULL", NULL);
  read = ff_store_prepare (store, sql, error);
  if (read == NULL)
    goto fail;

  sqlite3_bind_int64 (read, 1, id);
  if (!ff_store_step_row (store, read, not_found_message (), error))
    goto fail;

  uuid = g_strdup (ff_store_column_text (read, 0));
  old_value = g_strdup (ff_store_column_text (read, 1));
  start = g_strdup (ff_store_column_text (read, 2));
  end = g_strdup (ff_store_column_text (read, 3));
  sqlite3_reset (read);

  if (strcmp (old_value, normalized) == 0)
    {
      ff_store_rollback (store);
      return TRUE;
    }

  if (field == FF_PROGRAMME_START_DATE)
    {
      g_free (start);
      start = g_strdup (normalized);
    }
  else if (field == FF_PROGRAMME_END_DATE)
    {
      g_free (end);
      end = g_strdup (normalized);
    }

  /* ISO dates compare as text. */
  if (*start != '\0' && *end != '\0' && strcmp (end, start) < 0)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The end date is before the start date."));
      goto fail;
    }

  g_free (sql);
  sql = g_strconcat ("UPDATE programme SET ", field_keys[field],
                     " = ?1, updated_at = ?2 WHERE id = ?3", NULL);
  write = ff_store_prepare (store, sql, error);
  if (write == NULL)
    goto fail;

  now = ff_store_now ();
  ff_store_bind_text (write, 1, normalized);
  ff_store_bind_text (write, 2, now);
  sqlite3_bind_int64 (write, 3, id);
  if (!ff_store_step_done (store, write, error) ||
      !ff_store_commit_audited (store, "programme", id, uuid, field_keys[field], old_value,
                                normalized, error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

gboolean
ff_programme_set_archived (FfStore   *store,
                           gint64     id,
                           gboolean   archived,
                           GError   **error)
{
  g_auto(FfStoreStmt) read = NULL;
  g_auto(FfStoreStmt) write = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  gboolean was_archived;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if (!ff_store_begin (store, error))
    return FALSE;

  read = ff_store_prepare (store,
                           "SELECT uuid, archived_at IS NOT NULL FROM programme"
                           " WHERE id = ?1 AND deleted_at IS NULL",
                           error);
  if (read == NULL)
    goto fail;

  sqlite3_bind_int64 (read, 1, id);
  if (!ff_store_step_row (store, read, not_found_message (), error))
    goto fail;

  uuid = g_strdup (ff_store_column_text (read, 0));
  was_archived = sqlite3_column_int (read, 1) != 0;
  sqlite3_reset (read);

  if (was_archived == !!archived)
    {
      ff_store_rollback (store);
      return TRUE;
    }

  now = ff_store_now ();
  write = ff_store_prepare (store,
                            "UPDATE programme"
                            " SET archived_at = CASE WHEN ?1 THEN ?2 END, updated_at = ?2"
                            " WHERE id = ?3",
                            error);
  if (write == NULL)
    goto fail;

  sqlite3_bind_int (write, 1, archived);
  ff_store_bind_text (write, 2, now);
  sqlite3_bind_int64 (write, 3, id);
  if (!ff_store_step_done (store, write, error) ||
      !ff_store_commit_audited (store, "programme", id, uuid, NULL, NULL,
                                archived ? "archived" : "unarchived", error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

gint64
ff_programme_get_id (FfProgramme *self)
{
  g_return_val_if_fail (FF_IS_PROGRAMME (self), 0);

  return self->id;
}

const char *
ff_programme_get_uuid (FfProgramme *self)
{
  g_return_val_if_fail (FF_IS_PROGRAMME (self), NULL);

  return self->uuid;
}

const char *
ff_programme_get_field (FfProgramme      *self,
                        FfProgrammeField  field)
{
  g_return_val_if_fail (FF_IS_PROGRAMME (self), "");
  g_return_val_if_fail (field < FF_PROGRAMME_N_FIELDS, "");

  return self->values[field] != NULL ? self->values[field] : "";
}

const char *
ff_programme_get_name (FfProgramme *self)
{
  return ff_programme_get_field (self, FF_PROGRAMME_NAME);
}

FfProgrammeKind
ff_programme_get_kind (FfProgramme *self)
{
  return ff_programme_kind_from_key (ff_programme_get_field (self, FF_PROGRAMME_KIND));
}

gboolean
ff_programme_get_archived (FfProgramme *self)
{
  g_return_val_if_fail (FF_IS_PROGRAMME (self), FALSE);

  return self->archived;
}

gint64
ff_programme_get_n_participants (FfProgramme *self)
{
  g_return_val_if_fail (FF_IS_PROGRAMME (self), 0);

  return self->n_participants;
}
