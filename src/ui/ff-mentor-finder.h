/* ff-mentor-finder.h — Find a Mentor: the mentors who share most with a participant, one
 * to choose, which proposes a match
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_MENTOR_FINDER (ff_mentor_finder_get_type ())
G_DECLARE_FINAL_TYPE (FfMentorFinder, ff_mentor_finder, FF, MENTOR_FINDER, AdwWindow)

/* At most this many mentors are suggested. */
#define FF_MENTOR_FINDER_SHOWN 25

/* A dialog, transient for @parent, listing ff_mentor_suggest() for @participant_id: each
 * mentor with their kind, what they share with the participant and their active
 * matches. Choosing one (click, or Return on its row) proposes a match from today,
 * emits "proposed" (gint64 match id) and closes; Escape closes it. */
GtkWidget   *ff_mentor_finder_new          (GtkWindow       *parent,
                                            FfStore         *store,
                                            gint64           participant_id);

/* The rows of the mentors suggested, in order, for tests. */
GtkListBox  *ff_mentor_finder_get_list     (FfMentorFinder  *self);
/* The mentor a row of the list suggests. */
gint64       ff_mentor_finder_get_mentor_id (FfMentorFinder *self,
                                             guint           index);

G_END_DECLS
