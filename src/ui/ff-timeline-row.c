/* ff-timeline-row.c — one item of a participant's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-format.h"
#include "ff-timeline-row.h"

struct _FfTimelineRow
{
  GtkListBoxRow  parent_instance;

  /* template children */
  GtkImage      *icon;
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
};

G_DEFINE_FINAL_TYPE (FfTimelineRow, ff_timeline_row, GTK_TYPE_LIST_BOX_ROW)

static const char *
kind_icon (FfTimelineKind kind)
{
  switch (kind)
    {
    case FF_TIMELINE_STATUS:      return "emblem-synchronizing-symbolic";
    case FF_TIMELINE_PLAN:        return "document-edit-symbolic";
    case FF_TIMELINE_PLACEMENT:   return "find-location-symbolic";
    case FF_TIMELINE_FOLLOW_UP:   return "user-available-symbolic";
    case FF_TIMELINE_ACTION:      return "object-select-symbolic";
    case FF_TIMELINE_MEETING:     return "system-users-symbolic";
    case FF_TIMELINE_APPLICATION: return "mail-send-symbolic";
    case FF_TIMELINE_OUTCOME:     return "emblem-ok-symbolic";
    case FF_TIMELINE_N_KINDS:
    default:                      return "content-loading-symbolic";
    }
}

static void
set_text (GtkLabel   *label,
          const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

static void
ff_timeline_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FF_TYPE_TIMELINE_ROW);

  G_OBJECT_CLASS (ff_timeline_row_parent_class)->dispose (object);
}

static void
ff_timeline_row_class_init (FfTimelineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_timeline_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-timeline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfTimelineRow, icon);
  gtk_widget_class_bind_template_child (widget_class, FfTimelineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, FfTimelineRow, subtitle_label);
}

static void
ff_timeline_row_init (FfTimelineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_timeline_row_new (void)
{
  return g_object_new (FF_TYPE_TIMELINE_ROW, NULL);
}

void
ff_timeline_row_show (FfTimelineRow        *self,
                      const FfTimelineItem *item)
{
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  const char *icon_name;

  g_return_if_fail (FF_IS_TIMELINE_ROW (self));
  g_return_if_fail (item != NULL);

  date = ff_format_date (item->date, NULL);
  subtitle = item->subtitle != NULL && *item->subtitle != '\0'
               ? g_strconcat (date, C_("separator", " · "), item->subtitle, NULL)
               : g_steal_pointer (&date);

  set_text (self->title_label, item->title != NULL ? item->title : "");
  set_text (self->subtitle_label, subtitle);

  /* An image given its icon again looks it up again: only a new kind changes it. */
  icon_name = kind_icon (item->kind);
  if (g_strcmp0 (gtk_image_get_icon_name (self->icon), icon_name) != 0)
    {
      gtk_image_set_from_icon_name (self->icon, icon_name);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->icon), ff_timeline_kind_label (item->kind));
    }
}

const char *
ff_timeline_row_get_title (FfTimelineRow *self)
{
  g_return_val_if_fail (FF_IS_TIMELINE_ROW (self), NULL);

  return gtk_label_get_text (self->title_label);
}

const char *
ff_timeline_row_get_subtitle (FfTimelineRow *self)
{
  g_return_val_if_fail (FF_IS_TIMELINE_ROW (self), NULL);

  return gtk_label_get_text (self->subtitle_label);
}
