/* ff-outcome-group.h — what became of a participant at the end of each enrolment, on
 * their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_OUTCOME_GROUP (ff_outcome_group_get_type ())
G_DECLARE_FINAL_TYPE (FfOutcomeGroup, ff_outcome_group, FF, OUTCOME_GROUP,
                      AdwPreferencesGroup)

GtkWidget   *ff_outcome_group_new   (void);

/* Shows the outcomes of @enrolments (FfEnrolment; NULL: none), the latest first, one
 * row each: its kind, date, place and programme. Hidden while there is none. */
void         ff_outcome_group_show  (FfOutcomeGroup  *self,
                                     FfStore         *store,
                                     GPtrArray       *enrolments);

/* Moves the focus to the row of outcome @id; FALSE when it is not shown. */
gboolean     ff_outcome_group_open  (FfOutcomeGroup  *self,
                                     gint64           id);

/* For tests: the row of outcome @id (an AdwActionRow), or NULL. */
GtkWidget   *ff_outcome_group_get_row (FfOutcomeGroup *self,
                                       gint64          id);

G_END_DECLS
