/* ff-placement-group.c — a participant's placements at employers on their page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-autosave.h"
#include "ff-choice-model.h"
#include "ff-employer.h"
#include "ff-employer-suggestions.h"
#include "ff-field-error.h"
#include "ff-placement.h"
#include "ff-placement-documents.h"
#include "ff-placement-group.h"
#include "ff-placement-row.h"
#include "ff-toast.h"

struct _FfPlacementGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;
  FfAutosave          *autosave;
  gint64               participant_id;
  GtkWidget           *suggestions;     /* under the employer field */
  gint64               chosen_id;       /* the register employer chosen there … */
  char                *chosen_name;     /* … while the field still shows its name */

  /* template children */
  GtkWidget           *employer_entry;
  AdwComboRow         *kind_row;
  GtkWidget           *start_entry;
  GtkWidget           *end_entry;
  GtkListBox          *placements_list;
};

G_DEFINE_FINAL_TYPE (FfPlacementGroup, ff_placement_group, ADW_TYPE_PREFERENCES_GROUP)

static char *
stripped_text (GtkWidget *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field))));
}

static void
show_error (FfPlacementGroup *self,
            const char       *heading,
            const char       *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reads the placements again and shows them in the rows there are: a row shows the
 * same placement as before unless one came or went. */
static void
reload (FfPlacementGroup *self)
{
  g_autoptr(GPtrArray) placements = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *extra;
  guint n = 0;

  if (self->participant_id != 0)
    {
      placements = ff_placement_list_for_participant (self->store, self->participant_id,
                                                      &error);
      if (placements == NULL)
        g_warning ("Could not read the placements of participant %" G_GINT64_FORMAT ": %s",
                   self->participant_id, error->message);
      else
        n = placements->len;
    }

  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->placements_list, i);
      FfRecord *placement = g_ptr_array_index (placements, i);

      if (row != NULL)
        ff_placement_row_update (FF_PLACEMENT_ROW (row), placement);
      else
        gtk_list_box_append (self->placements_list,
                             ff_placement_row_new (self->store, self->autosave, placement));
    }

  while ((extra = gtk_list_box_get_row_at_index (self->placements_list, n)) != NULL)
    gtk_list_box_remove (self->placements_list, GTK_WIDGET (extra));
}

static void
store_changed_cb (FfPlacementGroup *self,
                  FfRecordKind      kind,
                  gint64            id)
{
  if (self->participant_id != 0 &&
      (kind == FF_RECORD_PLACEMENT || kind == FF_RECORD_EMPLOYER || kind == FF_RECORD_MENTOR))
    reload (self);
}

/* Quick add */

static void
employer_chosen_cb (FfPlacementGroup *self,
                    gint64            id,
                    const char       *name)
{
  self->chosen_id = id;
  g_free (self->chosen_name);
  self->chosen_name = g_strdup (name);
  gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
}

static void
clear_quick_add (FfPlacementGroup *self)
{
  GtkWidget *fields[] = { self->employer_entry, self->start_entry, self->end_entry };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (fields[i]), "");
      ff_field_error_show (fields[i], gtk_widget_get_tooltip_text (fields[i]), NULL);
    }

  ff_employer_suggestions_dismiss (FF_EMPLOYER_SUGGESTIONS (self->suggestions));
  adw_combo_row_set_selected (self->kind_row, FF_PLACEMENT_WORK_PRACTICE);
  self->chosen_id = 0;
  g_clear_pointer (&self->chosen_name, g_free);
}

/* The date typed in @field, normalised ("" for none), or NULL when it is refused (and
 * then marked on its field). */
static char *
typed_date (GtkWidget *field,
            guint      key)
{
  g_autofree char *text = stripped_text (field);
  g_autoptr(GError) error = NULL;
  char *date = NULL;

  if (!ff_record_validate (&ff_placement_type, key, text, &date, &error))
    {
      ff_field_error_show (field, gtk_widget_get_tooltip_text (field), error->message);
      return NULL;
    }

  ff_field_error_show (field, gtk_widget_get_tooltip_text (field), NULL);
  return date;
}

/* The employer of exactly the name typed, archived ones too: the store, not the list,
 * says why an archived one is refused. */
static gint64
find_employer (FfPlacementGroup *self,
               const char       *name)
{
  FfRecordQuery query = { .include_archived = TRUE };
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) employers = NULL;

  query.search = wanted;
  ids = ff_record_query_ids (self->store, &ff_employer_type, &query, NULL);
  if (ids == NULL || ids->len == 0)
    return 0;

  employers = ff_record_load_many (self->store, &ff_employer_type, (const gint64 *) ids->data,
                                   MIN (ids->len, 50), NULL);
  for (guint i = 0; employers != NULL && i < employers->len; i++)
    {
      g_autofree char *folded = g_utf8_casefold (ff_record_get_title (g_ptr_array_index (employers, i)), -1);

      if (g_strcmp0 (folded, wanted) == 0)
        return ff_record_get_id (g_ptr_array_index (employers, i));
    }

  return 0;
}

