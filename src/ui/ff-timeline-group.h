/* ff-timeline-group.h — everything that happened to a participant, newest first, on
 * their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-timeline.h"

G_BEGIN_DECLS

#define FF_TYPE_TIMELINE_GROUP (ff_timeline_group_get_type ())
G_DECLARE_FINAL_TYPE (FfTimelineGroup, ff_timeline_group, FF, TIMELINE_GROUP,
                      AdwPreferencesGroup)

/* This many items are shown at first, and this many more at each "Show More". */
#define FF_TIMELINE_GROUP_SHOWN 20

GtkWidget   *ff_timeline_group_new        (void);

/* Shows the timeline of participant @participant_id (0: none): ff_timeline_list () of
 * the kinds chosen in its drop-down (all, or one), read again after a change. It
 * follows changes of placements, conversations and mentor matches itself. */
void         ff_timeline_group_show       (FfTimelineGroup  *self,
                                           FfStore          *store,
                                           gint64            participant_id);

/* The kinds shown: FF_TIMELINE_ALL, or FF_TIMELINE_BIT () of one. */
guint        ff_timeline_group_get_kinds  (FfTimelineGroup  *self);
void         ff_timeline_group_set_kinds  (FfTimelineGroup  *self,
                                           guint             kinds);

/* For tests: how many items are shown, and the row of the @index-th (an FfTimelineRow:
 * activating it emits "open"). */
guint        ff_timeline_group_get_n_items (FfTimelineGroup *self);
GtkWidget   *ff_timeline_group_get_row     (FfTimelineGroup *self,
                                            guint            index);
const FfTimelineItem *ff_timeline_group_get_item (FfTimelineGroup *self,
                                                  guint            index);

/* Signal "open" (FfTimelineKind kind, gint64 id, gint64 part_id): an item was
 * activated; its ids are those of FfTimelineItem. */

G_END_DECLS
