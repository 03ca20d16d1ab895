/* ff-application.c — the application: options, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-accessible.h"
#include "ff-application.h"
#include "ff-autosave.h"
#include "ff-backup.h"
#include "ff-backup-timer.h"
#include "ff-backups-window.h"
#include "ff-preferences-window.h"
#include "ff-retention-window.h"
#include "ff-store.h"
#include "ff-store-lock.h"
#include "ff-window.h"

struct _FfApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  /* Automatic backups of the database the window shows, when it may be changed. */
  FfBackupTimer  *backup_timer;
};

G_DEFINE_FINAL_TYPE (FfApplication, ff_application, ADW_TYPE_APPLICATION)

static const struct
{
  const char *action;
  const char *accels[2];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.new-participant", { "<Control>n", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.show-shortcuts", { "<Control>question", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
};

/* The newest backup of @db_path that opens and is whole, or NULL. */
static char *
newest_good_backup (const char *db_path)
{
  g_autofree char *folder = ff_backup_folder (db_path);
  g_autoptr(GPtrArray) backups = ff_backup_list (folder, NULL);

  for (guint i = 0; backups != NULL && i < backups->len; i++)
    {
      FfBackup *backup = g_ptr_array_index (backups, i);

      if (ff_backup_verify (backup->path, NULL))
        return g_strdup (backup->path);
    }

  return NULL;
}

static void
restore_clicked_cb (GtkButton *button,
                    GtkWindow *window)
{
  ff_backups_confirm_restore (window, g_object_get_data (G_OBJECT (button),
                                                         "ff-backup-path"));
}

/* data/ui/ff-error-window.ui: what went wrong, and what can be done. */
static void
ff_application_show_error (FfApplication *self,
                           const GError  *error)
{
  g_autoptr(GtkBuilder) builder = NULL;
  gboolean in_use = g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_IN_USE);
  AdwStatusPage *status_page;
  GtkWindow *window;

  builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/ff-error-window.ui");
  window = GTK_WINDOW (gtk_builder_get_object (builder, "error_window"));
  gtk_window_set_application (window, GTK_APPLICATION (self));
  status_page = ADW_STATUS_PAGE (gtk_builder_get_object (builder, "status_page"));
  adw_status_page_set_description (status_page, error->message);

  /* Damaged: the newest backup that is whole can take its place. */
  if (g_error_matches (error, FF_STORE_ERROR, FF_STORE_ERROR_CORRUPT))
    {
      g_autofree char *backup = newest_good_backup (self->database_path);

      if (backup != NULL)
        {
          GtkWidget *button = GTK_WIDGET (gtk_builder_get_object (builder, "restore_button"));

          g_object_set_data_full (G_OBJECT (button), "ff-backup-path",
                                  g_steal_pointer (&backup), g_free);
          g_signal_connect (button, "clicked", G_CALLBACK (restore_clicked_cb), window);
          gtk_widget_set_visible (button, TRUE);
        }
    }

  /* In use elsewhere: it can still be read. */
  if (in_use)
    {
      adw_status_page_set_title (status_page, _("The Database Is in Use"));
      adw_status_page_set_icon_name (status_page, "system-lock-screen-symbolic");
      gtk_widget_set_visible (GTK_WIDGET (gtk_builder_get_object (builder,
                                                                  "read_only_button")),
                              TRUE);
    }

  gtk_window_present (window);
}

static void
ff_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  FfApplication *self = FF_APPLICATION (user_data);

  /* Quitting does not close the windows, so pending edits are written here. */
  ff_autosave_flush_all ();
  g_application_quit (G_APPLICATION (self));
}

static void
ff_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  FfApplication *self = FF_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  /* Translators: your names, one per line, as "Name <e-mail>" or "Name https://…";
   * shown under "Translated by" in the About window */
  const char *translators = _("translator-credits");
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Fotfeste"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Fotfeste contributors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/fotfeste/fotfeste",
                        "comments", _("Participant records for introduction and mentor "
                                      "programmes"),
                        NULL);

  /* An untranslated catalogue returns the key itself: credit nobody then. */
  if (g_strcmp0 (translators, "translator-credits") != 0)
    adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), translators);

  gtk_window_present (GTK_WINDOW (about));
}

