/* ff-window.c — the main window: sections in a sidebar, first start, sample data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ff-course-page.h"
#include "ff-employer-page.h"
#include "ff-mentor-page.h"
#include "ff-job-overview-page.h"
#include "ff-participant-page.h"
#include "ff-programme-page.h"
#include "ff-record-section.h"
#include "ff-sample.h"
#include "ff-unsaved-dialog.h"
#include "ff-window.h"

/* How many participants "Load Sample Data" adds. */
#define SAMPLE_PARTICIPANTS 200

struct _FfWindow
{
  AdwApplicationWindow  parent_instance;

  FfStore              *store;
  GCancellable         *sample_cancellable;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GMenuModel           *primary_menu;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkListBox           *sidebar_list;
  GtkListBoxRow        *participants_row;
  GtkStack             *section_stack;

  GtkProgressBar       *sample_progress;  /* made when first shown */
};

G_DEFINE_FINAL_TYPE (FfWindow, ff_window, ADW_TYPE_APPLICATION_WINDOW)

/* The sections of one kind of record each, by the name of their sidebar row. */
static const struct
{
  const char  *name;
  GType      (*page_type) (void);
} record_sections[] = {
  { "participants", ff_participant_page_get_type },
  { "programmes", ff_programme_page_get_type },
  { "employers", ff_employer_page_get_type },
  { "courses", ff_course_page_get_type },
  { "mentors", ff_mentor_page_get_type },
};

/* A section is made the first time it is shown: the window starts with the
 * participants. NULL for no such section. */
static FfRecordSection *
ff_window_ensure_section (FfWindow   *self,
                          const char *name)
{
  GtkWidget *section = gtk_stack_get_child_by_name (self->section_stack, name);

  if (section != NULL)
    return FF_IS_RECORD_SECTION (section) ? FF_RECORD_SECTION (section) : NULL;

  /* The overview of job seeking lists no records of its own. */
  if (g_str_equal (name, "job-overview"))
    {
      section = ff_job_overview_page_new (self->store);
      g_object_bind_property (self->leaflet, "folded", section, "sidebar-folded",
                              G_BINDING_SYNC_CREATE);
      gtk_stack_add_named (self->section_stack, section, name);
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (record_sections); i++)
    {
      if (!g_str_equal (record_sections[i].name, name))
        continue;

      section = ff_record_section_new (record_sections[i].page_type ());
      g_object_bind_property (self->leaflet, "folded", section, "sidebar-folded",
                              G_BINDING_SYNC_CREATE);
      ff_record_section_set_store (FF_RECORD_SECTION (section), self->store);
      gtk_stack_add_named (self->section_stack, section, name);
      return FF_RECORD_SECTION (section);
    }

  return NULL;
}

static GtkListBoxRow *
ff_window_find_section_row (FfWindow   *self,
                            const char *name)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->sidebar_list, i)) != NULL; i++)
    {
      if (g_str_equal (gtk_widget_get_name (GTK_WIDGET (row)), name))
        return row;
    }

  return self->participants_row;
}

/* Shows section @name, and the content rather than the welcome page unless
 * @keep_main_page. */
static FfRecordSection *
ff_window_show_section_full (FfWindow   *self,
                             const char *name,
                             gboolean    keep_main_page)
{
  FfRecordSection *section = ff_window_ensure_section (self, name);

  ff_window_flush (self);
  gtk_list_box_select_row (self->sidebar_list, ff_window_find_section_row (self, name));
  gtk_stack_set_visible_child_name (self->section_stack, name);
  if (!keep_main_page)
    gtk_stack_set_visible_child_name (self->main_stack, "content");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->section_stack));

  return section;
}

static FfRecordSection *
ff_window_show_section (FfWindow   *self,
                        const char *name)
{
  return ff_window_show_section_full (self, name, FALSE);
}

/* Most starts show the content: the welcome and sample data pages are made the first
 * time they are needed, from data/ui/ff-welcome-page.ui and ff-loading-page.ui, so
 * that the window starts without them. */
static void
ff_window_ensure_main_page (FfWindow   *self,
                            const char *name)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autofree char *resource = NULL;
  g_autofree char *id = NULL;

  if (gtk_stack_get_child_by_name (self->main_stack, name) != NULL)
    return;

  resource = g_strdup_printf (RESOURCE_PATH "/ui/ff-%s-page.ui", name);
  id = g_strdup_printf ("%s_page", name);
  builder = gtk_builder_new_from_resource (resource);
  gtk_stack_add_named (self->main_stack,
                       GTK_WIDGET (gtk_builder_get_object (builder, id)), name);

  if (g_str_equal (name, "welcome"))
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (gtk_builder_get_object (builder,
                                                                             "menu_button")),
                                    self->primary_menu);
  else
    self->sample_progress = GTK_PROGRESS_BAR (gtk_builder_get_object (builder, "progress"));
}

