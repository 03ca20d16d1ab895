/* ff-session-dialog.h — one session of a course, added or changed: its date, times,
 * note, and whether it is cancelled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_SESSION_DIALOG (ff_session_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FfSessionDialog, ff_session_dialog, FF, SESSION_DIALOG, AdwWindow)

/* A dialog that adds a session to course @course_id (@session_id 0), or moves,
 * cancels and notes session @session_id of it. Refusals show in it; it closes once
 * saved. Signal "saved" (gint64 session id). */
GtkWidget   *ff_session_dialog_new   (GtkWindow  *parent,
                                      FfStore    *store,
                                      gint64      course_id,
                                      gint64      session_id);

/* For tests: the rows of the date, start, end and note, the switch, and what it
 * says is refused ("" for nothing). */
GtkWidget   *ff_session_dialog_get_row    (FfSessionDialog *self,
                                           guint            field);
GtkWidget   *ff_session_dialog_get_cancelled_switch (FfSessionDialog *self);
const char  *ff_session_dialog_get_error  (FfSessionDialog *self);

G_END_DECLS
