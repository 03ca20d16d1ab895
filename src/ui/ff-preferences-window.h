/* ff-preferences-window.h — where backups go, and how long participants are kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_PREFERENCES_WINDOW (ff_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (FfPreferencesWindow, ff_preferences_window, FF, PREFERENCES_WINDOW,
                      AdwWindow)

/* The preferences, for the database of @store (whose backups go to the folder shown),
 * transient for @parent. Changes take effect at once. */
GtkWidget  *ff_preferences_window_new            (GtkWindow   *parent,
                                                  FfStore     *store);

/* The spin button of "retention-years", for tests. */
GtkWidget  *ff_preferences_window_get_years_spin (FfPreferencesWindow *self);
/* The values of G (FfBasicAmountGroup), for tests. */
GtkWidget  *ff_preferences_window_get_basic_amount_group (FfPreferencesWindow *self);
/* The spin button of the days between follow-up conversations, for tests. */
GtkWidget  *ff_preferences_window_get_follow_up_spin (FfPreferencesWindow *self);

G_END_DECLS
