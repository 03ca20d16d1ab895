/* ff-choice.h — a closed list of choices: stable keys and the labels people read
 *
 * Every enumeration the user chooses from (a programme's kind, a gender, a CEFR level,
 * an activity's status …) is one FfChoiceList: keys are stored in files and never
 * change; labels are English msgids translated when shown (with a context where the
 * same English word needs two translations). A list may begin with the empty key "",
 * which then is a valid choice ("Not stated") and the value of an empty field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *key;       /* stored; "" for the choice of nothing */
  const char *context;   /* msgctxt of the label, or NULL */
  const char *label;     /* English msgid, marked with N_() or NC_() */
} FfChoice;

typedef struct
{
  const FfChoice *choices;
  guint           n_choices;
  guint           fallback;   /* the index an unknown key stands for */
  const char     *invalid;    /* msgid: what to say of a key not in the list (NULL:
                               * "Choose one of the choices in the list.") */
} FfChoiceList;

/* The key at @index (the fallback's when out of range). */
const char  *ff_choice_list_key        (const FfChoiceList *list,
                                        guint               index);
/* The index of @key, or -1 (keys compare without regard to ASCII case). */
int          ff_choice_list_find       (const FfChoiceList *list,
                                        const char         *key);
/* The index of @key, or the fallback. */
guint        ff_choice_list_index      (const FfChoiceList *list,
                                        const char         *key);
/* The label in the user's language. */
const char  *ff_choice_list_label      (const FfChoiceList *list,
                                        guint               index);
/* The label of @key in the user's language (the fallback's for an unknown key). */
const char  *ff_choice_list_key_label  (const FfChoiceList *list,
                                        const char         *key);
/* The English label and its context, to be translated into another language (a
 * document printed in the participant's language). */
const char  *ff_choice_list_msgid      (const FfChoiceList *list,
                                        guint               index);
const char  *ff_choice_list_context    (const FfChoiceList *list,
                                        guint               index);
/* Whether "" is one of the choices. */
gboolean     ff_choice_list_has_empty  (const FfChoiceList *list);

/* Checks @text against @list; on TRUE @key (may be NULL) is the stored spelling. On
 * FALSE, a translated FF_VALIDATE_ERROR_FORMAT with the list's message. */
gboolean     ff_choice_list_validate   (const FfChoiceList *list,
                                        const char         *text,
                                        char              **key,
                                        GError            **error);

/* Levels of the Common European Framework of Reference: "" (not assessed), A0 … C2,
 * for what someone can; and "" (not set), A1 … C2, for a goal. */
extern const FfChoiceList ff_cefr_levels;
extern const FfChoiceList ff_cefr_goal_levels;

G_END_DECLS
