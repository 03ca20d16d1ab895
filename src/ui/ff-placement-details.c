/* ff-placement-details.c — what a placement shows when opened: the agreement's fields,
 * its approvals and the versions kept, the follow-up notes and the evaluation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-employer-suggestions.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-placement-details.h"
#include "ff-toast.h"

struct _FfPlacementDetails
{
  GtkListBoxRow    parent_instance;

  FfStore         *store;
  FfAutosave      *autosave;
  gint64           id;
  gint64           employer_id;     /* whose mentors the mentor row lists */
  GArray          *mentor_ids;      /* gint64 per mentor_names item; 0: none */

  /* template children */
  GtkWidget       *employer_row;
  AdwComboRow     *mentor_row;
  GtkStringList   *mentor_names;
  GtkWidget       *cleared_row;
  GtkWidget       *participant_row;
  GtkWidget       *participant_button;
  GtkWidget       *employer_approval_row;
  GtkWidget       *employer_button;
  GtkWidget       *contact_row;
  GtkWidget       *contact_button;
  AdwActionRow    *versions_row;
  AdwActionRow    *notes_row;
  GtkWidget       *note_entry;
  GtkWidget       *note_button;
};

G_DEFINE_FINAL_TYPE (FfPlacementDetails, ff_placement_details, GTK_TYPE_LIST_BOX_ROW)

static void mentor_selected_cb (FfPlacementDetails *self);

static GtkWidget *
approval_row (FfPlacementDetails *self,
              FfPlacementParty    party)
{
  GtkWidget *rows[FF_N_PARTIES] = { self->participant_row, self->employer_approval_row,
                                    self->contact_row };

  return rows[party];
}

static GtkWidget *
approve_button (FfPlacementDetails *self,
                FfPlacementParty    party)
{
  GtkWidget *buttons[FF_N_PARTIES] = { self->participant_button, self->employer_button,
                                       self->contact_button };

  return buttons[party];
}

static void
set_subtitle (AdwActionRow *row,
              const char   *subtitle)
{
  if (g_strcmp0 (adw_action_row_get_subtitle (row), subtitle) != 0)
    adw_action_row_set_subtitle (row, subtitle);
}

