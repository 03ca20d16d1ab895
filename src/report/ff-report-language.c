/* ff-report-language.c — the languages documents are printed in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libintl.h>
#include <string.h>
#include <glib/gi18n.h>

#include "ff-document.h"
#include "ff-language.h"
#include "ff-report-language.h"

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

/* Documents are printed in every language Fotfeste speaks. */
const char * const *
ff_report_languages (void)
{
  return ff_languages ();
}

gboolean
ff_report_language_is_known (const char *language)
{
  return ff_language_is_known (language);
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
ff_report_language_available (const char  *language,
                              GError     **error)
{
  const char *name = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ff_report_language_is_known (language))
    {
      g_set_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_LANGUAGE,
                   /* Translators: %s is a language code such as "de" */
                   _("Documents cannot be printed in the language “%s”. Choose nb, nn, uk "
                     "or en."), language != NULL ? language : "");
      return FALSE;
    }

  if (strcmp (language, "en") == 0)
    return TRUE;

  /* Every translation has the name of its own language: a catalogue that is missing,
   * or that gettext cannot switch to, gives it back in English. */
  for (guint i = 0; i < G_N_ELEMENTS (language_names); i++)
    {
      if (strcmp (language, language_names[i].language) == 0)
        name = language_names[i].name;
    }
  g_assert (name != NULL);

  if (strcmp (ff_language_gettext (language, name), name) != 0)
    return TRUE;

  g_set_error (error, FF_REPORT_ERROR, FF_REPORT_ERROR_TRANSLATION,
               /* Translators: the first %s is the name of a language ("Ukrainian"), the
                * second its code ("uk"), the third the folder where its translation was
                * looked for */
               _("Documents cannot be printed in %s (%s): its translation was not found "
                 "in %s. Install Fotfeste's translations, or choose another language."),
               ff_report_language_name (language), language,
               bindtextdomain (GETTEXT_PACKAGE, NULL));
  return FALSE;
}

const char *
ff_report_gettext (const char *language,
                   const char *msgid)
{
  const char *separator;

  g_return_val_if_fail (msgid != NULL, NULL);

  /* "context\004msgid", the key gettext keeps a message with a context under */
  separator = strchr (msgid, '\004');
  if (separator != NULL)
    {
      g_autofree char *context = g_strndup (msgid, separator - msgid);

      if (!ff_report_language_is_known (language))
        return separator + 1;
      return ff_language_pgettext (language, context, separator + 1);
    }

  if (!ff_report_language_is_known (language))
    return msgid;

  return ff_language_gettext (language, msgid);
}

const char *
ff_report_ngettext (const char *language,
                    const char *msgid,
                    const char *msgid_plural,
                    gulong      n)
{
  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (msgid_plural != NULL, NULL);

  if (!ff_report_language_is_known (language))
    return n == 1 ? msgid : msgid_plural;

  return ff_language_ngettext (language, msgid, msgid_plural, n);
}

const char *
ff_report_choice_msgid (const FfChoiceList *list,
                        guint               index)
{
  const char *msgid = ff_choice_list_msgid (list, index);
  const char *context = ff_choice_list_context (list, index);
  g_autofree char *key = NULL;

  if (context == NULL)
    return msgid;

  key = g_strconcat (context, "\004", msgid, NULL);
  return g_intern_string (key);
}
