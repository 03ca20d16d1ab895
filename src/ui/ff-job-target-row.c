/* ff-job-target-row.c — one weekly target of applications, on a participant's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-job-log.h"
#include "ff-job-target-row.h"

struct _FfJobTargetRow
{
  FfSummaryRow    parent_instance;

  FfAutosave     *autosave;
  gint64          target_id;

  /* template children */
  GtkWidget      *remove_button;
  GtkWidget      *per_week_row;
  GtkWidget      *from_row;
  GtkWidget      *until_row;
};

G_DEFINE_FINAL_TYPE (FfJobTargetRow, ff_job_target_row, FF_TYPE_SUMMARY_ROW)

/* The stored value of @field, or "". */
static const char *
value (FfJobTargetRow *self,
       guint           field)
{
  const char *stored = "";

  ff_autosave_lookup (self->autosave, &ff_job_target_type, self->target_id, field, &stored,
                      NULL);
  return stored;
}

static void
ff_job_target_row_dispose (GObject *object)
{
  FfJobTargetRow *self = FF_JOB_TARGET_ROW (object);

  g_clear_object (&self->autosave);

  G_OBJECT_CLASS (ff_job_target_row_parent_class)->dispose (object);
}

static void
ff_job_target_row_class_init (FfJobTargetRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_job_target_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-job-target-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetRow, per_week_row);
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetRow, from_row);
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetRow, until_row);
}

static void
ff_job_target_row_init (FfJobTargetRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_job_target_row_new (FfAutosave *autosave,
                       FfRecord   *target)
{
  FfJobTargetRow *self;

  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);
  g_return_val_if_fail (FF_IS_RECORD (target), NULL);

  self = g_object_new (FF_TYPE_JOB_TARGET_ROW, NULL);
  self->autosave = g_object_ref (autosave);
  self->target_id = ff_record_get_id (target);

  /* The target first: the action takes one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "x",
                                    self->target_id);

  ff_autosave_bind (autosave, self->per_week_row, &ff_job_target_type, self->target_id,
                    FF_JOB_TARGET_PER_WEEK);
  ff_autosave_bind (autosave, self->from_row, &ff_job_target_type, self->target_id,
                    FF_JOB_TARGET_FROM);
  ff_autosave_bind (autosave, self->until_row, &ff_job_target_type, self->target_id,
                    FF_JOB_TARGET_UNTIL);
  ff_autosave_load (autosave, &ff_job_target_type, target);
  ff_job_target_row_update (self);

  return GTK_WIDGET (self);
}

gint64
ff_job_target_row_get_id (FfJobTargetRow *self)
{
  g_return_val_if_fail (FF_IS_JOB_TARGET_ROW (self), 0);

  return self->target_id;
}

void
ff_job_target_row_refresh (FfJobTargetRow *self,
                           FfRecord       *target)
{
  g_return_if_fail (FF_IS_JOB_TARGET_ROW (self));
  g_return_if_fail (FF_IS_RECORD (target));

  ff_autosave_refresh (self->autosave, target);
  ff_job_target_row_update (self);
}

void
ff_job_target_row_update (FfJobTargetRow *self)
{
  const char *values[FF_JOB_TARGET_N_FIELDS];
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_if_fail (FF_IS_JOB_TARGET_ROW (self));

  /* Summed up as lists sum a target up, from what is stored. */
  for (guint i = 0; i < FF_JOB_TARGET_N_FIELDS; i++)
    values[i] = value (self, i);

  title = ff_job_target_type.title (values);
  subtitle = ff_job_target_type.describe (values);

  ff_summary_row_set_summary (FF_SUMMARY_ROW (self), title, subtitle);
}

GtkWidget *
ff_job_target_row_get_field (FfJobTargetRow *self,
                             guint           field)
{
  g_return_val_if_fail (FF_IS_JOB_TARGET_ROW (self), NULL);

  switch (field)
    {
    case FF_JOB_TARGET_FROM:
      return self->from_row;
    case FF_JOB_TARGET_UNTIL:
      return self->until_row;
    case FF_JOB_TARGET_PER_WEEK:
      return self->per_week_row;
    default:
      return NULL;
    }
}
