/* ff-participant.c — a participant's record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-participant-private.h"
#include "ff-store-private.h"
#include "ff-text.h"
#include "ff-validate.h"

typedef enum
{
  CHECK_LINE,         /* one line of free text */
  CHECK_LINES,        /* free text that keeps its line breaks */
  CHECK_REQUIRED,     /* one line, not empty */
  CHECK_BIRTH_DATE,
  CHECK_PAST_DATE,
  CHECK_NATIONAL_ID,
  CHECK_GENDER,
  CHECK_PHONE,
  CHECK_EMAIL,
  CHECK_POSTCODE,
  CHECK_CEFR,
} FieldCheck;

typedef struct
{
  const char *key;      /* the column; the only source of column names in SQL */
  gboolean    sensitive;
  FieldCheck  check;
} FieldInfo;

static const FieldInfo fields[FF_PARTICIPANT_N_FIELDS] = {
  [FF_PARTICIPANT_GIVEN_NAME] = { "given_name", FALSE, CHECK_REQUIRED },
  [FF_PARTICIPANT_FAMILY_NAME] = { "family_name", FALSE, CHECK_LINE },
  [FF_PARTICIPANT_NATIVE_NAME] = { "native_name", FALSE, CHECK_LINE },
  [FF_PARTICIPANT_BIRTH_DATE] = { "birth_date", FALSE, CHECK_BIRTH_DATE },
  [FF_PARTICIPANT_NATIONAL_ID] = { "national_id", TRUE, CHECK_NATIONAL_ID },
  [FF_PARTICIPANT_GENDER] = { "gender", FALSE, CHECK_GENDER },
  [FF_PARTICIPANT_COUNTRY] = { "country", FALSE, CHECK_LINE },
  [FF_PARTICIPANT_ARRIVAL_DATE] = { "arrival_date", FALSE, CHECK_PAST_DATE },
  [FF_PARTICIPANT_PHONE] = { "phone", FALSE, CHECK_PHONE },
  [FF_PARTICIPANT_EMAIL] = { "email", FALSE, CHECK_EMAIL },
  [FF_PARTICIPANT_ADDRESS] = { "address", FALSE, CHECK_LINES },
  [FF_PARTICIPANT_POSTCODE] = { "postcode", FALSE, CHECK_POSTCODE },
  [FF_PARTICIPANT_MUNICIPALITY] = { "municipality", FALSE, CHECK_LINE },
  [FF_PARTICIPANT_EDUCATION] = { "education", FALSE, CHECK_LINES },
  [FF_PARTICIPANT_PROFESSIONS] = { "professions", FALSE, CHECK_LINES },
  [FF_PARTICIPANT_DRIVING_LICENCE] = { "driving_licence", FALSE, CHECK_LINE },
  [FF_PARTICIPANT_INTERESTS] = { "interests", FALSE, CHECK_LINES },
  [FF_PARTICIPANT_GOALS] = { "goals", FALSE, CHECK_LINES },
  [FF_PARTICIPANT_LANGUAGES] = { "languages", FALSE, CHECK_LINE },
  [FF_PARTICIPANT_NORWEGIAN_ORAL] = { "norwegian_oral", FALSE, CHECK_CEFR },
  [FF_PARTICIPANT_NORWEGIAN_WRITTEN] = { "norwegian_written", FALSE, CHECK_CEFR },
  [FF_PARTICIPANT_FAMILY_NOTES] = { "family_notes", TRUE, CHECK_LINES },
  [FF_PARTICIPANT_HEALTH_NOTES] = { "health_notes", TRUE, CHECK_LINES },
  [FF_PARTICIPANT_CONTACT_PERSON] = { "contact_person", FALSE, CHECK_LINE },
  [FF_PARTICIPANT_REFERRAL_FROM] = { "referral_from", FALSE, CHECK_LINE },
  [FF_PARTICIPANT_REFERRAL_DATE] = { "referral_date", FALSE, CHECK_PAST_DATE },
  [FF_PARTICIPANT_CONSENT_DATE] = { "consent_date", FALSE, CHECK_PAST_DATE },
  [FF_PARTICIPANT_CONSENT_SCOPE] = { "consent_scope", FALSE, CHECK_LINES },
  [FF_PARTICIPANT_NOTES] = { "notes", FALSE, CHECK_LINES },
};

