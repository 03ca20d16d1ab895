/* ff-match-row.c — one match of a mentor and a participant: its summary, and inside it,
 * made when it is first opened, its fields and its meeting log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-match-row.h"
#include "ff-mentor.h"

struct _FfMatchDetails
{
  GtkListBoxRow    parent_instance;

  FfStore         *store;
  FfAutosave      *autosave;
  gint64           id;
  GPtrArray       *meeting_rows;  /* FfMeetingRow, newest first */

  /* template children */
  GtkListBox      *list;
  AdwActionRow    *meetings_row;
  GtkWidget       *date_entry;
  GtkWidget       *hours_entry;
  GtkWidget       *what_entry;
};

G_DEFINE_FINAL_TYPE (FfMatchDetails, ff_match_details, GTK_TYPE_LIST_BOX_ROW)

struct _FfMatchRow
{
  FfSummaryRow     parent_instance;

  FfStore         *store;
  FfAutosave      *autosave;
  gboolean         shows_mentor;
  gint64           id;
  FfRecord        *match;         /* as last read */
  GtkWidget       *details;       /* NULL until opened */

  /* template children */
  GtkWidget       *delete_button;
};

G_DEFINE_FINAL_TYPE (FfMatchRow, ff_match_row, FF_TYPE_SUMMARY_ROW)

/* Hundredths of an hour ("450") as "4,5 hours", or NULL for none */
static char *
format_hours (const char *hundredths)
{
  g_autofree char *figure = NULL;
  gint64 value = g_ascii_strtoll (hundredths != NULL ? hundredths : "", NULL, 10);

  if (value <= 0)
    return NULL;

  figure = ff_format_hours (value / 100.0, NULL);
  /* Translators: the hours a meeting took, "1,5 hours" */
  return g_strdup_printf (_("%s hours"), figure);
}

/* The details */

static void
reload_meetings (FfMatchDetails *self)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  meetings = ff_record_load_owned (self->store, &ff_meeting_type, self->id, &error);
  if (meetings == NULL)
    g_warning ("Could not read the meetings of match %" G_GINT64_FORMAT ": %s", self->id,
               error->message);
  else
    n = meetings->len;

  for (guint i = 0; i < n; i++)
    {
      FfRecord *meeting = g_ptr_array_index (meetings, i);

      if (i < self->meeting_rows->len)
        ff_meeting_row_update (g_ptr_array_index (self->meeting_rows, i), meeting);
      else
        {
          GtkWidget *row = ff_meeting_row_new (self->autosave, meeting);

          gtk_list_box_append (self->list, row);
          g_ptr_array_add (self->meeting_rows, row);
        }
    }

  while (self->meeting_rows->len > n)
    gtk_list_box_remove (self->list, g_ptr_array_steal_index (self->meeting_rows,
                                                              self->meeting_rows->len - 1));
}

static char *
stripped_text (GtkWidget *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field))));
}

/* The value of @field checked as @meeting_field, normalised, or NULL when refused (and
 * then marked on it). */
static char *
checked (GtkWidget *field,
         guint      meeting_field,
         const char *text)
{
  g_autofree char *value = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = ff_record_validate (&ff_meeting_type, meeting_field, text, &value, &error);
  ff_field_error_show (field, gtk_widget_get_tooltip_text (field), ok ? NULL : error->message);

  return ok ? g_steal_pointer (&value) : NULL;
}

gboolean
ff_match_details_log_meeting (FfMatchDetails *self)
{
  g_autofree char *typed_date = NULL;
  g_autofree char *hours_text = NULL;
  g_autofree char *what = NULL;
  g_autofree char *date = NULL;
  g_autofree char *hours = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FF_IS_MATCH_DETAILS (self), FALSE);

  typed_date = stripped_text (self->date_entry);
  hours_text = stripped_text (self->hours_entry);
  what = stripped_text (self->what_entry);

  if (*typed_date == '\0')
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_free (typed_date);
      typed_date = g_date_time_format (now, "%Y-%m-%d");
    }

  date = checked (self->date_entry, FF_MEETING_DATE, typed_date);
  hours = checked (self->hours_entry, FF_MEETING_HOURS, hours_text);
  if (date == NULL || hours == NULL)
    {
      gtk_widget_grab_focus (date == NULL ? self->date_entry : self->hours_entry);
      return FALSE;
    }

  if (ff_meeting_create (self->store, self->id, date, hours, what, &error) == 0)
    {
      ff_field_error_show (self->what_entry, NULL, error->message);
      return FALSE;
    }

  /* The log shows the new meeting when the store says it changed. */
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->hours_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->what_entry), "");
  gtk_widget_grab_focus (self->date_entry);

  return TRUE;
}

