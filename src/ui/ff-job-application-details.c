/* ff-job-application-details.c — what an entry of a job-seeker log shows when opened: its
 * status with the history of it, the rows of its fields, and the employer register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-employer.h"
#include "ff-employer-suggestions.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-job-application-details.h"

struct _FfJobApplicationDetails
{
  GtkListBoxRow    parent_instance;

  FfStore         *store;
  FfAutosave      *autosave;
  gint64           id;

  /* template children */
  AdwActionRow    *status_row;
  GtkWidget       *status_button;
  GtkWidget       *employer_row;
  AdwActionRow    *register_row;
  GtkWidget       *register_button;
};

G_DEFINE_FINAL_TYPE (FfJobApplicationDetails, ff_job_application_details,
                     GTK_TYPE_LIST_BOX_ROW)

/* The current status, and the history under it. */
static void
update_status (FfJobApplicationDetails *self,
               FfRecord                *application)
{
  const char *status = ff_record_get (application, FF_JOB_APPLICATION_STATUS);
  const char *label = ff_choice_list_key_label (&ff_job_statuses, status);
  g_autofree char *date = ff_format_date (ff_record_get (application,
                                                         FF_JOB_APPLICATION_STATUS_DATE), NULL);
  g_autofree char *title = NULL;
  g_autoptr(GArray) history = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (*date != '\0')
    /* Translators: a job application's current status and the day it began, "Going to
     * interview since 05.03.2026" */
    title = g_strdup_printf (_("%s since %s"), label, date);
  else
    title = g_strdup (label);

  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->status_row)),
                 title) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);

  history = ff_job_application_history (self->store, self->id, &error);
  if (history == NULL)
    {
      g_warning ("Could not read the status history of application %" G_GINT64_FORMAT ": %s",
                 self->id, error->message);
      return;
    }

  for (guint i = 0; i < history->len; i++)
    {
      FfJobStatusChange *change = &g_array_index (history, FfJobStatusChange, i);
      g_autofree char *change_date = ff_format_date (change->date, NULL);

      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      /* Translators: one change in the status history of a job application, "03.03.2026:
       * Sent and waiting" */
      g_string_append_printf (lines, _("%s: %s"), change_date,
                              ff_choice_list_label (&ff_job_statuses, change->status));
    }

  if (g_strcmp0 (adw_action_row_get_subtitle (self->status_row), lines->str) != 0)
    adw_action_row_set_subtitle (self->status_row, lines->str);
}

/* An employer typed that is not one of the register may be added to it. */
static void
update_register (FfJobApplicationDetails *self,
                 FfRecord                *application)
{
  const char *employer_id = ff_record_get (application, FF_JOB_APPLICATION_EMPLOYER_ID);
  const char *employer = ff_record_get (application, FF_JOB_APPLICATION_EMPLOYER);
  gboolean offer = *employer_id == '\0' && *employer != '\0';

  if (offer)
    {
      /* Translators: said of an employer typed in a job application; %s is its name */
      g_autofree char *title = g_strdup_printf (_("“%s” is not in the Employer Register"),
                                                employer);
      /* Translators: a button; %s is the name of an employer typed in a job application */
      g_autofree char *label = g_strdup_printf (_("Add “%s” to the Employer Register"),
                                                employer);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->register_row), title);
      gtk_widget_set_tooltip_text (self->register_button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->register_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->register_row), offer);
}

static void
employer_chosen_cb (FfJobApplicationDetails *self,
                    gint64                   employer_id,
                    const char              *name)
{
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, employer_id);
  g_autoptr(GError) error = NULL;

  values[FF_JOB_APPLICATION_EMPLOYER_ID] = id;
  values[FF_JOB_APPLICATION_EMPLOYER] = name;
  if (!ff_record_update (self->store, &ff_job_application_type, self->id, values, &error))
    ff_field_error_show (self->employer_row, NULL, error->message);
}

