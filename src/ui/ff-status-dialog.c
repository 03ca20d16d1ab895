/* ff-status-dialog.c — a status in a programme, with its date and reason: the first one
 * when enrolling, or a new one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-enrolment.h"
#include "ff-form-keys.h"
#include "ff-outcome-dialog.h"
#include "ff-programme.h"
#include "ff-status-dialog.h"
#include "ff-validate.h"

struct _FfStatusDialog
{
  AdwWindow       parent_instance;

  FfStore        *store;
  /* Enrolling the participant, or changing the enrolment's status. */
  gint64          participant_id;
  gint64          enrolment_id;
  GArray         *programme_ids;  /* gint64, in the order of programme_names */

  AdwWindowTitle *window_title;
  GtkButton      *save_button;
  GtkStack       *stack;
  AdwComboRow    *programme_row;
  GtkStringList  *programme_names;
  AdwComboRow    *status_row;
  GtkStringList  *status_names;
  GtkEditable    *date_row;
  GtkEditable    *reason_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (FfStatusDialog, ff_status_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
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

/* The enrolment made, or 0 with @error. */
static gint64
enrol (FfStatusDialog     *self,
       FfEnrolmentStatus   status,
       const char         *date,
       const char         *reason,
       GError            **error)
{
  guint programme = adw_combo_row_get_selected (self->programme_row);

  if (programme >= self->programme_ids->len)
    {
      g_set_error_literal (error, FF_STORE_ERROR, FF_STORE_ERROR_INVALID,
                           _("Choose a programme."));
      return 0;
    }

  return ff_enrolment_create (self->store, self->participant_id,
                              g_array_index (self->programme_ids, gint64, programme),
                              status, date, reason, error);
}

/* Completing or ending an enrolment asks what became of the participant: the outcome
 * dialog takes this one's place, on the status's date. */
static void
ask_outcome (FfStatusDialog    *self,
             FfEnrolmentStatus  status,
             const char        *date)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  FfOutcomeKind kind = FF_OUTCOME_JOB_FULL_TIME;
  GtkWidget *dialog;

  if (status == FF_ENROLMENT_STATUS_DROPPED_OUT)
    kind = FF_OUTCOME_WITHDREW;
  else if (status == FF_ENROLMENT_STATUS_MOVED)
    kind = FF_OUTCOME_MOVED;

  dialog = ff_outcome_dialog_new (self->store, self->enrolment_id,
                                  adw_window_title_get_subtitle (self->window_title), kind, date);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FfStatusDialog *self = FF_STATUS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *reason = NULL;
  FfEnrolmentStatus status;
  gint64 id = self->enrolment_id;

  if (!ff_validate_date (gtk_editable_get_text (self->date_row), FF_DATE_ANY, &date, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* The status list starts at the first real status. */
  status = FF_ENROLMENT_STATUS_REFERRED + adw_combo_row_get_selected (self->status_row);
  reason = g_strstrip (g_strdup (gtk_editable_get_text (self->reason_row)));
  if (*reason == '\0')
    g_clear_pointer (&reason, g_free);

  if (self->participant_id != 0)
    id = enrol (self, status, date, reason, &error);
  else if (!ff_enrolment_set_status (self->store, id, status, date, reason, &error))
    id = 0;

  if (id == 0)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  if (self->participant_id == 0 &&
      (status == FF_ENROLMENT_STATUS_COMPLETED || status == FF_ENROLMENT_STATUS_DROPPED_OUT ||
       status == FF_ENROLMENT_STATUS_MOVED))
    ask_outcome (self, status, date);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The programmes to choose from, when enrolling. */
static void
list_programmes (FfStatusDialog *self)
{
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(GError) error = NULL;

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

  gtk_stack_set_visible_child_name (self->stack, programmes->len > 0 ? "form" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "status.save", programmes->len > 0);
}

static void
ff_status_dialog_dispose (GObject *object)
{
  FfStatusDialog *self = FF_STATUS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_STATUS_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->programme_ids, g_array_unref);

  G_OBJECT_CLASS (ff_status_dialog_parent_class)->dispose (object);
}

static void
ff_status_dialog_class_init (FfStatusDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_status_dialog_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-status-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, programme_row);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, programme_names);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, status_names);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, FfStatusDialog, error_label);

  gtk_widget_class_install_action (widget_class, "status.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_status_dialog_init (FfStatusDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = NULL;

  self->programme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  ff_form_keys_attach (GTK_WINDOW (self), GTK_WIDGET (self->stack));

  for (FfEnrolmentStatus status = FF_ENROLMENT_STATUS_REFERRED;
       status < FF_ENROLMENT_N_STATUSES;
       status++)
    gtk_string_list_append (self->status_names, ff_enrolment_status_to_label (status));

  today = g_date_time_format (now, "%d.%m.%Y");
  gtk_editable_set_text (self->date_row, today);
}

static FfStatusDialog *
status_dialog_new (FfStore    *store,
                   const char *title,
                   const char *status_title,
                   const char *save_label)
{
  FfStatusDialog *self = g_object_new (FF_TYPE_STATUS_DIALOG, "title", title, NULL);

  self->store = g_object_ref (store);
  adw_window_title_set_title (self->window_title, title);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), status_title);
  gtk_button_set_label (self->save_button, save_label);

  return self;
}

GtkWidget *
ff_status_dialog_new_enrolment (FfStore *store,
                                gint64   participant_id)
{
  FfStatusDialog *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = status_dialog_new (store, _("Enrol in Programme"), _("First status"), _("_Enrol"));
  self->participant_id = participant_id;
  list_programmes (self);

  return GTK_WIDGET (self);
}

GtkWidget *
ff_status_dialog_new (FfStore           *store,
                      gint64             enrolment_id,
                      const char        *programme_name,
                      FfEnrolmentStatus  current)
{
  FfStatusDialog *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = status_dialog_new (store, _("Change Status"), _("New status"), _("C_hange"));
  self->enrolment_id = enrolment_id;
  adw_window_title_set_subtitle (self->window_title, programme_name);
  gtk_widget_set_visible (GTK_WIDGET (self->programme_row), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "form");

  if (current > FF_ENROLMENT_STATUS_NONE && current < FF_ENROLMENT_N_STATUSES)
    adw_combo_row_set_selected (self->status_row, current - FF_ENROLMENT_STATUS_REFERRED);

  return GTK_WIDGET (self);
}
