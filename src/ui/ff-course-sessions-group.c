/* ff-course-sessions-group.c — the sessions of a course in date order: one added, a
 * series made, one changed, moved or cancelled
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ff-course-documents.h"
#include "ff-course-sessions-group.h"
#include "ff-format.h"
#include "ff-series-dialog.h"
#include "ff-session-dialog.h"

struct _FfCourseSessionsGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  gint64               course_id;
  GArray              *session_ids;   /* gint64 per item of sessions */

  GtkListView         *list;
  GtkSingleSelection  *selection;
  GtkStringList       *sessions;
};

G_DEFINE_FINAL_TYPE (FfCourseSessionsGroup, ff_course_sessions_group,
                     ADW_TYPE_PREFERENCES_GROUP)

static const char * const weekday_names[7] = {
  /* Translators: a weekday, shortened, before a session's date */
  N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
};

/* The weekday of a stored date, 1 (Monday) … 7, or 0. */
static int
weekday_of (const char *iso)
{
  int y, m, d;
  GDate date;

  if (sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);

  return g_date_get_weekday (&date);
}

char *
ff_course_session_describe (const FfGridSession *session)
{
  g_autofree char *date = ff_format_date_in_words (session->date, NULL);
  int weekday = weekday_of (session->date);
  g_autofree char *text = NULL;

  /* Translators: a session: weekday, date, start and end time,
   * "Mon 6 Jan 2025, 09:00–11:30" */
  text = g_strdup_printf (_("%s %s, %s–%s"), weekday > 0 ? _(weekday_names[weekday - 1]) : "",
                          date, session->start, session->end);
  if (session->cancelled)
    /* Translators: a session that was cancelled, "Mon 6 Jan 2025, 09:00–11:30 (cancelled)" */
    return g_strdup_printf (_("%s (cancelled)"), text);

  return g_steal_pointer (&text);
}

static GtkWindow *
parent_window (FfCourseSessionsGroup *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfCourseSessionsGroup *self = FF_COURSE_SESSIONS_GROUP (widget);

  if (self->course_id != 0)
    gtk_window_present (GTK_WINDOW (ff_session_dialog_new (parent_window (self), self->store,
                                                           self->course_id, 0)));
}

static void
add_series_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FfCourseSessionsGroup *self = FF_COURSE_SESSIONS_GROUP (widget);

  if (self->course_id != 0)
    gtk_window_present (GTK_WINDOW (ff_series_dialog_new (parent_window (self), self->store,
                                                          self->course_id)));
}

static void
change (FfCourseSessionsGroup *self,
        guint                  position)
{
  if (position >= self->session_ids->len)
    return;

  gtk_window_present (GTK_WINDOW (ff_session_dialog_new (parent_window (self), self->store,
                                                         self->course_id,
                                                         g_array_index (self->session_ids,
                                                                        gint64, position))));
}

static void
change_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfCourseSessionsGroup *self = FF_COURSE_SESSIONS_GROUP (widget);

  change (self, gtk_single_selection_get_selected (self->selection));
}

static void
print_sign_in_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FfCourseSessionsGroup *self = FF_COURSE_SESSIONS_GROUP (widget);
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position >= self->session_ids->len)
    return;

  ff_course_documents_print_sign_in (parent_window (self), self->store,
                                     g_array_index (self->session_ids, gint64, position));
}

static void
activate_cb (FfCourseSessionsGroup *self,
             guint                  position)
{
  change (self, position);
}

static void
ff_course_sessions_group_dispose (GObject *object)
{
  FfCourseSessionsGroup *self = FF_COURSE_SESSIONS_GROUP (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_course_sessions_group_parent_class)->dispose (object);
}

static void
ff_course_sessions_group_finalize (GObject *object)
{
  FfCourseSessionsGroup *self = FF_COURSE_SESSIONS_GROUP (object);

  g_clear_pointer (&self->session_ids, g_array_unref);

  G_OBJECT_CLASS (ff_course_sessions_group_parent_class)->finalize (object);
}

static void
ff_course_sessions_group_class_init (FfCourseSessionsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_course_sessions_group_dispose;
  object_class->finalize = ff_course_sessions_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-course-sessions-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfCourseSessionsGroup, list);
  gtk_widget_class_bind_template_child (widget_class, FfCourseSessionsGroup, selection);
  gtk_widget_class_bind_template_child (widget_class, FfCourseSessionsGroup, sessions);

  gtk_widget_class_install_action (widget_class, "sessions.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "sessions.add-series", NULL,
                                   add_series_action);
  gtk_widget_class_install_action (widget_class, "sessions.change", NULL, change_action);
  gtk_widget_class_install_action (widget_class, "sessions.print-sign-in", NULL,
                                   print_sign_in_action);
}

static void
ff_course_sessions_group_init (FfCourseSessionsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->session_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect_object (self->list, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);
}

void
ff_course_sessions_group_set_store (FfCourseSessionsGroup *self,
                                    FfStore               *store)
{
  g_return_if_fail (FF_IS_COURSE_SESSIONS_GROUP (self));

  g_set_object (&self->store, store);
}

void
ff_course_sessions_group_show (FfCourseSessionsGroup *self,
                               gint64                 course_id,
                               FfCourseGrid          *grid)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint selected = gtk_single_selection_get_selected (self->selection);
  guint n = grid != NULL ? ff_course_grid_get_n_sessions (grid) : 0;
  g_autofree char *description = NULL;
  guint cancelled = 0;

  g_return_if_fail (FF_IS_COURSE_SESSIONS_GROUP (self));

  if (course_id != self->course_id)
    selected = GTK_INVALID_LIST_POSITION;
  self->course_id = course_id;
  g_array_set_size (self->session_ids, 0);
  for (guint i = 0; i < n; i++)
    {
      const FfGridSession *session = ff_course_grid_get_session (grid, i);

      g_ptr_array_add (texts, ff_course_session_describe (session));
      g_array_append_val (self->session_ids, session->id);
      if (session->cancelled)
        cancelled++;
    }
  g_ptr_array_add (texts, NULL);

  gtk_string_list_splice (self->sessions, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->sessions)),
                          (const char * const *) texts->pdata);
  if (selected < n)
    gtk_single_selection_set_selected (self->selection, selected);

  if (cancelled > 0)
    /* Translators: a course's sessions; how many, and of them how many cancelled */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session, %u cancelled",
                                                "%u sessions, %u cancelled", n),
                                   n, cancelled);
  else
    /* Translators: how many sessions a course has */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions",
                                                n), n);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sessions.change", n > 0);
}

GListModel *
ff_course_sessions_group_get_model (FfCourseSessionsGroup *self)
{
  g_return_val_if_fail (FF_IS_COURSE_SESSIONS_GROUP (self), NULL);

  return G_LIST_MODEL (self->sessions);
}
