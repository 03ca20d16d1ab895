/* ff-follow-up-group.c — a participant's follow-up conversations on their page, and why
 * they are flagged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-autosave.h"
#include "ff-choice-model.h"
#include "ff-field-error.h"
#include "ff-follow-up.h"
#include "ff-follow-up-group.h"
#include "ff-follow-up-row.h"
#include "ff-settings.h"
#include "ff-toast.h"

struct _FfFollowUpGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  FfAutosave          *autosave;
  gint64               participant_id;
  gboolean             show_all;

  /* template children */
  AdwActionRow        *flags_row;
  GtkWidget           *date_entry;
  AdwComboRow         *kind_row;
  GtkWidget           *present_entry;
  GtkWidget           *summary_entry;
  GtkListBox          *follow_ups_list;
  GtkButton           *show_all_button;
};

G_DEFINE_FINAL_TYPE (FfFollowUpGroup, ff_follow_up_group, ADW_TYPE_PREFERENCES_GROUP)

static char *
stripped_text (GtkWidget *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field))));
}

/* What the participant is flagged for, one line each. */
static void
update_flags (FfFollowUpGroup *self)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  FfFollowUpFlags flags = 0;

  if (self->participant_id != 0)
    flags = ff_follow_up_flags (self->store, self->participant_id, NULL, 0, &error);
  if (error != NULL)
    g_warning ("Could not read the flags of participant %" G_GINT64_FORMAT ": %s",
               self->participant_id, error->message);

  if (flags & FF_FOLLOW_UP_FLAG_NO_CONVERSATION)
    {
      guint days = ff_follow_up_days ();

      /* Translators: why a participant is flagged; %u is the number of days set in the
       * preferences */
      g_string_append_printf (lines, ngettext ("No follow-up conversation for more than %u day",
                                               "No follow-up conversation for more than %u days",
                                               days),
                              days);
    }
  if (flags & FF_FOLLOW_UP_FLAG_OVERDUE_ACTION)
    {
      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      /* Translators: why a participant is flagged */
      g_string_append (lines, _("An action agreed is overdue"));
    }
  if (flags & FF_FOLLOW_UP_FLAG_UNEVALUATED)
    {
      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      /* Translators: why a participant is flagged */
      g_string_append (lines, _("A placement ended without an evaluation"));
    }

  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->flags_row)),
                 lines->str) != 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->flags_row), lines->str);
  gtk_widget_set_visible (GTK_WIDGET (self->flags_row), flags != 0);
}

/* Reads the conversations again and shows them in the rows there are. */
static void
reload (FfFollowUpGroup *self)
{
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *extra;
  guint n = 0;
  guint total = 0;

  update_flags (self);

  if (self->participant_id != 0)
    {
      follow_ups = ff_follow_up_list (self->store, self->participant_id, &error);
      if (follow_ups == NULL)
        g_warning ("Could not read the conversations of participant %" G_GINT64_FORMAT ": %s",
                   self->participant_id, error->message);
      else
        total = follow_ups->len;
    }
  n = self->show_all ? total : MIN (total, FF_FOLLOW_UP_GROUP_SHOWN);

  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->follow_ups_list, i);
      FfRecord *follow_up = g_ptr_array_index (follow_ups, i);

      if (row != NULL)
        ff_follow_up_row_update (FF_FOLLOW_UP_ROW (row), follow_up);
      else
        gtk_list_box_append (self->follow_ups_list,
                             ff_follow_up_row_new (self->store, self->autosave, follow_up));
    }

  while ((extra = gtk_list_box_get_row_at_index (self->follow_ups_list, n)) != NULL)
    gtk_list_box_remove (self->follow_ups_list, GTK_WIDGET (extra));

  if (n < total)
    {
      g_autofree char *label =
        /* Translators: the button under the latest follow-up conversations that shows
         * them all; %u is how many there are */
        g_strdup_printf (ngettext ("Show All %u Conversations", "Show All %u Conversations",
                                   total),
                         total);

      gtk_button_set_label (self->show_all_button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->show_all_button), n < total);
}

static void
store_changed_cb (FfFollowUpGroup *self,
                  FfRecordKind     kind,
                  gint64           id)
{
  if (self->participant_id != 0 &&
      (kind == FF_RECORD_FOLLOW_UP || kind == FF_RECORD_PLACEMENT))
    reload (self);
}