struct _FfParticipant
{
  GObject            parent_instance;

  gint64             id;
  char              *uuid;
  char              *created_at;
  char              *updated_at;
  FfEnrolmentStatus  status;
  char              *values[FF_PARTICIPANT_N_FIELDS];
  char              *display_name;
};

G_DEFINE_TYPE (FfParticipant, ff_participant, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_DISPLAY_NAME,
  PROP_NATIVE_NAME,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_ARRIVAL_DATE,
  PROP_BIRTH_DATE,
  PROP_PHONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ff_participant_finalize (GObject *object)
{
  FfParticipant *self = FF_PARTICIPANT (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);
  g_clear_pointer (&self->display_name, g_free);
  for (guint i = 0; i < FF_PARTICIPANT_N_FIELDS; i++)
    g_clear_pointer (&self->values[i], g_free);

  G_OBJECT_CLASS (ff_participant_parent_class)->finalize (object);
}

static void
ff_participant_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  FfParticipant *self = FF_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, ff_participant_get_display_name (self));
      break;
    case PROP_NATIVE_NAME:
      g_value_set_string (value, self->values[FF_PARTICIPANT_NATIVE_NAME]);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_STATUS_LABEL:
      g_value_set_string (value, ff_enrolment_status_to_label (self->status));
      break;
    case PROP_ARRIVAL_DATE:
      g_value_set_string (value, self->values[FF_PARTICIPANT_ARRIVAL_DATE]);
      break;
    case PROP_BIRTH_DATE:
      g_value_set_string (value, self->values[FF_PARTICIPANT_BIRTH_DATE]);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->values[FF_PARTICIPANT_PHONE]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_participant_class_init (FfParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ff_participant_finalize;
  object_class->get_property = ff_participant_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, "", flags);
  properties[PROP_NATIVE_NAME] =
    g_param_spec_string ("native-name", NULL, NULL, "", flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      FF_ENROLMENT_STATUS_NONE, FF_ENROLMENT_N_STATUSES - 1,
                      FF_ENROLMENT_STATUS_NONE, flags);
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL, "", flags);
  properties[PROP_ARRIVAL_DATE] =
    g_param_spec_string ("arrival-date", NULL, NULL, "", flags);
  properties[PROP_BIRTH_DATE] =
    g_param_spec_string ("birth-date", NULL, NULL, "", flags);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ff_participant_init (FfParticipant *self)
{
}

const char *
ff_participant_field_key (FfParticipantField field)
{
  g_return_val_if_fail (field < FF_PARTICIPANT_N_FIELDS, NULL);

  return fields[field].key;
}

gboolean
ff_participant_field_is_sensitive (FfParticipantField field)
{
  g_return_val_if_fail (field < FF_PARTICIPANT_N_FIELDS, FALSE);

  return fields[field].sensitive;
}

static gboolean
check_choice (const char          *text,
              const char * const  *choices,
              gboolean             upper,
              char               **normalized)
{
  g_autofree char *folded = upper ? g_ascii_strup (text, -1) : g_ascii_strdown (text, -1);

  if (!g_strv_contains (choices, folded))
    return FALSE;

  *normalized = g_steal_pointer (&folded);
  return TRUE;
}

