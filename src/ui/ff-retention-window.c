/* ff-retention-window.c — participants kept longer than the chosen years, to open or
 * erase
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-erase-dialog.h"
#include "ff-retention.h"
#include "ff-retention-row.h"
#include "ff-retention-window.h"
#include "ff-settings.h"
#include "ff-window.h"

struct _FfRetentionWindow
{
  AdwWindow     parent_instance;

  FfStore      *store;
  GSettings    *settings;    /* NULL when the schema is not installed */

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack     *stack;
  GtkLabel     *description_label;
  GtkListBox   *list;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (FfRetentionWindow, ff_retention_window, ADW_TYPE_WINDOW)

static guint
years (FfRetentionWindow *self)
{
  if (self->settings == NULL)
    return FF_RETENTION_DEFAULT_YEARS;

  return (guint) CLAMP (g_settings_get_int (self->settings, "retention-years"),
                        FF_RETENTION_MIN_YEARS, FF_RETENTION_MAX_YEARS);
}

static void
fill (FfRetentionWindow *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *none = NULL;
  guint n_years = years (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: %u is a number of years */
                                              "Their last programme ended more than %u year "
                                              "ago, and they are in none now. Erase those "
                                              "there is no reason to keep.",
                                              "Their last programme ended more than %u years "
                                              "ago, and they are in none now. Erase those "
                                              "there is no reason to keep.",
                                              n_years),
                                 n_years);
  gtk_label_set_text (self->description_label, description);

  entries = ff_retention_list (self->store, n_years, NULL, &error);
  if (entries == NULL)
    {
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->list, ff_retention_row_new (g_ptr_array_index (entries, i)));

  none = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %u is a number of years */
                                       "No participant's last programme ended more than "
                                       "%u year ago.",
                                       "No participant's last programme ended more than "
                                       "%u years ago.",
                                       n_years),
                          n_years);
  adw_status_page_set_description (self->empty_page, none);
  gtk_stack_set_visible_child_name (self->stack, entries->len > 0 ? "list" : "empty");
}

static void
store_changed_cb (FfRetentionWindow *self,
                  FfRecordKind       kind,
                  gint64             id,
                  FfStore           *store)
{
  if (kind == FF_RECORD_PARTICIPANT || kind == FF_RECORD_ENROLMENT ||
      kind == FF_RECORD_PROGRAMME)
    fill (self);
}

static FfRetentionRow *
find_row (FfRetentionWindow *self,
          gint64             id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (FF_IS_RETENTION_ROW (child) &&
          ff_retention_row_get_participant (FF_RETENTION_ROW (child)) == id)
        return FF_RETENTION_ROW (child);
    }

  return NULL;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (!FF_IS_WINDOW (parent))
    return;

  ff_window_show_participant (FF_WINDOW (parent), g_variant_get_int64 (parameter));
  gtk_window_present (parent);
}

static void
erased_cb (FfRetentionWindow *self,
           FfEraseDialog     *dialog)
{
  const char *name = g_object_get_data (G_OBJECT (dialog), "ff-erased-name");
  g_autofree char *escaped = NULL;
  g_autofree char *message = NULL;

  /* Translators: after a participant was erased for good; %s is their name */
  message = g_strdup_printf (_("“%s” erased"), name);
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FfRetentionWindow *self = FF_RETENTION_WINDOW (widget);
  FfRetentionRow *row = find_row (self, g_variant_get_int64 (parameter));
  GtkWidget *dialog;

  if (row == NULL)
    return;

  dialog = ff_erase_dialog_new (GTK_WINDOW (self), self->store,
                                ff_retention_row_get_participant (row),
                                ff_retention_row_get_name (row));
  g_object_set_data_full (G_OBJECT (dialog), "ff-erased-name",
                          g_strdup (ff_retention_row_get_name (row)), g_free);
  g_signal_connect_object (dialog, "erased", G_CALLBACK (erased_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ff_retention_window_dispose (GObject *object)
{
  FfRetentionWindow *self = FF_RETENTION_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_retention_window_parent_class)->dispose (object);
}

static void
ff_retention_window_class_init (FfRetentionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_retention_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-retention-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfRetentionWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FfRetentionWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FfRetentionWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, FfRetentionWindow, list);
  gtk_widget_class_bind_template_child (widget_class, FfRetentionWindow, empty_page);

  gtk_widget_class_install_action (widget_class, "retention.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "retention.erase", "x", erase_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_retention_window_init (FfRetentionWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = ff_settings_new ();
}

GtkWidget *
ff_retention_window_new (GtkWindow *parent,
                         FfStore   *store)
{
  FfRetentionWindow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_RETENTION_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::retention-years", G_CALLBACK (fill),
                             self, G_CONNECT_SWAPPED);
  fill (self);

  return GTK_WIDGET (self);
}

GtkListBox *
ff_retention_window_get_list (FfRetentionWindow *self)
{
  g_return_val_if_fail (FF_IS_RETENTION_WINDOW (self), NULL);

  return self->list;
}
