/* ff-retention-window.h — participants kept longer than the chosen years, to open or
 * erase
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_RETENTION_WINDOW (ff_retention_window_get_type ())
G_DECLARE_FINAL_TYPE (FfRetentionWindow, ff_retention_window, FF, RETENTION_WINDOW, AdwWindow)

/* Lists the participants whose last programme ended more than "retention-years" ago
 * (ff-retention.h), again whenever participants, enrolments or the setting change.
 * Each can be opened in @parent (an FfWindow) or erased, after the question of
 * FfEraseDialog. */
GtkWidget  *ff_retention_window_new      (GtkWindow          *parent,
                                          FfStore            *store);

/* The list's rows (FfRetentionRow), for tests. */
GtkListBox *ff_retention_window_get_list (FfRetentionWindow  *self);

G_END_DECLS
