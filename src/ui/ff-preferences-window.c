/* ff-preferences-window.c — where backups go, how long participants are kept, the days
 * between follow-up conversations, and G
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-backup.h"
#include "ff-basic-amount-group.h"
#include "ff-preferences-window.h"
#include "ff-settings.h"

struct _FfPreferencesWindow
{
  AdwWindow             parent_instance;

  FfStore              *store;
  GSettings            *settings;    /* NULL when the schema is not installed */

  /* template widgets */
  AdwActionRow         *folder_row;
  GtkSpinButton        *years_spin;
  FfBasicAmountGroup   *basic_amount_group;
  GtkSpinButton        *follow_up_spin;
};

G_DEFINE_FINAL_TYPE (FfPreferencesWindow, ff_preferences_window, ADW_TYPE_WINDOW)

static void
show_folder (FfPreferencesWindow *self)
{
  g_autofree char *where = NULL;
  g_autofree char *shown = NULL;

  if (self->store == NULL)
    return;

  where = ff_backup_folder (ff_store_get_path (self->store));
  shown = g_filename_display_name (where);
  adw_action_row_set_subtitle (self->folder_row, shown);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FfPreferencesWindow *self = FF_PREFERENCES_WINDOW (widget);

  if (self->settings != NULL)
    ff_settings_choose_backup_folder (GTK_WINDOW (self), self->settings);
}

static void
ff_preferences_window_dispose (GObject *object)
{
  FfPreferencesWindow *self = FF_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_preferences_window_parent_class)->dispose (object);
}

static void
ff_preferences_window_class_init (FfPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_preferences_window_dispose;

  g_type_ensure (FF_TYPE_BASIC_AMOUNT_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, FfPreferencesWindow, years_spin);
  gtk_widget_class_bind_template_child (widget_class, FfPreferencesWindow, basic_amount_group);
  gtk_widget_class_bind_template_child (widget_class, FfPreferencesWindow, follow_up_spin);

  gtk_widget_class_install_action (widget_class, "preferences.choose-folder", NULL,
                                   choose_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
ff_preferences_window_init (FfPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = ff_settings_new ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "retention-years", self->years_spin, "value",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "follow-up-days", self->follow_up_spin, "value",
                       G_SETTINGS_BIND_DEFAULT);
      g_signal_connect_object (self->settings, "changed::backup-folder",
                               G_CALLBACK (show_folder), self, G_CONNECT_SWAPPED);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.choose-folder",
                                 self->settings != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->years_spin), self->settings != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->follow_up_spin), self->settings != NULL);
}

GtkWidget *
ff_preferences_window_new (GtkWindow *parent,
                           FfStore   *store)
{
  FfPreferencesWindow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  show_folder (self);
  ff_basic_amount_group_set_store (self->basic_amount_group, store);

  return GTK_WIDGET (self);
}

GtkWidget *
ff_preferences_window_get_basic_amount_group (FfPreferencesWindow *self)
{
  g_return_val_if_fail (FF_IS_PREFERENCES_WINDOW (self), NULL);

  return GTK_WIDGET (self->basic_amount_group);
}

GtkWidget *
ff_preferences_window_get_years_spin (FfPreferencesWindow *self)
{
  g_return_val_if_fail (FF_IS_PREFERENCES_WINDOW (self), NULL);

  return GTK_WIDGET (self->years_spin);
}

GtkWidget *
ff_preferences_window_get_follow_up_spin (FfPreferencesWindow *self)
{
  g_return_val_if_fail (FF_IS_PREFERENCES_WINDOW (self), NULL);

  return GTK_WIDGET (self->follow_up_spin);
}