/* "participant 01.09.2025, employer 02.09.2025", or "" when none approved. */
static char *
describe_approvals (FfApprovalDate dates[FF_N_PARTIES])
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint party = 0; party < FF_N_PARTIES; party++)
    {
      g_autofree char *date = NULL;

      if (dates[party][0] == '\0')
        continue;

      date = ff_format_date (dates[party], NULL);
      if (text->len > 0)
        g_string_append (text, C_("separator", ", "));
      /* Translators: one party's approval of a placement agreement, "Employer
       * 02.09.2025" */
      g_string_append_printf (text, C_("approval", "%s %s"),
                              ff_choice_list_label (&ff_placement_parties, party), date);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Each party's approval of the agreement as it is now, and the versions kept. */
static void
update_agreement (FfPlacementDetails *self)
{
  FfApprovalDate dates[FF_N_PARTIES];
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean any = FALSE;

  if (!ff_placement_get_approvals (self->store, self->id, 0, dates, &error))
    {
      g_warning ("Could not read the approvals of placement %" G_GINT64_FORMAT ": %s",
                 self->id, error->message);
      return;
    }

  for (guint party = 0; party < FF_N_PARTIES; party++)
    {
      g_autofree char *subtitle = NULL;

      if (dates[party][0] != '\0')
        {
          g_autofree char *date = ff_format_date (dates[party], NULL);

          /* Translators: under a party to a placement agreement; %s is a date */
          subtitle = g_strdup_printf (_("Approved on %s"), date);
          any = TRUE;
        }
      else
        subtitle = g_strdup (_("Not approved"));

      set_subtitle (ADW_ACTION_ROW (approval_row (self, party)), subtitle);
    }

  versions = ff_placement_list_agreements (self->store, self->id, &error);
  if (versions == NULL)
    {
      g_warning ("Could not read the agreements of placement %" G_GINT64_FORMAT ": %s",
                 self->id, error->message);
      return;
    }

  for (guint i = 0; i < versions->len; i++)
    {
      FfRecord *version = g_ptr_array_index (versions, i);
      g_autofree char *approvals = NULL;

      if (!ff_placement_get_approvals (self->store, self->id, ff_record_get_id (version), dates,
                                       NULL))
        continue;

      approvals = describe_approvals (dates);
      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      /* Translators: a version of a placement agreement kept when it was changed after
       * an approval: its number, what it said (kind and period) and who approved it
       * when, "Version 1: Work practice · 01.09.2025 – 30.11.2025, approved by
       * Participant 01.09.2025" */
      g_string_append_printf (lines, _("Version %u: %s, approved by %s"), i + 1,
                              ff_record_get_subtitle (version), approvals);
    }

  set_subtitle (self->versions_row, lines->str);
  gtk_widget_set_visible (GTK_WIDGET (self->versions_row), versions->len > 0);
  gtk_widget_set_visible (self->cleared_row, versions->len > 0 && !any);
}

static void
update_notes (FfPlacementDetails *self)
{
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  notes = ff_record_load_owned (self->store, &ff_placement_note_type, self->id, &error);
  if (notes == NULL)
    {
      g_warning ("Could not read the notes of placement %" G_GINT64_FORMAT ": %s",
                 self->id, error->message);
      return;
    }

  for (guint i = 0; i < notes->len; i++)
    {
      FfRecord *note = g_ptr_array_index (notes, i);
      g_autofree char *date = ff_format_date (ff_record_get (note, FF_PLACEMENT_NOTE_DATE),
                                              NULL);

      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      /* Translators: a follow-up note of a placement, "03.03.2026: Settled in well" */
      g_string_append_printf (lines, _("%s: %s"), date,
                              ff_record_get (note, FF_PLACEMENT_NOTE_TEXT));
    }

  set_subtitle (self->notes_row, notes->len > 0 ? lines->str : _("No notes yet."));
}

/* The workplace mentors at the placement's employer, "None" first. */
static void
update_mentors (FfPlacementDetails *self,
                FfRecord           *placement)
{
  gint64 employer_id = g_ascii_strtoll (ff_record_get (placement, FF_PLACEMENT_EMPLOYER_ID),
                                        NULL, 10);
  gint64 mentor_id = g_ascii_strtoll (ff_record_get (placement, FF_PLACEMENT_MENTOR_ID),
                                      NULL, 10);
  guint selected = 0;

  g_signal_handlers_block_by_func (self->mentor_row, mentor_selected_cb, self);

  if (employer_id != self->employer_id || self->mentor_ids->len == 0)
    {
      g_autoptr(GPtrArray) mentors = NULL;
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autoptr(GError) error = NULL;
      const gint64 none = 0;

      mentors = ff_placement_workplace_mentors (self->store, employer_id, &error);
      if (mentors == NULL)
        {
          g_warning ("Could not read the mentors of employer %" G_GINT64_FORMAT ": %s",
                     employer_id, error->message);
          mentors = g_ptr_array_new ();
        }

      self->employer_id = employer_id;
      g_array_set_size (self->mentor_ids, 0);
      g_array_append_val (self->mentor_ids, none);
      /* Translators: no workplace mentor chosen for a placement */
      g_ptr_array_add (names, (gpointer) C_("mentor", "None"));
      for (guint i = 0; i < mentors->len; i++)
        {
          gint64 id = ff_record_get_id (g_ptr_array_index (mentors, i));

          g_array_append_val (self->mentor_ids, id);
          g_ptr_array_add (names, (gpointer) ff_record_get_title (g_ptr_array_index (mentors, i)));
        }
      g_ptr_array_add (names, NULL);
      gtk_string_list_splice (self->mentor_names, 0,
                              g_list_model_get_n_items (G_LIST_MODEL (self->mentor_names)),
                              (const char * const *) names->pdata);
    }

  for (guint i = 0; i < self->mentor_ids->len; i++)
    {
      if (g_array_index (self->mentor_ids, gint64, i) == mentor_id)
        selected = i;
    }
  adw_combo_row_set_selected (self->mentor_row, selected);

  g_signal_handlers_unblock_by_func (self->mentor_row, mentor_selected_cb, self);
}

static void
update_employer (FfPlacementDetails *self,
                 FfRecord           *placement)
{
  const char *name = ff_record_get_extra (placement, FF_PLACEMENT_EMPLOYER_NAME);

  if (name == NULL || gtk_widget_has_focus (self->employer_row) ||
      ff_field_error_get_for (self->employer_row) != NULL)
    return;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->employer_row)), name) != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->employer_row), name);
      ff_employer_suggestions_dismiss (g_object_get_data (G_OBJECT (self->employer_row),
                                                          "ff-suggestions"));
    }
}

