/* ff-error-window.h — the window shown when the database cannot be opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FF_TYPE_ERROR_WINDOW (ff_error_window_get_type ())
G_DECLARE_FINAL_TYPE (FfErrorWindow, ff_error_window, FF, ERROR_WINDOW, AdwApplicationWindow)

GtkWidget *ff_error_window_new (GtkApplication *application,
                                const char     *message);

G_END_DECLS
