/* ff-mentor-page.c — one mentor, saved as it is typed, with their matches and the
 * meeting log of each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-employer.h"
#include "ff-employer-suggestions.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-match-list.h"
#include "ff-mentor.h"
#include "ff-mentor-page.h"

struct _FfMentorPage
{
  FfRecordPage    parent_instance;

  GtkWidget      *suggestions;    /* under the employer row, once there is a store */
  gboolean        showing;        /* while the employer row is given its text */

  /* template children */
  GtkWidget      *employer_row;
  AdwPreferencesGroup *matches_group;
  FfMatchList    *match_list;
};

G_DEFINE_FINAL_TYPE (FfMentorPage, ff_mentor_page, FF_TYPE_RECORD_PAGE)

static const guint new_fields[] = { FF_MENTOR_NAME, FF_MENTOR_KIND };

static FfStore *
store (FfMentorPage *self)
{
  return ff_record_page_get_store (FF_RECORD_PAGE (self));
}

static gint64
mentor_id (FfMentorPage *self)
{
  return ff_record_page_get_record_id (FF_RECORD_PAGE (self));
}

/* Writes the mentor's employer (0: none), marking the row when it is refused. */
static void
set_employer (FfMentorPage *self,
              gint64        employer_id)
{
  g_autofree char *value = employer_id != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT,
                                                               employer_id)
                                            : g_strdup ("");
  g_autoptr(GError) error = NULL;
  FfRecord *record = ff_record_page_get_record (FF_RECORD_PAGE (self));

  if (record == NULL)
    return;

  if (g_strcmp0 (ff_record_get (record, FF_MENTOR_EMPLOYER_ID), value) == 0)
    {
      ff_field_error_show (self->employer_row,
                           gtk_widget_get_tooltip_text (self->employer_row), NULL);
      return;
    }

  if (!ff_record_set_field (store (self), &ff_mentor_type, mentor_id (self),
                            FF_MENTOR_EMPLOYER_ID, value, &error))
    ff_field_error_show (self->employer_row, gtk_widget_get_tooltip_text (self->employer_row),
                         error->message);
  else
    ff_field_error_show (self->employer_row, gtk_widget_get_tooltip_text (self->employer_row),
                         NULL);
}

static void
employer_chosen_cb (FfMentorPage *self,
                    gint64        id,
                    const char   *name)
{
  set_employer (self, id);
}

/* When the field is left or Return pressed there: the name typed is taken when it is
 * one of the register's; emptied, the mentor has none. */
static void
employer_typed (FfMentorPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (
                                                  GTK_EDITABLE (self->employer_row))));
  gint64 id;

  if (self->showing || self->suggestions == NULL)
    return;

  if (*text == '\0')
    {
      set_employer (self, 0);
      return;
    }

  id = ff_employer_suggestions_find_exact (FF_EMPLOYER_SUGGESTIONS (self->suggestions), text);
  if (id != 0)
    set_employer (self, id);
  else
    ff_field_error_show (self->employer_row, gtk_widget_get_tooltip_text (self->employer_row),
                         _("Choose an employer from the register, or leave the field empty."));
}

static void
employer_focus_leave_cb (FfMentorPage *self)
{
  employer_typed (self);
}

static gboolean
has_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The employer's name; the row is shown for a workplace mentor, or one who has one. */
static void
update_employer (FfMentorPage *self,
                 FfRecord     *record)
{
  const char *employer_id = record != NULL ? ff_record_get (record, FF_MENTOR_EMPLOYER_ID) : "";
  const char *kind = record != NULL ? ff_record_get (record, FF_MENTOR_KIND) : "";
  g_autoptr(FfRecord) employer = NULL;
  const char *name = "";

  if (*employer_id != '\0')
    {
      employer = ff_record_load (store (self), &ff_employer_type,
                                 g_ascii_strtoll (employer_id, NULL, 10), NULL);
      if (employer != NULL)
        name = ff_record_get_title (employer);
    }

  /* What is being typed stays. */
  if (!has_focus (self->employer_row))
    {
      self->showing = TRUE;
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->employer_row)), name) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->employer_row), name);
      ff_field_error_show (self->employer_row, gtk_widget_get_tooltip_text (self->employer_row),
                           NULL);
      if (self->suggestions != NULL)
        ff_employer_suggestions_dismiss (FF_EMPLOYER_SUGGESTIONS (self->suggestions));
      self->showing = FALSE;
    }

  gtk_widget_set_visible (self->employer_row,
                          g_strcmp0 (kind, ff_choice_list_key (&ff_mentor_kinds,
                                                               FF_MENTOR_WORKPLACE)) == 0 ||
                          *employer_id != '\0');
}