/* A name typed over that of a register employer no longer names it. */
static void
saved_cb (FfJobApplicationDetails *self,
          gpointer                 type,
          gint64                   id,
          guint                    field)
{
  g_autoptr(FfRecord) application = NULL;
  g_autoptr(FfRecord) employer = NULL;
  g_autofree char *typed = NULL;
  g_autofree char *registered = NULL;
  gint64 employer_id;

  if (type != &ff_job_application_type || id != self->id || field != FF_JOB_APPLICATION_EMPLOYER)
    return;

  application = ff_record_load (self->store, &ff_job_application_type, self->id, NULL);
  if (application == NULL)
    return;

  employer_id = g_ascii_strtoll (ff_record_get (application, FF_JOB_APPLICATION_EMPLOYER_ID),
                                 NULL, 10);
  if (employer_id <= 0)
    return;

  employer = ff_record_load (self->store, &ff_employer_type, employer_id, NULL);
  typed = g_utf8_casefold (ff_record_get (application, FF_JOB_APPLICATION_EMPLOYER), -1);
  registered = employer != NULL ? g_utf8_casefold (ff_record_get_title (employer), -1) : NULL;
  if (g_strcmp0 (typed, registered) != 0)
    ff_record_set_field (self->store, &ff_job_application_type, self->id,
                         FF_JOB_APPLICATION_EMPLOYER_ID, "", NULL);
}

static void
set_target (GtkWidget  *button,
            const char *action_name,
            gint64      id)
{
  /* The target first: the action takes one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
}

static void
ff_job_application_details_dispose (GObject *object)
{
  FfJobApplicationDetails *self = FF_JOB_APPLICATION_DETAILS (object);

  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_job_application_details_parent_class)->dispose (object);
}

static void
ff_job_application_details_class_init (FfJobApplicationDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_job_application_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-job-application-details.ui");
  gtk_widget_class_bind_template_child (widget_class, FfJobApplicationDetails, status_row);
  gtk_widget_class_bind_template_child (widget_class, FfJobApplicationDetails, status_button);
  gtk_widget_class_bind_template_child (widget_class, FfJobApplicationDetails, employer_row);
  gtk_widget_class_bind_template_child (widget_class, FfJobApplicationDetails, register_row);
  gtk_widget_class_bind_template_child (widget_class, FfJobApplicationDetails,
                                        register_button);
}

static void
ff_job_application_details_init (FfJobApplicationDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_job_application_details_new (FfStore    *store,
                                FfAutosave *autosave,
                                FfRecord   *application)
{
  FfJobApplicationDetails *self;
  GtkWidget *suggestions;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);
  g_return_val_if_fail (FF_IS_RECORD (application), NULL);

  self = g_object_new (FF_TYPE_JOB_APPLICATION_DETAILS, NULL);
  self->store = g_object_ref (store);
  self->autosave = g_object_ref (autosave);
  self->id = ff_record_get_id (application);

  set_target (self->status_button, "job-log.change-status", self->id);
  set_target (self->register_button, "job-log.add-employer", self->id);

  ff_autosave_bind_named (autosave, GTK_WIDGET (self), &ff_job_application_type, self->id);
  ff_autosave_load (autosave, &ff_job_application_type, application);
  g_signal_connect_object (autosave, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);

  suggestions = ff_employer_suggestions_new (store, self->employer_row);
  g_signal_connect_object (suggestions, "chosen", G_CALLBACK (employer_chosen_cb), self,
                           G_CONNECT_SWAPPED);

  update_status (self, application);
  update_register (self, application);

  return GTK_WIDGET (self);
}

void
ff_job_application_details_update (FfJobApplicationDetails *self,
                                   FfRecord                *application)
{
  g_return_if_fail (FF_IS_JOB_APPLICATION_DETAILS (self));
  g_return_if_fail (FF_IS_RECORD (application));
  g_return_if_fail (ff_record_get_id (application) == self->id);

  ff_autosave_refresh (self->autosave, application);
  update_status (self, application);
  update_register (self, application);
}

GtkWidget *
ff_job_application_details_get_field (FfJobApplicationDetails *self,
                                      guint                    field)
{
  g_return_val_if_fail (FF_IS_JOB_APPLICATION_DETAILS (self), NULL);

  return ff_autosave_lookup (self->autosave, &ff_job_application_type, self->id, field,
                             NULL, NULL);
}

GtkWidget *
ff_job_application_details_get_register_button (FfJobApplicationDetails *self)
{
  g_return_val_if_fail (FF_IS_JOB_APPLICATION_DETAILS (self), NULL);

  return self->register_button;
}

GtkWidget *
ff_job_application_details_get_status_row (FfJobApplicationDetails *self)
{
  g_return_val_if_fail (FF_IS_JOB_APPLICATION_DETAILS (self), NULL);

  return GTK_WIDGET (self->status_row);
}
