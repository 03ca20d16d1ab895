/* ff-enrol-dialog.c — enrolling a participant in a programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-enrol-dialog.h"
#include "ff-enrolment.h"
#include "ff-programme.h"
#include "ff-validate.h"

struct _FfEnrolDialog
{
  AdwWindow       parent_instance;

  FfStore        *store;
  gint64          participant_id;
  GArray         *programme_ids;  /* gint64, in the order of programme_names */

  GtkStack       *stack;
  AdwComboRow    *programme_row;
  GtkStringList  *programme_names;
  AdwComboRow    *status_row;
  GtkStringList  *status_names;
  GtkEditable    *date_row;
  GtkEditable    *reason_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (FfEnrolDialog, ff_enrol_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_ENROLLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (FfEnrolDialog *self,
            const char    *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
enrol_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FfEnrolDialog *self = FF_ENROL_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *reason = NULL;
  guint programme = adw_combo_row_get_selected (self->programme_row);
  FfEnrolmentStatus status;
  gint64 enrolment_id;

  if (programme >= self->programme_ids->len)
    {
      show_error (self, _("Choose a programme."));
      return;
    }

  if (!ff_validate_date (gtk_editable_get_text (self->date_row), FF_DATE_ANY, &date, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* The status list starts at the first real status. */
  status = FF_ENROLMENT_STATUS_REFERRED + adw_combo_row_get_selected (self->status_row);
  reason = g_strstrip (g_strdup (gtk_editable_get_text (self->reason_row)));

  enrolment_id = ff_enrolment_create (self->store, self->participant_id,
                                      g_array_index (self->programme_ids, gint64, programme),
                                      status, date, *reason != '\0' ? reason : NULL, &error);
  if (enrolment_id == 0)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_ENROLLED], 0, enrolment_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
populate (FfEnrolDialog *self)
{
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;

  programmes = ff_programme_list (self->store, FALSE, &error);
  if (programmes == NULL)
    {
      show_error (self, error->message);
      programmes = g_ptr_array_new ();
    }

  for (guint i = 0; i < programmes->len; i++)
    {
      FfProgramme *programme = g_ptr_array_index (programmes, i);
      gint64 id = ff_programme_get_id (programme);

      gtk_string_list_append (self->programme_names, ff_programme_get_name (programme));
      g_array_append_val (self->programme_ids, id);
    }

  for (FfEnrolmentStatus status = FF_ENROLMENT_STATUS_REFERRED;
       status < FF_ENROLMENT_N_STATUSES;
       status++)
    gtk_string_list_append (self->status_names, ff_enrolment_status_to_label (status));
  adw_combo_row_set_selected (self->status_row, 0);

  today = g_date_time_format (now, "%d.%m.%Y");
  gtk_editable_set_text (self->date_row, today);

  gtk_stack_set_visible_child_name (self->stack, programmes->len > 0 ? "form" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "enrol.enrol", programmes->len > 0);
}

static void
ff_enrol_dialog_dispose (GObject *object)
{
  FfEnrolDialog *self = FF_ENROL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_ENROL_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_enrol_dialog_parent_class)->dispose (object);
}

static void
ff_enrol_dialog_finalize (GObject *object)
{
  FfEnrolDialog *self = FF_ENROL_DIALOG (object);

  g_clear_pointer (&self->programme_ids, g_array_unref);

  G_OBJECT_CLASS (ff_enrol_dialog_parent_class)->finalize (object);
}

static void
ff_enrol_dialog_class_init (FfEnrolDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_enrol_dialog_dispose;
  object_class->finalize = ff_enrol_dialog_finalize;

  signals[SIGNAL_ENROLLED] =
    g_signal_new ("enrolled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-enrol-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfEnrolDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolDialog, programme_row);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolDialog, programme_names);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolDialog, status_names);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, FfEnrolDialog, error_label);

  gtk_widget_class_install_action (widget_class, "enrol.enrol", NULL, enrol_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_enrol_dialog_init (FfEnrolDialog *self)
{
  self->programme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_enrol_dialog_new (FfStore *store,
                     gint64   participant_id)
{
  FfEnrolDialog *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_ENROL_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->participant_id = participant_id;
  populate (self);

  return GTK_WIDGET (self);
}
