/* ff-mentor-group.h — a participant's mentors on their page: the matches with their
 * meeting logs, and Find a Mentor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_MENTOR_GROUP (ff_mentor_group_get_type ())
G_DECLARE_FINAL_TYPE (FfMentorGroup, ff_mentor_group, FF, MENTOR_GROUP, AdwPreferencesGroup)

/* Shows the matches of participant @participant_id (0: none), each titled with its
 * mentor, and read again whenever a mentor or a match changes. Showing another
 * participant first writes what is pending. */
void         ff_mentor_group_show            (FfMentorGroup  *self,
                                              FfStore        *store,
                                              gint64          participant_id);

/* Writes what is pending; FALSE when a value stays refused. */
gboolean     ff_mentor_group_flush           (FfMentorGroup  *self);

/* The matches (an FfMatchList), for tests. The action "mentors.find" opens Find a
 * Mentor; the match proposed there is opened, on the date of a meeting to log. */
GtkWidget   *ff_mentor_group_get_match_list  (FfMentorGroup  *self);

G_END_DECLS
