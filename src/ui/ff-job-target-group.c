/* ff-job-target-group.c — a participant's weekly target of applications and their
 * progress, on the participant's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-autosave.h"
#include "ff-job-log.h"
#include "ff-job-target-dialog.h"
#include "ff-job-target-group.h"
#include "ff-job-target-row.h"
#include "ff-toast.h"
#include "ff-week-bars.h"

/* How many weeks the bars show, this one the last. */
#define N_WEEKS 8

struct _FfJobTargetGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  FfAutosave          *autosave;   /* the targets' fields */
  gint64               participant_id;

  /* template children */
  AdwActionRow        *this_week_row;
  GtkLevelBar         *level_bar;
  FfWeekBars          *week_bars;
  GtkListBox          *targets_list;
};

G_DEFINE_FINAL_TYPE (FfJobTargetGroup, ff_job_target_group, ADW_TYPE_PREFERENCES_GROUP)

static void
show_message (FfJobTargetGroup *self,
              const char       *message)
{
  ff_toast_show_message (GTK_WIDGET (self), message);
}

/* "2 of 3 applications", or "2 applications" without a target. */
static char *
describe_progress (guint count,
                   guint target)
{
  if (target > 0)
    /* Translators: applications made this week against the weekly target, "2 of 3
     * applications"; the plural follows the target */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u application",
                                         "%u of %u applications", target), count, target);

  /* Translators: applications made this week, with no weekly target */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u application", "%u applications",
                                       count), count);
}

static void
update_progress (FfJobTargetGroup *self)
{
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  const FfJobWeek *this_week = NULL;

  if (self->participant_id != 0)
    {
      weeks = ff_job_log_weeks (self->store, self->participant_id, NULL, N_WEEKS, &error);
      if (weeks == NULL)
        g_warning ("Could not count the applications of participant %" G_GINT64_FORMAT
                   ": %s", self->participant_id, error->message);
      else if (weeks->len > 0)
        this_week = &g_array_index (weeks, FfJobWeek, weeks->len - 1);
    }

  ff_week_bars_set_weeks (self->week_bars, weeks);

  subtitle = describe_progress (this_week != NULL ? this_week->count : 0,
                                this_week != NULL ? this_week->target : 0);
  if (g_strcmp0 (adw_action_row_get_subtitle (self->this_week_row), subtitle) != 0)
    adw_action_row_set_subtitle (self->this_week_row, subtitle);

  gtk_widget_set_visible (GTK_WIDGET (self->level_bar),
                          this_week != NULL && this_week->target > 0);
  if (this_week != NULL && this_week->target > 0)
    {
      gtk_level_bar_set_max_value (self->level_bar, this_week->target);
      gtk_level_bar_set_value (self->level_bar, MIN (this_week->count, this_week->target));
    }
}

static FfJobTargetRow *
find_row (FfJobTargetGroup *self,
          gint64            id,
          int              *index)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->targets_list, i)) != NULL; i++)
    {
      if (FF_IS_JOB_TARGET_ROW (row) && ff_job_target_row_get_id (FF_JOB_TARGET_ROW (row)) == id)
        {
          if (index != NULL)
            *index = i;
          return FF_JOB_TARGET_ROW (row);
        }
    }

  return NULL;
}

static void
remove_rows_from (FfJobTargetGroup *self,
                  guint             first)
{
  GtkListBoxRow *extra;

  while ((extra = gtk_list_box_get_row_at_index (self->targets_list, first)) != NULL)
    {
      /* What is pending in it is written first. */
      ff_autosave_unbind (self->autosave, &ff_job_target_type,
                          ff_job_target_row_get_id (FF_JOB_TARGET_ROW (extra)));
      gtk_list_box_remove (self->targets_list, GTK_WIDGET (extra));
    }
}

/* Shows the targets in their order: rows of targets still there are kept (with
 * whatever is being typed in them), others are made or taken away. */
static void
sync_targets (FfJobTargetGroup *self)
{
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GError) error = NULL;
  guint n_targets = 0;

  if (self->participant_id != 0)
    {
      targets = ff_record_load_owned (self->store, &ff_job_target_type, self->participant_id,
                                      &error);
      if (targets == NULL)
        g_warning ("Could not read the weekly targets of participant %" G_GINT64_FORMAT
                   ": %s", self->participant_id, error->message);
      else
        n_targets = targets->len;
    }

  for (guint i = 0; i < n_targets; i++)
    {
      FfRecord *target = g_ptr_array_index (targets, i);
      int index = -1;
      FfJobTargetRow *row = find_row (self, ff_record_get_id (target), &index);

      if (row == NULL)
        {
          gtk_list_box_insert (self->targets_list, ff_job_target_row_new (self->autosave, target),
                               i);
          continue;
        }

      ff_job_target_row_refresh (row, target);
      if (index != (int) i)
        {
          g_object_ref (row);
          gtk_list_box_remove (self->targets_list, GTK_WIDGET (row));
          gtk_list_box_insert (self->targets_list, GTK_WIDGET (row), i);
          g_object_unref (row);
        }
    }

  remove_rows_from (self, n_targets);
}

