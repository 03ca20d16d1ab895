/* ff-follow-up-row.h — one follow-up conversation: its summary, and inside it, made when
 * it is first opened, its details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-autosave.h"
#include "ff-follow-up-details.h"
#include "ff-summary-row.h"

G_BEGIN_DECLS

#define FF_TYPE_FOLLOW_UP_ROW (ff_follow_up_row_get_type ())
G_DECLARE_FINAL_TYPE (FfFollowUpRow, ff_follow_up_row, FF, FOLLOW_UP_ROW, FfSummaryRow)

/* A summary row of @follow_up: its kind, its date, who took part and how many of its
 * actions are open, with a button that deletes it (follow-ups.delete, its id). */
GtkWidget   *ff_follow_up_row_new     (FfStore        *store,
                                       FfAutosave     *autosave,
                                       FfRecord       *follow_up);

gint64       ff_follow_up_row_get_id  (FfFollowUpRow  *self);
void         ff_follow_up_row_update  (FfFollowUpRow  *self,
                                       FfRecord       *follow_up);
/* Its details, made if need be. */
FfFollowUpDetails *ff_follow_up_row_get_details (FfFollowUpRow *self);

G_END_DECLS
