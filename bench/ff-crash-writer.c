/* ff-crash-writer.c — writes participants as fast as it can, saying what it saved, to be
 * killed at any moment (bench/run-crash-bench)
 *
 * Usage: ff-crash-writer DATABASE SEED [N_PARTICIPANTS]
 *
 * Opens DATABASE (creating it if need be) and writes through the same core functions the
 * application and fotfeste-cli write with: new participants, one field changed, several
 * fields changed in one transaction, a participant deleted or brought back; now and
 * then a note of tens of kilobytes, so that one transaction spans many pages. Before
 * each write it prints the write it begins, and once the write is committed the same
 * line with "ok" for "begin", flushing its output each time:
 *
 *   begin insert                         ok insert ID GIVEN FAMILY
 *   begin set ID FIELD VALUE             ok set ID FIELD VALUE
 *   begin update ID FIELD=VALUE,…        ok update ID FIELD=VALUE,…
 *   begin delete ID 1|0                  ok delete ID 1|0
 *
 * IDs in decimal, FIELD the field's key, values in hex of their UTF-8 bytes, as the
 * store keeps them. A killed writer has committed every change it printed as ok, and
 * perhaps the one it began last. With N_PARTICIPANTS it adds that many participants and
 * ends; otherwise it goes on until it is killed. It exits with status 3 when the file
 * is in use (its lock is held), 1 when it cannot be opened otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ff-locale.h"
#include "ff-participant.h"

static const char * const given_names[] = {
  "Amina", "Olena", "Yonas", "Mariam", "Tesfay", "Oksana", "Ahmad", "Nour", "Dawit",
  "Iryna", "Fatima", "Mohammed", "Hiwet", "Andrii", "Saba", "Kari", "Ola", "Åse",
};

static const char * const family_names[] = {
  "Hassan", "Kovalenko", "Tesfaye", "Ali", "Shevchenko", "Haile", "Yusuf", "Bondarenko",
  "Mehari", "Nordmann", "Ødegård", "Bækkelund", "Abdi", "Melnyk", "Gebremedhin",
};

static const char * const words[] = {
  "norskkurs", "språkpraksis", "barnehage", "sykepleier", "sveisesertifikat", "førerkort",
  "kafé", "bakeri", "møte", "oppfølging", "jobbsøking", "arbeidstrening", "Alta",
  "Kvænangen", "Hammerfest", "мова", "робота", "курс", "лікар", "дитячий", "садок",
  "ønsker", "å", "jobbe", "med", "barn", "og", "eldre", "fra", "høsten", "—", "(A2)",
};

/* Fields of free text that take anything, one line or several. */
static const FfParticipantField text_fields[] = {
  FF_PARTICIPANT_COUNTRY, FF_PARTICIPANT_ADDRESS, FF_PARTICIPANT_MUNICIPALITY,
  FF_PARTICIPANT_EDUCATION, FF_PARTICIPANT_PROFESSIONS, FF_PARTICIPANT_INTERESTS,
  FF_PARTICIPANT_GOALS, FF_PARTICIPANT_LANGUAGES, FF_PARTICIPANT_FAMILY_NOTES,
  FF_PARTICIPANT_HEALTH_NOTES, FF_PARTICIPANT_CONTACT_PERSON, FF_PARTICIPANT_NOTES,
};

typedef struct
{
  FfStore  *store;
  GRand    *rand;
  GArray   *alive;    /* gint64: participants not deleted */
  GArray   *deleted;  /* gint64: participants this run deleted */
} Writer;

static const char *
pick (GRand              *rand,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (rand, 0, (gint32) n)];
}

#define PICK(rand, list) pick ((rand), (list), G_N_ELEMENTS (list))

static char *
hex (const char *text)
{
  GString *out = g_string_sized_new (2 * strlen (text) + 1);

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    g_string_append_printf (out, "%02x", *p);

  return g_string_free (out, FALSE);
}

/* A value for @field as a person could type it: words, lines, now and then a long
 * note; a date, a postcode or a choice where the field wants one. */