static void
backup_failed_cb (FfBackupTimer *timer,
                  const GError  *error,
                  FfApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *message = NULL;

  if (!FF_IS_WINDOW (window))
    return;

  /* Translators: %s says why, as a whole sentence */
  message = g_strdup_printf (_("The automatic backup failed: %s"), error->message);
  ff_window_add_toast (FF_WINDOW (window), adw_toast_new (message));
}

/* Every half hour with changes, and on quitting. */
static void
ff_application_start_backups (FfApplication *self,
                              FfStore       *store)
{
  /* Into the folder chosen at the time of each backup. */
  self->backup_timer = ff_backup_timer_new (store, NULL, FF_BACKUP_TIMER_INTERVAL_SECONDS);
  g_signal_connect_object (self->backup_timer, "failed", G_CALLBACK (backup_failed_cb),
                           self, 0);
}

/* The file is in use by someone else: show what it holds, without changing it. */
static void
ff_application_open_read_only_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  FfApplication *self = FF_APPLICATION (user_data);
  GtkWindow *error_window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = ff_store_open_read_only (self->database_path, &error);
  if (store == NULL)
    {
      ff_application_show_error (self, error);
      if (error_window != NULL)
        gtk_window_destroy (error_window);
      return;
    }

  gtk_window_present (GTK_WINDOW (ff_window_new (GTK_APPLICATION (self), store)));
  if (error_window != NULL)
    gtk_window_destroy (error_window);
}

typedef GtkWidget *(*StoreWindowNew) (GtkWindow *parent,
                                      FfStore   *store);

/* Opens a window about the active window's database: Backups, Preferences, the
 * retention review. */
static void
present_store_window (FfApplication  *self,
                      StoreWindowNew  window_new)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (!FF_IS_WINDOW (window))
    return;

  gtk_window_present (GTK_WINDOW (window_new (window,
                                              ff_window_get_store (FF_WINDOW (window)))));
}

static void
ff_application_backups_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  present_store_window (FF_APPLICATION (user_data), ff_backups_window_new);
}

static void
ff_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  present_store_window (FF_APPLICATION (user_data), ff_preferences_window_new);
}

static void
ff_application_retention_review_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  present_store_window (FF_APPLICATION (user_data), ff_retention_window_new);
}

/* Closes every window, so that no one holds the database, and says whether it was
 * let go of. */
static gboolean
ff_application_close_database (FfApplication *self)
{
  g_autoptr(GList) windows = NULL;
  FfStore *store = NULL;

  ff_autosave_flush_all ();

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (FF_IS_WINDOW (l->data) && store == NULL)
        {
          store = ff_window_get_store (FF_WINDOW (l->data));
          g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
        }
    }

  /* Keep the application while it has no window. */
  g_application_hold (G_APPLICATION (self));
  g_clear_object (&self->backup_timer);
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (GTK_WINDOW (l->data));

  /* What the windows were still finishing. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_application_release (G_APPLICATION (self));

  if (store != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (store), (gpointer *) &store);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  FfApplication *app;
  char          *backup;
} Restore;

static gboolean
restore_idle_cb (gpointer data)
{
  Restore *restore = data;
  FfApplication *self = restore->app;
  g_autoptr(GError) error = NULL;
  g_autoptr(FfStore) store = NULL;
  g_autofree char *aside = NULL;
  guint n_erased = 0;
  FfWindow *window;

  if (!ff_application_close_database (self))
    g_set_error_literal (&error, FF_STORE_ERROR, FF_STORE_ERROR_IN_USE,
                         _("The database is still in use in this window. Close Fotfeste, "
                           "and restore the backup with “fotfeste-cli restore”."));
  else if (ff_backup_restore (restore->backup, self->database_path, &aside, &n_erased,
                              &error))
    store = ff_store_open (self->database_path, &error);

  if (store == NULL)
    ff_application_show_error (self, error);
  else
    {
      window = FF_WINDOW (ff_window_new (GTK_APPLICATION (self), store));
      gtk_window_present (GTK_WINDOW (window));
      ff_application_start_backups (self, store);
      if (aside != NULL)
        {
          g_autofree char *name = g_filename_display_basename (aside);
          /* Translators: %s is the name of the file the restored backup replaced */
          g_autofree char *message = g_strdup_printf (_("Restored. The database it "
                                                        "replaced is kept as “%s”."),
                                                      name);
          AdwToast *toast;

          if (n_erased > 0)
            {
              g_autofree char *erased = g_strdup_printf (
                ngettext ("%u participant erased after the backup was made is erased "
                          "from it again.",
                          "%u participants erased after the backup was made are erased "
                          "from it again.", n_erased), n_erased);

              char *both = g_strconcat (message, " ", erased, NULL);

              g_free (message);
              message = both;
            }
          toast = adw_toast_new (message);

          adw_toast_set_timeout (toast, 0);
          ff_window_add_toast (window, toast);
        }
    }

  g_application_release (G_APPLICATION (self));
  g_object_unref (self);
  g_free (restore->backup);
  g_free (restore);
  return G_SOURCE_REMOVE;
}