gboolean
ff_participant_field_validate (FfParticipantField   field,
                               const char          *value,
                               char               **normalized,
                               GError             **error)
{
  static const char * const genders[] = { "female", "male", "other", NULL };
  static const char * const levels[] = { "A0", "A1", "A2", "B1", "B2", "C1", "C2", NULL };
  g_autofree char *trimmed = NULL;
  g_autofree char *result = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (field < FF_PARTICIPANT_N_FIELDS, FALSE);

  trimmed = ff_validate_trim (value, error);
  if (trimmed == NULL)
    return FALSE;

  if (*trimmed == '\0')
    {
      if (fields[field].check == CHECK_REQUIRED)
        {
          g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY,
                               _("Enter a given name."));
          return FALSE;
        }
      if (normalized != NULL)
        *normalized = g_strdup ("");
      return TRUE;
    }

  switch (fields[field].check)
    {
    case CHECK_LINE:
    case CHECK_REQUIRED:
      result = ff_text_one_line (trimmed);
      break;
    case CHECK_LINES:
      result = ff_text_lines (trimmed);
      break;
    case CHECK_BIRTH_DATE:
      ok = ff_validate_date (trimmed, FF_DATE_BIRTH, &result, error);
      break;
    case CHECK_PAST_DATE:
      ok = ff_validate_date (trimmed, FF_DATE_PAST, &result, error);
      break;
    case CHECK_NATIONAL_ID:
      ok = ff_validate_national_id (trimmed, NULL, &result, error);
      break;
    case CHECK_PHONE:
      ok = ff_validate_phone (trimmed, &result, error);
      break;
    case CHECK_EMAIL:
      ok = ff_validate_email (trimmed, &result, error);
      break;
    case CHECK_GENDER:
      ok = check_choice (trimmed, genders, FALSE, &result);
      if (!ok)
        g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                             _("Choose female, male or other, or leave the gender "
                               "empty."));
      break;
    case CHECK_CEFR:
      ok = check_choice (trimmed, levels, TRUE, &result);
      if (!ok)
        g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                             /* Translators: the levels of the Common European
                              * Framework of Reference for languages */
                             _("Choose a level from A0 to C2, or leave it empty."));
      break;
    case CHECK_POSTCODE:
      ok = strlen (trimmed) == 4;
      for (const char *p = trimmed; ok && *p != '\0'; p++)
        ok = g_ascii_isdigit (*p);
      if (ok)
        result = g_strdup (trimmed);
      else
        g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                             _("A Norwegian postcode has 4 digits, such as 9161."));
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    return FALSE;

  if (normalized != NULL)
    *normalized = g_steal_pointer (&result);
  return TRUE;
}

/* A national id begins with the birth date as DDMMYY (day + 40 in a D-nummer). */
static gboolean
national_id_agrees (const char *national_id,
                    const char *birth_date)
{
  int day, month, year;

  if (*national_id == '\0' || *birth_date == '\0')
    return TRUE;
  if (strlen (national_id) != 11 || strlen (birth_date) != 10)
    return TRUE;

  day = (national_id[0] - '0') * 10 + (national_id[1] - '0');
  month = (national_id[2] - '0') * 10 + (national_id[3] - '0');
  year = (national_id[4] - '0') * 10 + (national_id[5] - '0');
  if (day > 40)
    day -= 40;

  return day == atoi (birth_date + 8)
         && month == atoi (birth_date + 5)
         && year == atoi (birth_date) % 100;
}

char *
ff_participant_make_search_text (const char *given_name,
                                 const char *family_name,
                                 const char *native_name,
                                 const char *national_id,
                                 const char *phone)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) digits = g_string_new (NULL);

  g_string_append_printf (text, "%s %s %s %s", given_name, family_name, native_name,
                          national_id);

  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
    }
  if (digits->len > 0)
    g_string_append_printf (text, " %s", digits->str);
  if (g_str_has_prefix (phone, "+47") && digits->len == 10)
    g_string_append_printf (text, " %s", digits->str + 2);

  return ff_text_fold (text->str);
}