static void
settings_changed_cb (FfFollowUpGroup *self)
{
  if (self->participant_id != 0)
    update_flags (self);
}

static void
clear_quick_add (FfFollowUpGroup *self)
{
  GtkWidget *fields[] = { self->date_entry, self->present_entry, self->summary_entry };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (fields[i]), "");
      ff_field_error_show (fields[i], gtk_widget_get_tooltip_text (fields[i]), NULL);
    }
  adw_combo_row_set_selected (self->kind_row, FF_FOLLOW_UP_WEEKLY);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfFollowUpGroup *self = FF_FOLLOW_UP_GROUP (widget);
  const char *values[FF_FOLLOW_UP_N_FIELDS] = { NULL };
  g_autofree char *date = stripped_text (self->date_entry);
  g_autofree char *present = stripped_text (self->present_entry);
  g_autofree char *summary = stripped_text (self->summary_entry);
  g_autofree char *clean = NULL;
  g_autoptr(GError) error = NULL;

  if (self->participant_id == 0)
    return;

  if (*date == '\0')
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_free (date);
      date = g_date_time_format (now, "%Y-%m-%d");
    }
  if (!ff_record_validate (&ff_follow_up_type, FF_FOLLOW_UP_DATE, date, &clean, &error))
    {
      ff_field_error_show (self->date_entry, gtk_widget_get_tooltip_text (self->date_entry),
                           error->message);
      gtk_widget_grab_focus (self->date_entry);
      return;
    }
  ff_field_error_show (self->date_entry, gtk_widget_get_tooltip_text (self->date_entry), NULL);

  values[FF_FOLLOW_UP_DATE] = clean;
  values[FF_FOLLOW_UP_KIND] = ff_choice_list_key (&ff_follow_up_kinds,
                                                  adw_combo_row_get_selected (self->kind_row));
  values[FF_FOLLOW_UP_PRESENT] = present;
  values[FF_FOLLOW_UP_SUMMARY] = summary;
  if (ff_record_insert (self->store, &ff_follow_up_type, self->participant_id, values,
                        &error) == 0)
    {
      ff_field_error_show (self->summary_entry, NULL, error->message);
      return;
    }

  clear_quick_add (self);
  gtk_widget_grab_focus (self->date_entry);
}

static void
quick_field_activated_cb (FfFollowUpGroup *self,
                          GtkWidget       *field)
{
  if (field == self->summary_entry)
    gtk_widget_activate_action (GTK_WIDGET (self), "follow-ups.add", NULL);
  else if (field == self->date_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
  else
    gtk_widget_grab_focus (self->summary_entry);
}

static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FfFollowUpGroup *self = FF_FOLLOW_UP_GROUP (widget);

  self->show_all = TRUE;
  reload (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfFollowUpGroup *self = FF_FOLLOW_UP_GROUP (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(FfRecord) follow_up = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  ff_autosave_flush (self->autosave);
  follow_up = ff_record_load (self->store, &ff_follow_up_type, id, &error);
  if (follow_up == NULL ||
      !ff_record_set_deleted (self->store, &ff_follow_up_type, id, TRUE, &error))
    {
      ff_toast_show_message (widget, error->message);
      return;
    }

  /* Translators: after a follow-up conversation was deleted; %s is its kind and date */
  message = g_strdup_printf (_("“%s” deleted"), ff_record_get_title (follow_up));
  ff_toast_show_undo (widget, message, "follow-ups.undo-delete", id);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfFollowUpGroup *self = FF_FOLLOW_UP_GROUP (widget);
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, &ff_follow_up_type, g_variant_get_int64 (parameter),
                              FALSE, &error))
    ff_toast_show_message (widget, error->message);
}

static void
ff_follow_up_group_dispose (GObject *object)
{
  FfFollowUpGroup *self = FF_FOLLOW_UP_GROUP (object);

  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_follow_up_group_parent_class)->dispose (object);
}