/* Puts a backup, chosen and confirmed (ff_backups_confirm_restore()), in the place of
 * the database, and opens it again: once the dialog that asked has gone, since every
 * window closes. */
static void
ff_application_restore_backup_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  FfApplication *self = FF_APPLICATION (user_data);
  Restore *restore = g_new0 (Restore, 1);

  restore->app = g_object_ref (self);
  restore->backup = g_variant_dup_string (parameter, NULL);
  g_application_hold (G_APPLICATION (self));
  g_idle_add (restore_idle_cb, restore);
}

static const GActionEntry app_actions[] = {
  { "quit", ff_application_quit_action },
  { "about", ff_application_about_action },
  { "open-read-only", ff_application_open_read_only_action },
  { "backups", ff_application_backups_action },
  { "preferences", ff_application_preferences_action },
  { "retention-review", ff_application_retention_review_action },
  { "restore-backup", ff_application_restore_backup_action, "s" },
};

static int
ff_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  FfApplication *self = FF_APPLICATION (app);
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &path) && path[0] != '\0')
    {
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (path, NULL);

      /* Another file means another instance: it must not hand itself over to an
       * instance that already shows a different database. */
      g_application_set_flags (app, g_application_get_flags (app)
                                    | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
ff_application_startup (GApplication *app)
{
  FfApplication *self = FF_APPLICATION (app);

  G_APPLICATION_CLASS (ff_application_parent_class)->startup (app);

  /* Before the first window: every widget a screen reader reads is named right. */
  ff_accessible_init ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), app_accels[i].action,
                                           app_accels[i].accels);
}

static void
ff_application_activate (GApplication *app)
{
  FfApplication *self = FF_APPLICATION (app);
  g_autoptr(FfStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->database_path == NULL)
    self->database_path = ff_store_default_path ();

  store = ff_store_open (self->database_path, &error);
  if (store == NULL)
    {
      ff_application_show_error (self, error);
      return;
    }

  gtk_window_present (GTK_WINDOW (ff_window_new (GTK_APPLICATION (self), store)));
  ff_application_start_backups (self, store);
}

static void
ff_application_shutdown (GApplication *app)
{
  FfApplication *self = FF_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  /* The windows are gone: the user does not wait for this. */
  if (self->backup_timer != NULL && !ff_backup_timer_close (self->backup_timer, &error))
    g_warning ("The backup on closing failed: %s", error->message);
  g_clear_object (&self->backup_timer);

  /* Quitting leaves the windows to the end of the process, and the store with them: the
   * next start must not find the file in use. */
  ff_store_lock_release_all ();

  G_APPLICATION_CLASS (ff_application_parent_class)->shutdown (app);
}

static void
ff_application_finalize (GObject *object)
{
  FfApplication *self = FF_APPLICATION (object);

  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (ff_application_parent_class)->finalize (object);
}

static void
ff_application_class_init (FfApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ff_application_finalize;

  app_class->handle_local_options = ff_application_handle_local_options;
  app_class->startup = ff_application_startup;
  app_class->activate = ff_application_activate;
  app_class->shutdown = ff_application_shutdown;
}

static void
ff_application_init (FfApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "database", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 _("Open this database file instead of the usual one"),
                                 /* Translators: placeholder for a file name in --help */
                                 _("FILE"));
}

FfApplication *
ff_application_new (void)
{
  return g_object_new (FF_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

const char *
ff_application_get_database_path (FfApplication *self)
{
  g_return_val_if_fail (FF_IS_APPLICATION (self), NULL);

  return self->database_path;
}
