/* ff-placement-group.h — a participant's placements at employers on their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_PLACEMENT_GROUP (ff_placement_group_get_type ())
G_DECLARE_FINAL_TYPE (FfPlacementGroup, ff_placement_group, FF, PLACEMENT_GROUP,
                      AdwPreferencesGroup)

/* What the items of a placement's menu activate, with the placement's id as target
 * ("x"), on the row and up from it: printing and exporting the placement agreement
 * (ff-placement-documents.h), and deleting it with Undo. */
#define FF_PLACEMENT_GROUP_PRINT_AGREEMENT  "placements.print-agreement"
#define FF_PLACEMENT_GROUP_EXPORT_AGREEMENT "placements.export-agreement"
#define FF_PLACEMENT_GROUP_DELETE           "placements.delete"

GtkWidget   *ff_placement_group_new    (void);

/* Shows the placements of participant @participant_id (0: none), newest first, or the
 * same read again after a change (the rows are kept, and what is typed in them stays).
 * A placement is added with an employer of the register (an archived one refused on
 * its field), a kind and a period. It follows changes of placements, employers and
 * mentors itself. */
void         ff_placement_group_show   (FfPlacementGroup  *self,
                                        FfStore           *store,
                                        gint64             participant_id);

/* Writes what is pending; FALSE when a value stays refused. */
gboolean     ff_placement_group_flush  (FfPlacementGroup  *self);

/* Opens the row of placement @id and moves the focus to it; FALSE when it is not
 * shown. */
gboolean     ff_placement_group_open   (FfPlacementGroup  *self,
                                        gint64             id);

/* For tests: the quick-add fields, and the row of placement @id (NULL when not
 * shown), an FfPlacementRow. */
GtkWidget   *ff_placement_group_get_employer_entry (FfPlacementGroup *self);
GtkWidget   *ff_placement_group_get_kind_row       (FfPlacementGroup *self);
GtkWidget   *ff_placement_group_get_start_entry    (FfPlacementGroup *self);
GtkWidget   *ff_placement_group_get_end_entry      (FfPlacementGroup *self);
GtkWidget   *ff_placement_group_get_row            (FfPlacementGroup *self,
                                                    gint64            id);

G_END_DECLS
