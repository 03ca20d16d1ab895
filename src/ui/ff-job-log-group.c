/* ff-job-log-group.c — a participant's job-seeker log on their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ff-autosave.h"
#include "ff-employer.h"
#include "ff-employer-suggestions.h"
#include "ff-field-error.h"
#include "ff-job-log.h"
#include "ff-job-log-group.h"
#include "ff-job-log-group-private.h"
#include "ff-job-status-dialog.h"
#include "ff-toast.h"

struct _FfJobLogGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  FfAutosave          *autosave;
  gint64               participant_id;
  gboolean             show_all;
  GHashTable          *rows;            /* application id → FfJobApplicationRow */
  GPtrArray           *spare_rows;      /* to show entries again; hidden but while the
                                           log is read */
  GtkWidget           *suggestions;     /* under the employer field */
  gint64               chosen_id;       /* the register employer chosen there … */
  char                *chosen_name;     /* … while the field still shows its name */

  /* template children */
  GtkWidget           *employer_entry;
  GtkWidget           *position_entry;
  GtkWidget           *deadline_entry;
  GtkListBox          *entries_list;
  AdwActionRow        *show_all_row;
};

G_DEFINE_FINAL_TYPE (FfJobLogGroup, ff_job_log_group, ADW_TYPE_PREFERENCES_GROUP)

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
stripped_text (GtkWidget *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field))));
}

void
ff_job_log_group_show_message (FfJobLogGroup *self,
                               const char    *message)
{
  ff_toast_show_message (GTK_WIDGET (self), message);
}

void
ff_job_log_group_show_error (FfJobLogGroup *self,
                             const char    *heading,
                             const char    *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The entries */

static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  guint position_a = FF_IS_JOB_APPLICATION_ROW (a)
                     ? ff_job_application_row_get_position (FF_JOB_APPLICATION_ROW (a))
                     : G_MAXUINT;
  guint position_b = FF_IS_JOB_APPLICATION_ROW (b)
                     ? ff_job_application_row_get_position (FF_JOB_APPLICATION_ROW (b))
                     : G_MAXUINT;

  return position_a < position_b ? -1 : position_a > position_b;
}

/* A row no longer needed is kept to show another entry, as a row given new texts costs
 * less than a new one; hide_spare_rows () hides those still spare once the log is read. */
static void
spare_row (FfJobLogGroup       *self,
           FfJobApplicationRow *row)
{
  ff_job_application_row_reset (row);
  g_ptr_array_add (self->spare_rows, row);
}

static void
hide_spare_rows (FfJobLogGroup *self)
{
  for (guint i = 0; i < self->spare_rows->len; i++)
    {
      FfJobApplicationRow *spare = g_ptr_array_index (self->spare_rows, i);

      if (gtk_widget_get_visible (GTK_WIDGET (spare)))
        {
          gtk_widget_set_visible (GTK_WIDGET (spare), FALSE);
          ff_job_application_row_set_position (spare, G_MAXUINT - 1);
        }
    }
  while (self->spare_rows->len > FF_JOB_LOG_GROUP_SHOWN)
    gtk_list_box_remove (self->entries_list,
                         g_ptr_array_steal_index (self->spare_rows, 0));
}

static int
by_position_descending (gconstpointer a,
                        gconstpointer b)
{
  guint position_a = ff_job_application_row_get_position (*(FfJobApplicationRow **) a);
  guint position_b = ff_job_application_row_get_position (*(FfJobApplicationRow **) b);

  return position_a < position_b ? 1 : position_a > position_b ? -1 : 0;
}

/* All rows, for another participant: their entries go into the rows there are, in the
 * order shown, so that a row changes only its texts. */
static void
spare_all_rows (FfJobLogGroup *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    g_ptr_array_add (rows, row);
  g_ptr_array_sort (rows, by_position_descending);
  for (guint i = 0; i < rows->len; i++)
    spare_row (self, g_ptr_array_index (rows, i));
  g_hash_table_remove_all (self->rows);
}

