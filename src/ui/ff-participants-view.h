/* ff-participants-view.h — the participants section: the list and the open record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_PARTICIPANTS_VIEW (ff_participants_view_get_type ())
G_DECLARE_FINAL_TYPE (FfParticipantsView, ff_participants_view,
                      FF, PARTICIPANTS_VIEW, GtkWidget)

/* Property "sidebar-folded": the window's sidebar is folded away, so the list offers a
 * way back to it. */

FfStore  *ff_participants_view_get_store          (FfParticipantsView *self);
/* Set once, before the view is shown. */
void      ff_participants_view_set_store          (FfParticipantsView *self,
                                                   FfStore            *store);
/* Asks for a name and adds a participant, then opens it. */
void      ff_participants_view_new_participant    (FfParticipantsView *self);
/* Opens participant @id, selecting it in the list (clearing the search and
 * filters when they hide it). */
void      ff_participants_view_open_participant   (FfParticipantsView *self,
                                                   gint64              id);
void      ff_participants_view_focus_search       (FfParticipantsView *self);
/* Writes pending edits of the open participant. */
void      ff_participants_view_flush              (FfParticipantsView *self);

G_END_DECLS
