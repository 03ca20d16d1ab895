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
/* Attendance on courses, and what absence costs (FfAttendanceGroup). */
GtkWidget  *ff_participant_page_get_attendance_group (FfParticipantPage *self);

/* ff-participant-export.c: the action "participant.export-personal-data", which asks
 * where to write the participant's copy of their personal data (PDF or XML). */
void        ff_participant_page_class_add_export_action (GtkWidgetClass     *widget_class);
/* Closes its file chooser, if it is open. */
void        ff_participant_page_cancel_export           (FfParticipantPage  *self);
/* Writes the shown participant's personal data to @path, as PDF or as XML, audited
 * (refused on a file open read-only). */
gboolean    ff_participant_page_export_personal_data    (FfParticipantPage  *self,
                                                         const char         *path,
                                                         gboolean            pdf,
                                                         GError            **error);

G_END_DECLS
