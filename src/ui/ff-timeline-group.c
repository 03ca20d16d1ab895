/* ff-timeline-group.c — everything that happened to a participant, newest first, on
 * their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-timeline-group.h"
#include "ff-timeline-row.h"

struct _FfTimelineGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  gint64               participant_id;
  guint                limit;
  GPtrArray           *items;       /* FfTimelineItem, as shown */
  guint                reload_id;

  /* template children */
  GtkDropDown         *kind_dropdown;
  GtkStringList       *kind_names;
  GtkListBox          *items_list;
  GtkWidget           *more_button;
};

G_DEFINE_FINAL_TYPE (FfTimelineGroup, ff_timeline_group, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  SIGNAL_OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
chosen_kinds (FfTimelineGroup *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  /* Item 0 is every kind; the others follow FfTimelineKind. */
  if (selected == 0 || selected > FF_TIMELINE_N_KINDS)
    return FF_TIMELINE_ALL;

  return FF_TIMELINE_BIT (selected - 1);
}

static void
reload (FfTimelineGroup *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *extra;
  guint n = 0;
  gboolean more = FALSE;

  g_clear_handle_id (&self->reload_id, g_source_remove);

  if (self->participant_id != 0)
    {
      /* One more than shown tells whether there are more. */
      items = ff_timeline_list (self->store, self->participant_id, chosen_kinds (self),
                                self->limit + 1, &error);
      if (items == NULL)
        g_warning ("Could not read the timeline of participant %" G_GINT64_FORMAT ": %s",
                   self->participant_id, error->message);
      else
        {
          more = items->len > self->limit;
          n = MIN (items->len, self->limit);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->items_list, i));

      if (row == NULL)
        {
          row = ff_timeline_row_new ();
          gtk_list_box_append (self->items_list, row);
        }
      gtk_widget_set_visible (row, TRUE);
      ff_timeline_row_show (FF_TIMELINE_ROW (row), g_ptr_array_index (items, i));
    }

  /* Rows left over are hidden, not destroyed: a row costs far more to make than to
   * fill, and the next participant's timeline may be longer. */
  for (guint i = n; (extra = gtk_list_box_get_row_at_index (self->items_list, i)) != NULL; i++)
    gtk_widget_set_visible (GTK_WIDGET (extra), FALSE);

  if (items != NULL)
    g_ptr_array_set_size (items, n);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = g_steal_pointer (&items);

  gtk_widget_set_visible (self->more_button, more);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  FfTimelineGroup *self = user_data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Changes come by the dozen (a conversation and its actions): read once after them. */
static void
store_changed_cb (FfTimelineGroup *self,
                  FfRecordKind     kind,
                  gint64           id)
{
  if (self->participant_id != 0 && self->reload_id == 0 &&
      (kind == FF_RECORD_PLACEMENT || kind == FF_RECORD_FOLLOW_UP || kind == FF_RECORD_MATCH))
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
kind_selected_cb (FfTimelineGroup *self)
{
  self->limit = FF_TIMELINE_GROUP_SHOWN;
  if (self->store != NULL)
    reload (self);
}

static void
row_activated_cb (FfTimelineGroup *self,
                  GtkListBoxRow   *row)
{
  int index = gtk_list_box_row_get_index (row);
  FfTimelineItem *item;

  if (self->items == NULL || index < 0 || (guint) index >= self->items->len)
    return;

  item = g_ptr_array_index (self->items, index);
  g_signal_emit (self, signals[SIGNAL_OPEN], 0, (int) item->kind, item->id, item->part_id);
}

static void
more_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FfTimelineGroup *self = FF_TIMELINE_GROUP (widget);

  self->limit += FF_TIMELINE_GROUP_SHOWN;
  reload (self);
}

static void
ff_timeline_group_dispose (GObject *object)
{
  FfTimelineGroup *self = FF_TIMELINE_GROUP (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (ff_timeline_group_parent_class)->dispose (object);
}

static void
ff_timeline_group_class_init (FfTimelineGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_timeline_group_dispose;

  signals[SIGNAL_OPEN] =
    g_signal_new ("open",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-timeline-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfTimelineGroup, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FfTimelineGroup, kind_names);
  gtk_widget_class_bind_template_child (widget_class, FfTimelineGroup, items_list);
  gtk_widget_class_bind_template_child (widget_class, FfTimelineGroup, more_button);

  gtk_widget_class_install_action (widget_class, "timeline.more", NULL, more_action);
}

static void
ff_timeline_group_init (FfTimelineGroup *self)
{
  self->limit = FF_TIMELINE_GROUP_SHOWN;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: the first item of the timeline's drop-down: every kind of entry */
  gtk_string_list_append (self->kind_names, C_("timeline", "Everything"));
  for (FfTimelineKind kind = 0; kind < FF_TIMELINE_N_KINDS; kind++)
    gtk_string_list_append (self->kind_names, ff_timeline_kind_label (kind));
  gtk_drop_down_set_selected (self->kind_dropdown, 0);

  g_signal_connect_object (self->kind_dropdown, "notify::selected",
                           G_CALLBACK (kind_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->items_list, "row-activated", G_CALLBACK (row_activated_cb),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
ff_timeline_group_new (void)
{
  return g_object_new (FF_TYPE_TIMELINE_GROUP, NULL);
}

void
ff_timeline_group_show (FfTimelineGroup *self,
                        FfStore         *store,
                        gint64           participant_id)
{
  g_return_if_fail (FF_IS_TIMELINE_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == NULL)
    {
      self->store = g_object_ref (store);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  if (participant_id != self->participant_id)
    {
      self->participant_id = participant_id;
      self->limit = FF_TIMELINE_GROUP_SHOWN;
    }

  reload (self);
}

guint
ff_timeline_group_get_kinds (FfTimelineGroup *self)
{
  g_return_val_if_fail (FF_IS_TIMELINE_GROUP (self), 0);

  return chosen_kinds (self);
}

void
ff_timeline_group_set_kinds (FfTimelineGroup *self,
                             guint            kinds)
{
  guint selected = 0;

  g_return_if_fail (FF_IS_TIMELINE_GROUP (self));

  for (FfTimelineKind kind = 0; kind < FF_TIMELINE_N_KINDS; kind++)
    {
      if (kinds == FF_TIMELINE_BIT (kind))
        selected = kind + 1;
    }
  gtk_drop_down_set_selected (self->kind_dropdown, selected);
}

guint
ff_timeline_group_get_n_items (FfTimelineGroup *self)
{
  g_return_val_if_fail (FF_IS_TIMELINE_GROUP (self), 0);

  return self->items != NULL ? self->items->len : 0;
}

GtkWidget *
ff_timeline_group_get_row (FfTimelineGroup *self,
                           guint            index)
{
  g_return_val_if_fail (FF_IS_TIMELINE_GROUP (self), NULL);

  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->items_list, index));
}

const FfTimelineItem *
ff_timeline_group_get_item (FfTimelineGroup *self,
                            guint            index)
{
  g_return_val_if_fail (FF_IS_TIMELINE_GROUP (self), NULL);
  g_return_val_if_fail (self->items != NULL && index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}
