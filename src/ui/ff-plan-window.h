/* ff-plan-window.h — one version of an individual plan, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_PLAN_WINDOW (ff_plan_window_get_type ())
G_DECLARE_FINAL_TYPE (FfPlanWindow, ff_plan_window, FF, PLAN_WINDOW, AdwWindow)

/* A window on version @plan_id of a plan: a draft is edited, a signed version is shown
 * read-only. */
GtkWidget    *ff_plan_window_new              (FfStore      *store,
                                               gint64        plan_id);

/* Shows the plan of enrolment @enrolment_id: the window that already shows it, or a
 * new one (transient for @parent, in its application) on the current draft. An
 * enrolment without a plan gets one first (a draft, version 1). NULL with @error
 * set when the plan cannot be found or started. */
FfPlanWindow *ff_plan_window_open_for_enrolment (FfStore    *store,
                                                 gint64      enrolment_id,
                                                 GtkWindow  *parent,
                                                 GError    **error);

gint64        ff_plan_window_get_plan_id      (FfPlanWindow *self);
gint64        ff_plan_window_get_enrolment_id (FfPlanWindow *self);
/* Writes pending edits first, then shows version @plan_id of the same plan. */
void          ff_plan_window_set_plan_id      (FfPlanWindow *self,
                                               gint64        plan_id);
/* Writes every pending, valid edit now (before printing, switching or closing). */
void          ff_plan_window_flush            (FfPlanWindow *self);

G_END_DECLS
