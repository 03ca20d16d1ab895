/* ff-mentor-suggest.c — "Find a mentor": the mentors who share most with a participant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-mentor.h"
#include "ff-mentor-private.h"
#include "ff-participant.h"
#include "ff-store-private.h"
#include "ff-text.h"

/* The items of a list typed with commas (or semicolons, or "og"/"and" between the last
 * two), folded and trimmed, empty ones left out. */
static GPtrArray *
split_items (const char *text)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit_set (text != NULL ? text : "", ",;/\n", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      /* Folded, punctuation and runs of spaces become one space: " og " and " and "
       * then separate the last two of a list. */
      g_autofree char *folded = ff_text_fold (parts[i]);
      g_autofree char *padded = g_strconcat (" ", folded, " ", NULL);
      g_auto(GStrv) words = NULL;
      char *p;

      while ((p = strstr (padded, " og ")) != NULL || (p = strstr (padded, " and ")) != NULL)
        {
          p[1] = '|';
          p[2] = '|';
          if (p[3] == 'd')
            p[3] = '|';
        }
      words = g_strsplit (padded, "|", -1);
      for (guint j = 0; words[j] != NULL; j++)
        {
          char *item = g_strstrip (words[j]);

          if (*item != '\0')
            g_ptr_array_add (items, g_strdup (item));
        }
    }

  return items;
}

/* How many different items of @a are also in @b. */
static guint
count_shared (GPtrArray *a,
              GPtrArray *b)
{
  guint n = 0;

  for (guint i = 0; i < a->len; i++)
    {
      gboolean seen = FALSE;

      for (guint k = 0; k < i && !seen; k++)
        seen = strcmp (g_ptr_array_index (a, k), g_ptr_array_index (a, i)) == 0;
      if (seen)
        continue;

      for (guint j = 0; j < b->len; j++)
        {
          if (strcmp (g_ptr_array_index (a, i), g_ptr_array_index (b, j)) == 0)
            {
              n++;
              break;
            }
        }
    }

  return n;
}

typedef struct
{
  GPtrArray *languages;
  char      *municipality;
  GPtrArray *interests;
} Terms;

static void
terms_init (Terms               *terms,
            const FfMentorTerms *from)
{
  g_autofree char *municipality = ff_text_fold (from->municipality != NULL
                                                ? from->municipality : "");

  terms->languages = split_items (from->languages);
  terms->municipality = g_strdup (g_strstrip (municipality));
  terms->interests = split_items (from->interests);
}

