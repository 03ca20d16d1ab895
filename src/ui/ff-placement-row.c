/* ff-placement-row.c — one placement of a participant: its summary, and inside it, made
 * when it is first opened, its details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-placement-group.h"
#include "ff-placement-row.h"

struct _FfPlacementRow
{
  FfSummaryRow     parent_instance;

  FfStore         *store;
  FfAutosave      *autosave;
  gint64           id;
  FfRecord        *placement;     /* as last read */
  GtkWidget       *details;       /* NULL until opened */

  /* template children */
  GtkWidget       *flag_icon;
};

G_DEFINE_FINAL_TYPE (FfPlacementRow, ff_placement_row, FF_TYPE_SUMMARY_ROW)

static FfPlacementDetails *
ensure_details (FfPlacementRow *self)
{
  if (self->details == NULL)
    {
      self->details = ff_placement_details_new (self->store, self->autosave, self->placement);
      ff_summary_row_add_row (FF_SUMMARY_ROW (self), self->details);
    }

  return FF_PLACEMENT_DETAILS (self->details);
}

/* Writes what was typed in the details and lets them go. */
static void
drop_details (FfPlacementRow *self)
{
  if (self->details == NULL)
    return;

  ff_autosave_unbind (self->autosave, &ff_placement_type, self->id);
  ff_summary_row_remove_row (FF_SUMMARY_ROW (self), self->details);
  self->details = NULL;
}

static void
expanded_cb (FfPlacementRow *self)
{
  if (ff_summary_row_get_expanded (FF_SUMMARY_ROW (self)) && self->id != 0)
    ensure_details (self);
}

/* The menu's items: the group's actions, or those of whoever prints, with the id. */
static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FfPlacementRow *self = FF_PLACEMENT_ROW (widget);
  const char *target = NULL;

  if (g_str_equal (action_name, "placement.print-agreement"))
    target = FF_PLACEMENT_GROUP_PRINT_AGREEMENT;
  else if (g_str_equal (action_name, "placement.export-agreement"))
    target = FF_PLACEMENT_GROUP_EXPORT_AGREEMENT;
  else
    target = FF_PLACEMENT_GROUP_DELETE;

  if (self->id != 0)
    {
      ff_autosave_flush (self->autosave);
      gtk_widget_activate_action (widget, target, "x", self->id);
    }
}

static void
ff_placement_row_dispose (GObject *object)
{
  FfPlacementRow *self = FF_PLACEMENT_ROW (object);

  if (self->details != NULL)
    ff_autosave_unbind (self->autosave, &ff_placement_type, self->id);
  self->details = NULL;
  g_clear_object (&self->placement);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_placement_row_parent_class)->dispose (object);
}

static void
ff_placement_row_class_init (FfPlacementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_placement_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-placement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfPlacementRow, flag_icon);

  gtk_widget_class_install_action (widget_class, "placement.print-agreement", NULL,
                                   forward_action);
  gtk_widget_class_install_action (widget_class, "placement.export-agreement", NULL,
                                   forward_action);
  gtk_widget_class_install_action (widget_class, "placement.delete", NULL, forward_action);
}

static void
ff_placement_row_init (FfPlacementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
}

GtkWidget *
ff_placement_row_new (FfStore    *store,
                      FfAutosave *autosave,
                      FfRecord   *placement)
{
  FfPlacementRow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);

  self = g_object_new (FF_TYPE_PLACEMENT_ROW, NULL);
  self->store = g_object_ref (store);
  self->autosave = g_object_ref (autosave);
  ff_placement_row_update (self, placement);

  return GTK_WIDGET (self);
}

gint64
ff_placement_row_get_id (FfPlacementRow *self)
{
  g_return_val_if_fail (FF_IS_PLACEMENT_ROW (self), 0);

  return self->id;
}

void
ff_placement_row_update (FfPlacementRow *self,
                         FfRecord       *placement)
{
  const char *employer;
  gboolean flagged;

  g_return_if_fail (FF_IS_PLACEMENT_ROW (self));
  g_return_if_fail (FF_IS_RECORD (placement));

  if (ff_record_get_id (placement) != self->id)
    {
      /* Another placement: closed, with none of the last one's details. */
      ff_summary_row_set_expanded (FF_SUMMARY_ROW (self), FALSE);
      drop_details (self);
      self->id = ff_record_get_id (placement);
    }

  g_set_object (&self->placement, placement);
  employer = ff_record_get_extra (placement, FF_PLACEMENT_EMPLOYER_NAME);
  /* Where, then what and when: "Rema 1000 Vang", "Work practice · 01.09.2026 – …". */
  ff_summary_row_set_summary (FF_SUMMARY_ROW (self),
                              employer != NULL && *employer != '\0'
                                ? employer : ff_record_get_title (placement),
                              ff_record_get_subtitle (placement));
  flagged = ff_placement_needs_evaluation (placement, NULL);
  if (gtk_widget_get_visible (self->flag_icon) != flagged)
    gtk_widget_set_visible (self->flag_icon, flagged);
  if (self->details != NULL)
    ff_placement_details_update (FF_PLACEMENT_DETAILS (self->details), placement);
}

gboolean
ff_placement_row_get_flagged (FfPlacementRow *self)
{
  g_return_val_if_fail (FF_IS_PLACEMENT_ROW (self), FALSE);

  return gtk_widget_get_visible (self->flag_icon);
}

FfPlacementDetails *
ff_placement_row_get_details (FfPlacementRow *self)
{
  g_return_val_if_fail (FF_IS_PLACEMENT_ROW (self), NULL);

  return ensure_details (self);
}
