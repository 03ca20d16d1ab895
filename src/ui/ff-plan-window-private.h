/* ff-plan-window-private.h — the plan window's widgets and steps, for its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-plan.h"
#include "ff-plan-window.h"

G_BEGIN_DECLS

/* The widget that edits @field of the plan itself (an AdwEntryRow, AdwComboRow or,
 * for the goal in words, a GtkTextView). */
GtkWidget  *ff_plan_window_get_field_widget      (FfPlanWindow   *self,
                                                  FfPlanField     field);
/* How many parts of @kind are shown, and the row (an AdwExpanderRow) and id of the
 * one at @index. */
guint       ff_plan_window_get_n_parts           (FfPlanWindow   *self,
                                                  FfPlanPartKind  kind);
GtkWidget  *ff_plan_window_get_part_row          (FfPlanWindow   *self,
                                                  FfPlanPartKind  kind,
                                                  guint           index);
gint64      ff_plan_window_get_part_id           (FfPlanWindow   *self,
                                                  FfPlanPartKind  kind,
                                                  guint           index);
/* The widget that edits @field of part @part_id (a GtkSwitch for a review held). */
GtkWidget  *ff_plan_window_get_part_field_widget (FfPlanWindow   *self,
                                                  gint64          part_id,
                                                  FfPlanField     field);
/* The version selector in the header bar. */
GtkWidget  *ff_plan_window_get_version_dropdown  (FfPlanWindow   *self);

/* What the file chooser's answer does: writes the version shown as a PDF to @path
 * (after pending edits) and says so in a toast. */
gboolean    ff_plan_window_export_to_path        (FfPlanWindow   *self,
                                                  const char     *path,
                                                  GError        **error);
/* What a print for signature does once the print dialog's answer is Print: signs
 * the draft shown and moves to the next draft. */
gboolean    ff_plan_window_sign_printed          (FfPlanWindow   *self,
                                                  GError        **error);

G_END_DECLS
