/* ff-status-dialog.c — a new status in a programme, with its date and reason
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-enrolment.h"
#include "ff-status-dialog.h"
#include "ff-validate.h"

struct _FfStatusDialog
{
  AdwWindow       parent_instance;

  FfStore        *store;
  gint64          enrolment_id;

  AdwWindowTitle *window_title;
  AdwComboRow    *status_row;
  GtkStringList  *status_names;
  GtkEditable    *date_row;
  GtkEditable    *reason_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (FfStatusDialog, ff_status_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_STATUS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (FfStatusDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
change_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfStatusDialog *self = FF_STATUS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *reason = NULL;
  FfEnrolmentStatus status;

  if (!ff_validate_date (gtk_editable_get_text (self->date_row), FF_DATE_ANY, &date, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* The status list starts at the first real status. */
  status = FF_ENROLMENT_STATUS_REFERRED + adw_combo_row_get_selected (self->status_row);
  reason = g_strstrip (g_strdup (gtk_editable_get_text (self->reason_row)));

  if (!ff_enrolment_set_status (self->store, self->enrolment_id, status, date,
                                *reason != '\0' ? reason : NULL, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_STATUS_CHANGED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ff_status_dialog_dispose (GObject *object)
{
  FfStatusDialog *self = FF_STATUS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_STATUS_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_status_dialog_parent_class)->dispose (object);
}

static void
ff_status_dialog_class_init (FfStatusDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_status_dialog_dispose;

  signals[SIGNAL_STATUS_CHANGED] =
    g_signal_new ("status-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-status-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, status_names);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, error_label);

  gtk_widget_class_install_action (widget_class, "status.change", NULL, change_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_status_dialog_init (FfStatusDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (FfEnrolmentStatus status = FF_ENROLMENT_STATUS_REFERRED;
       status < FF_ENROLMENT_N_STATUSES;
       status++)
    gtk_string_list_append (self->status_names, ff_enrolment_status_to_label (status));

  today = g_date_time_format (now, "%d.%m.%Y");
  gtk_editable_set_text (self->date_row, today);
}

GtkWidget *
ff_status_dialog_new (FfStore           *store,
                      gint64             enrolment_id,
                      const char        *programme_name,
                      FfEnrolmentStatus  current)
{
  FfStatusDialog *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_STATUS_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->enrolment_id = enrolment_id;
  adw_window_title_set_subtitle (self->window_title, programme_name);

  if (current > FF_ENROLMENT_STATUS_NONE && current < FF_ENROLMENT_N_STATUSES)
    adw_combo_row_set_selected (self->status_row, current - FF_ENROLMENT_STATUS_REFERRED);

  return GTK_WIDGET (self);
}
