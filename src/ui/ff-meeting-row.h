/* ff-meeting-row.h — one meeting of a mentor match: its summary, and inside it, made
 * when it is first opened, the rows of its fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"
#include "ff-summary-row.h"

G_BEGIN_DECLS

#define FF_TYPE_MEETING_DETAILS (ff_meeting_details_get_type ())
G_DECLARE_FINAL_TYPE (FfMeetingDetails, ff_meeting_details, FF, MEETING_DETAILS, GtkListBoxRow)

#define FF_TYPE_MEETING_ROW (ff_meeting_row_get_type ())
G_DECLARE_FINAL_TYPE (FfMeetingRow, ff_meeting_row, FF, MEETING_ROW, FfSummaryRow)

/* A summary row titled with what was done, "1,5 hours · 03.03.2026" under it, with a
 * button that deletes it (match-list.delete-meeting, target its id). Opened, it holds
 * the rows of the meeting's fields, bound to @autosave. */
GtkWidget   *ff_meeting_row_new        (FfAutosave    *autosave,
                                        FfRecord      *meeting);

gint64       ff_meeting_row_get_id     (FfMeetingRow  *self);

/* Shows @meeting as the store now holds it, in the fields no one is typing in; another
 * meeting than the one shown is shown closed, what was typed in the last one written. */
void         ff_meeting_row_update     (FfMeetingRow  *self,
                                        FfRecord      *meeting);

/* The row of @field (one of FfMeetingField); makes the details when they were not yet. */
GtkWidget   *ff_meeting_row_get_field  (FfMeetingRow  *self,
                                        guint          field);

G_END_DECLS
