/* ff-job-application-row.c — one entry of a job-seeker log: its summary, and inside it,
 * made when it is first opened, its details
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-job-application-details.h"
#include "ff-job-application-row.h"

struct _FfJobApplicationRow
{
  FfSummaryRow     parent_instance;

  FfStore         *store;
  FfAutosave      *autosave;
  gint64           id;
  guint            position;
  FfRecord        *application;   /* as last read */
  GtkWidget       *details;       /* NULL until opened */

  /* template children */
  GtkWidget       *delete_button;
};

G_DEFINE_FINAL_TYPE (FfJobApplicationRow, ff_job_application_row, FF_TYPE_SUMMARY_ROW)

/* A log shows many entries and one is opened at a time: the rows of an entry's fields are
 * made when it is first opened, not with the page. */
static FfJobApplicationDetails *
ensure_details (FfJobApplicationRow *self)
{
  if (self->details == NULL)
    {
      self->details = ff_job_application_details_new (self->store, self->autosave,
                                                      self->application);
      ff_summary_row_add_row (FF_SUMMARY_ROW (self), self->details);
    }

  return FF_JOB_APPLICATION_DETAILS (self->details);
}

/* Writes what was typed in the details and lets them go. */
static void
drop_details (FfJobApplicationRow *self)
{
  if (self->details == NULL)
    return;

  ff_autosave_unbind (self->autosave, &ff_job_application_type, self->id);
  ff_summary_row_remove_row (FF_SUMMARY_ROW (self), self->details);
  self->details = NULL;
}

static void
expanded_cb (FfJobApplicationRow *self)
{
  if (ff_summary_row_get_expanded (FF_SUMMARY_ROW (self)) && self->id != 0)
    ensure_details (self);
}

static void
ff_job_application_row_dispose (GObject *object)
{
  FfJobApplicationRow *self = FF_JOB_APPLICATION_ROW (object);

  /* The details go with the row; what was typed in them is written first. */
  if (self->details != NULL)
    ff_autosave_unbind (self->autosave, &ff_job_application_type, self->id);
  self->details = NULL;
  g_clear_object (&self->application);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_job_application_row_parent_class)->dispose (object);
}

static void
ff_job_application_row_class_init (FfJobApplicationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_job_application_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-job-application-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfJobApplicationRow, delete_button);
}

static void
ff_job_application_row_init (FfJobApplicationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
}

GtkWidget *
ff_job_application_row_new (FfStore    *store,
                            FfAutosave *autosave,
                            FfRecord   *application)
{
  FfJobApplicationRow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);
  g_return_val_if_fail (FF_IS_RECORD (application), NULL);

  self = g_object_new (FF_TYPE_JOB_APPLICATION_ROW, NULL);
  self->store = g_object_ref (store);
  self->autosave = g_object_ref (autosave);
  ff_job_application_row_update (self, application);

  return GTK_WIDGET (self);
}

gint64
ff_job_application_row_get_id (FfJobApplicationRow *self)
{
  g_return_val_if_fail (FF_IS_JOB_APPLICATION_ROW (self), 0);

  return self->id;
}

void
ff_job_application_row_update (FfJobApplicationRow *self,
                               FfRecord            *application)
{
  gint64 id;

  g_return_if_fail (FF_IS_JOB_APPLICATION_ROW (self));
  g_return_if_fail (FF_IS_RECORD (application));

  id = ff_record_get_id (application);
  if (id != self->id)
    {
      /* Another entry: closed, with none of the last one's details. */
      ff_job_application_row_reset (self);
      self->id = id;
      /* The target first: the action takes one. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "x", id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button),
                                      "job-log.delete");
    }

  g_set_object (&self->application, application);
  ff_summary_row_set_summary (FF_SUMMARY_ROW (self), ff_record_get_title (application),
                              ff_record_get_subtitle (application));
  if (self->details != NULL)
    ff_job_application_details_update (FF_JOB_APPLICATION_DETAILS (self->details),
                                       application);
}

void
ff_job_application_row_reset (FfJobApplicationRow *self)
{
  g_return_if_fail (FF_IS_JOB_APPLICATION_ROW (self));

  /* Closed first, so that closing does not make details for no entry. */
  ff_summary_row_set_expanded (FF_SUMMARY_ROW (self), FALSE);
  drop_details (self);
  self->id = 0;
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), NULL);
}

guint
ff_job_application_row_get_position (FfJobApplicationRow *self)
{
  g_return_val_if_fail (FF_IS_JOB_APPLICATION_ROW (self), 0);

  return self->position;
}

void
ff_job_application_row_set_position (FfJobApplicationRow *self,
                                     guint                position)
{
  g_return_if_fail (FF_IS_JOB_APPLICATION_ROW (self));

  self->position = position;
}

GtkWidget *
ff_job_application_row_get_field (FfJobApplicationRow *self,
                                  guint                field)
{
  g_return_val_if_fail (FF_IS_JOB_APPLICATION_ROW (self), NULL);

  return ff_job_application_details_get_field (ensure_details (self), field);
}

GtkWidget *
ff_job_application_row_get_register_button (FfJobApplicationRow *self)
{
  g_return_val_if_fail (FF_IS_JOB_APPLICATION_ROW (self), NULL);

  return ff_job_application_details_get_register_button (ensure_details (self));
}

GtkWidget *
ff_job_application_row_get_status_row (FfJobApplicationRow *self)
{
  g_return_val_if_fail (FF_IS_JOB_APPLICATION_ROW (self), NULL);

  return ff_job_application_details_get_status_row (ensure_details (self));
}
