/* ff-job-status-dialog.c — a new status of a job application, with its date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-choice-model.h"
#include "ff-field-error.h"
#include "ff-form-keys.h"
#include "ff-job-status-dialog.h"
#include "ff-validate.h"

struct _FfJobStatusDialog
{
  AdwWindow        parent_instance;

  FfStore         *store;
  gint64           application_id;

  /* template children */
  AdwWindowTitle  *window_title;
  GtkWidget       *form;
  AdwComboRow     *status_row;
  GtkWidget       *date_row;
};

G_DEFINE_FINAL_TYPE (FfJobStatusDialog, ff_job_status_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
refuse_date (FfJobStatusDialog *self,
             const char        *message)
{
  ff_field_error_show (self->date_row, gtk_widget_get_tooltip_text (self->date_row), message);
  gtk_widget_grab_focus (self->date_row);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FfJobStatusDialog *self = FF_JOB_STATUS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  FfJobStatus status = adw_combo_row_get_selected (self->status_row);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  /* An empty date is today, as the field says. */
  if (*text != '\0' && !ff_validate_date (text, FF_DATE_ANY, &date, &error))
    {
      refuse_date (self, error->message);
      return;
    }

  if (status >= FF_JOB_N_STATUSES)
    status = FF_JOB_STATUS_SENT;

  if (!ff_job_application_set_status (self->store, self->application_id, status, date, &error))
    {
      refuse_date (self, error->message);
      return;
    }

  ff_field_error_show (self->date_row, gtk_widget_get_tooltip_text (self->date_row), NULL);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->application_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ff_job_status_dialog_dispose (GObject *object)
{
  FfJobStatusDialog *self = FF_JOB_STATUS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_JOB_STATUS_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_job_status_dialog_parent_class)->dispose (object);
}

static void
ff_job_status_dialog_class_init (FfJobStatusDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_job_status_dialog_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-job-status-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfJobStatusDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfJobStatusDialog, form);
  gtk_widget_class_bind_template_child (widget_class, FfJobStatusDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, FfJobStatusDialog, date_row);

  gtk_widget_class_install_action (widget_class, "job-status.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_job_status_dialog_init (FfJobStatusDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GListModel) statuses = ff_choice_model_new (&ff_job_statuses);
  g_autofree char *today = g_date_time_format (now, "%d.%m.%Y");

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->status_row, statuses);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  ff_form_keys_attach (GTK_WINDOW (self), self->form);
}

GtkWidget *
ff_job_status_dialog_new (FfStore     *store,
                          gint64       application_id,
                          const char  *title,
                          FfJobStatus  current)
{
  FfJobStatusDialog *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_JOB_STATUS_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->application_id = application_id;
  adw_window_title_set_subtitle (self->window_title, title != NULL ? title : "");
  if (current < FF_JOB_N_STATUSES)
    adw_combo_row_set_selected (self->status_row, current);

  return GTK_WIDGET (self);
}

GtkWidget *
ff_job_status_dialog_get_status_row (FfJobStatusDialog *self)
{
  g_return_val_if_fail (FF_IS_JOB_STATUS_DIALOG (self), NULL);

  return GTK_WIDGET (self->status_row);
}

GtkWidget *
ff_job_status_dialog_get_date_row (FfJobStatusDialog *self)
{
  g_return_val_if_fail (FF_IS_JOB_STATUS_DIALOG (self), NULL);

  return GTK_WIDGET (self->date_row);
}