static FfJobApplicationRow *
add_row (FfJobLogGroup *self,
         FfRecord      *application)
{
  GtkWidget *row;

  if (self->spare_rows->len > 0)
    {
      row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
      ff_job_application_row_update (FF_JOB_APPLICATION_ROW (row), application);
      gtk_widget_set_visible (row, TRUE);
    }
  else
    {
      row = ff_job_application_row_new (self->store, self->autosave, application);
      gtk_list_box_append (self->entries_list, row);
    }

  return FF_JOB_APPLICATION_ROW (row);
}

/* Reads the log again and shows it in the rows there are, adding and removing only
 * those that come and go. */
static void
reload (FfJobLogGroup *self)
{
  g_autoptr(GPtrArray) applications = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer row;
  guint n_shown;

  if (self->participant_id == 0)
    {
      spare_all_rows (self);
      hide_spare_rows (self);
      gtk_widget_set_visible (GTK_WIDGET (self->show_all_row), FALSE);
      return;
    }

  applications = ff_job_application_list (self->store, self->participant_id, NULL, NULL,
                                          &error);
  if (applications == NULL)
    {
      g_warning ("Could not read the job-seeker log of participant %" G_GINT64_FORMAT ": %s",
                 self->participant_id, error->message);
      /* Nothing of the last participant's log stays in sight. */
      hide_spare_rows (self);
      return;
    }

  n_shown = self->show_all ? applications->len
                           : MIN (applications->len, FF_JOB_LOG_GROUP_SHOWN);

  for (guint i = 0; i < n_shown; i++)
    {
      FfRecord *application = g_ptr_array_index (applications, i);
      gint64 id = ff_record_get_id (application);

      row = g_hash_table_lookup (self->rows, &id);
      if (row != NULL)
        ff_job_application_row_update (row, application);
      else
        {
          gint64 *key = g_new (gint64, 1);

          *key = id;
          row = add_row (self, application);
          g_hash_table_insert (self->rows, key, row);
        }

      ff_job_application_row_set_position (row, i);
    }

  /* The rows of entries gone, or beyond those shown. */
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    {
      guint position = ff_job_application_row_get_position (row);
      gint64 id = ff_job_application_row_get_id (row);

      if (position >= n_shown || position >= applications->len ||
          ff_record_get_id (g_ptr_array_index (applications, position)) != id)
        {
          spare_row (self, row);
          g_hash_table_iter_remove (&iter);
        }
    }

  hide_spare_rows (self);

  if (n_shown < applications->len)
    {
      g_autofree char *title =
        /* Translators: the row under the latest entries of a job-seeker log that shows
         * them all; %u is how many there are */
        g_strdup_printf (ngettext ("Show All %u Entries", "Show All %u Entries",
                                   applications->len),
                         applications->len);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->show_all_row), title);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->show_all_row), n_shown < applications->len);

  gtk_list_box_invalidate_sort (self->entries_list);
}

/* Quick add */

static void
employer_chosen_cb (FfJobLogGroup *self,
                    gint64         id,
                    const char    *name)
{
  self->chosen_id = id;
  g_free (self->chosen_name);
  self->chosen_name = g_strdup (name);
  gtk_widget_grab_focus (self->position_entry);
}

/* The register employer the employer field names: the one chosen from the list while
 * the field shows its name, or one of exactly the name typed; 0 for a name of its own. */
static gint64
typed_employer_id (FfJobLogGroup *self,
                   const char    *employer)
{
  if (self->chosen_id != 0 && g_strcmp0 (employer, self->chosen_name) == 0)
    return self->chosen_id;

  return ff_employer_suggestions_find_exact (FF_EMPLOYER_SUGGESTIONS (self->suggestions),
                                             employer);
}

static void
clear_quick_add (FfJobLogGroup *self)
{
  GtkWidget *fields[] = { self->employer_entry, self->position_entry, self->deadline_entry };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (fields[i]), "");
      ff_field_error_show (fields[i], gtk_widget_get_tooltip_text (fields[i]), NULL);
    }

  ff_employer_suggestions_dismiss (FF_EMPLOYER_SUGGESTIONS (self->suggestions));
  self->chosen_id = 0;
  g_clear_pointer (&self->chosen_name, g_free);
}