static void
ff_window_update_main_page (FfWindow *self)
{
  const char *name = "content";

  if (self->sample_cancellable != NULL)
    name = "loading";
  else if (ff_store_is_empty (self->store))
    name = "welcome";

  ff_window_ensure_main_page (self, name);
  gtk_stack_set_visible_child_name (self->main_stack, name);
}

static void
store_changed_cb (FfWindow     *self,
                  FfRecordKind  kind,
                  gint64        id,
                  FfStore      *store)
{
  /* Leave the welcome page once there is something to show. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0)
    ff_window_update_main_page (self);
}

static void
section_activated_cb (FfWindow      *self,
                      GtkListBoxRow *row,
                      GtkListBox    *list)
{
  ff_window_show_section (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
sample_progress_cb (double   fraction,
                    gpointer user_data)
{
  FfWindow *self = FF_WINDOW (user_data);

  if (self->sample_cancellable != NULL)
    gtk_progress_bar_set_fraction (self->sample_progress, fraction);
}

static void
sample_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FfWindow) self = FF_WINDOW (user_data);
  g_autoptr(GError) error = NULL;
  GApplication *app = g_application_get_default ();

  ff_sample_generate_finish (result, &error);

  if (app != NULL)
    g_application_release (app);

  /* The window was closed meanwhile. */
  if (self->store == NULL)
    return;

  g_clear_object (&self->sample_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample-data", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-sample-data", FALSE);

  /* Whatever was committed before an error or cancellation is in the file; the
   * worker's connection announced it only to itself. */
  ff_store_emit_changed (self->store, FF_RECORD_PARTICIPANT, 0);
  ff_store_emit_changed (self->store, FF_RECORD_PROGRAMME, 0);
  ff_store_emit_changed (self->store, FF_RECORD_EMPLOYER, 0);
  ff_window_update_main_page (self);

  if (error == NULL)
    {
      ff_window_show_section (self, "participants");
      ff_window_add_toast (self, adw_toast_new (_("Sample data loaded")));
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);

      ff_window_add_toast (self, adw_toast_new (message));
    }
}

static void
load_sample_data_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FfWindow *self = FF_WINDOW (widget);
  GApplication *app = g_application_get_default ();
  guint32 seed = (guint32) (g_get_real_time () / G_USEC_PER_SEC);

  if (self->sample_cancellable != NULL)
    return;

  ff_window_flush (self);

  self->sample_cancellable = g_cancellable_new ();
  ff_window_ensure_main_page (self, "loading");
  gtk_progress_bar_set_fraction (self->sample_progress, 0.0);
  gtk_widget_action_set_enabled (widget, "win.load-sample-data", FALSE);
  gtk_widget_action_set_enabled (widget, "win.cancel-sample-data", TRUE);
  ff_window_update_main_page (self);

  /* Quitting waits for the worker, so its last transaction ends cleanly. */
  if (app != NULL)
    g_application_hold (app);

  ff_sample_generate_async (ff_store_get_path (self->store), SAMPLE_PARTICIPANTS, seed,
                            sample_progress_cb, g_object_ref (self), g_object_unref,
                            self->sample_cancellable, sample_done_cb, g_object_ref (self));
}

static void
cancel_sample_data_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  FfWindow *self = FF_WINDOW (widget);

  if (self->sample_cancellable != NULL)
    g_cancellable_cancel (self->sample_cancellable);
}

/* win.new-participant and win.search: the participants section, then its dialog or
 * its search entry. */
static void
participants_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FfWindow *self = FF_WINDOW (widget);
  FfRecordSection *section;

  if (self->sample_cancellable != NULL)
    return;

  section = ff_window_show_section (self, "participants");
  if (g_str_equal (action_name, "win.search"))
    ff_record_section_focus_search (section);
  else
    ff_record_section_new_record (section);
}

static void
new_programme_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FfWindow *self = FF_WINDOW (widget);

  if (self->sample_cancellable != NULL)
    return;

  /* From the welcome page the dialog opens over it; the new programme then
   * takes the window past it (see store_changed_cb). */
  ff_record_section_new_record (ff_window_show_section_full (self, "programmes", TRUE));
}

static void
show_participant_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ff_window_show_participant (FF_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FfWindow *self = FF_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
help_overlay_hidden_cb (FfWindow *self)
{
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), NULL);
}