/* A target's summary follows what was written in its fields. */
static void
saved_cb (FfJobTargetGroup   *self,
          const FfRecordType *type,
          gint64              id,
          guint               field,
          FfAutosave         *autosave)
{
  FfJobTargetRow *row;

  if (type != &ff_job_target_type)
    return;

  row = find_row (self, id, NULL);
  if (row != NULL)
    ff_job_target_row_update (row);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfJobTargetGroup *self = FF_JOB_TARGET_GROUP (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->participant_id == 0)
    return;

  /* The group shows the new target when the store says the participant changed. */
  dialog = ff_job_target_dialog_new (self->store, self->participant_id);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Whatever participant the page shows by then. */
static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfJobTargetGroup *self = FF_JOB_TARGET_GROUP (widget);
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, &ff_job_target_type,
                              g_variant_get_int64 (parameter), FALSE, &error))
    show_message (self, error->message);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfJobTargetGroup *self = FF_JOB_TARGET_GROUP (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;

  /* An undo brings the target back as it was last typed. */
  ff_autosave_flush (self->autosave);

  if (!ff_record_set_deleted (self->store, &ff_job_target_type, id, TRUE, &error))
    {
      show_message (self, error->message);
      return;
    }

  ff_toast_show_undo (GTK_WIDGET (self), _("Weekly target removed"), "job-target.undo-remove",
                      id);
}

static void
ff_job_target_group_dispose (GObject *object)
{
  FfJobTargetGroup *self = FF_JOB_TARGET_GROUP (object);

  /* What is typed is written before the rows go away. */
  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_JOB_TARGET_GROUP);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_job_target_group_parent_class)->dispose (object);
}

static void
ff_job_target_group_class_init (FfJobTargetGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_job_target_group_dispose;

  g_type_ensure (FF_TYPE_WEEK_BARS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-job-target-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetGroup, this_week_row);
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetGroup, level_bar);
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetGroup, week_bars);
  gtk_widget_class_bind_template_child (widget_class, FfJobTargetGroup, targets_list);

  gtk_widget_class_install_action (widget_class, "job-target.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "job-target.remove", "x", remove_action);
  gtk_widget_class_install_action (widget_class, "job-target.undo-remove", "x",
                                   undo_remove_action);
}

static void
ff_job_target_group_init (FfJobTargetGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-target.add", FALSE);
  update_progress (self);
}

GtkWidget *
ff_job_target_group_new (void)
{
  return g_object_new (FF_TYPE_JOB_TARGET_GROUP, NULL);
}

void
ff_job_target_group_show (FfJobTargetGroup *self,
                          FfStore          *store,
                          gint64            participant_id)
{
  g_return_if_fail (FF_IS_JOB_TARGET_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));

  if (self->store != store)
    {
      if (self->autosave != NULL)
        {
          ff_autosave_flush (self->autosave);
          remove_rows_from (self, 0);
        }
      g_clear_object (&self->autosave);
      g_set_object (&self->store, store);
      self->autosave = ff_autosave_new (store);
      g_signal_connect_object (self->autosave, "saved", G_CALLBACK (saved_cb), self,
                               G_CONNECT_SWAPPED);
      self->participant_id = 0;
    }

  if (participant_id != self->participant_id)
    {
      /* Another participant: the rows of the last one go, what was typed in them
       * written first. */
      ff_autosave_flush (self->autosave);
      remove_rows_from (self, 0);
      self->participant_id = participant_id;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-target.add", participant_id != 0);
  update_progress (self);
  sync_targets (self);
}

gboolean
ff_job_target_group_flush (FfJobTargetGroup *self)
{
  g_return_val_if_fail (FF_IS_JOB_TARGET_GROUP (self), FALSE);

  return self->autosave == NULL || ff_autosave_flush (self->autosave);
}

GtkWidget *
ff_job_target_group_get_this_week_row (FfJobTargetGroup *self)
{
  g_return_val_if_fail (FF_IS_JOB_TARGET_GROUP (self), NULL);

  return GTK_WIDGET (self->this_week_row);
}

GtkWidget *
ff_job_target_group_get_week_bars (FfJobTargetGroup *self)
{
  g_return_val_if_fail (FF_IS_JOB_TARGET_GROUP (self), NULL);

  return GTK_WIDGET (self->week_bars);
}

GtkWidget *
ff_job_target_group_get_targets_list (FfJobTargetGroup *self)
{
  g_return_val_if_fail (FF_IS_JOB_TARGET_GROUP (self), NULL);

  return GTK_WIDGET (self->targets_list);
}
