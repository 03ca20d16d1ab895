/* ff-mentor-group.c — a participant's mentors on their page: the matches with their
 * meeting logs, and Find a Mentor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-match-list.h"
#include "ff-mentor.h"
#include "ff-mentor-finder.h"
#include "ff-mentor-group.h"

struct _FfMentorGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  gint64               participant_id;

  /* template children */
  FfMatchList         *match_list;
};

G_DEFINE_FINAL_TYPE (FfMentorGroup, ff_mentor_group, ADW_TYPE_PREFERENCES_GROUP)

static void
reload (FfMentorGroup *self)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;

  if (self->participant_id != 0)
    {
      matches = ff_match_list_for_participant (self->store, self->participant_id, &error);
      if (matches == NULL)
        g_warning ("Could not read the mentors of participant %" G_GINT64_FORMAT ": %s",
                   self->participant_id, error->message);
    }

  ff_match_list_show (self->match_list, self->store, matches);
}

/* A match is announced as a change of its mentor, a meeting as one of its match. */
static void
store_changed_cb (FfMentorGroup *self,
                  FfRecordKind   kind,
                  gint64         id)
{
  if (self->participant_id != 0 && (kind == FF_RECORD_MENTOR || kind == FF_RECORD_MATCH))
    reload (self);
}

static void
proposed_cb (FfMentorGroup *self,
             gint64         match_id)
{
  /* The store said it changed: the new match has its row. */
  ff_match_list_open (self->match_list, match_id);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FfMentorGroup *self = FF_MENTOR_GROUP (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *finder;

  if (self->participant_id == 0)
    return;

  ff_match_list_flush (self->match_list);
  finder = ff_mentor_finder_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                 self->participant_id);
  g_signal_connect_object (finder, "proposed", G_CALLBACK (proposed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (finder));
}

static void
ff_mentor_group_dispose (GObject *object)
{
  FfMentorGroup *self = FF_MENTOR_GROUP (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_mentor_group_parent_class)->dispose (object);
}

static void
ff_mentor_group_class_init (FfMentorGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_mentor_group_dispose;

  g_type_ensure (FF_TYPE_MATCH_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-mentor-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfMentorGroup, match_list);

  gtk_widget_class_install_action (widget_class, "mentors.find", NULL, find_action);
}

static void
ff_mentor_group_init (FfMentorGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  ff_match_list_set_placeholder (self->match_list, _("No mentor yet."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentors.find", FALSE);
}

void
ff_mentor_group_show (FfMentorGroup *self,
                      FfStore       *store,
                      gint64         participant_id)
{
  g_return_if_fail (FF_IS_MENTOR_GROUP (self));
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
      ff_match_list_flush (self->match_list);
      self->participant_id = participant_id;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mentors.find", participant_id != 0);
  reload (self);
}

gboolean
ff_mentor_group_flush (FfMentorGroup *self)
{
  g_return_val_if_fail (FF_IS_MENTOR_GROUP (self), FALSE);

  return ff_match_list_flush (self->match_list);
}

GtkWidget *
ff_mentor_group_get_match_list (FfMentorGroup *self)
{
  g_return_val_if_fail (FF_IS_MENTOR_GROUP (self), NULL);

  return GTK_WIDGET (self->match_list);
}