/* Built when asked for and destroyed when closed, rather than kept hidden beside
 * the window all along as GtkApplication's automatic help overlay is: GTK 4.8
 * answers an accessibility client that asks for a window past the last one shown
 * with the last window it keeps, and crashes when that one has never been shown.
 * As the window's help overlay, its shortcuts show the keys of their actions. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkShortcutsWindow *overlay;

  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (widget));
  if (overlay != NULL)
    {
      gtk_window_present (GTK_WINDOW (overlay));
      return;
    }

  builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/help-overlay.ui");
  overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (widget), overlay);
  g_signal_connect_object (overlay, "hide", G_CALLBACK (help_overlay_hidden_cb), widget,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
after_paint_cb (GdkFrameClock *clock,
                FfWindow      *self)
{
  const char *report = g_getenv ("FOTFESTE_REPORT_FIRST_FRAME");

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, self);

  fputs ("first-frame\n", stdout);
  fflush (stdout);

  if (g_strcmp0 (report, "quit") == 0)
    g_application_quit (g_application_get_default ());
}

static void
ff_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ff_window_parent_class)->realize (widget);

  /* For the start-up benchmark: say when the first frame is on screen. */
  if (g_getenv ("FOTFESTE_REPORT_FIRST_FRAME") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (after_paint_cb), widget);
}

static gboolean
ff_window_close_request (GtkWindow *window)
{
  FfWindow *self = FF_WINDOW (window);

  ff_window_flush (self);

  if (self->sample_cancellable != NULL)
    g_cancellable_cancel (self->sample_cancellable);

  return GTK_WINDOW_CLASS (ff_window_parent_class)->close_request (window);
}

/* Shows what @store holds. */
static void
ff_window_set_store (FfWindow *self,
                     FfStore  *store)
{
  self->store = g_object_ref (store);

  ff_window_ensure_section (self, "participants");
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_list_box_select_row (self->sidebar_list, self->participants_row);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->section_stack));
  ff_window_update_main_page (self);

  if (ff_store_is_read_only (self->store))
    {
      AdwToast *toast;

      toast = adw_toast_new (_("Open only for reading, as someone else is changing the "
                               "database. Nothing can be changed here."));
      adw_toast_set_timeout (toast, 0);
      ff_window_add_toast (self, toast);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-participant", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-programme", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample-data", FALSE);
    }

  if (ff_store_is_on_network_share (self->store))
    {
      AdwToast *toast;

      toast = adw_toast_new (_("The database is on a network share: keep a copy on this "
                               "computer, as saving over the network can fail."));
      adw_toast_set_timeout (toast, 0);
      ff_window_add_toast (self, toast);
    }

  /* What a run that was killed had typed and not saved is offered back. */
  ff_unsaved_dialog_offer (GTK_WINDOW (self), self->store);
}

static void
ff_window_dispose (GObject *object)
{
  FfWindow *self = FF_WINDOW (object);

  if (self->sample_cancellable != NULL)
    g_cancellable_cancel (self->sample_cancellable);
  g_clear_object (&self->sample_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_WINDOW);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_window_parent_class)->dispose (object);
}

static void
ff_window_class_init (FfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ff_window_dispose;

  widget_class->realize = ff_window_realize;

  window_class->close_request = ff_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/ff-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FfWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, FfWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, FfWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, FfWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, FfWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, FfWindow, participants_row);
  gtk_widget_class_bind_template_child (widget_class, FfWindow, section_stack);
  gtk_widget_class_bind_template_callback (widget_class, section_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.new-participant", NULL,
                                   participants_action);
  gtk_widget_class_install_action (widget_class, "win.new-programme", NULL,
                                   new_programme_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, participants_action);
  gtk_widget_class_install_action (widget_class, "win.load-sample-data", NULL,
                                   load_sample_data_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-sample-data", NULL,
                                   cancel_sample_data_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL,
                                   show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-participant", "x",
                                   show_participant_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL,
                                   show_shortcuts_action);
}

static void
ff_window_init (FfWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-sample-data", FALSE);
}

GtkWidget *
ff_window_new (GtkApplication *application,
               FfStore        *store)
{
  FfWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_WINDOW, "application", application, NULL);
  ff_window_set_store (self, store);

  return GTK_WIDGET (self);
}

FfStore *
ff_window_get_store (FfWindow *self)
{
  g_return_val_if_fail (FF_IS_WINDOW (self), NULL);

  return self->store;
}

void
ff_window_flush (FfWindow *self)
{
  g_return_if_fail (FF_IS_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (record_sections); i++)
    {
      GtkWidget *section = gtk_stack_get_child_by_name (self->section_stack,
                                                        record_sections[i].name);

      if (section != NULL)
        ff_record_section_flush (FF_RECORD_SECTION (section));
    }
}

void
ff_window_show_participant (FfWindow *self,
                            gint64    participant_id)
{
  g_return_if_fail (FF_IS_WINDOW (self));

  if (self->sample_cancellable != NULL)
    return;

  ff_record_section_open (ff_window_show_section (self, "participants"), participant_id);
}

void
ff_window_add_toast (FfWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (FF_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