/* The deadline typed, normalised ("" for none), or NULL when it is refused (and then
 * marked on its field). */
static char *
typed_deadline (FfJobLogGroup *self)
{
  g_autofree char *text = stripped_text (self->deadline_entry);
  g_autofree char *deadline = NULL;
  g_autofree char *now = today ();
  g_autoptr(GError) error = NULL;
  const char *message = NULL;

  if (!ff_record_validate (&ff_job_application_type, FF_JOB_APPLICATION_DEADLINE, text,
                           &deadline, &error))
    message = error->message;
  else if (*deadline != '\0' && strcmp (deadline, now) < 0)
    message = _("The deadline cannot come before the date of the application.");

  ff_field_error_show (self->deadline_entry, gtk_widget_get_tooltip_text (self->deadline_entry),
                       message);
  if (message != NULL)
    return NULL;

  return g_steal_pointer (&deadline);
}

/* Adds the entry typed, dated today and sent; what was typed stays when it is refused. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfJobLogGroup *self = FF_JOB_LOG_GROUP (widget);
  const char *values[FF_JOB_APPLICATION_N_FIELDS] = { NULL };
  g_autofree char *employer = stripped_text (self->employer_entry);
  g_autofree char *position = stripped_text (self->position_entry);
  g_autofree char *deadline = NULL;
  g_autofree char *employer_id = NULL;
  g_autoptr(GError) error = NULL;
  gint64 registered;

  if (self->participant_id == 0)
    return;

  if (*employer == '\0' && *position == '\0')
    {
      ff_field_error_show (self->employer_entry,
                           gtk_widget_get_tooltip_text (self->employer_entry),
                           _("Type the employer or the position."));
      gtk_widget_grab_focus (self->employer_entry);
      return;
    }
  ff_field_error_show (self->employer_entry, gtk_widget_get_tooltip_text (self->employer_entry),
                       NULL);

  deadline = typed_deadline (self);
  if (deadline == NULL)
    {
      gtk_widget_grab_focus (self->deadline_entry);
      return;
    }

  registered = typed_employer_id (self, employer);
  if (registered != 0)
    employer_id = g_strdup_printf ("%" G_GINT64_FORMAT, registered);

  values[FF_JOB_APPLICATION_EMPLOYER_ID] = employer_id;
  values[FF_JOB_APPLICATION_EMPLOYER] = employer;
  values[FF_JOB_APPLICATION_POSITION] = position;
  values[FF_JOB_APPLICATION_DEADLINE] = deadline;
  if (ff_job_application_create (self->store, self->participant_id, values, &error) == 0)
    {
      ff_job_log_group_show_error (self, _("Could Not Add Entry"), error->message);
      return;
    }

  /* The log shows the new entry when the store says it changed. */
  clear_quick_add (self);
  gtk_widget_grab_focus (self->employer_entry);
}

/* Return adds the entry once there is enough of it; before, it moves on to the next
 * field. */
static void
quick_field_activated_cb (FfJobLogGroup *self,
                          GtkWidget     *field)
{
  g_autofree char *employer = stripped_text (self->employer_entry);
  g_autofree char *position = stripped_text (self->position_entry);

  if (field == self->deadline_entry || (*employer != '\0' && *position != '\0'))
    gtk_widget_activate_action (GTK_WIDGET (self), "job-log.add", NULL);
  else if (field == self->employer_entry)
    gtk_widget_grab_focus (self->position_entry);
  else
    gtk_widget_grab_focus (self->deadline_entry);
}

/* Actions on an entry */

