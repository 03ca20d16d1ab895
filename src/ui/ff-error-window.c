/* ff-error-window.c — the window shown when the database cannot be opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-error-window.h"

struct _FfErrorWindow
{
  AdwApplicationWindow  parent_instance;

  AdwStatusPage        *status_page;
};

G_DEFINE_FINAL_TYPE (FfErrorWindow, ff_error_window, ADW_TYPE_APPLICATION_WINDOW)

static void
ff_error_window_class_init (FfErrorWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-error-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfErrorWindow, status_page);
}

static void
ff_error_window_init (FfErrorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_error_window_new (GtkApplication *application,
                     const char     *message)
{
  FfErrorWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  self = g_object_new (FF_TYPE_ERROR_WINDOW, "application", application, NULL);
  adw_status_page_set_description (self->status_page, message);

  return GTK_WIDGET (self);
}
