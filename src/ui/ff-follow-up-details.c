/* ff-follow-up-details.c — what a follow-up conversation shows when opened: its fields,
 * and the actions agreed, ticked off when done
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ff-field-error.h"
#include "ff-follow-up-details.h"
#include "ff-format.h"
#include "ff-toast.h"

/* The rows of the conversation's own fields come first, then the actions. */
#define N_FIELD_ROWS FF_FOLLOW_UP_N_FIELDS

struct _FfFollowUpDetails
{
  GtkListBoxRow    parent_instance;

  FfStore         *store;
  FfAutosave      *autosave;
  gint64           id;
  GPtrArray       *action_rows;     /* AdwActionRow, in the order agreed */

  /* template children */
  GtkListBox      *list;
  GtkWidget       *what_entry;
  GtkWidget       *who_entry;
  GtkWidget       *due_entry;
  GtkWidget       *add_action_button;
};

G_DEFINE_FINAL_TYPE (FfFollowUpDetails, ff_follow_up_details, GTK_TYPE_LIST_BOX_ROW)

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
done_toggled_cb (GtkCheckButton    *check,
                 FfFollowUpDetails *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "ff-action-id"));
  g_autoptr(GError) error = NULL;

  if (!ff_follow_up_set_action_done (self->store, id, gtk_check_button_get_active (check),
                                     &error))
    ff_toast_show_message (GTK_WIDGET (self), error->message);
}

/* "Sara (NAV) · due 14.03.2026 · Overdue" */
static char *
describe_action (FfRecord   *action,
                 const char *now)
{
  const char *who = ff_record_get (action, FF_ACTION_WHO);
  const char *due = ff_record_get (action, FF_ACTION_DUE);
  gboolean done = g_strcmp0 (ff_record_get (action, FF_ACTION_DONE), "1") == 0;
  g_autoptr(GString) text = g_string_new (who);

  if (*due != '\0')
    {
      g_autofree char *date = ff_format_date (due, NULL);

      if (text->len > 0)
        g_string_append (text, C_("separator", " · "));
      /* Translators: when an action agreed in a follow-up conversation is due; %s is a
       * date */
      g_string_append_printf (text, _("due %s"), date);
    }

  /* Due today is not overdue (ff-follow-up.h). */
  if (!done && *due != '\0' && strcmp (due, now) < 0)
    {
      if (text->len > 0)
        g_string_append (text, C_("separator", " · "));
      /* Translators: said of an action agreed in a follow-up conversation, not done by
       * its due date */
      g_string_append (text, _("Overdue"));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_actions (FfFollowUpDetails *self)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *now = today ();

  actions = ff_record_load_owned (self->store, &ff_action_type, self->id, &error);
  if (actions == NULL)
    {
      g_warning ("Could not read the actions of conversation %" G_GINT64_FORMAT ": %s",
                 self->id, error->message);
      return;
    }

  while (self->action_rows->len > actions->len)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->action_rows, self->action_rows->len - 1);

      gtk_list_box_remove (self->list, row);
    }

  for (guint i = 0; i < actions->len; i++)
    {
      FfRecord *action = g_ptr_array_index (actions, i);
      gboolean done = g_strcmp0 (ff_record_get (action, FF_ACTION_DONE), "1") == 0;
      g_autofree char *subtitle = describe_action (action, now);
      GtkWidget *row;
      GtkWidget *check;

      if (i < self->action_rows->len)
        {
          row = g_ptr_array_index (self->action_rows, i);
          check = g_object_get_data (G_OBJECT (row), "ff-check");
        }
      else
        {
          row = adw_action_row_new ();
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          check = gtk_check_button_new ();
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          g_object_set_data (G_OBJECT (row), "ff-check", check);
          g_signal_connect_object (check, "toggled", G_CALLBACK (done_toggled_cb), self, 0);
          gtk_list_box_insert (self->list, row, N_FIELD_ROWS + i);
          g_ptr_array_add (self->action_rows, row);
        }

      g_object_set_data (G_OBJECT (check), "ff-action-id",
                         GSIZE_TO_POINTER ((gsize) ff_record_get_id (action)));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     ff_record_get (action, FF_ACTION_WHAT));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      ff_record_get (action, FF_ACTION_WHAT),
                                      -1);
      g_signal_handlers_block_by_func (check, done_toggled_cb, self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done);
      g_signal_handlers_unblock_by_func (check, done_toggled_cb, self);
    }
}

static char *
stripped_text (GtkWidget *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field))));
}

