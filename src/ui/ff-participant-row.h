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

G_END_DECLS