static void
show_message (FfPlacementDetails *self,
              const char         *message)
{
  ff_toast_show_message (GTK_WIDGET (self), message);
}

static void
mentor_selected_cb (FfPlacementDetails *self)
{
  guint selected = adw_combo_row_get_selected (self->mentor_row);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (selected >= self->mentor_ids->len)
    return;

  if (g_array_index (self->mentor_ids, gint64, selected) != 0)
    id = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (self->mentor_ids, gint64, selected));

  ff_autosave_flush (self->autosave);
  if (!ff_record_set_field (self->store, &ff_placement_type, self->id, FF_PLACEMENT_MENTOR_ID,
                            id != NULL ? id : "", &error))
    show_message (self, error->message);
}

/* Another employer of the register: refused on its field when it is archived. */
static void
employer_chosen_cb (FfPlacementDetails *self,
                    gint64              employer_id,
                    const char         *name)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, employer_id);
  g_autoptr(GError) error = NULL;
  const char *values[FF_PLACEMENT_N_FIELDS] = { NULL };

  ff_autosave_flush (self->autosave);
  values[FF_PLACEMENT_EMPLOYER_ID] = id;
  /* Another employer's mentor is not this one's. */
  values[FF_PLACEMENT_MENTOR_ID] = "";
  if (!ff_record_update (self->store, &ff_placement_type, self->id, values, &error))
    ff_field_error_show (self->employer_row,
                         gtk_widget_get_tooltip_text (self->employer_row), error->message);
  else
    ff_field_error_show (self->employer_row,
                         gtk_widget_get_tooltip_text (self->employer_row), NULL);
}

static void
approve_clicked_cb (FfPlacementDetails *self,
                    GtkWidget          *button)
{
  g_autoptr(GError) error = NULL;

  /* The agreement approved is the one on screen. */
  ff_autosave_flush (self->autosave);
  for (guint party = 0; party < FF_N_PARTIES; party++)
    {
      if (approve_button (self, party) == button &&
          !ff_placement_approve (self->store, self->id, party, NULL, &error))
        show_message (self, error->message);
    }
}

static void
add_note (FfPlacementDetails *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char *values[FF_PLACEMENT_NOTE_N_FIELDS] = { NULL };
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    return;

  values[FF_PLACEMENT_NOTE_DATE] = today;
  values[FF_PLACEMENT_NOTE_TEXT] = text;
  if (ff_record_insert (self->store, &ff_placement_note_type, self->id, values, &error) == 0)
    {
      ff_field_error_show (self->note_entry, gtk_widget_get_tooltip_text (self->note_entry),
                           error->message);
      return;
    }

  ff_field_error_show (self->note_entry, gtk_widget_get_tooltip_text (self->note_entry), NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
}

static void
ff_placement_details_dispose (GObject *object)
{
  FfPlacementDetails *self = FF_PLACEMENT_DETAILS (object);

  g_clear_object (&self->autosave);
  g_clear_object (&self->store);
  g_clear_pointer (&self->mentor_ids, g_array_unref);

  G_OBJECT_CLASS (ff_placement_details_parent_class)->dispose (object);
}

static void
ff_placement_details_class_init (FfPlacementDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_placement_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-placement-details.ui");
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, employer_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, mentor_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, mentor_names);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, cleared_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, participant_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, participant_button);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, employer_approval_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, employer_button);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, contact_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, contact_button);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, versions_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, notes_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, note_entry);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementDetails, note_button);
}