gint64
ff_participant_create (FfStore     *store,
                       const char  *given_name,
                       const char  *family_name,
                       GError     **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *now = NULL;
  g_autofree char *sort_name = NULL;
  g_autofree char *search_text = NULL;
  gint64 id;

  g_return_val_if_fail (FF_IS_STORE (store), 0);

  if (!ff_participant_field_validate (FF_PARTICIPANT_GIVEN_NAME, given_name, &given, error) ||
      !ff_participant_field_validate (FF_PARTICIPANT_FAMILY_NAME, family_name, &family,
                                      error))
    return 0;

  uuid = ff_store_new_uuid ();
  now = ff_store_now ();
  sort_name = ff_text_sort_key (family, given);
  search_text = ff_participant_make_search_text (given, family, "", "", "");

  if (!ff_store_begin (store, error))
    return 0;

  stmt = ff_store_prepare (store,
                           "INSERT INTO participant (uuid, created_at, updated_at,"
                           " given_name, family_name, sort_name, search_text)"
                           " VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6)",
                           error);
  if (stmt == NULL)
    goto fail;

  ff_store_bind_text (stmt, 1, uuid);
  ff_store_bind_text (stmt, 2, now);
  ff_store_bind_text (stmt, 3, given);
  ff_store_bind_text (stmt, 4, family);
  ff_store_bind_text (stmt, 5, sort_name);
  ff_store_bind_text (stmt, 6, search_text);

  if (!ff_store_step_done (store, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (ff_store_get_db (store));

  if (!ff_store_commit_audited (store, "participant", id, uuid, NULL, NULL, "created",
                                error))
    goto fail;

  return id;

fail:
  ff_store_rollback (store);
  return 0;
}

/* "SELECT id, uuid, created_at, updated_at, status, <every field> FROM participant",
 * built once from the field table. */
static const char *
select_all_sql (void)
{
  static gsize sql = 0;

  if (g_once_init_enter (&sql))
    {
      GString *s = g_string_new ("SELECT id, uuid, created_at, updated_at, status");

      for (guint i = 0; i < FF_PARTICIPANT_N_FIELDS; i++)
        g_string_append_printf (s, ", %s", fields[i].key);
      g_string_append (s, " FROM participant WHERE deleted_at IS NULL");

      g_once_init_leave (&sql, (gsize) g_string_free (s, FALSE));
    }

  return (const char *) sql;
}

#define FIRST_FIELD_COLUMN 5

static FfParticipant *
participant_from_row (sqlite3_stmt *stmt)
{
  FfParticipant *self = g_object_new (FF_TYPE_PARTICIPANT, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = g_strdup (ff_store_column_text (stmt, 1));
  self->created_at = g_strdup (ff_store_column_text (stmt, 2));
  self->updated_at = g_strdup (ff_store_column_text (stmt, 3));
  self->status = ff_enrolment_status_from_key (ff_store_column_text (stmt, 4));
  for (guint i = 0; i < FF_PARTICIPANT_N_FIELDS; i++)
    self->values[i] = g_strdup (ff_store_column_text (stmt, FIRST_FIELD_COLUMN + i));

  return self;
}

static const char *
not_found_message (void)
{
  return _("The participant no longer exists. Someone may have deleted "
           "them: reload the list.");
}

FfParticipant *
ff_participant_load (FfStore  *store,
                     gint64    id,
                     GError  **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  sql = g_strconcat (select_all_sql (), " AND id = ?1", NULL);
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!ff_store_step_row (store, stmt, not_found_message (), error))
    return NULL;

  return participant_from_row (stmt);
}

GPtrArray *
ff_participant_load_many (FfStore       *store,
                          const gint64  *ids,
                          guint          n_ids,
                          GError       **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GString) json = NULL;
  g_autofree char *sql = NULL;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  result = g_ptr_array_new_full (n_ids, g_object_unref);
  if (n_ids == 0)
    return g_steal_pointer (&result);

  json = g_string_new ("[");
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');

  sql = g_strconcat (select_all_sql (), " AND id IN (SELECT value FROM json_each(?1))",
                     NULL);
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  ff_store_bind_text (stmt, 1, json->str);

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfParticipant *participant = participant_from_row (stmt);

      g_hash_table_insert (by_id, &participant->id, participant);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  for (guint i = 0; i < n_ids; i++)
    {
      FfParticipant *participant = g_hash_table_lookup (by_id, &ids[i]);

      if (participant != NULL)
        g_ptr_array_add (result, g_object_ref (participant));
    }

  return g_steal_pointer (&result);
}

/* What a write needs to know of the row as it is. */
typedef struct
{
  char *uuid;
  char *old_value;
  char *names[5];   /* given, family, native, national id, phone */
  char *birth_date;
} RowState;

static void
row_state_clear (RowState *state)
{
  g_free (state->uuid);
  g_free (state->old_value);
  for (guint i = 0; i < G_N_ELEMENTS (state->names); i++)
    g_free (state->names[i]);
  g_free (state->birth_date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RowState, row_state_clear)

static const FfParticipantField search_fields[] = {
  FF_PARTICIPANT_GIVEN_NAME,
  FF_PARTICIPANT_FAMILY_NAME,
  FF_PARTICIPANT_NATIVE_NAME,
  FF_PARTICIPANT_NATIONAL_ID,
  FF_PARTICIPANT_PHONE,
};

static int
search_field_index (FfParticipantField field)
{
  for (guint i = 0; i < G_N_ELEMENTS (search_fields); i++)
    {
      if (search_fields[i] == field)
        return (int) i;
    }

  return -1;
}

/* Reads the row inside the caller's transaction. @field may be
 * FF_PARTICIPANT_N_FIELDS when no field's value is wanted. */
static gboolean
read_row (FfStore             *store,
          gint64               id,
          FfParticipantField   field,
          gboolean             include_deleted,
          gboolean            *deleted,
          RowState            *state,
          GError             **error)
{
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *sql = NULL;

  /* Column names come from the static field table only; values are bound. */
  sql = g_strconcat ("SELECT uuid, deleted_at IS NOT NULL, given_name, family_name,"
                     " native_name, national_id, phone, birth_date, ",
                     field < FF_PARTICIPANT_N_FIELDS ? fields[field].key : "''",
                     " FROM participant WHERE id = ?1", NULL);
  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!ff_store_step_row (store, stmt, not_found_message (), error))
    return FALSE;

  *deleted = sqlite3_column_int (stmt, 1) != 0;
  if (*deleted && !include_deleted)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_NOT_FOUND,
                           not_found_message ());
      return FALSE;
    }

  state->uuid = g_strdup (ff_store_column_text (stmt, 0));
  for (guint i = 0; i < G_N_ELEMENTS (state->names); i++)
    state->names[i] = g_strdup (ff_store_column_text (stmt, 2 + i));
  state->birth_date = g_strdup (ff_store_column_text (stmt, 7));
  state->old_value = g_strdup (ff_store_column_text (stmt, 8));

  return TRUE;
}

