/* ff-enrolment-row.h — a participant's programme: status, plan and status history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-enrolment.h"

G_BEGIN_DECLS

#define FF_TYPE_ENROLMENT_ROW (ff_enrolment_row_get_type ())
G_DECLARE_FINAL_TYPE (FfEnrolmentRow, ff_enrolment_row, FF, ENROLMENT_ROW, AdwExpanderRow)

/* An expander row of the participant page: the programme and its current status, with
 * "Change Status…" (action participant.change-status), the enrolment's plan with
 * "Write Plan" or "Open Plan" (participant.open-plan; when the period ends and the
 * next review is due, marked when due this week or overdue), and the status history,
 * oldest first. Both actions take the enrolment's id. */
GtkWidget  *ff_enrolment_row_new   (void);

/* Shows @enrolment as @store holds it now. Rows are used again for other enrolments:
 * only what differs is set again. */
void        ff_enrolment_row_show  (FfEnrolmentRow  *self,
                                    FfStore         *store,
                                    FfEnrolment     *enrolment);

/* Lets each title and subtitle take one line when it fits the row's width, and wrap
 * when it does not. @title_width and @heading_width carry the widths last seen from
 * row to row (a new row has none of its own yet). */
void        ff_enrolment_row_fit   (FfEnrolmentRow  *self,
                                    int             *title_width,
                                    int             *heading_width);

G_END_DECLS
