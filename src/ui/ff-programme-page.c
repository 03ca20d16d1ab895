/* ff-programme-page.c — one programme's details, saved as they are typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-format.h"
#include "ff-programme.h"
#include "ff-field-error.h"
#include "ff-programme-page.h"

/* Typing pauses this long before what was typed is written. */
#define SAVE_DELAY_MS 500

/* The text fields of the page; the kind has its own combo row. */
enum
{
  ENTRY_NAME,
  ENTRY_ORGANISATION,
  ENTRY_FUNDER,
  ENTRY_START,
  ENTRY_END,
  ENTRY_NOTES,
  N_ENTRIES
};

static const FfProgrammeField entry_fields[N_ENTRIES] = {
  FF_PROGRAMME_NAME,
  FF_PROGRAMME_ORGANISATION,
  FF_PROGRAMME_FUNDER,
  FF_PROGRAMME_START_DATE,
  FF_PROGRAMME_END_DATE,
  FF_PROGRAMME_NOTES,
};

typedef struct
{
  AdwEntryRow *row;
  char        *title;  /* the row's own title, without an error message */
  gboolean     dirty;
} Entry;

struct _FfProgrammePage
{
  AdwPreferencesPage    parent_instance;

  FfStore              *store;
  gint64                programme_id;
  gboolean              archived;
  gboolean              loading;
  guint                 save_timeout_id;
  Entry                 entries[N_ENTRIES];

  /* template children */
  AdwPreferencesGroup  *main_group;
  AdwEntryRow          *name_row;
  AdwComboRow          *kind_row;
  GtkStringList        *kind_names;
  AdwEntryRow          *organisation_row;
  AdwEntryRow          *funder_row;
  AdwEntryRow          *start_row;
  AdwEntryRow          *end_row;
  AdwEntryRow          *notes_row;
  GtkButton            *archive_button;
};

G_DEFINE_FINAL_TYPE (FfProgrammePage, ff_programme_page, ADW_TYPE_PREFERENCES_PAGE)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PROGRAMME_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ff_programme_page_mark (FfProgrammePage *self,
                        Entry           *entry,
                        const char      *message)
{
  ff_field_error_show (GTK_WIDGET (entry->row), entry->title, NULL, message);
}

static void
ff_programme_page_save_entry (FfProgrammePage *self,
                              guint            i)
{
  Entry *entry = &self->entries[i];
  g_autoptr(GError) error = NULL;

  if (!entry->dirty || self->programme_id == 0)
    return;

  entry->dirty = FALSE;

  if (ff_programme_set_field (self->store, self->programme_id, entry_fields[i],
                              gtk_editable_get_text (GTK_EDITABLE (entry->row)), &error))
    ff_programme_page_mark (self, entry, NULL);
  else
    ff_programme_page_mark (self, entry, error->message);
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  FfProgrammePage *self = FF_PROGRAMME_PAGE (user_data);

  self->save_timeout_id = 0;
  ff_programme_page_flush (self);

  return G_SOURCE_REMOVE;
}

static void
entry_changed_cb (FfProgrammePage *self,
                  GtkEditable     *editable)
{
  if (self->loading)
    return;

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      if (GTK_EDITABLE (self->entries[i].row) == editable)
        self->entries[i].dirty = TRUE;
    }

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  self->save_timeout_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
entry_done_cb (FfProgrammePage *self,
               gpointer         row_or_controller)
{
  GtkWidget *row = row_or_controller;

  if (GTK_IS_EVENT_CONTROLLER (row_or_controller))
    row = gtk_event_controller_get_widget (row_or_controller);

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      if (GTK_WIDGET (self->entries[i].row) == row)
        ff_programme_page_save_entry (self, i);
    }
}

static void
kind_selected_cb (FfProgrammePage *self,
                  GParamSpec      *pspec,
                  AdwComboRow     *row)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (row);

  if (self->loading || self->programme_id == 0 || selected >= FF_PROGRAMME_N_KINDS)
    return;

  if (!ff_programme_set_field (self->store, self->programme_id, FF_PROGRAMME_KIND,
                               ff_choice_list_key (&ff_programme_kinds, selected), &error))
    g_warning ("Cannot change the kind of programme: %s", error->message);
}

static void
ff_programme_page_update_archived (FfProgrammePage *self)
{
  gtk_button_set_label (self->archive_button,
                        self->archived ? _("_Restore Programme") : _("_Archive Programme"));
}

