/* ff-plan-window-private.h — what the plan window's files share, and what its tests
 * may see of its widgets and steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-autosave.h"
#include "ff-plan.h"
#include "ff-plan-window.h"

G_BEGIN_DECLS

struct _FfPlanWindow
{
  AdwWindow        parent_instance;

  FfStore         *store;
  gint64           plan_id;
  FfPlan          *plan;          /* as last read from the store */
  gboolean         read_only;     /* a signed version */
  GArray          *version_ids;   /* gint64 per item of version_names */
  FfAutosave      *autosave;      /* the plan's fields and those of the parts shown */
  /* Set while the window itself chooses a version, so that this is not taken for the
   * user's choice. */
  guint            loading;
  gboolean         printing;
  gboolean         exporting;     /* the file chooser is open */
  GCancellable    *cancellable;

  /* template widgets */
  GtkDropDown     *version_dropdown;
  GtkStringList   *version_names;
  AdwWindowTitle  *window_title;
  GtkWidget       *sign_button;
  AdwToastOverlay *toast_overlay;
  GtkWidget       *signed_group;
  AdwActionRow    *signed_row;
  GtkListBox      *subgoals_list;
  GtkListBox      *activities_list;
  GtkListBox      *reviews_list;
};

/* In ff-plan-window.c, for ff-plan-window-actions.c */
void        ff_plan_window_show_message          (FfPlanWindow   *self,
                                                  const char     *message);
void        ff_plan_window_show_error            (FfPlanWindow   *self,
                                                  const char     *heading,
                                                  const char     *message);
void        ff_plan_window_update_actions        (FfPlanWindow   *self);
/* Reads the plan again after a change of parts, and shows those of @kind. */
void        ff_plan_window_reload_parts          (FfPlanWindow   *self,
                                                  FfPlanPartKind  kind);
/* Opens the row of part @part_id and puts the focus in its first field. */
void        ff_plan_window_focus_part            (FfPlanWindow   *self,
                                                  FfPlanPartKind  kind,
                                                  gint64          part_id);

/* In ff-plan-window-actions.c: the plan.* actions and their shortcuts. */
void        ff_plan_window_class_add_actions     (GtkWidgetClass *widget_class);

/* For the tests. The widget that edits @field of the plan itself (an AdwEntryRow,
 * AdwComboRow or, for the goal in words, a GtkTextView). */
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