static void
ff_follow_up_group_class_init (FfFollowUpGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_follow_up_group_dispose;

  g_type_ensure (FF_TYPE_FOLLOW_UP_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-follow-up-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpGroup, flags_row);
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpGroup, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpGroup, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpGroup, present_entry);
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpGroup, summary_entry);
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpGroup, follow_ups_list);
  gtk_widget_class_bind_template_child (widget_class, FfFollowUpGroup, show_all_button);

  gtk_widget_class_install_action (widget_class, "follow-ups.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "follow-ups.show-all", NULL, show_all_action);
  gtk_widget_class_install_action (widget_class, "follow-ups.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "follow-ups.undo-delete", "x",
                                   undo_delete_action);
}

static void
ff_follow_up_group_init (FfFollowUpGroup *self)
{
  g_autoptr(GListModel) kinds = ff_choice_model_new (&ff_follow_up_kinds);
  GtkWidget *fields[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->kind_row, kinds);

  fields[0] = self->date_entry;
  fields[1] = self->present_entry;
  fields[2] = self->summary_entry;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_signal_connect_object (fields[i], "entry-activated",
                             G_CALLBACK (quick_field_activated_cb), self, G_CONNECT_SWAPPED);


  gtk_widget_action_set_enabled (GTK_WIDGET (self), "follow-ups.add", FALSE);
}

GtkWidget *
ff_follow_up_group_new (void)
{
  return g_object_new (FF_TYPE_FOLLOW_UP_GROUP, NULL);
}

void
ff_follow_up_group_show (FfFollowUpGroup *self,
                         FfStore         *store,
                         gint64           participant_id)
{
  g_return_if_fail (FF_IS_FOLLOW_UP_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == NULL)
    {
      GSettings *settings = ff_settings_new ();

      self->store = g_object_ref (store);
      self->autosave = ff_autosave_new (store);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);

      /* A new number of days flags others. */
      if (settings != NULL)
        {
          g_signal_connect_object (settings, "changed::follow-up-days",
                                   G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
          g_object_set_data_full (G_OBJECT (self), "ff-settings", settings, g_object_unref);
          /* Read once, so that its changes are announced. */
          g_settings_get_int (settings, "follow-up-days");
        }
    }

  if (participant_id != self->participant_id)
    {
      ff_autosave_flush (self->autosave);
      clear_quick_add (self);
      self->show_all = FALSE;
      self->participant_id = participant_id;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "follow-ups.add", participant_id != 0);
  reload (self);
}

gboolean
ff_follow_up_group_flush (FfFollowUpGroup *self)
{
  g_return_val_if_fail (FF_IS_FOLLOW_UP_GROUP (self), FALSE);

  return self->autosave == NULL || ff_autosave_flush (self->autosave);
}

GtkWidget *
ff_follow_up_group_get_row (FfFollowUpGroup *self,
                            gint64           id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (FF_IS_FOLLOW_UP_GROUP (self), NULL);

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->follow_ups_list, i)); i++)
    {
      if (ff_follow_up_row_get_id (FF_FOLLOW_UP_ROW (row)) == id)
        return GTK_WIDGET (row);
    }

  return NULL;
}

gboolean
ff_follow_up_group_open (FfFollowUpGroup *self,
                         gint64           id)
{
  GtkWidget *row;

  g_return_val_if_fail (FF_IS_FOLLOW_UP_GROUP (self), FALSE);

  row = ff_follow_up_group_get_row (self, id);
  if (row == NULL && !self->show_all)
    {
      self->show_all = TRUE;
      reload (self);
      row = ff_follow_up_group_get_row (self, id);
    }
  if (row == NULL)
    return FALSE;

  ff_summary_row_set_expanded (FF_SUMMARY_ROW (row), TRUE);
  gtk_widget_grab_focus (ff_summary_row_get_header (FF_SUMMARY_ROW (row)));
  return TRUE;
}

GtkWidget *
ff_follow_up_group_get_flags_row (FfFollowUpGroup *self)
{
  return GTK_WIDGET (self->flags_row);
}

GtkWidget *
ff_follow_up_group_get_date_entry (FfFollowUpGroup *self)
{
  return self->date_entry;
}

GtkWidget *
ff_follow_up_group_get_kind_row (FfFollowUpGroup *self)
{
  return GTK_WIDGET (self->kind_row);
}

GtkWidget *
ff_follow_up_group_get_present_entry (FfFollowUpGroup *self)
{
  return self->present_entry;
}

GtkWidget *
ff_follow_up_group_get_summary_entry (FfFollowUpGroup *self)
{
  return self->summary_entry;
}
