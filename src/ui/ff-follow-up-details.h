/* ff-follow-up-details.h — what a follow-up conversation shows when opened: its fields,
 * and the actions agreed, ticked off when done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"
#include "ff-follow-up.h"

G_BEGIN_DECLS

#define FF_TYPE_FOLLOW_UP_DETAILS (ff_follow_up_details_get_type ())
G_DECLARE_FINAL_TYPE (FfFollowUpDetails, ff_follow_up_details, FF, FOLLOW_UP_DETAILS,
                      GtkListBoxRow)

/* A row of a summary row holding a row for every field of @follow_up, bound to
 * @autosave; a row for each action agreed, with a check button that ticks it off, and
 * marked "Overdue" when its due date passed undone; and the fields of a new action.
 * ff_autosave_unbind () the bindings before they go. */
GtkWidget   *ff_follow_up_details_new     (FfStore            *store,
                                           FfAutosave         *autosave,
                                           FfRecord           *follow_up);

/* Shows @follow_up as the store now holds it, with its actions read again. */
void         ff_follow_up_details_update  (FfFollowUpDetails  *self,
                                           FfRecord           *follow_up);

GtkWidget   *ff_follow_up_details_get_field      (FfFollowUpDetails *self,
                                                  guint              field);
/* The rows of the actions, in the order agreed (AdwActionRow), and the check button of
 * one. */
guint        ff_follow_up_details_get_n_actions  (FfFollowUpDetails *self);
GtkWidget   *ff_follow_up_details_get_action_row (FfFollowUpDetails *self,
                                                  guint              index);
GtkWidget   *ff_follow_up_details_get_action_check (FfFollowUpDetails *self,
                                                    guint              index);
/* The fields of a new action, and its button. */
GtkWidget   *ff_follow_up_details_get_what_entry (FfFollowUpDetails *self);
GtkWidget   *ff_follow_up_details_get_who_entry  (FfFollowUpDetails *self);
GtkWidget   *ff_follow_up_details_get_due_entry  (FfFollowUpDetails *self);
GtkWidget   *ff_follow_up_details_get_add_button (FfFollowUpDetails *self);

G_END_DECLS