static void
add_clicked_cb (FfMatchDetails *self)
{
  ff_match_details_log_meeting (self);
}

/* Return logs the meeting from the last field, or once hours are typed; before, it
 * moves on to the next field. */
static void
quick_field_activated_cb (FfMatchDetails *self,
                          GtkWidget      *field)
{
  g_autofree char *hours = stripped_text (self->hours_entry);

  if (field == self->what_entry || *hours != '\0')
    ff_match_details_log_meeting (self);
  else if (field == self->date_entry)
    gtk_widget_grab_focus (self->hours_entry);
  else
    gtk_widget_grab_focus (self->what_entry);
}

static void
update_meetings_row (FfMatchDetails *self,
                     FfRecord       *match)
{
  g_autofree char *hours = format_hours (ff_record_get_extra (match, FF_MATCH_HOURS));
  g_autofree char *in_all = NULL;

  if (hours != NULL)
    /* Translators: under "Meeting Log" of a match; %s is "4,5 hours" */
    in_all = g_strdup_printf (_("%s in all"), hours);
  adw_action_row_set_subtitle (self->meetings_row,
                               in_all != NULL ? in_all : _("No meetings logged yet."));
}

static void
ff_match_details_dispose (GObject *object)
{
  FfMatchDetails *self = FF_MATCH_DETAILS (object);

  g_clear_pointer (&self->meeting_rows, g_ptr_array_unref);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_match_details_parent_class)->dispose (object);
}

static void
ff_match_details_class_init (FfMatchDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_match_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-match-details.ui");
  gtk_widget_class_bind_template_child (widget_class, FfMatchDetails, list);
  gtk_widget_class_bind_template_child (widget_class, FfMatchDetails, meetings_row);
  gtk_widget_class_bind_template_child (widget_class, FfMatchDetails, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FfMatchDetails, hours_entry);
  gtk_widget_class_bind_template_child (widget_class, FfMatchDetails, what_entry);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
ff_match_details_init (FfMatchDetails *self)
{
  GtkWidget *fields[3];

  self->meeting_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  fields[0] = self->date_entry;
  fields[1] = self->hours_entry;
  fields[2] = self->what_entry;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_signal_connect_object (fields[i], "entry-activated",
                             G_CALLBACK (quick_field_activated_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ff_match_details_new (FfStore    *store,
                      FfAutosave *autosave,
                      FfRecord   *match)
{
  FfMatchDetails *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);
  g_return_val_if_fail (FF_IS_RECORD (match), NULL);

  self = g_object_new (FF_TYPE_MATCH_DETAILS, NULL);
  self->store = g_object_ref (store);
  self->autosave = g_object_ref (autosave);
  self->id = ff_record_get_id (match);

  ff_autosave_bind_named (autosave, GTK_WIDGET (self->list), &ff_match_type, self->id);
  ff_autosave_load (autosave, &ff_match_type, match);
  update_meetings_row (self, match);
  reload_meetings (self);

  return GTK_WIDGET (self);
}

void
ff_match_details_update (FfMatchDetails *self,
                         FfRecord       *match)
{
  g_return_if_fail (FF_IS_MATCH_DETAILS (self));
  g_return_if_fail (ff_record_get_id (match) == self->id);

  ff_autosave_refresh (self->autosave, match);
  update_meetings_row (self, match);
  reload_meetings (self);
}

GtkWidget *
ff_match_details_get_date_entry (FfMatchDetails *self)
{
  return self->date_entry;
}

GtkWidget *
ff_match_details_get_hours_entry (FfMatchDetails *self)
{
  return self->hours_entry;
}

GtkWidget *
ff_match_details_get_what_entry (FfMatchDetails *self)
{
  return self->what_entry;
}

guint
ff_match_details_get_n_meetings (FfMatchDetails *self)
{
  return self->meeting_rows->len;
}

FfMeetingRow *
ff_match_details_get_meeting_row (FfMatchDetails *self,
                                  guint           index)
{
  g_return_val_if_fail (index < self->meeting_rows->len, NULL);

  return g_ptr_array_index (self->meeting_rows, index);
}

/* The row */

static void
drop_details (FfMatchRow *self)
{
  if (self->details == NULL)
    return;

  /* The meetings' bindings go with their rows. */
  ff_autosave_unbind (self->autosave, &ff_match_type, self->id);
  ff_summary_row_remove_row (FF_SUMMARY_ROW (self), self->details);
  self->details = NULL;
}

static void
expanded_cb (FfMatchRow *self)
{
  if (ff_summary_row_get_expanded (FF_SUMMARY_ROW (self)) && self->id != 0)
    ff_match_row_get_details (self);
}

static void
ff_match_row_dispose (GObject *object)
{
  FfMatchRow *self = FF_MATCH_ROW (object);

  if (self->details != NULL)
    ff_autosave_unbind (self->autosave, &ff_match_type, self->id);
  self->details = NULL;
  g_clear_object (&self->match);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_match_row_parent_class)->dispose (object);
}

static void
ff_match_row_class_init (FfMatchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_match_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-match-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FfMatchRow, delete_button);
}

static void
ff_match_row_init (FfMatchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
}

GtkWidget *
ff_match_row_new (FfStore    *store,
                  FfAutosave *autosave,
                  gboolean    shows_mentor,
                  FfRecord   *match)
{
  FfMatchRow *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);
  g_return_val_if_fail (FF_IS_RECORD (match), NULL);

  self = g_object_new (FF_TYPE_MATCH_ROW, NULL);
  self->store = g_object_ref (store);
  self->autosave = g_object_ref (autosave);
  self->shows_mentor = shows_mentor;
  ff_match_row_update (self, match);

  return GTK_WIDGET (self);
}