static void
terms_clear (Terms *terms)
{
  g_clear_pointer (&terms->languages, g_ptr_array_unref);
  g_clear_pointer (&terms->municipality, g_free);
  g_clear_pointer (&terms->interests, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Terms, terms_clear)

char *
ff_mentor_match_terms (const FfMentorTerms *terms)
{
  g_auto(Terms) t = { 0 };
  GString *text = g_string_new (NULL);

  terms_init (&t, terms);
  for (guint i = 0; i < t.languages->len; i++)
    g_string_append_printf (text, "l%s\n", (char *) g_ptr_array_index (t.languages, i));
  if (*t.municipality != '\0')
    g_string_append_printf (text, "m%s\n", t.municipality);
  for (guint i = 0; i < t.interests->len; i++)
    g_string_append_printf (text, "i%s\n", (char *) g_ptr_array_index (t.interests, i));

  return g_string_free (text, FALSE);
}

/* How much a mentor whose stored terms are @stored shares with @participant: as
 * shared_terms(), without folding anything again. */
static guint
shared_stored (const Terms *participant,
               const char  *stored)
{
  guint n = 0;
  const char *line = stored;

  while (*line != '\0')
    {
      const char *end = strchr (line, '\n');
      gsize len = end != NULL ? (gsize) (end - line) : strlen (line);
      GPtrArray *items = NULL;

      if (len > 1)
        {
          if (line[0] == 'm')
            {
              if (*participant->municipality != '\0'
                  && strlen (participant->municipality) == len - 1
                  && strncmp (participant->municipality, line + 1, len - 1) == 0)
                n++;
            }
          else
            items = line[0] == 'l' ? participant->languages : participant->interests;
        }
      for (guint i = 0; items != NULL && i < items->len; i++)
        {
          const char *item = g_ptr_array_index (items, i);

          if (strlen (item) == len - 1 && strncmp (item, line + 1, len - 1) == 0)
            {
              n++;
              break;
            }
        }

      if (end == NULL)
        break;
      line = end + 1;
    }

  return n;
}

static guint
shared_terms (const Terms *participant,
              const Terms *mentor)
{
  guint n = count_shared (participant->languages, mentor->languages)
            + count_shared (participant->interests, mentor->interests);

  if (*participant->municipality != '\0'
      && strcmp (participant->municipality, mentor->municipality) == 0)
    n++;

  return n;
}

guint
ff_mentor_shared (const FfMentorTerms *participant,
                  const FfMentorTerms *mentor)
{
  g_auto(Terms) p = { 0 };
  g_auto(Terms) m = { 0 };

  g_return_val_if_fail (participant != NULL && mentor != NULL, 0);

  terms_init (&p, participant);
  terms_init (&m, mentor);

  return shared_terms (&p, &m);
}

/* The items of a list typed as split_items() splits it, each as typed (trimmed), with
 * its folded form after it: raw, folded, raw, folded … */
static GPtrArray *
split_items_as_typed (const char *text)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit_set (text != NULL ? text : "", ",;/\n", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *lower = g_ascii_strdown (parts[i], -1);
      const char *start = parts[i];

      /* " og " and " and " separate the last two of a list, in any case. */
      while (*start != '\0')
        {
          const char *og = strstr (lower + (start - parts[i]), " og ");
          const char *and = strstr (lower + (start - parts[i]), " and ");
          const char *cut = og != NULL && (and == NULL || og < and) ? og : and;
          gsize len = cut != NULL ? (gsize) (cut - lower) - (gsize) (start - parts[i])
                                  : strlen (start);
          g_autofree char *raw = g_strstrip (g_strndup (start, len));
          g_autofree char *folded = ff_text_fold (raw);

          if (*folded != '\0')
            {
              g_ptr_array_add (items, g_steal_pointer (&raw));
              g_ptr_array_add (items, g_steal_pointer (&folded));
            }
          if (cut == NULL)
            break;
          start += len + (cut == og ? 4 : 5);
        }
    }

  return items;
}

