/* ff-participant-row.h — one participant in the participants list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-participant.h"

G_BEGIN_DECLS

#define FF_TYPE_PARTICIPANT_ROW (ff_participant_row_get_type ())
G_DECLARE_FINAL_TYPE (FfParticipantRow, ff_participant_row, FF, PARTICIPANT_ROW, GtkWidget)

GtkWidget *ff_participant_row_new             (void);
/* Shows @participant; NULL when the row is put aside (it keeps showing the last). */
void       ff_participant_row_set_participant (FfParticipantRow *self,
                                               FfParticipant    *participant);

/* The factory of the participants list's rows. GTK 4.8 throws the list items of a
 * replaced list away and makes new ones: their rows are kept for those (up to a few
 * hundred, as many as a list view keeps), so that a search does not build every row
 * again from its template. */
GtkListItemFactory *ff_participant_row_factory_new (void);

G_END_DECLS
