/* ff-participant-page.h — one participant's record, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-record-page.h"

G_BEGIN_DECLS

#define FF_TYPE_PARTICIPANT_PAGE (ff_participant_page_get_type ())
G_DECLARE_FINAL_TYPE (FfParticipantPage, ff_participant_page, FF, PARTICIPANT_PAGE, FfRecordPage)

/* The record page of a participant (see FfRecordPage): their name and status above
 * four views, one in sight at a time: "overview" (programmes, outcomes, the timeline),
 * "details" (the record's own fields), "work" (weekly target, job-seeker log,
 * placements, business plans) and "follow-up" (conversations, mentors, attendance). The
 * view in sight stays when another participant is opened. Its section lists
 * participants by FfParticipantListModel, with FfParticipantFilters. */

GtkWidget  *ff_participant_page_new                (FfStore            *store);
gint64      ff_participant_page_get_participant_id (FfParticipantPage  *self);
/* Writes pending edits of the shown participant first, then shows @id (0: none). */
void        ff_participant_page_set_participant_id (FfParticipantPage  *self,
                                                    gint64              id);
/* Shows the view named @name, as its switcher does; the name of the view in sight. */
void        ff_participant_page_set_view           (FfParticipantPage  *self,
                                                    const char         *name);
const char *ff_participant_page_get_view           (FfParticipantPage  *self);
/* Writes every pending, valid edit now (before switching, closing or quitting). */
void        ff_participant_page_flush              (FfParticipantPage  *self);

G_END_DECLS