gboolean
ff_participant_set_field (FfStore             *store,
                          gint64               id,
                          FfParticipantField   field,
                          const char          *value,
                          GError             **error)
{
  g_auto(RowState) state = { 0 };
  g_auto(FfStoreStmt) stmt = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *now = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *sort_name = NULL;
  g_autofree char *search_text = NULL;
  int search_index;
  gboolean deleted;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);
  g_return_val_if_fail (field < FF_PARTICIPANT_N_FIELDS, FALSE);

  if (!ff_participant_field_validate (field, value, &normalized, error))
    return FALSE;

  if (!ff_store_begin (store, error))
    return FALSE;

  if (!read_row (store, id, field, FALSE, &deleted, &state, error))
    goto fail;

  if (g_strcmp0 (state.old_value, normalized) == 0)
    {
      ff_store_rollback (store);
      return TRUE;
    }

  if ((field == FF_PARTICIPANT_NATIONAL_ID &&
       !national_id_agrees (normalized, state.birth_date)) ||
      (field == FF_PARTICIPANT_BIRTH_DATE &&
       !national_id_agrees (state.names[3], normalized)))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The national identity number does not begin with the birth "
                             "date. Check both."));
      goto fail;
    }

  now = ff_store_now ();
  search_index = search_field_index (field);
  if (search_index >= 0)
    {
      g_free (state.names[search_index]);
      state.names[search_index] = g_strdup (normalized);
      sort_name = ff_text_sort_key (state.names[1], state.names[0]);
      search_text = ff_participant_make_search_text (state.names[0], state.names[1],
                                                     state.names[2], state.names[3],
                                                     state.names[4]);
      sql = g_strconcat ("UPDATE participant SET ", fields[field].key,
                         " = ?1, updated_at = ?2, sort_name = ?4, search_text = ?5"
                         " WHERE id = ?3", NULL);
    }
  else
    {
      sql = g_strconcat ("UPDATE participant SET ", fields[field].key,
                         " = ?1, updated_at = ?2 WHERE id = ?3", NULL);
    }

  stmt = ff_store_prepare (store, sql, error);
  if (stmt == NULL)
    goto fail;

  ff_store_bind_text (stmt, 1, normalized);
  ff_store_bind_text (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, id);
  if (search_index >= 0)
    {
      ff_store_bind_text (stmt, 4, sort_name);
      ff_store_bind_text (stmt, 5, search_text);
    }

  if (!ff_store_step_done (store, stmt, error) ||
      !ff_store_commit_audited (store, "participant", id, state.uuid, fields[field].key,
                                state.old_value, normalized, error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

static gboolean
set_deleted (FfStore   *store,
             gint64     id,
             gboolean   delete,
             GError   **error)
{
  g_auto(RowState) state = { 0 };
  g_autofree char *now = NULL;
  gboolean deleted;

  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  if (!ff_store_begin (store, error))
    return FALSE;

  if (!read_row (store, id, FF_PARTICIPANT_N_FIELDS, TRUE, &deleted, &state, error))
    goto fail;

  if (deleted == delete)
    {
      ff_store_rollback (store);
      return TRUE;
    }

  now = ff_store_now ();
  if (!ff_store_set_deleted (store, "participant", id, delete, now, error) ||
      !ff_store_commit_audited (store, "participant", id, state.uuid, NULL, NULL,
                                delete ? "deleted" : "restored", error))
    goto fail;

  return TRUE;

fail:
  ff_store_rollback (store);
  return FALSE;
}

gboolean
ff_participant_delete (FfStore  *store,
                       gint64    id,
                       GError  **error)
{
  return set_deleted (store, id, TRUE, error);
}

gboolean
ff_participant_undelete (FfStore  *store,
                         gint64    id,
                         GError  **error)
{
  return set_deleted (store, id, FALSE, error);
}

/* An FTS5 string: in double quotes, with inner double quotes doubled. */
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
  g_auto(FfStoreStmt) stmt = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(GString) match = NULL;
  g_autoptr(GString) prefixes = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  int param = 1;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);

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

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
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

gint64
ff_participant_get_id (FfParticipant *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT (self), 0);

  return self->id;
}

