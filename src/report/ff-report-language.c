/* ff-report-language.c — the languages documents are printed in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "ff-report-language.h"

/* glibc's counter of loaded catalogues: changing it makes gettext look again
 * instead of answering from what it found for the previous language. */
extern int _nl_msg_cat_cntr;

static const char * const languages[] = { "nb", "nn", "uk", "en", NULL };

static const struct
{
  const char *language;
  const char *name;
} language_names[] = {
  /* Translators: a language a document can be printed in */
  { "nb", N_("Norwegian Bokmål") },
  /* Translators: a language a document can be printed in */
  { "nn", N_("Norwegian Nynorsk") },
  /* Translators: a language a document can be printed in */
  { "uk", N_("Ukrainian") },
  /* Translators: a language a document can be printed in */
  { "en", N_("English") },
};

/* language → (key → translation), for the life of the process */
static GHashTable *catalogues;

const char * const *
ff_report_languages (void)
{
  return languages;
}

gboolean
ff_report_language_is_known (const char *language)
{
  return language != NULL && g_strv_contains (languages, language);
}

const char *
ff_report_language_name (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_names); i++)
    {
      if (g_strcmp0 (language, language_names[i].language) == 0)
        return _(language_names[i].name);
    }

  return language != NULL ? language : "";
}

gboolean
ff_report_language_decimal_comma (const char *language)
{
  return g_strcmp0 (language, "en") != 0;
}

/* Looks @msgid up in @language's catalogue: LANGUAGE is read by gettext on every
 * lookup once the catalogue counter has changed, but is ignored in the C locale. */
static char *
lookup (const char *language,
        const char *msgid,
        const char *msgid_plural,
        gulong      n)
{
  g_autofree char *old_language = g_strdup (getenv ("LANGUAGE"));
  g_autofree char *old_messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  char *translation;

  if (old_messages == NULL ||
      strcmp (old_messages, "C") == 0 ||
      strcmp (old_messages, "POSIX") == 0)
    setlocale (LC_MESSAGES, "C.UTF-8");

  setenv ("LANGUAGE", language, 1);
  ++_nl_msg_cat_cntr;

  if (msgid_plural != NULL)
    translation = g_strdup (dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n));
  else
    translation = g_strdup (dgettext (GETTEXT_PACKAGE, msgid));

  if (old_language != NULL)
    setenv ("LANGUAGE", old_language, 1);
  else
    unsetenv ("LANGUAGE");
  if (old_messages != NULL)
    setlocale (LC_MESSAGES, old_messages);
  ++_nl_msg_cat_cntr;

  return translation;
}

static const char *
cached_lookup (const char *language,
               const char *key,
               const char *msgid,
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
      char *found = lookup (language, msgid, msgid_plural, n);

      g_hash_table_insert (catalogue, g_strdup (key), found);
      translation = found;
    }

  return translation;
}

const char *
ff_report_gettext (const char *language,
                   const char *msgid)
{
  g_return_val_if_fail (msgid != NULL, NULL);

  if (msgid[0] == '\0' || !ff_report_language_is_known (language) ||
      strcmp (language, "en") == 0)
    return msgid;

  return cached_lookup (language, msgid, msgid, NULL, 0);
}

const char *
ff_report_ngettext (const char *language,
                    const char *msgid,
                    const char *msgid_plural,
                    gulong      n)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (msgid_plural != NULL, NULL);

  if (!ff_report_language_is_known (language) || strcmp (language, "en") == 0)
    return n == 1 ? msgid : msgid_plural;

  /* Languages differ in which numbers share a form, so the number is part of the key. */
  key = g_strdup_printf ("%s%c%s%c%lu", msgid, '\004', msgid_plural, '\004', n);
  return cached_lookup (language, key, msgid, msgid_plural, n);
}
