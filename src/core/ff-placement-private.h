/* ff-placement-private.h — what the parts of placements share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-placement.h"

G_BEGIN_DECLS

/* Inside the transaction of a change of placement @placement_id's agreement, before
 * it is written: when any party has approved the agreement as it is, keeps it as a
 * version of its own with those approvals, which the agreement as it is then no
 * longer has. Nothing when no one has approved it. */
gboolean     ff_placement_keep_approved    (FfStore            *store,
                                            gint64              placement_id,
                                            GError            **error);

G_END_DECLS