/* Adds the action typed; what was typed stays, marked, when it is refused. */
static void
add_action_cb (FfFollowUpDetails *self)
{
  g_autofree char *what = stripped_text (self->what_entry);
  g_autofree char *who = stripped_text (self->who_entry);
  g_autofree char *due = stripped_text (self->due_entry);
  g_autofree char *clean = NULL;
  g_autoptr(GError) error = NULL;

  if (!ff_record_validate (&ff_action_type, FF_ACTION_WHAT, what, &clean, &error))
    {
      ff_field_error_show (self->what_entry, NULL, error->message);
      gtk_widget_grab_focus (self->what_entry);
      return;
    }
  ff_field_error_show (self->what_entry, NULL, NULL);
  g_clear_pointer (&clean, g_free);

  if (!ff_record_validate (&ff_action_type, FF_ACTION_DUE, due, &clean, &error))
    {
      ff_field_error_show (self->due_entry, NULL, error->message);
      gtk_widget_grab_focus (self->due_entry);
      return;
    }
  ff_field_error_show (self->due_entry, NULL, NULL);

  if (ff_follow_up_add_action (self->store, self->id, what, who, due, &error) == 0)
    {
      ff_field_error_show (self->what_entry, NULL, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->what_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->who_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_entry), "");
  gtk_widget_grab_focus (self->what_entry);
}

static void
entry_activated_cb (FfFollowUpDetails *self,
                    GtkWidget         *entry)
{
  if (entry == self->what_entry)
    gtk_widget_grab_focus (self->who_entry);
  else if (entry == self->who_entry)
    gtk_widget_grab_focus (self->due_entry);
  else
    add_action_cb (self);
}

static void
ff_follow_up_details_dispose (GObject *object)
{
  FfFollowUpDetails *self = FF_FOLLOW_UP_DETAILS (object);

  g_clear_object (&self->autosave);
  g_clear_object (&self->store);
  g_clear_pointer (&self->action_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ff_follow_up_details_parent_class)->dispose (object);
}

static void
ff_follow_up_details_class_init (FfFollowUpDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_follow_up_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-follow-up-details.ui");
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpDetails, list);
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpDetails, what_entry);
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpDetails, who_entry);
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpDetails, due_entry);
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpDetails, add_action_button);
}

static void
ff_follow_up_details_init (FfFollowUpDetails *self)
{
  GtkWidget *entries[3];

  self->action_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  entries[0] = self->what_entry;
  entries[1] = self->who_entry;
  entries[2] = self->due_entry;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_object (entries[i], "entry-activated", G_CALLBACK (entry_activated_cb),
                             self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->add_action_button, "clicked", G_CALLBACK (add_action_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
ff_follow_up_details_new (FfStore    *store,
                          FfAutosave *autosave,
                          FfRecord   *follow_up)
{
  FfFollowUpDetails *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);
  g_return_val_if_fail (FF_IS_RECORD (follow_up), NULL);

  self = g_object_new (FF_TYPE_FOLLOW_UP_DETAILS, NULL);
  self->store = g_object_ref (store);
  self->autosave = g_object_ref (autosave);
  self->id = ff_record_get_id (follow_up);

  ff_autosave_bind_named (autosave, GTK_WIDGET (self), &ff_follow_up_type, self->id);
  ff_autosave_load (autosave, &ff_follow_up_type, follow_up);
  update_actions (self);

  return GTK_WIDGET (self);
}

void
ff_follow_up_details_update (FfFollowUpDetails *self,
                             FfRecord          *follow_up)
{
  g_return_if_fail (FF_IS_FOLLOW_UP_DETAILS (self));
  g_return_if_fail (FF_IS_RECORD (follow_up));

  ff_autosave_refresh (self->autosave, follow_up);
  update_actions (self);
}

GtkWidget *
ff_follow_up_details_get_field (FfFollowUpDetails *self,
                                guint              field)
{
  return ff_autosave_lookup (self->autosave, &ff_follow_up_type, self->id, field, NULL, NULL);
}

guint
ff_follow_up_details_get_n_actions (FfFollowUpDetails *self)
{
  return self->action_rows->len;
}

GtkWidget *
ff_follow_up_details_get_action_row (FfFollowUpDetails *self,
                                     guint              index)
{
  g_return_val_if_fail (index < self->action_rows->len, NULL);

  return g_ptr_array_index (self->action_rows, index);
}

GtkWidget *
ff_follow_up_details_get_action_check (FfFollowUpDetails *self,
                                       guint              index)
{
  return g_object_get_data (G_OBJECT (ff_follow_up_details_get_action_row (self, index)),
                            "ff-check");
}

GtkWidget *
ff_follow_up_details_get_what_entry (FfFollowUpDetails *self)
{
  return self->what_entry;
}

GtkWidget *
ff_follow_up_details_get_who_entry (FfFollowUpDetails *self)
{
  return self->who_entry;
}

GtkWidget *
ff_follow_up_details_get_due_entry (FfFollowUpDetails *self)
{
  return self->due_entry;
}

GtkWidget *
ff_follow_up_details_get_add_button (FfFollowUpDetails *self)
{
  return self->add_action_button;
}