static void
ff_programme_page_load (FfProgrammePage *self)
{
  g_autoptr(FfProgramme) programme = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  gint64 n;

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);

  if (self->programme_id == 0)
    return;

  programme = ff_programme_load (self->store, self->programme_id, &error);
  if (programme == NULL)
    {
      g_warning ("Cannot load programme %" G_GINT64_FORMAT ": %s",
                 self->programme_id, error->message);
      return;
    }

  self->loading = TRUE;

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      const char *value = ff_programme_get_field (programme, entry_fields[i]);
      g_autofree char *shown = NULL;

      if (entry_fields[i] == FF_PROGRAMME_START_DATE ||
          entry_fields[i] == FF_PROGRAMME_END_DATE)
        shown = ff_format_date (value);
      else
        shown = g_strdup (value);

      gtk_editable_set_text (GTK_EDITABLE (self->entries[i].row), shown);
      self->entries[i].dirty = FALSE;
      ff_programme_page_mark (self, &self->entries[i], NULL);
    }

  adw_combo_row_set_selected (self->kind_row, ff_programme_get_kind (programme));

  n = ff_programme_get_n_participants (programme);
  /* Translators: how many participants a programme has */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lld participant",
                                        "%lld participants", n), (long long) n);
  adw_preferences_group_set_description (self->main_group, count);

  self->archived = ff_programme_get_archived (programme);
  ff_programme_page_update_archived (self);

  self->loading = FALSE;
}

static void
toggle_archived_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FfProgrammePage *self = FF_PROGRAMME_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->programme_id == 0)
    return;

  ff_programme_page_flush (self);

  if (!ff_programme_set_archived (self->store, self->programme_id, !self->archived, &error))
    {
      g_warning ("Cannot archive the programme: %s", error->message);
      return;
    }

  self->archived = !self->archived;
  ff_programme_page_update_archived (self);
}

static void
ff_programme_page_dispose (GObject *object)
{
  FfProgrammePage *self = FF_PROGRAMME_PAGE (object);

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_PROGRAMME_PAGE);

  for (guint i = 0; i < N_ENTRIES; i++)
    g_clear_pointer (&self->entries[i].title, g_free);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_programme_page_parent_class)->dispose (object);
}

static void
ff_programme_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FfProgrammePage *self = FF_PROGRAMME_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_PROGRAMME_ID:
      g_value_set_int64 (value, self->programme_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_programme_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FfProgrammePage *self = FF_PROGRAMME_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ff_programme_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_PROGRAMME_ID:
      ff_programme_page_set_programme_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ff_programme_page_class_init (FfProgrammePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_programme_page_dispose;
  object_class->get_property = ff_programme_page_get_property;
  object_class->set_property = ff_programme_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         FF_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROGRAMME_ID] =
    g_param_spec_int64 ("programme-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-programme-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, main_group);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, name_row);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, kind_names);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, funder_row);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, start_row);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, end_row);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, notes_row);
  gtk_widget_class_bind_template_child (widget_class, FfProgrammePage, archive_button);

  gtk_widget_class_install_action (widget_class, "programme.toggle-archived", NULL,
                                   toggle_archived_action);
}

static void
ff_programme_page_init (FfProgrammePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entries[ENTRY_NAME].row = self->name_row;
  self->entries[ENTRY_ORGANISATION].row = self->organisation_row;
  self->entries[ENTRY_FUNDER].row = self->funder_row;
  self->entries[ENTRY_START].row = self->start_row;
  self->entries[ENTRY_END].row = self->end_row;
  self->entries[ENTRY_NOTES].row = self->notes_row;

  for (guint i = 0; i < N_ENTRIES; i++)
    {
      AdwEntryRow *row = self->entries[i].row;
      GtkEventController *focus = gtk_event_controller_focus_new ();

      self->entries[i].title =
        g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      /* Error messages go into the title: they are text, not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

      g_signal_connect_object (row, "changed", G_CALLBACK (entry_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "entry-activated", G_CALLBACK (entry_done_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (focus, "leave", G_CALLBACK (entry_done_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_widget_add_controller (GTK_WIDGET (row), focus);
    }

  for (FfProgrammeKind kind = 0; kind < FF_PROGRAMME_N_KINDS; kind++)
    gtk_string_list_append (self->kind_names, ff_choice_list_label (&ff_programme_kinds, kind));
  g_signal_connect_object (self->kind_row, "notify::selected",
                           G_CALLBACK (kind_selected_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.toggle-archived", FALSE);
}

void
ff_programme_page_set_store (FfProgrammePage *self,
                             FfStore         *store)
{
  g_return_if_fail (FF_IS_PROGRAMME_PAGE (self));
  g_return_if_fail (store == NULL || FF_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
ff_programme_page_get_programme_id (FfProgrammePage *self)
{
  g_return_val_if_fail (FF_IS_PROGRAMME_PAGE (self), 0);

  return self->programme_id;
}

void
ff_programme_page_set_programme_id (FfProgrammePage *self,
                                    gint64           id)
{
  g_return_if_fail (FF_IS_PROGRAMME_PAGE (self));
  g_return_if_fail (id == 0 || self->store != NULL);

  if (self->programme_id == id)
    return;

  ff_programme_page_flush (self);

  self->programme_id = id;
  ff_programme_page_load (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.toggle-archived", id != 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME_ID]);
}

void
ff_programme_page_flush (FfProgrammePage *self)
{
  g_return_if_fail (FF_IS_PROGRAMME_PAGE (self));

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);

  for (guint i = 0; i < N_ENTRIES; i++)
    ff_programme_page_save_entry (self, i);
}