gint64
ff_match_row_get_id (FfMatchRow *self)
{
  g_return_val_if_fail (FF_IS_MATCH_ROW (self), 0);

  return self->id;
}

void
ff_match_row_update (FfMatchRow *self,
                     FfRecord   *match)
{
  g_autofree char *hours = NULL;
  g_autofree char *subtitle = NULL;
  gint64 id;

  g_return_if_fail (FF_IS_MATCH_ROW (self));
  g_return_if_fail (FF_IS_RECORD (match));

  id = ff_record_get_id (match);
  if (id != self->id)
    {
      ff_summary_row_set_expanded (FF_SUMMARY_ROW (self), FALSE);
      drop_details (self);
      self->id = id;
      /* The target first: the action takes one. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "x", id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button),
                                      "match-list.delete");
    }

  g_set_object (&self->match, match);
  /* "1,5 hours · Active · 01.09.2025 –": the period may end the line open. */
  hours = format_hours (ff_record_get_extra (match, FF_MATCH_HOURS));
  if (hours != NULL)
    subtitle = g_strconcat (hours, C_("separator", " · "), ff_record_get_subtitle (match),
                            NULL);
  ff_summary_row_set_summary (FF_SUMMARY_ROW (self),
                              ff_record_get_extra (match, self->shows_mentor
                                                          ? FF_MATCH_MENTOR_NAME
                                                          : FF_MATCH_PARTICIPANT_NAME),
                              subtitle != NULL ? subtitle : ff_record_get_subtitle (match));
  if (self->details != NULL)
    ff_match_details_update (FF_MATCH_DETAILS (self->details), match);
}

FfMatchDetails *
ff_match_row_get_details (FfMatchRow *self)
{
  g_return_val_if_fail (FF_IS_MATCH_ROW (self), NULL);

  if (self->details == NULL)
    {
      self->details = ff_match_details_new (self->store, self->autosave, self->match);
      ff_summary_row_add_row (FF_SUMMARY_ROW (self), self->details);
    }

  return FF_MATCH_DETAILS (self->details);
}