static FfRecord *
load_application (FfJobLogGroup *self,
                  gint64         id)
{
  g_autoptr(GError) error = NULL;
  FfRecord *application;

  application = ff_record_load (self->store, &ff_job_application_type, id, &error);
  if (application == NULL)
    ff_job_log_group_show_message (self, error->message);

  return application;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfJobLogGroup *self = FF_JOB_LOG_GROUP (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(FfRecord) application = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* An undo brings the entry back as it was last typed. */
  ff_autosave_flush (self->autosave);
  application = load_application (self, id);
  if (application == NULL)
    return;

  if (!ff_record_set_deleted (self->store, &ff_job_application_type, id, TRUE, &error))
    {
      ff_job_log_group_show_message (self, error->message);
      return;
    }

  /* Translators: after a record (a participant, an employer …) was deleted; %s is its
   * name */
  message = g_strdup_printf (_("“%s” deleted"), ff_record_get_title (application));
  ff_toast_show_undo (GTK_WIDGET (self), message, "job-log.undo-delete", id);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfJobLogGroup *self = FF_JOB_LOG_GROUP (widget);
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, &ff_job_application_type,
                              g_variant_get_int64 (parameter), FALSE, &error))
    ff_job_log_group_show_message (self, error->message);
}

static void
change_status_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FfJobLogGroup *self = FF_JOB_LOG_GROUP (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(FfRecord) application = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  FfJobStatus status;

  ff_autosave_flush (self->autosave);
  application = load_application (self, id);
  if (application == NULL)
    return;

  status = ff_choice_list_index (&ff_job_statuses,
                                 ff_record_get (application, FF_JOB_APPLICATION_STATUS));
  /* The log shows the new status when the store says it changed. */
  dialog = ff_job_status_dialog_new (self->store, id, ff_record_get_title (application), status);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Adds the employer typed in an entry to the register, and links the entry to it. */
static void
add_employer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FfJobLogGroup *self = FF_JOB_LOG_GROUP (widget);
  gint64 id = g_variant_get_int64 (parameter);
  const char *values[FF_EMPLOYER_N_FIELDS] = { NULL };
  g_autoptr(FfRecord) application = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *employer_id = NULL;
  g_autofree char *message = NULL;
  const char *name;
  gint64 employer;

  ff_autosave_flush (self->autosave);
  application = load_application (self, id);
  if (application == NULL)
    return;

  name = ff_record_get (application, FF_JOB_APPLICATION_EMPLOYER);
  /* One added meanwhile is linked rather than added twice. */
  employer = ff_employer_suggestions_find_exact (FF_EMPLOYER_SUGGESTIONS (self->suggestions),
                                                 name);
  if (employer == 0)
    {
      values[FF_EMPLOYER_NAME] = name;
      employer = ff_record_insert (self->store, &ff_employer_type, 0, values, &error);
    }
  if (employer == 0)
    {
      ff_job_log_group_show_error (self, _("Could Not Add Employer"), error->message);
      return;
    }

  employer_id = g_strdup_printf ("%" G_GINT64_FORMAT, employer);
  if (!ff_record_set_field (self->store, &ff_job_application_type, id,
                            FF_JOB_APPLICATION_EMPLOYER_ID, employer_id, &error))
    {
      ff_job_log_group_show_error (self, _("Could Not Add Employer"), error->message);
      return;
    }

  /* Translators: after an employer typed in a job application was added to the
   * register; %s is its name */
  message = g_strdup_printf (_("“%s” added to the Employer Register"), name);
  ff_job_log_group_show_message (self, message);
}

static void
entry_activated_cb (FfJobLogGroup *self,
                    GtkListBoxRow *row)
{
  if (row != GTK_LIST_BOX_ROW (self->show_all_row))
    return;

  self->show_all = TRUE;
  reload (self);
}

/* The object */

static void
ff_job_log_group_dispose (GObject *object)
{
  FfJobLogGroup *self = FF_JOB_LOG_GROUP (object);

  ff_job_log_group_cancel_export (self);

  /* What is typed is written before the rows go away. */
  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);
  g_clear_pointer (&self->chosen_name, g_free);

  G_OBJECT_CLASS (ff_job_log_group_parent_class)->dispose (object);
}