static gboolean
employer_is_archived (FfPlacementGroup *self,
                      gint64            id)
{
  g_autoptr(FfRecord) employer = ff_record_load (self->store, &ff_employer_type, id, NULL);

  return employer != NULL && ff_record_get_archived (employer);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfPlacementGroup *self = FF_PLACEMENT_GROUP (widget);
  g_autofree char *employer = stripped_text (self->employer_entry);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autoptr(GError) error = NULL;
  gint64 employer_id = 0;
  GtkWidget *refused;

  if (self->participant_id == 0)
    return;

  if (self->chosen_id != 0 && g_strcmp0 (employer, self->chosen_name) == 0)
    employer_id = self->chosen_id;
  else if (*employer != '\0')
    employer_id = find_employer (self, employer);
  if (employer_id == 0)
    {
      ff_field_error_show (self->employer_entry,
                           gtk_widget_get_tooltip_text (self->employer_entry),
                           *employer == '\0'
                             ? _("Choose the employer.")
                             : _("Choose an employer of the register, or add it to the register first."));
      gtk_widget_grab_focus (self->employer_entry);
      return;
    }
  ff_field_error_show (self->employer_entry, gtk_widget_get_tooltip_text (self->employer_entry),
                       NULL);

  start = typed_date (self->start_entry, FF_PLACEMENT_START);
  end = start != NULL ? typed_date (self->end_entry, FF_PLACEMENT_END) : NULL;
  if (start == NULL || end == NULL)
    {
      gtk_widget_grab_focus (start == NULL ? self->start_entry : self->end_entry);
      return;
    }

  if (ff_placement_create (self->store, self->participant_id, employer_id,
                           adw_combo_row_get_selected (self->kind_row),
                           *start != '\0' ? start : NULL, *end != '\0' ? end : NULL,
                           &error) == 0)
    {
      /* Refused in place: the employer, or the period. */
      refused = employer_is_archived (self, employer_id) ? self->employer_entry : self->end_entry;
      ff_field_error_show (refused, gtk_widget_get_tooltip_text (refused), error->message);
      gtk_widget_grab_focus (refused);
      return;
    }

  /* The list shows the new placement when the store says it changed. */
  clear_quick_add (self);
  gtk_widget_grab_focus (self->employer_entry);
}

/* Return moves on to the next field, and adds from the last one. */
static void
quick_field_activated_cb (FfPlacementGroup *self,
                          GtkWidget        *field)
{
  if (field == self->end_entry)
    gtk_widget_activate_action (GTK_WIDGET (self), "placements.add", NULL);
  else if (field == self->employer_entry)
    gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));
  else
    gtk_widget_grab_focus (self->end_entry);
}

/* Delete, and Undo */

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfPlacementGroup *self = FF_PLACEMENT_GROUP (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(FfRecord) placement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  ff_autosave_flush (self->autosave);
  placement = ff_record_load (self->store, &ff_placement_type, id, &error);
  if (placement == NULL ||
      !ff_record_set_deleted (self->store, &ff_placement_type, id, TRUE, &error))
    {
      ff_toast_show_message (widget, error->message);
      return;
    }

  /* Translators: after a record (a participant, an employer …) was deleted; %s is its
   * name */
  message = g_strdup_printf (_("“%s” deleted"), ff_record_get_title (placement));
  ff_toast_show_undo (widget, message, "placements.undo-delete", id);
}

/* The placement's agreement, in the participant's language beside the interface's
 * (ff-placement-documents.h). */
static void
agreement_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FfPlacementGroup *self = FF_PLACEMENT_GROUP (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  gint64 id = g_variant_get_int64 (parameter);

  ff_autosave_flush (self->autosave);
  if (g_str_equal (action_name, FF_PLACEMENT_GROUP_PRINT_AGREEMENT))
    ff_placement_documents_print_agreement (parent, self->store, id, TRUE);
  else
    ff_placement_documents_export_agreement (parent, self->store, id, TRUE);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfPlacementGroup *self = FF_PLACEMENT_GROUP (widget);
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, &ff_placement_type, g_variant_get_int64 (parameter),
                              FALSE, &error))
    show_error (self, _("Could Not Undo"), error->message);
}

/* The object */

