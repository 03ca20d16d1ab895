/* ff-follow-up-group.h — a participant's follow-up conversations on their page, and why
 * they are flagged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_FOLLOW_UP_GROUP (ff_follow_up_group_get_type ())
G_DECLARE_FINAL_TYPE (FfFollowUpGroup, ff_follow_up_group, FF, FOLLOW_UP_GROUP,
                      AdwPreferencesGroup)

/* At most this many conversations are shown until "Show All" is chosen. */
#define FF_FOLLOW_UP_GROUP_SHOWN 10

GtkWidget   *ff_follow_up_group_new    (void);

/* Shows the conversations of participant @participant_id (0: none), newest first, and
 * what they are flagged for today (ff_follow_up_flags () with the preference), or the
 * same read again after a change. It follows changes of conversations' actions and of
 * placements itself. */
void         ff_follow_up_group_show   (FfFollowUpGroup  *self,
                                        FfStore          *store,
                                        gint64            participant_id);

gboolean     ff_follow_up_group_flush  (FfFollowUpGroup  *self);

/* Opens the row of conversation @id (showing them all if need be) and moves the focus
 * to it; FALSE when it is not the participant's. */
gboolean     ff_follow_up_group_open   (FfFollowUpGroup  *self,
                                        gint64            id);

/* For tests: the row saying why the participant is flagged (hidden when not), the
 * quick-add fields, and the row of conversation @id (an FfFollowUpRow; NULL when not
 * shown). */
GtkWidget   *ff_follow_up_group_get_flags_row     (FfFollowUpGroup *self);
GtkWidget   *ff_follow_up_group_get_date_entry    (FfFollowUpGroup *self);
GtkWidget   *ff_follow_up_group_get_kind_row      (FfFollowUpGroup *self);
GtkWidget   *ff_follow_up_group_get_present_entry (FfFollowUpGroup *self);
GtkWidget   *ff_follow_up_group_get_summary_entry (FfFollowUpGroup *self);
GtkWidget   *ff_follow_up_group_get_row           (FfFollowUpGroup *self,
                                                   gint64           id);

G_END_DECLS
