/* ff-timeline-row.h — one item of a participant's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-timeline.h"

G_BEGIN_DECLS

#define FF_TYPE_TIMELINE_ROW (ff_timeline_row_get_type ())
G_DECLARE_FINAL_TYPE (FfTimelineRow, ff_timeline_row, FF, TIMELINE_ROW, GtkListBoxRow)

GtkWidget  *ff_timeline_row_new       (void);

/* Shows @item: its title, its date and subtitle, and an icon for its kind (named in
 * the icon's tooltip). A text set again unchanged is not laid out again. */
void        ff_timeline_row_show      (FfTimelineRow        *self,
                                       const FfTimelineItem *item);

const char *ff_timeline_row_get_title    (FfTimelineRow *self);
const char *ff_timeline_row_get_subtitle (FfTimelineRow *self);

G_END_DECLS
