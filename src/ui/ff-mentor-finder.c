/* ff-mentor-finder.c — Find a Mentor: the mentors who share most with a participant, one
 * to choose, which proposes a match
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-mentor.h"
#include "ff-mentor-finder.h"
#include "ff-participant.h"

struct _FfMentorFinder
{
  AdwWindow        parent_instance;

  FfStore         *store;
  gint64           participant_id;
  GArray          *mentor_ids;    /* of the rows, in order */

  /* template children */
  AdwWindowTitle  *window_title;
  GtkListBox      *list;
};

G_DEFINE_FINAL_TYPE (FfMentorFinder, ff_mentor_finder, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_PROPOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "Shares ukrainsk, Vang · Volunteer friend · 1 active match" */
static char *
describe (FfMentorSuggestion *suggestion)
{
  g_autofree char *items = g_strjoinv (C_("list", ", "), suggestion->shared_items);
  g_autofree char *shares = NULL;
  g_autofree char *active = NULL;

  /* Translators: what a suggested mentor has in common with a participant; %s is a
   * list of languages, a municipality and interests, "ukrainsk, Vang, fotball" */
  shares = g_strdup_printf (_("Shares %s"), items);
  if (suggestion->active_matches == 0)
    active = g_strdup (_("no active matches"));
  else
    /* Translators: how many matches with participants a mentor has now */
    active = g_strdup_printf (ngettext ("%u active match", "%u active matches",
                                        suggestion->active_matches),
                              suggestion->active_matches);

  return g_strjoin (C_("separator", " · "), shares,
                    ff_choice_list_key_label (&ff_mentor_kinds, suggestion->kind), active,
                    NULL);
}

static void
fill (FfMentorFinder *self)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(FfParticipant) participant = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *placeholder = NULL;

  participant = ff_participant_load (self->store, self->participant_id, NULL);
  if (participant != NULL)
    adw_window_title_set_subtitle (self->window_title,
                                   ff_participant_get_display_name (participant));

  suggestions = ff_mentor_suggest (self->store, self->participant_id, FF_MENTOR_FINDER_SHOWN,
                                   &error);
  if (suggestions == NULL)
    {
      placeholder = g_strdup (error->message);
    }
  else
    {
      for (guint i = 0; i < suggestions->len; i++)
        {
          FfMentorSuggestion *suggestion = g_ptr_array_index (suggestions, i);
          g_autofree char *subtitle = describe (suggestion);
          GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                         "title", suggestion->name,
                                         "subtitle", subtitle,
                                         "use-markup", FALSE,
                                         "activatable", TRUE,
                                         NULL);

          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     g_object_new (GTK_TYPE_IMAGE,
                                                   "icon-name", "go-next-symbolic",
                                                   "accessible-role",
                                                   GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                   NULL));
          gtk_list_box_append (self->list, row);
          g_array_append_val (self->mentor_ids, suggestion->mentor_id);
        }
      placeholder = g_strdup (_("No mentor shares a language, the municipality or an "
                                "interest with the participant. Fill in their languages, "
                                "municipality and interests, or the mentors’."));
    }

  gtk_list_box_set_placeholder (self->list,
                                g_object_new (GTK_TYPE_LABEL,
                                              "label", placeholder,
                                              "wrap", TRUE,
                                              "margin-top", 12,
                                              "margin-bottom", 12,
                                              "margin-start", 12,
                                              "margin-end", 12,
                                              "css-classes", (const char *[]) { "dim-label",
                                                                                NULL },
                                              NULL));
}

static void
row_activated_cb (FfMentorFinder *self,
                  GtkListBoxRow  *row)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  int index = gtk_list_box_row_get_index (row);
  gint64 match_id;

  if (index < 0 || (guint) index >= self->mentor_ids->len)
    return;

  match_id = ff_match_create (self->store, g_array_index (self->mentor_ids, gint64, index),
                              self->participant_id, today, FF_MATCH_PROPOSED, &error);
  if (match_id == 0)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("Could Not Propose Match"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  g_signal_emit (self, signals[SIGNAL_PROPOSED], 0, match_id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
ff_mentor_finder_dispose (GObject *object)
{
  FfMentorFinder *self = FF_MENTOR_FINDER (object);

  g_clear_pointer (&self->mentor_ids, g_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_mentor_finder_parent_class)->dispose (object);
}

static void
ff_mentor_finder_class_init (FfMentorFinderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_mentor_finder_dispose;

  signals[SIGNAL_PROPOSED] =
    g_signal_new ("proposed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-mentor-finder.ui");
  gtk_widget_class_bind_template_child (widget_class, FfMentorFinder, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfMentorFinder, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_mentor_finder_init (FfMentorFinder *self)
{
  self->mentor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ff_mentor_finder_new (GtkWindow *parent,
                      FfStore   *store,
                      gint64     participant_id)
{
  FfMentorFinder *self;
  GtkListBoxRow *first;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_MENTOR_FINDER, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->participant_id = participant_id;
  fill (self);

  /* The keyboard starts on the first mentor: Return chooses them, Down goes on. */
  first = gtk_list_box_get_row_at_index (self->list, 0);
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));

  return GTK_WIDGET (self);
}

GtkListBox *
ff_mentor_finder_get_list (FfMentorFinder *self)
{
  g_return_val_if_fail (FF_IS_MENTOR_FINDER (self), NULL);

  return self->list;
}

gint64
ff_mentor_finder_get_mentor_id (FfMentorFinder *self,
                                guint           index)
{
  g_return_val_if_fail (FF_IS_MENTOR_FINDER (self), 0);
  g_return_val_if_fail (index < self->mentor_ids->len, 0);

  return g_array_index (self->mentor_ids, gint64, index);
}