const char *
ff_participant_get_uuid (FfParticipant *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT (self), NULL);

  return self->uuid;
}

const char *
ff_participant_get_field (FfParticipant      *self,
                          FfParticipantField  field)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT (self), "");
  g_return_val_if_fail (field < FF_PARTICIPANT_N_FIELDS, "");

  return self->values[field] != NULL ? self->values[field] : "";
}

const char *
ff_participant_get_display_name (FfParticipant *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT (self), NULL);

  if (self->display_name == NULL)
    {
      const char *given = ff_participant_get_field (self, FF_PARTICIPANT_GIVEN_NAME);
      const char *family = ff_participant_get_field (self, FF_PARTICIPANT_FAMILY_NAME);
      g_autofree char *joined = g_strdup_printf ("%s %s", given, family);

      g_strstrip (joined);
      if (*joined == '\0')
        self->display_name = g_strdup (ff_participant_get_field (self,
                                                                 FF_PARTICIPANT_NATIVE_NAME));
      else
        self->display_name = g_steal_pointer (&joined);
    }

  return self->display_name;
}

FfEnrolmentStatus
ff_participant_get_status (FfParticipant *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT (self), FF_ENROLMENT_STATUS_NONE);

  return self->status;
}

const char *
ff_participant_get_created_at (FfParticipant *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT (self), NULL);

  return self->created_at;
}

const char *
ff_participant_get_updated_at (FfParticipant *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT (self), NULL);

  return self->updated_at;
}