static void
ff_job_log_group_class_init (FfJobLogGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_job_log_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-job-log-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfJobLogGroup, employer_entry);
  gtk_widget_class_bind_template_child (widget_class, FfJobLogGroup, position_entry);
  gtk_widget_class_bind_template_child (widget_class, FfJobLogGroup, deadline_entry);
  gtk_widget_class_bind_template_child (widget_class, FfJobLogGroup, entries_list);
  gtk_widget_class_bind_template_child (widget_class, FfJobLogGroup, show_all_row);

  gtk_widget_class_install_action (widget_class, "job-log.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "job-log.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "job-log.undo-delete", "x",
                                   undo_delete_action);
  gtk_widget_class_install_action (widget_class, "job-log.change-status", "x",
                                   change_status_action);
  gtk_widget_class_install_action (widget_class, "job-log.add-employer", "x",
                                   add_employer_action);
  ff_job_log_group_class_add_export_actions (widget_class);
}

static void
ff_job_log_group_init (FfJobLogGroup *self)
{
  GtkWidget *fields[3];

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->spare_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  fields[0] = self->employer_entry;
  fields[1] = self->position_entry;
  fields[2] = self->deadline_entry;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_signal_connect_object (fields[i], "entry-activated",
                             G_CALLBACK (quick_field_activated_cb), self, G_CONNECT_SWAPPED);

  gtk_list_box_set_sort_func (self->entries_list, sort_rows, NULL, NULL);
  g_signal_connect_object (self->entries_list, "row-activated",
                           G_CALLBACK (entry_activated_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-log.add", FALSE);
}

GtkWidget *
ff_job_log_group_new (void)
{
  return g_object_new (FF_TYPE_JOB_LOG_GROUP, NULL);
}

void
ff_job_log_group_show (FfJobLogGroup *self,
                       FfStore       *store,
                       gint64         participant_id)
{
  g_return_if_fail (FF_IS_JOB_LOG_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == NULL)
    {
      self->store = g_object_ref (store);
      self->autosave = ff_autosave_new (store);
      self->suggestions = ff_employer_suggestions_new (store, self->employer_entry);
      g_signal_connect_object (self->suggestions, "chosen", G_CALLBACK (employer_chosen_cb),
                               self, G_CONNECT_SWAPPED);
    }

  if (participant_id != self->participant_id)
    {
      ff_autosave_flush (self->autosave);
      spare_all_rows (self);
      clear_quick_add (self);
      self->show_all = FALSE;
      self->participant_id = participant_id;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "job-log.add", participant_id != 0);
  reload (self);
}

gboolean
ff_job_log_group_flush (FfJobLogGroup *self)
{
  g_return_val_if_fail (FF_IS_JOB_LOG_GROUP (self), FALSE);

  return self->autosave == NULL || ff_autosave_flush (self->autosave);
}

FfStore *
ff_job_log_group_get_store (FfJobLogGroup *self)
{
  return self->store;
}

gint64
ff_job_log_group_get_participant_id (FfJobLogGroup *self)
{
  return self->participant_id;
}

GtkWidget *
ff_job_log_group_get_employer_entry (FfJobLogGroup *self)
{
  return self->employer_entry;
}

GtkWidget *
ff_job_log_group_get_position_entry (FfJobLogGroup *self)
{
  return self->position_entry;
}

GtkWidget *
ff_job_log_group_get_deadline_entry (FfJobLogGroup *self)
{
  return self->deadline_entry;
}

GtkWidget *
ff_job_log_group_get_suggestions (FfJobLogGroup *self)
{
  return self->suggestions;
}

FfJobApplicationRow *
ff_job_log_group_get_row (FfJobLogGroup *self,
                          gint64         id)
{
  return g_hash_table_lookup (self->rows, &id);
}

guint
ff_job_log_group_get_n_shown (FfJobLogGroup *self)
{
  return g_hash_table_size (self->rows);
}

GtkWidget *
ff_job_log_group_get_show_all_row (FfJobLogGroup *self)
{
  return GTK_WIDGET (self->show_all_row);
}