/* The matches, and the hours of meetings this year. */
static void
update_matches (FfMentorPage *self,
                gint64        id)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  if (id != 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *from = g_date_time_format (now, "%Y-01-01");
      gint64 hundredths = ff_mentor_hundredths (store (self), id, from, NULL, NULL);

      matches = ff_record_load_owned (store (self), &ff_match_type, id, &error);
      if (matches == NULL)
        g_warning ("Could not read the matches of mentor %" G_GINT64_FORMAT ": %s", id,
                   error->message);
      if (hundredths > 0)
        {
          g_autofree char *hours = ff_format_hours (hundredths / 100.0, NULL);

          /* Translators: under the heading of a mentor's matches; %s is a number of
           * hours, "12,5" */
          description = g_strdup_printf (_("%s hours of meetings this year"), hours);
        }
    }

  adw_preferences_group_set_description (self->matches_group, description);
  ff_match_list_show (self->match_list, store (self), matches);
}

static void
ff_mentor_page_show_record (FfRecordPage *page,
                            FfRecord     *record)
{
  FfMentorPage *self = FF_MENTOR_PAGE (page);

  if (self->suggestions == NULL && store (self) != NULL)
    {
      self->suggestions = ff_employer_suggestions_new (store (self), self->employer_row);
      g_signal_connect_object (self->suggestions, "chosen", G_CALLBACK (employer_chosen_cb),
                               self, G_CONNECT_SWAPPED);
    }

  update_employer (self, record);
  update_matches (self, record != NULL ? ff_record_get_id (record) : 0);
}

static gboolean
ff_mentor_page_flush_parts (FfRecordPage *page)
{
  return ff_match_list_flush (FF_MENTOR_PAGE (page)->match_list);
}

/* A mentor with active matches is deleted only when the question is answered. */
static gboolean
ff_mentor_page_delete_question (FfRecordPage  *page,
                                FfRecord      *record,
                                char         **heading,
                                char         **body)
{
  gint64 active = ff_mentor_count_active_matches (store (FF_MENTOR_PAGE (page)),
                                                  ff_record_get_id (record), NULL);

  if (active <= 0)
    return FALSE;

  *heading = g_strdup (_("Delete Mentor With Active Matches?"));
  /* Translators: asked before a mentor is deleted; %s is their name, %d how many
   * matches with participants are active */
  *body = g_strdup_printf (ngettext ("%s has %d active match with a participant. The match "
                                     "and its meetings are deleted with the mentor; Undo "
                                     "brings them back.",
                                     "%s has %d active matches with participants. The "
                                     "matches and their meetings are deleted with the "
                                     "mentor; Undo brings them back.",
                                     active),
                           ff_record_get_title (record), (int) active);
  return TRUE;
}

static void
ff_mentor_page_class_init (FfMentorPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FfRecordPageClass *page_class = FF_RECORD_PAGE_CLASS (klass);

  page_class->record_type = &ff_mentor_type;
  /* The meetings of the matches, and the employer's name. */
  page_class->follows = (1u << FF_RECORD_MATCH) | (1u << FF_RECORD_EMPLOYER) |
                        (1u << FF_RECORD_PARTICIPANT);
  page_class->show_record = ff_mentor_page_show_record;
  page_class->flush = ff_mentor_page_flush_parts;
  page_class->delete_question = ff_mentor_page_delete_question;
  page_class->icon_name = "emoji-people-symbolic";
  /* Translators: a section of the window, and its list: volunteer friends, mentors and
   * lecturers */
  page_class->title = N_("Mentors");
  page_class->new_title = N_("New Mentor");
  page_class->new_description = N_("Volunteer friends, mentors at a workplace or by "
                                   "profession, and lecturers. The rest can be filled in on "
                                   "their page.");
  page_class->search_placeholder = N_("Search mentors");
  page_class->empty_title = N_("No Mentors");
  page_class->empty_description = N_("Add one with the New Mentor button.");
  page_class->none_title = N_("No Mentor Selected");
  page_class->none_description = N_("Choose a mentor in the list, or add a new one.");
  page_class->new_fields = new_fields;
  page_class->n_new_fields = G_N_ELEMENTS (new_fields);

  g_type_ensure (FF_TYPE_MATCH_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-mentor-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FfMentorPage, employer_row);
  gtk_widget_class_bind_template_child (widget_class, FfMentorPage, matches_group);
  gtk_widget_class_bind_template_child (widget_class, FfMentorPage, match_list);
}

static void
ff_mentor_page_init (FfMentorPage *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->employer_row, "entry-activated",
                           G_CALLBACK (employer_focus_leave_cb), self, G_CONNECT_SWAPPED);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (employer_focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->employer_row, focus);
}

GtkWidget *
ff_mentor_page_get_employer_row (FfMentorPage *self)
{
  g_return_val_if_fail (FF_IS_MENTOR_PAGE (self), NULL);

  return self->employer_row;
}

GtkWidget *
ff_mentor_page_get_match_list (FfMentorPage *self)
{
  g_return_val_if_fail (FF_IS_MENTOR_PAGE (self), NULL);

  return GTK_WIDGET (self->match_list);
}
