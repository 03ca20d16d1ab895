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

static const FfChoice genders[] = {
  /* Translators: a participant's gender, when none is given */
  { "", NULL, N_("Not stated") },
  /* Translators: a participant's gender, as chosen in a form ("Kvinne", not "Kvinnelig") */
  { "female", NULL, N_("Female") },
  /* Translators: a participant's gender, as chosen in a form ("Mann", not "Mannlig") */
  { "male", NULL, N_("Male") },
  /* Translators: a participant's gender when it is neither female nor male */
  { "other", "gender", NC_("gender", "Other") },
};

const FfChoiceList ff_genders = {
  genders, G_N_ELEMENTS (genders), 0,
  N_("Choose female, male or other, or leave the gender empty."),
};

#define SENSITIVE FF_FIELD_SENSITIVE

static const FfField fields[FF_PARTICIPANT_N_FIELDS] = {
  [FF_PARTICIPANT_GIVEN_NAME] = { "given_name", NULL, FF_CHECK_LINE, FF_FIELD_REQUIRED, NULL,
                                  NULL, N_("Enter a given name.") },
  [FF_PARTICIPANT_FAMILY_NAME] = { "family_name", NULL, FF_CHECK_LINE },
  [FF_PARTICIPANT_NATIVE_NAME] = { "native_name", NULL, FF_CHECK_LINE },
  [FF_PARTICIPANT_BIRTH_DATE] = { "birth_date", NULL, FF_CHECK_BIRTH_DATE },
  [FF_PARTICIPANT_NATIONAL_ID] = { "national_id", NULL, FF_CHECK_NATIONAL_ID,
                                   SENSITIVE | FF_FIELD_MASKED },
  [FF_PARTICIPANT_GENDER] = { "gender", NULL, FF_CHECK_CHOICE, 0, &ff_genders },
  [FF_PARTICIPANT_COUNTRY] = { "country", NULL, FF_CHECK_LINE },
  [FF_PARTICIPANT_ARRIVAL_DATE] = { "arrival_date", NULL, FF_CHECK_PAST_DATE },
  [FF_PARTICIPANT_PHONE] = { "phone", NULL, FF_CHECK_PHONE },
  [FF_PARTICIPANT_EMAIL] = { "email", NULL, FF_CHECK_EMAIL },
  [FF_PARTICIPANT_ADDRESS] = { "address", NULL, FF_CHECK_TEXT },
  [FF_PARTICIPANT_POSTCODE] = { "postcode", NULL, FF_CHECK_POSTCODE },
  [FF_PARTICIPANT_MUNICIPALITY] = { "municipality", NULL, FF_CHECK_LINE },
  [FF_PARTICIPANT_EDUCATION] = { "education", NULL, FF_CHECK_TEXT },
  [FF_PARTICIPANT_PROFESSIONS] = { "professions", NULL, FF_CHECK_TEXT },
  [FF_PARTICIPANT_DRIVING_LICENCE] = { "driving_licence", NULL, FF_CHECK_LINE },
  [FF_PARTICIPANT_INTERESTS] = { "interests", NULL, FF_CHECK_TEXT },
  [FF_PARTICIPANT_GOALS] = { "goals", NULL, FF_CHECK_TEXT },
  [FF_PARTICIPANT_LANGUAGES] = { "languages", NULL, FF_CHECK_LINE },
  [FF_PARTICIPANT_NORWEGIAN_ORAL] = { "norwegian_oral", NULL, FF_CHECK_CHOICE, 0,
                                      &ff_cefr_levels },
  [FF_PARTICIPANT_NORWEGIAN_WRITTEN] = { "norwegian_written", NULL, FF_CHECK_CHOICE, 0,
                                         &ff_cefr_levels },
  [FF_PARTICIPANT_FAMILY_NOTES] = { "family_notes", NULL, FF_CHECK_TEXT, SENSITIVE },
  [FF_PARTICIPANT_HEALTH_NOTES] = { "health_notes", NULL, FF_CHECK_TEXT, SENSITIVE },
  [FF_PARTICIPANT_CONTACT_PERSON] = { "contact_person", NULL, FF_CHECK_LINE },
  [FF_PARTICIPANT_REFERRAL_FROM] = { "referral_from", NULL, FF_CHECK_LINE },
  [FF_PARTICIPANT_REFERRAL_DATE] = { "referral_date", NULL, FF_CHECK_PAST_DATE },
  [FF_PARTICIPANT_CONSENT_DATE] = { "consent_date", NULL, FF_CHECK_PAST_DATE },
  [FF_PARTICIPANT_CONSENT_SCOPE] = { "consent_scope", NULL, FF_CHECK_TEXT },
  [FF_PARTICIPANT_NOTES] = { "notes", NULL, FF_CHECK_TEXT },
};

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

