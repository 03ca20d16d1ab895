/* ff-choice-model.h — a core choice list as the model of a combo row or drop-down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-choice.h"

G_BEGIN_DECLS

/* A GListModel of GtkStringObject: the labels of @list in the user's language, in the
 * list's order, so that a position is the choice's index. */
GListModel  *ff_choice_model_new     (const FfChoiceList *list);

G_END_DECLS
