/* ff-plan-part-row.h — one sub-goal, activity or review date of a plan, in its window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"
#include "ff-plan.h"

G_BEGIN_DECLS

#define FF_TYPE_PLAN_PART_ROW (ff_plan_part_row_get_type ())
G_DECLARE_FINAL_TYPE (FfPlanPartRow, ff_plan_part_row, FF, PLAN_PART_ROW, AdwExpanderRow)

/* An expander row whose title and subtitle sum the part up ("Work practice — Rema
 * 1000", "7,5 h/week · 01.02.2026–30.04.2026 · Ongoing"), with the rows of its
 * fields inside, bound to @autosave so that they save as they are typed, and a
 * button that removes it (action plan.remove-part, target (kind, id)). */
GtkWidget      *ff_plan_part_row_new            (FfAutosave      *autosave,
                                                 FfPlanPart      *part);

FfPlanPartKind  ff_plan_part_row_get_kind       (FfPlanPartRow   *self);
gint64          ff_plan_part_row_get_part_id    (FfPlanPartRow   *self);

/* Sums the part up again from what the store holds (after one of its fields was
 * saved). */
void            ff_plan_part_row_update         (FfPlanPartRow   *self);

/* The first field to type in, for a new part. */
GtkWidget      *ff_plan_part_row_get_first_field (FfPlanPartRow  *self);

G_END_DECLS
