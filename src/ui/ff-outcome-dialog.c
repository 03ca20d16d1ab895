/* ff-outcome-dialog.c — what became of a participant at the end of an enrolment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-choice-model.h"
#include "ff-employer-suggestions.h"
#include "ff-field-error.h"
#include "ff-form-keys.h"
#include "ff-format.h"
#include "ff-outcome-dialog.h"

struct _FfOutcomeDialog
{
  AdwWindow        parent_instance;

  FfStore         *store;
  gint64           enrolment_id;
  GtkWidget       *suggestions;
  gint64           chosen_id;       /* the register employer chosen … */
  char            *chosen_name;     /* … while the field still shows its name */

  /* template children */
  AdwWindowTitle  *window_title;
  GtkWidget       *form;
  AdwComboRow     *kind_row;
  GtkWidget       *percent_entry;
  GtkWidget       *date_entry;
  GtkWidget       *place_entry;
  GtkWidget       *note_entry;
};

G_DEFINE_FINAL_TYPE (FfOutcomeDialog, ff_outcome_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Outcomes with an employer or a school to name. */
static gboolean
kind_has_place (FfOutcomeKind kind)
{
  switch (kind)
    {
    case FF_OUTCOME_JOB_FULL_TIME:
    case FF_OUTCOME_JOB_PART_TIME:
    case FF_OUTCOME_TEMPORARY:
    case FF_OUTCOME_ON_CALL:
    case FF_OUTCOME_APPRENTICESHIP:
    case FF_OUTCOME_EDUCATION:
    case FF_OUTCOME_OWN_BUSINESS:
    case FF_OUTCOME_FURTHER_MEASURE:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
kind_selected_cb (FfOutcomeDialog *self)
{
  FfOutcomeKind kind = adw_combo_row_get_selected (self->kind_row);

  gtk_widget_set_visible (self->percent_entry, ff_outcome_kind_has_percent (kind));
  gtk_widget_set_visible (self->place_entry, kind_has_place (kind));
}

static void
employer_chosen_cb (FfOutcomeDialog *self,
                    gint64           id,
                    const char      *name)
{
  self->chosen_id = id;
  g_free (self->chosen_name);
  self->chosen_name = g_strdup (name);
}

static char *
stripped_text (GtkWidget *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field))));
}

/* The value of @field checked as @key of an outcome (marked on it when refused), or
 * NULL. */
