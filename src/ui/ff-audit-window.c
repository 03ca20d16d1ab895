/* ff-audit-window.c — the audit log of one participant
 *
 * The entries come whole from ff_audit_entries_for_participant () as a list model;
 * a list view makes rows only for those on screen, so that a log of many thousands
 * opens as fast as a short one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-audit.h"
#include "ff-audit-entry.h"
#include "ff-audit-window.h"
#include "ff-participant.h"

struct _FfAuditWindow
{
  AdwWindow           parent_instance;

  AdwWindowTitle     *window_title;
  GtkStack           *stack;
  GtkFilterListModel *filter_model;

  FfStore            *store;
  gint64              participant_id;
  GListModel         *entries;
};

G_DEFINE_FINAL_TYPE (FfAuditWindow, ff_audit_window, ADW_TYPE_WINDOW)

static gboolean
load (FfAuditWindow  *self,
      GError        **error)
{
  g_autoptr(FfParticipant) participant = NULL;
  GListModel *entries;

  entries = ff_audit_entries_for_participant (self->store, self->participant_id, error);
  if (entries == NULL)
    return FALSE;

  g_clear_object (&self->entries);
  self->entries = entries;
  gtk_filter_list_model_set_model (self->filter_model, entries);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (entries) > 0 ? "list"
                                                                           : "empty");

  participant = ff_participant_load (self->store, self->participant_id, NULL);
  if (participant != NULL)
    adw_window_title_set_subtitle (self->window_title,
                                   ff_participant_get_display_name (participant));

  return TRUE;
}

static void
store_changed_cb (FfStore       *store,
                  FfRecordKind   kind,
                  gint64         id,
                  FfAuditWindow *self)
{
  load (self, NULL);
}

/* Escape in the search entry clears what was typed, and closes the window when there is
 * nothing to clear: the window's own Escape does not reach past the entry. */
static void
stop_search_cb (FfAuditWindow  *self,
                GtkSearchEntry *entry)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
ff_audit_window_dispose (GObject *object)
{
  FfAuditWindow *self = FF_AUDIT_WINDOW (object);

  g_clear_object (&self->entries);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_audit_window_parent_class)->dispose (object);
}

static void
ff_audit_window_class_init (FfAuditWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_audit_window_dispose;

  g_type_ensure (FF_TYPE_AUDIT_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-audit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfAuditWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfAuditWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FfAuditWindow, filter_model);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
ff_audit_window_init (FfAuditWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_audit_window_new (GtkWindow  *parent,
                     FfStore    *store,
                     gint64      participant_id,
                     GError    **error)
{
  FfAuditWindow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_AUDIT_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->participant_id = participant_id;
  if (!load (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);

  return GTK_WIDGET (self);
}

GListModel *
ff_audit_window_get_entries (FfAuditWindow *self)
{
  g_return_val_if_fail (FF_IS_AUDIT_WINDOW (self), NULL);

  return self->entries;
}