static void
ff_placement_details_init (FfPlacementDetails *self)
{
  self->mentor_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint party = 0; party < FF_N_PARTIES; party++)
    g_signal_connect_object (approve_button (self, party), "clicked",
                             G_CALLBACK (approve_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_button, "clicked", G_CALLBACK (add_note), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_entry, "entry-activated", G_CALLBACK (add_note), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->mentor_row, "notify::selected",
                           G_CALLBACK (mentor_selected_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ff_placement_details_new (FfStore    *store,
                          FfAutosave *autosave,
                          FfRecord   *placement)
{
  FfPlacementDetails *self;
  GtkWidget *suggestions;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);
  g_return_val_if_fail (FF_IS_RECORD (placement), NULL);

  self = g_object_new (FF_TYPE_PLACEMENT_DETAILS, NULL);
  self->store = g_object_ref (store);
  self->autosave = g_object_ref (autosave);
  self->id = ff_record_get_id (placement);

  ff_autosave_bind_named (autosave, GTK_WIDGET (self), &ff_placement_type, self->id);
  ff_autosave_load (autosave, &ff_placement_type, placement);

  suggestions = ff_employer_suggestions_new (store, self->employer_row);
  g_object_set_data (G_OBJECT (self->employer_row), "ff-suggestions", suggestions);
  g_signal_connect_object (suggestions, "chosen", G_CALLBACK (employer_chosen_cb), self,
                           G_CONNECT_SWAPPED);

  ff_placement_details_update (self, placement);

  return GTK_WIDGET (self);
}

void
ff_placement_details_update (FfPlacementDetails *self,
                             FfRecord           *placement)
{
  g_return_if_fail (FF_IS_PLACEMENT_DETAILS (self));
  g_return_if_fail (FF_IS_RECORD (placement));
  g_return_if_fail (ff_record_get_id (placement) == self->id);

  ff_autosave_refresh (self->autosave, placement);
  update_employer (self, placement);
  update_mentors (self, placement);
  update_agreement (self);
  update_notes (self);
}

GtkWidget *
ff_placement_details_get_field (FfPlacementDetails *self,
                                guint               field)
{
  g_return_val_if_fail (FF_IS_PLACEMENT_DETAILS (self), NULL);

  return ff_autosave_lookup (self->autosave, &ff_placement_type, self->id, field, NULL, NULL);
}

GtkWidget *
ff_placement_details_get_employer_row (FfPlacementDetails *self)
{
  return self->employer_row;
}

GtkWidget *
ff_placement_details_get_mentor_row (FfPlacementDetails *self)
{
  return GTK_WIDGET (self->mentor_row);
}

GtkWidget *
ff_placement_details_get_approval_row (FfPlacementDetails *self,
                                       FfPlacementParty    party)
{
  g_return_val_if_fail (party < FF_N_PARTIES, NULL);

  return approval_row (self, party);
}

GtkWidget *
ff_placement_details_get_approve_button (FfPlacementDetails *self,
                                         FfPlacementParty    party)
{
  g_return_val_if_fail (party < FF_N_PARTIES, NULL);

  return approve_button (self, party);
}

GtkWidget *
ff_placement_details_get_cleared_row (FfPlacementDetails *self)
{
  return self->cleared_row;
}

GtkWidget *
ff_placement_details_get_versions_row (FfPlacementDetails *self)
{
  return GTK_WIDGET (self->versions_row);
}

GtkWidget *
ff_placement_details_get_notes_row (FfPlacementDetails *self)
{
  return GTK_WIDGET (self->notes_row);
}

GtkWidget *
ff_placement_details_get_note_entry (FfPlacementDetails *self)
{
  return self->note_entry;
}