static char *
make_value (Writer *w,
            guint   field)
{
  const FfField *f = &ff_participant_type.fields[field];
  GString *text;
  guint n;

  switch (f->check)
    {
    case FF_CHECK_BIRTH_DATE:
    case FF_CHECK_PAST_DATE:
      return g_strdup_printf ("%02d.%02d.%d", g_rand_int_range (w->rand, 1, 29),
                              g_rand_int_range (w->rand, 1, 13),
                              g_rand_int_range (w->rand, 1950, 2020));
    case FF_CHECK_POSTCODE:
      return g_strdup_printf ("%04d", g_rand_int_range (w->rand, 1, 10000));
    case FF_CHECK_CHOICE:
      return g_strdup (f->choices->choices[g_rand_int_range (w->rand, 0,
                                                             (gint32) f->choices->n_choices)].key);
    default:
      break;
    }

  /* One write in twenty is a long note: a transaction over many pages. */
  if (f->check == FF_CHECK_TEXT && g_rand_int_range (w->rand, 0, 20) == 0)
    n = (guint) g_rand_int_range (w->rand, 2000, 8000);
  else
    n = (guint) g_rand_int_range (w->rand, 1, 12);

  text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, f->check == FF_CHECK_TEXT &&
                                 g_rand_int_range (w->rand, 0, 8) == 0 ? '\n' : ' ');
      g_string_append (text, PICK (w->rand, words));
    }

  return g_string_free (text, FALSE);
}

/* @value as the store keeps it. */
static char *
normalize (guint       field,
           const char *value)
{
  g_autoptr(GError) error = NULL;
  char *normalized = NULL;

  if (!ff_record_validate (&ff_participant_type, field, value, &normalized, &error))
    g_error ("The bench made a value the field %s refuses: %s",
             ff_participant_type.fields[field].key, error->message);

  return normalized;
}

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

static gint64
pick_alive (Writer *w)
{
  return g_array_index (w->alive, gint64, g_rand_int_range (w->rand, 0, (gint32) w->alive->len));
}

static void
remove_id (GArray *ids,
           gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_array_index (ids, gint64, i) == id)
        {
          g_array_remove_index_fast (ids, i);
          return;
        }
    }
}

static void
write_insert (Writer *w)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *given_hex = NULL;
  g_autofree char *family_hex = NULL;
  const char *values[FF_PARTICIPANT_N_FIELDS] = { 0 };
  gint64 id;

  values[FF_PARTICIPANT_GIVEN_NAME] = PICK (w->rand, given_names);
  values[FF_PARTICIPANT_FAMILY_NAME] = PICK (w->rand, family_names);
  given_hex = hex (values[FF_PARTICIPANT_GIVEN_NAME]);
  family_hex = hex (values[FF_PARTICIPANT_FAMILY_NAME]);

  say ("begin insert");
  id = ff_record_insert (w->store, &ff_participant_type, 0, values, &error);
  if (id == 0)
    g_error ("Cannot add a participant: %s", error->message);
  say ("ok insert %" G_GINT64_FORMAT " %s %s", id, given_hex, family_hex);

  g_array_append_val (w->alive, id);
}

static void
write_set (Writer *w)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pick_alive (w);
  guint field = text_fields[g_rand_int_range (w->rand, 0, G_N_ELEMENTS (text_fields))];
  g_autofree char *typed = NULL;
  g_autofree char *value = NULL;
  g_autofree char *value_hex = NULL;
  const char *key;

  /* Now and then a date, a postcode or a choice instead. */
  switch (g_rand_int_range (w->rand, 0, 8))
    {
    case 0:
      field = FF_PARTICIPANT_BIRTH_DATE;
      break;
    case 1:
      field = FF_PARTICIPANT_POSTCODE;
      break;
    case 2:
      field = FF_PARTICIPANT_NORWEGIAN_ORAL;
      break;
    default:
      break;
    }
  key = ff_participant_type.fields[field].key;

  typed = make_value (w, field);
  value = normalize (field, typed);
  value_hex = hex (value);

  say ("begin set %" G_GINT64_FORMAT " %s %s", id, key, value_hex);
  if (!ff_record_set_field (w->store, &ff_participant_type, id, field, typed, &error))
    g_error ("Cannot change %s: %s", key, error->message);
  say ("ok set %" G_GINT64_FORMAT " %s %s", id, key, value_hex);
}

