/* ff-participant-page-private.h — the participant page's widgets, for its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-participant.h"
#include "ff-participant-page.h"

G_BEGIN_DECLS

/* The header's labels: the display name and the current status. */
GtkWidget  *ff_participant_page_get_title_label     (FfParticipantPage  *self);
GtkWidget  *ff_participant_page_get_status_label    (FfParticipantPage  *self);
/* The list of enrolments, each an AdwExpanderRow holding its status history. */
GtkWidget  *ff_participant_page_get_programmes_list (FfParticipantPage  *self);

G_END_DECLS
