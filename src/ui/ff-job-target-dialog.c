/* ff-job-target-dialog.c — a new weekly target of applications for a participant
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ff-field-error.h"
#include "ff-form-keys.h"
#include "ff-format.h"
#include "ff-job-log.h"
#include "ff-job-target-dialog.h"
#include "ff-validate.h"

struct _FfJobTargetDialog
{
  AdwWindow   parent_instance;

  FfStore    *store;
  gint64      participant_id;
  GtkWidget  *rows[FF_JOB_TARGET_N_FIELDS];
  char       *hints[FF_JOB_TARGET_N_FIELDS];   /* the rows' tooltips */
  char       *values[FF_JOB_TARGET_N_FIELDS];  /* normalised, while valid */

  /* template children */
  GtkWidget  *form;
  GtkWidget  *per_week_row;
  GtkWidget  *from_row;
  GtkWidget  *until_row;
  GtkLabel   *error_label;
};

G_DEFINE_FINAL_TYPE (FfJobTargetDialog, ff_job_target_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Checks every field with the target's own checks, and its period; marks what is
 * refused (an empty required field is unfinished, not wrong); lets the target be
 * added when all are valid. */
static gboolean
check_all (FfJobTargetDialog *self)
{
  const char *messages[FF_JOB_TARGET_N_FIELDS] = { NULL };
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  gboolean valid = TRUE;

  for (guint i = 0; i < FF_JOB_TARGET_N_FIELDS; i++)
    {
      GError *error = NULL;
      g_autofree char *normalized = NULL;

      g_clear_pointer (&self->values[i], g_free);
      if (ff_record_validate (&ff_job_target_type, i,
                              gtk_editable_get_text (GTK_EDITABLE (self->rows[i])),
                              &normalized, &error))
        {
          self->values[i] = g_steal_pointer (&normalized);
          continue;
        }

      valid = FALSE;
      g_ptr_array_add (errors, error);
      if (!g_error_matches (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_EMPTY))
        messages[i] = error->message;
    }

  for (guint i = 0; i < ff_job_target_type.n_periods; i++)
    {
      const FfPeriod *period = &ff_job_target_type.periods[i];
      const char *start = self->values[period->start];
      const char *end = self->values[period->end];

      if (start != NULL && end != NULL && *start != '\0' && *end != '\0' &&
          strcmp (end, start) < 0)
        {
          valid = FALSE;
          messages[period->end] = g_dgettext (GETTEXT_PACKAGE, period->message);
        }
    }

  for (guint i = 0; i < FF_JOB_TARGET_N_FIELDS; i++)
    ff_field_error_show (self->rows[i], self->hints[i], messages[i]);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-target-dialog.add", valid);

  return valid;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfJobTargetDialog *self = FF_JOB_TARGET_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!check_all (self))
    return;

  id = ff_record_insert (self->store, &ff_job_target_type, self->participant_id,
                         (const char * const *) self->values, &error);
  if (id == 0)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ff_job_target_dialog_dispose (GObject *object)
{
  FfJobTargetDialog *self = FF_JOB_TARGET_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_JOB_TARGET_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_job_target_dialog_parent_class)->dispose (object);
}

static void
ff_job_target_dialog_finalize (GObject *object)
{
  FfJobTargetDialog *self = FF_JOB_TARGET_DIALOG (object);

  for (guint i = 0; i < FF_JOB_TARGET_N_FIELDS; i++)
    {
      g_free (self->hints[i]);
      g_free (self->values[i]);
    }

  G_OBJECT_CLASS (ff_job_target_dialog_parent_class)->finalize (object);
}

static void
ff_job_target_dialog_class_init (FfJobTargetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_job_target_dialog_dispose;
  object_class->finalize = ff_job_target_dialog_finalize;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-job-target-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetDialog, form);
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetDialog, per_week_row);
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetDialog, error_label);

  gtk_widget_class_install_action (widget_class, "job-target-dialog.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_job_target_dialog_init (FfJobTargetDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  FfJobWeek week;

  gtk_widget_init_template (GTK_WIDGET (self));
  ff_form_keys_attach (GTK_WINDOW (self), self->form);

  self->rows[FF_JOB_TARGET_FROM] = self->from_row;
  self->rows[FF_JOB_TARGET_UNTIL] = self->until_row;
  self->rows[FF_JOB_TARGET_PER_WEEK] = self->per_week_row;

  for (guint i = 0; i < FF_JOB_TARGET_N_FIELDS; i++)
    {
      self->hints[i] = g_strdup (gtk_widget_get_tooltip_text (self->rows[i]));
      g_signal_connect_object (self->rows[i], "changed", G_CALLBACK (check_all), self,
                               G_CONNECT_SWAPPED);
    }

  /* A target begins with a week: this one, at first. */
  if (ff_job_week_of (today, &week))
    {
      g_autofree char *monday = ff_format_date (week.monday, NULL);

      gtk_editable_set_text (GTK_EDITABLE (self->from_row), monday);
    }

  check_all (self);
}

GtkWidget *
ff_job_target_dialog_new (FfStore *store,
                          gint64   participant_id)
{
  FfJobTargetDialog *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (participant_id > 0, NULL);

  self = g_object_new (FF_TYPE_JOB_TARGET_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->participant_id = participant_id;

  return GTK_WIDGET (self);
}

GtkWidget *
ff_job_target_dialog_get_field (FfJobTargetDialog *self,
                                guint              field)
{
  g_return_val_if_fail (FF_IS_JOB_TARGET_DIALOG (self), NULL);
  g_return_val_if_fail (field < FF_JOB_TARGET_N_FIELDS, NULL);

  return self->rows[field];
}