static void
write_update (Writer *w)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  char *typed[FF_PARTICIPANT_N_FIELDS] = { 0 };
  gint64 id = pick_alive (w);
  guint n = (guint) g_rand_int_range (w->rand, 2, 5);

  for (guint i = 0; i < n; i++)
    {
      guint field = text_fields[g_rand_int_range (w->rand, 0, G_N_ELEMENTS (text_fields))];
      g_autofree char *value = NULL;
      g_autofree char *value_hex = NULL;

      if (typed[field] != NULL)
        continue;
      typed[field] = make_value (w, field);
      value = normalize (field, typed[field]);
      value_hex = hex (value);
      g_string_append_printf (line, "%s%s=%s", line->len > 0 ? "," : "",
                              ff_participant_type.fields[field].key, value_hex);
    }

  say ("begin update %" G_GINT64_FORMAT " %s", id, line->str);
  if (!ff_record_update (w->store, &ff_participant_type, id, (const char * const *) typed,
                         &error))
    g_error ("Cannot change participant %" G_GINT64_FORMAT ": %s", id, error->message);
  say ("ok update %" G_GINT64_FORMAT " %s", id, line->str);

  for (guint i = 0; i < FF_PARTICIPANT_N_FIELDS; i++)
    g_free (typed[i]);
}

static void
write_delete (Writer   *w,
              gboolean  deleted)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (deleted)
    id = pick_alive (w);
  else
    id = g_array_index (w->deleted, gint64,
                        g_rand_int_range (w->rand, 0, (gint32) w->deleted->len));

  say ("begin delete %" G_GINT64_FORMAT " %d", id, deleted);
  if (!ff_record_set_deleted (w->store, &ff_participant_type, id, deleted, &error))
    g_error ("Cannot delete participant %" G_GINT64_FORMAT ": %s", id, error->message);
  say ("ok delete %" G_GINT64_FORMAT " %d", id, deleted);

  if (deleted)
    {
      remove_id (w->alive, id);
      g_array_append_val (w->deleted, id);
    }
  else
    {
      remove_id (w->deleted, id);
      g_array_append_val (w->alive, id);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  FfRecordQuery all = { .include_archived = TRUE };
  Writer w = { 0 };
  gint64 n_participants = -1;

  ff_locale_init ();

  if (argc != 3 && argc != 4)
    {
      fprintf (stderr, "Usage: %s DATABASE SEED [N_PARTICIPANTS]\n", argv[0]);
      return 2;
    }
  if (argc == 4)
    n_participants = g_ascii_strtoll (argv[3], NULL, 10);

  w.store = ff_store_open (argv[1], &error);
  if (w.store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_IN_USE) ? 3 : 1;
    }

  w.rand = g_rand_new_with_seed ((guint32) g_ascii_strtoull (argv[2], NULL, 10));
  ids = ff_record_query_ids (w.store, &ff_participant_type, &all, &error);
  if (ids == NULL)
    g_error ("Cannot list the participants: %s", error->message);
  w.alive = g_array_copy (ids);
  w.deleted = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (n_participants >= 0)
    {
      for (gint64 i = 0; i < n_participants; i++)
        write_insert (&w);
    }
  else
    {
      for (;;)
        {
          int choice = g_rand_int_range (w.rand, 0, 100);

          if (w.alive->len < 5 || choice < 15)
            write_insert (&w);
          else if (choice < 75)
            write_set (&w);
          else if (choice < 92)
            write_update (&w);
          else if (choice < 96 || w.deleted->len == 0)
            write_delete (&w, TRUE);
          else
            write_delete (&w, FALSE);
        }
    }

  g_array_unref (w.deleted);
  g_array_unref (w.alive);
  g_rand_free (w.rand);
  g_object_unref (w.store);

  return 0;
}
