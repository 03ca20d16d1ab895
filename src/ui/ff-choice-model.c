/* ff-choice-model.c — a core choice list as the model of a combo row or drop-down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-choice-model.h"

GListModel *
ff_choice_model_new (const FfChoiceList *list)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  g_return_val_if_fail (list != NULL, G_LIST_MODEL (labels));

  for (guint i = 0; i < list->n_choices; i++)
    gtk_string_list_append (labels, ff_choice_list_label (list, i));

  return G_LIST_MODEL (labels);
}
