/* ff-placement-details.h — what a placement shows when opened: the agreement's fields,
 * its approvals and the versions kept, the follow-up notes and the evaluation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-autosave.h"
#include "ff-placement.h"

G_BEGIN_DECLS

#define FF_TYPE_PLACEMENT_DETAILS (ff_placement_details_get_type ())
G_DECLARE_FINAL_TYPE (FfPlacementDetails, ff_placement_details, FF, PLACEMENT_DETAILS,
                      GtkListBoxRow)

/* A row of a summary row holding a row for every field of @placement, bound to
 * @autosave so that they save as they are typed; the employer chosen from the register
 * (an archived one refused on its field), the workplace mentor from the mentors at that
 * employer; a button for each party's approval, with its date; the versions of the
 * agreement kept when a change cleared the approvals; the follow-up notes with a field
 * to add one. The bindings last as long as the details: ff_autosave_unbind () them
 * before they go. */
GtkWidget   *ff_placement_details_new     (FfStore             *store,
                                           FfAutosave          *autosave,
                                           FfRecord            *placement);

/* Shows @placement as the store now holds it, with its approvals, versions and notes
 * read again. */
void         ff_placement_details_update  (FfPlacementDetails  *self,
                                           FfRecord            *placement);

GtkWidget   *ff_placement_details_get_field          (FfPlacementDetails *self,
                                                      guint               field);
GtkWidget   *ff_placement_details_get_employer_row   (FfPlacementDetails *self);
GtkWidget   *ff_placement_details_get_mentor_row     (FfPlacementDetails *self);
/* The row of @party's approval (its subtitle says when), and its button. */
GtkWidget   *ff_placement_details_get_approval_row   (FfPlacementDetails *self,
                                                      FfPlacementParty    party);
GtkWidget   *ff_placement_details_get_approve_button (FfPlacementDetails *self,
                                                      FfPlacementParty    party);
/* Shown when a change cleared the approvals; the versions kept, one line each. */
GtkWidget   *ff_placement_details_get_cleared_row    (FfPlacementDetails *self);
GtkWidget   *ff_placement_details_get_versions_row   (FfPlacementDetails *self);
GtkWidget   *ff_placement_details_get_notes_row      (FfPlacementDetails *self);
GtkWidget   *ff_placement_details_get_note_entry     (FfPlacementDetails *self);

G_END_DECLS
