/* ff-language.c — the languages Fotfeste speaks, the one the interface is shown in, and
 * messages fetched in another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ff-language.h"

/* glibc's counter of loaded catalogues: changing it makes gettext look again
 * instead of answering from what it found for the previous language. */
extern int _nl_msg_cat_cntr;

static const char * const languages[] = { "nb", "nn", "uk", "en", NULL };

/* language → (key → translation), for the life of the process */
static GHashTable *catalogues;

const char * const *
ff_languages (void)
{
  return languages;
}

gboolean
ff_language_is_known (const char *language)
{
  return language != NULL && g_strv_contains (languages, language);
}

const char *
ff_language_displayed (void)
{
  /* Translators: the code of the language you translate into, as in the Language
   * line of this file: "nb", "nn" or "uk". It is not shown: Fotfeste writes dates,
   * amounts and numbers the way this language writes them. */
  const char *code = C_("language code of this translation", "en");

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (strcmp (code, languages[i]) == 0)
        return languages[i];
    }

  return "en";
}

/* Looks @msgid up in @language's catalogue: LANGUAGE is read by gettext on every
 * lookup once the catalogue counter has changed, but is ignored in the C locale.
 * @msgid of a message with a context is "context\004msgid", and @context_length the
 * length of the part before the message. */
static char *
lookup (const char *language,
        const char *msgid,
        gsize       context_length,
        const char *msgid_plural,
        gulong      n)
{
  g_autofree char *old_language = g_strdup (getenv ("LANGUAGE"));
  g_autofree char *old_messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  const char *found;
  char *translation;

  if (old_messages == NULL ||
      strcmp (old_messages, "C") == 0 ||
      strcmp (old_messages, "POSIX") == 0)
    setlocale (LC_MESSAGES, "C.UTF-8");

  setenv ("LANGUAGE", language, 1);
  ++_nl_msg_cat_cntr;

  if (msgid_plural != NULL)
    found = dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  else
    found = dgettext (GETTEXT_PACKAGE, msgid);
  /* Untranslated, a message with a context comes back with its context. */
  if (found == msgid)
    found += context_length;
  translation = g_strdup (found);

  if (old_language != NULL)
    setenv ("LANGUAGE", old_language, 1);
  else
    unsetenv ("LANGUAGE");
  if (old_messages != NULL)
    setlocale (LC_MESSAGES, old_messages);
  ++_nl_msg_cat_cntr;

  return translation;
}

/* lookup(), once for each @language and @key (which tells messages apart that share
 * their @msgid). */
static const char *
cached_lookup (const char *language,
               const char *key,
               const char *msgid,
               gsize       context_length,
               const char *msgid_plural,
               gulong      n)
{
  GHashTable *catalogue;
  const char *translation;

  if (catalogues == NULL)
    catalogues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_hash_table_unref);

  catalogue = g_hash_table_lookup (catalogues, language);
  if (catalogue == NULL)
    {
      catalogue = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (catalogues, g_strdup (language), catalogue);
    }

  translation = g_hash_table_lookup (catalogue, key);
  if (translation == NULL)
    {
      char *found = lookup (language, msgid, context_length, msgid_plural, n);

      g_hash_table_insert (catalogue, g_strdup (key), found);
      translation = found;
    }

  return translation;
}

/* Whether @language's messages are the English ones in the sources. */
static gboolean
is_english (const char *language)
{
  return !ff_language_is_known (language) || strcmp (language, "en") == 0;
}

const char *
ff_language_gettext (const char *language,
                     const char *msgid)
{
  g_return_val_if_fail (msgid != NULL, NULL);

  if (msgid[0] == '\0')
    return msgid;
  if (language == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  if (is_english (language))
    return msgid;

  return cached_lookup (language, msgid, msgid, 0, NULL, 0);
}

const char *
ff_language_pgettext (const char *language,
                      const char *context,
                      const char *msgid)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (context != NULL, NULL);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (language == NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
  if (is_english (language))
    return msgid;

  key = g_strconcat (context, "\004", msgid, NULL);
  return cached_lookup (language, key, key, strlen (context) + 1, NULL, 0);
}

const char *
ff_language_ngettext (const char *language,
                      const char *msgid,
                      const char *msgid_plural,
                      gulong      n)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (msgid_plural != NULL, NULL);

  if (language == NULL)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  if (is_english (language))
    return n == 1 ? msgid : msgid_plural;

  /* Languages differ in which numbers share a form, so the number is part of the key. */
  key = g_strdup_printf ("%s%c%s%c%lu", msgid, '\004', msgid_plural, '\004', n);
  return cached_lookup (language, key, msgid, 0, msgid_plural, n);
}