static void
ff_placement_group_dispose (GObject *object)
{
  FfPlacementGroup *self = FF_PLACEMENT_GROUP (object);

  if (self->autosave != NULL)
    ff_autosave_flush (self->autosave);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_object (&self->autosave);
  g_clear_object (&self->store);
  g_clear_pointer (&self->chosen_name, g_free);

  G_OBJECT_CLASS (ff_placement_group_parent_class)->dispose (object);
}

static void
ff_placement_group_class_init (FfPlacementGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_placement_group_dispose;

  g_type_ensure (FF_TYPE_PLACEMENT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-placement-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfPlacementGroup, employer_entry);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementGroup, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementGroup, start_entry);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementGroup, end_entry);
  gtk_widget_class_bind_template_child (widget_class, FfPlacementGroup, placements_list);

  gtk_widget_class_install_action (widget_class, "placements.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, FF_PLACEMENT_GROUP_PRINT_AGREEMENT, "x",
                                   agreement_action);
  gtk_widget_class_install_action (widget_class, FF_PLACEMENT_GROUP_EXPORT_AGREEMENT, "x",
                                   agreement_action);
  gtk_widget_class_install_action (widget_class, FF_PLACEMENT_GROUP_DELETE, "x",
                                   delete_action);
  gtk_widget_class_install_action (widget_class, "placements.undo-delete", "x",
                                   undo_delete_action);
}

static void
ff_placement_group_init (FfPlacementGroup *self)
{
  g_autoptr(GListModel) kinds = ff_choice_model_new (&ff_placement_kinds);
  GtkWidget *fields[3];

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->kind_row, kinds);
  adw_combo_row_set_selected (self->kind_row, FF_PLACEMENT_WORK_PRACTICE);

  fields[0] = self->employer_entry;
  fields[1] = self->start_entry;
  fields[2] = self->end_entry;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_signal_connect_object (fields[i], "entry-activated",
                             G_CALLBACK (quick_field_activated_cb), self, G_CONNECT_SWAPPED);


  gtk_widget_action_set_enabled (GTK_WIDGET (self), "placements.add", FALSE);
}

GtkWidget *
ff_placement_group_new (void)
{
  return g_object_new (FF_TYPE_PLACEMENT_GROUP, NULL);
}

void
ff_placement_group_show (FfPlacementGroup *self,
                         FfStore          *store,
                         gint64            participant_id)
{
  g_return_if_fail (FF_IS_PLACEMENT_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (self->store == NULL || self->store == store);

  if (self->store == NULL)
    {
      self->store = g_object_ref (store);
      self->autosave = ff_autosave_new (store);
      self->suggestions = ff_employer_suggestions_new (store, self->employer_entry);
      g_signal_connect_object (self->suggestions, "chosen", G_CALLBACK (employer_chosen_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  if (participant_id != self->participant_id)
    {
      ff_autosave_flush (self->autosave);
      clear_quick_add (self);
      self->participant_id = participant_id;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "placements.add", participant_id != 0);
  reload (self);
}

gboolean
ff_placement_group_flush (FfPlacementGroup *self)
{
  g_return_val_if_fail (FF_IS_PLACEMENT_GROUP (self), FALSE);

  return self->autosave == NULL || ff_autosave_flush (self->autosave);
}

GtkWidget *
ff_placement_group_get_row (FfPlacementGroup *self,
                            gint64            id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (FF_IS_PLACEMENT_GROUP (self), NULL);

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->placements_list, i)); i++)
    {
      if (ff_placement_row_get_id (FF_PLACEMENT_ROW (row)) == id)
        return GTK_WIDGET (row);
    }

  return NULL;
}

gboolean
ff_placement_group_open (FfPlacementGroup *self,
                         gint64            id)
{
  GtkWidget *row = ff_placement_group_get_row (self, id);

  if (row == NULL)
    return FALSE;

  ff_summary_row_set_expanded (FF_SUMMARY_ROW (row), TRUE);
  gtk_widget_grab_focus (ff_summary_row_get_header (FF_SUMMARY_ROW (row)));
  return TRUE;
}

GtkWidget *
ff_placement_group_get_employer_entry (FfPlacementGroup *self)
{
  return self->employer_entry;
}

GtkWidget *
ff_placement_group_get_kind_row (FfPlacementGroup *self)
{
  return GTK_WIDGET (self->kind_row);
}

GtkWidget *
ff_placement_group_get_start_entry (FfPlacementGroup *self)
{
  return self->start_entry;
}

GtkWidget *
ff_placement_group_get_end_entry (FfPlacementGroup *self)
{
  return self->end_entry;
}