static char *
checked (GtkWidget *field,
         guint      key)
{
  g_autofree char *text = gtk_widget_get_visible (field) ? stripped_text (field) : g_strdup ("");
  g_autoptr(GError) error = NULL;
  char *value = NULL;

  if (!ff_record_validate (&ff_outcome_type, key, text, &value, &error))
    {
      ff_field_error_show (field, gtk_widget_get_tooltip_text (field), error->message);
      return NULL;
    }

  ff_field_error_show (field, gtk_widget_get_tooltip_text (field), NULL);
  return value;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FfOutcomeDialog *self = FF_OUTCOME_DIALOG (widget);
  const char *values[FF_OUTCOME_N_FIELDS] = { NULL };
  FfOutcomeKind kind = adw_combo_row_get_selected (self->kind_row);
  g_autofree char *percent = checked (self->percent_entry, FF_OUTCOME_PERCENT);
  g_autofree char *date = checked (self->date_entry, FF_OUTCOME_DATE);
  g_autofree char *place = checked (self->place_entry, FF_OUTCOME_PLACE);
  g_autofree char *note = checked (self->note_entry, FF_OUTCOME_NOTE);
  g_autofree char *employer_id = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  /* The keyboard goes to the first value refused, to be typed again. */
  if (percent == NULL || date == NULL || place == NULL || note == NULL)
    {
      gtk_widget_grab_focus (percent == NULL ? self->percent_entry
                             : date == NULL ? self->date_entry
                             : place == NULL ? self->place_entry
                             : self->note_entry);
      return;
    }

  if (*place != '\0')
    {
      gint64 employer = 0;

      if (self->chosen_id != 0 && g_strcmp0 (place, self->chosen_name) == 0)
        employer = self->chosen_id;
      else
        employer = ff_employer_suggestions_find_exact (FF_EMPLOYER_SUGGESTIONS (self->suggestions),
                                                       place);
      if (employer != 0)
        employer_id = g_strdup_printf ("%" G_GINT64_FORMAT, employer);
    }

  values[FF_OUTCOME_KIND] = ff_choice_list_key (&ff_outcome_kinds, kind);
  values[FF_OUTCOME_PERCENT] = percent;
  values[FF_OUTCOME_DATE] = date;
  values[FF_OUTCOME_EMPLOYER_ID] = employer_id;
  values[FF_OUTCOME_PLACE] = place;
  values[FF_OUTCOME_NOTE] = note;
  id = ff_record_insert (self->store, &ff_outcome_type, self->enrolment_id, values, &error);
  if (id == 0)
    {
      /* What the store refuses of a checked outcome is its date (ff-outcome.h). */
      ff_field_error_show (self->date_entry, NULL, error->message);
      gtk_widget_grab_focus (self->date_entry);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ff_outcome_dialog_dispose (GObject *object)
{
  FfOutcomeDialog *self = FF_OUTCOME_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_OUTCOME_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->chosen_name, g_free);

  G_OBJECT_CLASS (ff_outcome_dialog_parent_class)->dispose (object);
}

static void
ff_outcome_dialog_class_init (FfOutcomeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_outcome_dialog_dispose;

  signals[SIGNAL_SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-outcome-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfOutcomeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfOutcomeDialog, form);
  gtk_widget_class_bind_template_child (widget_class, FfOutcomeDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FfOutcomeDialog, percent_entry);
  gtk_widget_class_bind_template_child (widget_class, FfOutcomeDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, FfOutcomeDialog, place_entry);
  gtk_widget_class_bind_template_child (widget_class, FfOutcomeDialog, note_entry);

  gtk_widget_class_install_action (widget_class, "outcome.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_outcome_dialog_init (FfOutcomeDialog *self)
{
  g_autoptr(GListModel) kinds = ff_choice_model_new (&ff_outcome_kinds);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->kind_row, kinds);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (kind_selected_cb),
                           self, G_CONNECT_SWAPPED);
  kind_selected_cb (self);
  ff_form_keys_attach (GTK_WINDOW (self), self->form);
}

GtkWidget *
ff_outcome_dialog_new (FfStore       *store,
                       gint64         enrolment_id,
                       const char    *programme_name,
                       FfOutcomeKind  kind,
                       const char    *date)
{
  FfOutcomeDialog *self;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < FF_OUTCOME_N_KINDS, NULL);

  self = g_object_new (FF_TYPE_OUTCOME_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->enrolment_id = enrolment_id;
  adw_window_title_set_subtitle (self->window_title, programme_name);
  adw_combo_row_set_selected (self->kind_row, kind);

  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      shown = g_date_time_format (now, "%d.%m.%Y");
    }
  else
    shown = ff_format_date (date, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), shown);

  self->suggestions = ff_employer_suggestions_new (store, self->place_entry);
  g_signal_connect_object (self->suggestions, "chosen", G_CALLBACK (employer_chosen_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

GtkWidget *
ff_outcome_dialog_get_kind_row (FfOutcomeDialog *self)
{
  return GTK_WIDGET (self->kind_row);
}

GtkWidget *
ff_outcome_dialog_get_percent_entry (FfOutcomeDialog *self)
{
  return self->percent_entry;
}

GtkWidget *
ff_outcome_dialog_get_date_entry (FfOutcomeDialog *self)
{
  return self->date_entry;
}

GtkWidget *
ff_outcome_dialog_get_place_entry (FfOutcomeDialog *self)
{
  return self->place_entry;
}

GtkWidget *
ff_outcome_dialog_get_note_entry (FfOutcomeDialog *self)
{
  return self->note_entry;
}