static gboolean
holds (GPtrArray  *items,
       const char *item)
{
  for (guint i = 0; i < items->len; i++)
    {
      if (strcmp (g_ptr_array_index (items, i), item) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Adds the items of @typed (raw, folded pairs) that @wanted holds to @shared, once. */
static void
add_shared (GPtrArray *shared,
            GPtrArray *seen,
            GPtrArray *typed,
            GPtrArray *wanted)
{
  for (guint i = 0; i + 1 < typed->len; i += 2)
    {
      const char *folded = g_ptr_array_index (typed, i + 1);

      if (holds (wanted, folded) && !holds (seen, folded))
        {
          g_ptr_array_add (seen, g_strdup (folded));
          g_ptr_array_add (shared, g_strdup (g_ptr_array_index (typed, i)));
        }
    }
}

GStrv
ff_mentor_shared_items (const FfMentorTerms *participant,
                        const FfMentorTerms *mentor)
{
  g_auto(Terms) p = { 0 };
  g_autoptr(GPtrArray) shared = g_ptr_array_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) languages = NULL;
  g_autoptr(GPtrArray) interests = NULL;
  g_autofree char *municipality = NULL;

  g_return_val_if_fail (participant != NULL && mentor != NULL, NULL);

  terms_init (&p, participant);
  languages = split_items_as_typed (mentor->languages);
  add_shared (shared, seen, languages, p.languages);

  municipality = ff_text_fold (mentor->municipality != NULL ? mentor->municipality : "");
  g_strstrip (municipality);
  if (*p.municipality != '\0' && strcmp (p.municipality, municipality) == 0)
    g_ptr_array_add (shared, g_strstrip (g_strdup (mentor->municipality)));

  g_ptr_array_set_size (seen, 0);
  interests = split_items_as_typed (mentor->interests);
  add_shared (shared, seen, interests, p.interests);

  g_ptr_array_add (shared, NULL);
  return (GStrv) g_ptr_array_steal (shared, NULL);
}

void
ff_mentor_suggestion_free (FfMentorSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_strfreev (suggestion->shared_items);
  g_free (suggestion->name);
  g_free (suggestion->kind);
  g_free (suggestion);
}

int
ff_mentor_suggestion_compare (gconstpointer a,
                              gconstpointer b)
{
  const FfMentorSuggestion *x = *(FfMentorSuggestion * const *) a;
  const FfMentorSuggestion *y = *(FfMentorSuggestion * const *) b;

  if (x->shared != y->shared)
    return x->shared > y->shared ? -1 : 1;
  if (x->active_matches != y->active_matches)
    return x->active_matches < y->active_matches ? -1 : 1;

  return g_strcmp0 (x->name, y->name) != 0 ? g_strcmp0 (x->name, y->name)
                                           : (x->mentor_id < y->mentor_id ? -1 : 1);
}

GPtrArray *
ff_mentor_suggest (FfStore  *store,
                   gint64    participant_id,
                   guint     limit,
                   GError  **error)
{
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_auto(FfStoreStmt) stmt = NULL;
  g_auto(Terms) wanted = { 0 };
  FfMentorTerms given;
  int rc;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  participant = ff_participant_load (store, participant_id, error);
  if (participant == NULL)
    return NULL;

  given.languages = ff_participant_get_field (participant, FF_PARTICIPANT_LANGUAGES);
  given.municipality = ff_participant_get_field (participant, FF_PARTICIPANT_MUNICIPALITY);
  given.interests = ff_participant_get_field (participant, FF_PARTICIPANT_INTERESTS);
  terms_init (&wanted, &given);

  /* Every mentor not archived, with the count of their active matches; those already
   * matched with the participant (the index of matches by participant) left out. Each
   * mentor's terms are stored folded: the ranking, here in C on a few thousand rows
   * at most, only compares them. */
  stmt = ff_store_prepare_bound (store, error,
                                 "SELECT m.id, m.name, m.kind, m.match_terms, coalesce (a.n, 0)"
                                 " FROM mentor m"
                                 " LEFT JOIN (SELECT mentor_id, count(*) AS n FROM mentor_match"
                                 "  WHERE status = 'active' AND deleted_at IS NULL"
                                 "  GROUP BY mentor_id) a ON a.mentor_id = m.id"
                                 " WHERE m.deleted_at IS NULL AND m.archived_at IS NULL"
                                 " AND m.id NOT IN (SELECT x.mentor_id FROM mentor_match x"
                                 "  WHERE x.participant_id = ?1 AND x.deleted_at IS NULL"
                                 "  AND x.status <> 'ended')",
                                 "i", participant_id);
  if (stmt == NULL)
    return NULL;

  suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) ff_mentor_suggestion_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FfMentorSuggestion *suggestion;
      guint shared = shared_stored (&wanted, ff_store_column_text (stmt, 3));

      if (shared == 0)
        continue;

      suggestion = g_new0 (FfMentorSuggestion, 1);
      suggestion->mentor_id = sqlite3_column_int64 (stmt, 0);
      suggestion->name = g_strdup (ff_store_column_text (stmt, 1));
      suggestion->kind = g_strdup (ff_store_column_text (stmt, 2));
      suggestion->shared = shared;
      suggestion->active_matches = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (suggestions, suggestion);
    }
  if (rc != SQLITE_DONE)
    {
      ff_store_set_sqlite_error (store, error);
      return NULL;
    }

  g_ptr_array_sort (suggestions, ff_mentor_suggestion_compare);
  if (limit > 0 && suggestions->len > limit)
    g_ptr_array_remove_range (suggestions, limit, suggestions->len - limit);

  /* What each of those kept shares, in their own words. */
  for (guint i = 0; i < suggestions->len; i++)
    {
      FfMentorSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autoptr(FfRecord) mentor = ff_record_load (store, &ff_mentor_type,
                                                   suggestion->mentor_id, error);
      FfMentorTerms terms;

      if (mentor == NULL)
        return NULL;

      terms.languages = ff_record_get (mentor, FF_MENTOR_LANGUAGES);
      terms.municipality = ff_record_get (mentor, FF_MENTOR_MUNICIPALITY);
      terms.interests = ff_record_get (mentor, FF_MENTOR_INTERESTS);
      suggestion->shared_items = ff_mentor_shared_items (&given, &terms);
    }

  return g_steal_pointer (&suggestions);
}
