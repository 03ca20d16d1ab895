/* ff-match-row.h — one match of a mentor and a participant: its summary, and inside it,
 * made when it is first opened, its fields and its meeting log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"
#include "ff-meeting-row.h"
#include "ff-summary-row.h"

G_BEGIN_DECLS

#define FF_TYPE_MATCH_DETAILS (ff_match_details_get_type ())
G_DECLARE_FINAL_TYPE (FfMatchDetails, ff_match_details, FF, MATCH_DETAILS, GtkListBoxRow)

#define FF_TYPE_MATCH_ROW (ff_match_row_get_type ())
G_DECLARE_FINAL_TYPE (FfMatchRow, ff_match_row, FF, MATCH_ROW, FfSummaryRow)

/* The details: the rows of the match's fields bound to @autosave, three fields to log a
 * meeting by (date, today when empty; hours; what was done: Tab from one to the next,
 * Return logs it, a refused value is marked on its field and nothing typed is lost),
 * and the meetings, newest first, each an FfMeetingRow. */
GtkWidget     *ff_match_details_new            (FfStore         *store,
                                                FfAutosave      *autosave,
                                                FfRecord        *match);
/* Shows @match and its meetings afresh. */
void           ff_match_details_update         (FfMatchDetails  *self,
                                                FfRecord        *match);
/* Logs the meeting typed; FALSE (and the value refused marked) when it is not. */
gboolean       ff_match_details_log_meeting    (FfMatchDetails  *self);
GtkWidget     *ff_match_details_get_date_entry  (FfMatchDetails *self);
GtkWidget     *ff_match_details_get_hours_entry (FfMatchDetails *self);
GtkWidget     *ff_match_details_get_what_entry  (FfMatchDetails *self);
guint          ff_match_details_get_n_meetings  (FfMatchDetails *self);
FfMeetingRow  *ff_match_details_get_meeting_row (FfMatchDetails *self,
                                                 guint           index);

/* A summary row titled with the mentor's name (@shows_mentor, on a participant's page)
 * or the participant's (on a mentor's page), "4,5 hours · Active · 01.09.2025 –" under
 * it, with a button that deletes it (match-list.delete, target its id). */
GtkWidget     *ff_match_row_new                (FfStore         *store,
                                                FfAutosave      *autosave,
                                                gboolean         shows_mentor,
                                                FfRecord        *match);
gint64         ff_match_row_get_id             (FfMatchRow      *self);
/* Shows @match as the store now holds it; another match than the one shown is shown
 * closed, what was typed in the last one written. */
void           ff_match_row_update             (FfMatchRow      *self,
                                                FfRecord        *match);
/* The details, made when they were not yet. */
FfMatchDetails *ff_match_row_get_details       (FfMatchRow      *self);

G_END_DECLS
