/* ff-paint-idle.h — work left until a window has drawn its next frame
 *
 * What a window does not need for the frame a person waits for (the views of a page
 * out of sight, the rows below the first screenful, the parts of a form further down)
 * is done after that frame is drawn, when the main loop is idle again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Calls @function with @data once, as g_idle_add_full () at @priority would, after the
 * window of @widget has drawn its next frame: at once if @widget is not realized, or
 * when it is unrealized before that frame (its window may draw no more). Returns the
 * id of the source, for g_source_remove (). */
guint ff_paint_idle_add (GtkWidget   *widget,
                         int          priority,
                         GSourceFunc  function,
                         gpointer     data);

G_END_DECLS
