/* ff-placement-row.h — one placement of a participant: its summary, and inside it, made
 * when it is first opened, its details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-autosave.h"
#include "ff-placement-details.h"
#include "ff-summary-row.h"

G_BEGIN_DECLS

#define FF_TYPE_PLACEMENT_ROW (ff_placement_row_get_type ())
G_DECLARE_FINAL_TYPE (FfPlacementRow, ff_placement_row, FF, PLACEMENT_ROW, FfSummaryRow)

/* A summary row of @placement: its employer, its kind and period, a mark when it ended
 * without an evaluation, and a menu whose items activate, with the placement's id, the
 * actions the header ff-placement-group.h names (print and export the agreement,
 * delete). Its details are made when it is first opened. */
GtkWidget   *ff_placement_row_new         (FfStore         *store,
                                           FfAutosave      *autosave,
                                           FfRecord        *placement);

gint64       ff_placement_row_get_id      (FfPlacementRow  *self);
/* Shows @placement, the same one as the store now holds it, or another one (closed, its
 * details dropped). */
void         ff_placement_row_update      (FfPlacementRow  *self,
                                           FfRecord        *placement);
/* Whether the mark of a placement ended without an evaluation is shown. */
gboolean     ff_placement_row_get_flagged (FfPlacementRow  *self);
/* Its details, made if need be. */
FfPlacementDetails *ff_placement_row_get_details (FfPlacementRow *self);

G_END_DECLS
