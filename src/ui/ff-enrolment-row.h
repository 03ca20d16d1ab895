/* ff-enrolment-row.h — a participant's programme: status, plan and status history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-enrolment.h"
#include "ff-summary-row.h"

G_BEGIN_DECLS

#define FF_TYPE_ENROLMENT_ROW (ff_enrolment_row_get_type ())
G_DECLARE_FINAL_TYPE (FfEnrolmentRow, ff_enrolment_row, FF, ENROLMENT_ROW, FfSummaryRow)

/* A summary row (ff-summary-row.h) of the participant page, open when shown: the programme and its current status, with
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

/* Lets each change of the status history take one line when it fits the row's width,
 * and wrap when it does not. @title_width carries the width last seen from row to row
 * (a new row has none of its own yet). */
void        ff_enrolment_row_fit   (FfEnrolmentRow  *self,
                                    int             *title_width);

G_END_DECLS
