/* ff-choice.c — a closed list of choices: stable keys and the labels people read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ff-choice.h"
#include "ff-validate.h"

const char *
ff_choice_list_key (const FfChoiceList *list,
                    guint               index)
{
  g_return_val_if_fail (list != NULL, "");

  if (index >= list->n_choices)
    index = list->fallback;

  return list->choices[index].key;
}

int
ff_choice_list_find (const FfChoiceList *list,
                     const char         *key)
{
  g_return_val_if_fail (list != NULL, -1);

  if (key == NULL)
    return -1;

  for (guint i = 0; i < list->n_choices; i++)
    {
      if (g_ascii_strcasecmp (list->choices[i].key, key) == 0)
        return (int) i;
    }

  return -1;
}

guint
ff_choice_list_index (const FfChoiceList *list,
                      const char         *key)
{
  int index = ff_choice_list_find (list, key);

  return index < 0 ? list->fallback : (guint) index;
}

const char *
ff_choice_list_msgid (const FfChoiceList *list,
                      guint               index)
{
  g_return_val_if_fail (list != NULL, "");

  if (index >= list->n_choices)
    index = list->fallback;

  return list->choices[index].label;
}

const char *
ff_choice_list_context (const FfChoiceList *list,
                        guint               index)
{
  g_return_val_if_fail (list != NULL, NULL);

  if (index >= list->n_choices)
    index = list->fallback;

  return list->choices[index].context;
}

const char *
ff_choice_list_label (const FfChoiceList *list,
                      guint               index)
{
  const char *msgid = ff_choice_list_msgid (list, index);
  const char *context = ff_choice_list_context (list, index);

  if (context != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);

  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
ff_choice_list_key_label (const FfChoiceList *list,
                          const char         *key)
{
  return ff_choice_list_label (list, ff_choice_list_index (list, key));
}

gboolean
ff_choice_list_has_empty (const FfChoiceList *list)
{
  return ff_choice_list_find (list, "") >= 0;
}

gboolean
ff_choice_list_validate (const FfChoiceList  *list,
                         const char          *text,
                         char               **key,
                         GError             **error)
{
  int index = ff_choice_list_find (list, text);

  if (index < 0)
    {
      g_set_error_literal (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_FORMAT,
                           list->invalid != NULL ? g_dgettext (GETTEXT_PACKAGE, list->invalid)
                                                 : _("Choose one of the choices in the list."));
      return FALSE;
    }

  if (key != NULL)
    *key = g_strdup (list->choices[index].key);
  return TRUE;
}

/* The levels of the Common European Framework of Reference for Languages, named the
 * same in every language. */
#define CEFR_LEVELS_A1_TO_C2 \
  { "A1", NULL, "A1" }, { "A2", NULL, "A2" }, { "B1", NULL, "B1" }, \
  { "B2", NULL, "B2" }, { "C1", NULL, "C1" }, { "C2", NULL, "C2" }

static const FfChoice cefr_levels[] = {
  /* Translators: no level of Norwegian has been assessed */
  { "", NULL, N_("Not assessed") },
  { "A0", NULL, "A0" },
  CEFR_LEVELS_A1_TO_C2,
};

const FfChoiceList ff_cefr_levels = {
  cefr_levels, G_N_ELEMENTS (cefr_levels), 0,
  /* Translators: the levels of the Common European Framework of Reference for
   * languages */
  N_("Choose a level from A0 to C2, or leave it empty."),
};

static const FfChoice cefr_goal_levels[] = {
  /* Translators: no Norwegian level set as the goal */
  { "", "norwegian level", NC_("norwegian level", "Not set") },
  CEFR_LEVELS_A1_TO_C2,
};

const FfChoiceList ff_cefr_goal_levels = {
  cefr_goal_levels, G_N_ELEMENTS (cefr_goal_levels), 0,
  /* Translators: the levels of the Common European Framework of Reference for
   * languages */
  N_("Choose a level from A1 to C2, or leave it empty."),
};
