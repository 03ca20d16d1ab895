/* ff-welcome-page.h — what the window shows for a store with nothing in it yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FF_TYPE_WELCOME_PAGE (ff_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (FfWelcomePage, ff_welcome_page, FF, WELCOME_PAGE, AdwBin)

/* A welcome with buttons for the window's win.new-programme and win.load-sample-data,
 * and a main menu button showing @menu. */
GtkWidget *ff_welcome_page_new (GMenuModel *menu);

G_END_DECLS
