/* ff-programmes-view.h — the programmes section: the list and the open programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_PROGRAMMES_VIEW (ff_programmes_view_get_type ())
G_DECLARE_FINAL_TYPE (FfProgrammesView, ff_programmes_view, FF, PROGRAMMES_VIEW, GtkWidget)

/* Properties: "store" (set once), "sidebar-folded" (the window's sidebar is folded
 * away, so the list offers a way back to it). */

void  ff_programmes_view_set_store      (FfProgrammesView *self,
                                         FfStore          *store);
/* Asks for a name and kind, adds the programme and opens it. */
void  ff_programmes_view_new_programme  (FfProgrammesView *self);
/* Opens programme @id (showing archived programmes when it is one). */
void  ff_programmes_view_open_programme (FfProgrammesView *self,
                                         gint64            id);
/* Writes pending edits of the open programme. */
void  ff_programmes_view_flush          (FfProgrammesView *self);

G_END_DECLS