static gboolean
check (const char * const  *values,
       guint                changed,
       GError             **error)
{
  if (changed != G_MAXUINT && changed != FF_PARTICIPANT_NATIONAL_ID &&
      changed != FF_PARTICIPANT_BIRTH_DATE)
    return TRUE;

  if (!national_id_agrees (values[FF_PARTICIPANT_NATIONAL_ID],
                           values[FF_PARTICIPANT_BIRTH_DATE]))
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE,
                           _("The national identity number does not begin with the birth "
                             "date. Check both."));
      return FALSE;
    }

  return TRUE;
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

static char *
search_text (const char * const *values)
{
  return ff_participant_make_search_text (values[FF_PARTICIPANT_GIVEN_NAME],
                                          values[FF_PARTICIPANT_FAMILY_NAME],
                                          values[FF_PARTICIPANT_NATIVE_NAME],
                                          values[FF_PARTICIPANT_NATIONAL_ID],
                                          values[FF_PARTICIPANT_PHONE]);
}

static char *
sort_name (const char * const *values)
{
  return ff_text_sort_key (values[FF_PARTICIPANT_FAMILY_NAME],
                           values[FF_PARTICIPANT_GIVEN_NAME]);
}

static const FfDerived derived[] = {
  { "sort_name", sort_name },
  { "search_text", search_text },
};

/* "Olena Kovalenko"; the name in the participant's own script when there is no other. */
static char *
display_name (const char * const *values)
{
  char *joined = g_strdup_printf ("%s %s", values[FF_PARTICIPANT_GIVEN_NAME],
                                  values[FF_PARTICIPANT_FAMILY_NAME]);

  g_strstrip (joined);
  if (*joined != '\0')
    return joined;

  g_free (joined);
  return g_strdup (values[FF_PARTICIPANT_NATIVE_NAME]);
}

/* Kept in step by enrolments: the status key of the most recently changed one. */
static const char * const extra[] = { "t.status" };

enum
{
  EXTRA_STATUS,
};

const FfRecordType ff_participant_type = {
  .kind = FF_RECORD_PARTICIPANT,
  .table = "participant",
  .fields = fields,
  .n_fields = G_N_ELEMENTS (fields),
  .derived = derived,
  .n_derived = G_N_ELEMENTS (derived),
  .not_found = N_("The participant no longer exists. Someone may have deleted them: "
                  "reload the list."),
  .sort_column = "sort_name",
  .title_field = FF_PARTICIPANT_GIVEN_NAME,
  .title = display_name,
  .extra = extra,
  .n_extra = G_N_ELEMENTS (extra),
  .check = check,
  .get_gtype = ff_participant_get_type,
};

struct _FfParticipant
{
  FfRecord  parent_instance;
};

G_DEFINE_FINAL_TYPE (FfParticipant, ff_participant, FF_TYPE_RECORD)

static void
ff_participant_class_init (FfParticipantClass *klass)
{
}

static void
ff_participant_init (FfParticipant *self)
{
}

gint64
ff_participant_create (FfStore     *store,
                       const char  *given_name,
                       const char  *family_name,
                       GError     **error)
{
  const char *values[FF_PARTICIPANT_N_FIELDS] = {
    [FF_PARTICIPANT_GIVEN_NAME] = given_name,
    [FF_PARTICIPANT_FAMILY_NAME] = family_name,
  };

  return ff_record_insert (store, &ff_participant_type, 0, values, error);
}

FfParticipant *
ff_participant_load (FfStore  *store,
                     gint64    id,
                     GError  **error)
{
  return FF_PARTICIPANT (ff_record_load (store, &ff_participant_type, id, error));
}

GPtrArray *
ff_participant_load_many (FfStore       *store,
                          const gint64  *ids,
                          guint          n_ids,
                          GError       **error)
{
  return ff_record_load_many (store, &ff_participant_type, ids, n_ids, error);
}

gboolean
ff_participant_set_field (FfStore             *store,
                          gint64               id,
                          FfParticipantField   field,
                          const char          *value,
                          GError             **error)
{
  return ff_record_set_field (store, &ff_participant_type, id, field, value, error);
}

gboolean
ff_participant_delete (FfStore  *store,
                       gint64    id,
                       GError  **error)
{
  return ff_record_set_deleted (store, &ff_participant_type, id, TRUE, error);
}

gboolean
ff_participant_undelete (FfStore  *store,
                         gint64    id,
                         GError  **error)
{
  return ff_record_set_deleted (store, &ff_participant_type, id, FALSE, error);
}

gint64
ff_participant_get_id (FfParticipant *self)
{
  return ff_record_get_id (FF_RECORD (self));
}

const char *
ff_participant_get_field (FfParticipant      *self,
                          FfParticipantField  field)
{
  return ff_record_get (FF_RECORD (self), field);
}

const char *
ff_participant_get_display_name (FfParticipant *self)
{
  g_return_val_if_fail (FF_IS_PARTICIPANT (self), NULL);

  return ff_record_get_title (FF_RECORD (self));
}

FfEnrolmentStatus
ff_participant_get_status (FfParticipant *self)
{
  return ff_enrolment_status_from_key (ff_record_get_extra (FF_RECORD (self), EXTRA_STATUS));
}
