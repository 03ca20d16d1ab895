/* ff-record-row.c — one record in a section's list: its title and what it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-record-row.h"

struct _FfRecordRow
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkWidget *archived_label;
};

G_DEFINE_FINAL_TYPE (FfRecordRow, ff_record_row, GTK_TYPE_WIDGET)

static void
ff_record_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FF_TYPE_RECORD_ROW);

  G_OBJECT_CLASS (ff_record_row_parent_class)->dispose (object);
}

static void
ff_record_row_class_init (FfRecordRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_record_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-record-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfRecordRow, box);
  gtk_widget_class_bind_template_child (widget_class, FfRecordRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, FfRecordRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FfRecordRow, archived_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ff_record_row_init (FfRecordRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_record_row_new (void)
{
  return g_object_new (FF_TYPE_RECORD_ROW, NULL);
}

void
ff_record_row_set_record (FfRecordRow *self,
                          FfRecord    *record)
{
  const char *subtitle = record != NULL ? ff_record_get_subtitle (record) : "";

  g_return_if_fail (FF_IS_RECORD_ROW (self));

  gtk_label_set_label (self->title_label, record != NULL ? ff_record_get_title (record) : "");
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), *subtitle != '\0');
  gtk_widget_set_visible (self->archived_label,
                          record != NULL && ff_record_get_archived (record));
}
