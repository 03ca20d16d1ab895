/* ff-window.h — the main window: sections in a sidebar, first start, sample data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_WINDOW (ff_window_get_type ())
G_DECLARE_FINAL_TYPE (FfWindow, ff_window, FF, WINDOW, AdwApplicationWindow)

GtkWidget *ff_window_new       (GtkApplication *application,
                                FfStore        *store);
FfStore   *ff_window_get_store (FfWindow       *self);
/* Writes every pending edit (before closing or quitting). */
void       ff_window_flush     (FfWindow       *self);
void       ff_window_add_toast (FfWindow       *self,
                                AdwToast       *toast);
/* Shows participant @participant_id in the participants section (also the action
 * win.show-participant, with the id). */
void       ff_window_show_participant (FfWindow *self,
                                       gint64    participant_id);

G_END_DECLS
