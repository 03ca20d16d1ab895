/* ff-meeting-row.c — one meeting of a mentor match: its summary, and inside it, made
 * when it is first opened, the rows of its fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-meeting-row.h"
#include "ff-mentor.h"

struct _FfMeetingDetails
{
  GtkListBoxRow  parent_instance;
};

G_DEFINE_FINAL_TYPE (FfMeetingDetails, ff_meeting_details, GTK_TYPE_LIST_BOX_ROW)

struct _FfMeetingRow
{
  FfSummaryRow     parent_instance;

  FfAutosave      *autosave;
  gint64           id;
  FfRecord        *meeting;       /* as last read */
  GtkWidget       *details;       /* NULL until opened */

  /* template children */
  GtkWidget       *delete_button;
};

G_DEFINE_FINAL_TYPE (FfMeetingRow, ff_meeting_row, FF_TYPE_SUMMARY_ROW)

static void
ff_meeting_details_class_init (FfMeetingDetailsClass *klass)
{
  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               RESOURCE_PATH "/ui/ff-meeting-details.ui");
}

static void
ff_meeting_details_init (FfMeetingDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
ensure_details (FfMeetingRow *self)
{
  if (self->details != NULL)
    return;

  self->details = g_object_new (FF_TYPE_MEETING_DETAILS, NULL);
  ff_autosave_bind_named (self->autosave, self->details, &ff_meeting_type, self->id);
  ff_autosave_load (self->autosave, &ff_meeting_type, self->meeting);
  ff_summary_row_add_row (FF_SUMMARY_ROW (self), self->details);
}

static void
drop_details (FfMeetingRow *self)
{
  if (self->details == NULL)
    return;

  ff_autosave_unbind (self->autosave, &ff_meeting_type, self->id);
  ff_summary_row_remove_row (FF_SUMMARY_ROW (self), self->details);
  self->details = NULL;
}

static void
expanded_cb (FfMeetingRow *self)
{
  if (ff_summary_row_get_expanded (FF_SUMMARY_ROW (self)) && self->id != 0)
    ensure_details (self);
}

static void
ff_meeting_row_dispose (GObject *object)
{
  FfMeetingRow *self = FF_MEETING_ROW (object);

  if (self->details != NULL)
    ff_autosave_unbind (self->autosave, &ff_meeting_type, self->id);
  self->details = NULL;
  g_clear_object (&self->meeting);
  g_clear_object (&self->autosave);

  G_OBJECT_CLASS (ff_meeting_row_parent_class)->dispose (object);
}

static void
ff_meeting_row_class_init (FfMeetingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_meeting_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-meeting-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfMeetingRow, delete_button);
}

static void
ff_meeting_row_init (FfMeetingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
}

GtkWidget *
ff_meeting_row_new (FfAutosave *autosave,
                    FfRecord   *meeting)
{
  FfMeetingRow *self;

  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);
  g_return_val_if_fail (FF_IS_RECORD (meeting), NULL);

  self = g_object_new (FF_TYPE_MEETING_ROW, NULL);
  self->autosave = g_object_ref (autosave);
  ff_meeting_row_update (self, meeting);

  return GTK_WIDGET (self);
}

gint64
ff_meeting_row_get_id (FfMeetingRow *self)
{
  g_return_val_if_fail (FF_IS_MEETING_ROW (self), 0);

  return self->id;
}

void
ff_meeting_row_update (FfMeetingRow *self,
                       FfRecord     *meeting)
{
  gint64 id;

  g_return_if_fail (FF_IS_MEETING_ROW (self));
  g_return_if_fail (FF_IS_RECORD (meeting));

  id = ff_record_get_id (meeting);
  if (id != self->id)
    {
      ff_summary_row_set_expanded (FF_SUMMARY_ROW (self), FALSE);
      drop_details (self);
      self->id = id;
      /* The target first: the action takes one. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "x", id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button),
                                      "match-list.delete-meeting");
    }

  g_set_object (&self->meeting, meeting);
  ff_summary_row_set_summary (FF_SUMMARY_ROW (self), ff_record_get_title (meeting),
                              ff_record_get_subtitle (meeting));
  if (self->details != NULL)
    ff_autosave_refresh (self->autosave, meeting);
}

GtkWidget *
ff_meeting_row_get_field (FfMeetingRow *self,
                          guint         field)
{
  g_return_val_if_fail (FF_IS_MEETING_ROW (self), NULL);

  ensure_details (self);
  return ff_autosave_lookup (self->autosave, &ff_meeting_type, self->id, field, NULL, NULL);
}
