/* ff-new-record-dialog.c — asks for what a new record needs before it is made
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-choice-model.h"
#include "ff-field-error.h"
#include "ff-form-keys.h"
#include "ff-new-record-dialog.h"
#include "ff-validate.h"

struct _FfNewRecordDialog
{
  AdwMessageDialog     parent_instance;

  const FfRecordType  *type;
  GPtrArray           *inputs;   /* GtkWidget by field, NULL for those not asked for */
  char               **values;   /* normalised, by field */

  GtkBox              *fields_box;
};

G_DEFINE_FINAL_TYPE (FfNewRecordDialog, ff_new_record_dialog, ADW_TYPE_MESSAGE_DIALOG)

#define FIELD_KEY "ff-field"
/* The ids a reference drop-down chooses among (GArray of gint64, by position). */
#define IDS_KEY "ff-reference-ids"

/* Checks every field asked for, marks those refused, and lets "create" be chosen
 * when all are valid. */
static void
check_all (FfNewRecordDialog *self)
{
  gboolean valid = TRUE;

  for (guint i = 0; i < self->type->n_fields; i++)
    {
      GtkWidget *input = g_ptr_array_index (self->inputs, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      g_autofree char *id_text = NULL;
      const char *text;

      if (input == NULL)
        continue;

      if (g_object_get_data (G_OBJECT (input), IDS_KEY) != NULL)
        {
          GArray *ids = g_object_get_data (G_OBJECT (input), IDS_KEY);
          guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (input));

          if (selected < ids->len)
            id_text = g_strdup_printf ("%" G_GINT64_FORMAT,
                                       g_array_index (ids, gint64, selected));
          text = id_text != NULL ? id_text : "";
        }
      else if (GTK_IS_DROP_DOWN (input))
        text = ff_choice_list_key (self->type->fields[i].choices,
                                   gtk_drop_down_get_selected (GTK_DROP_DOWN (input)));
      else
        text = gtk_editable_get_text (GTK_EDITABLE (input));

      g_clear_pointer (&self->values[i], g_free);
      if (ff_record_validate (self->type, i, text, &normalized, &error))
        self->values[i] = g_steal_pointer (&normalized);
      else
        valid = FALSE;

      /* A choice is always valid; an empty required field is not wrong yet, only
       * unfinished. */
      if (GTK_IS_EDITABLE (input))
        ff_field_error_show (input, NULL,
                             error != NULL && !g_error_matches (error, FF_VALIDATE_ERROR,
                                                                FF_VALIDATE_ERROR_EMPTY)
                               ? error->message : NULL);
    }

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "create", valid);
}

static void
ff_new_record_dialog_finalize (GObject *object)
{
  FfNewRecordDialog *self = FF_NEW_RECORD_DIALOG (object);

  g_clear_pointer (&self->inputs, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_strfreev);

  G_OBJECT_CLASS (ff_new_record_dialog_parent_class)->finalize (object);
}

static void
ff_new_record_dialog_class_init (FfNewRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ff_new_record_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-new-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfNewRecordDialog, fields_box);
}

static void
ff_new_record_dialog_init (FfNewRecordDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ff_form_keys_attach (GTK_WINDOW (self), GTK_WIDGET (self->fields_box));
}

GtkWidget *
ff_new_record_dialog_new (GtkWindow          *parent,
                          const FfRecordType *type,
                          const char         *heading,
                          const char         *body)
{
  FfNewRecordDialog *self;

  g_return_val_if_fail (type != NULL, NULL);

  self = g_object_new (FF_TYPE_NEW_RECORD_DIALOG,
                       "transient-for", parent,
                       "heading", heading,
                       "body", body,
                       NULL);
  self->type = type;
  self->inputs = g_ptr_array_new ();
  g_ptr_array_set_size (self->inputs, type->n_fields);
  self->values = g_new0 (char *, type->n_fields + 1);

  return GTK_WIDGET (self);
}

void
ff_new_record_dialog_add_field (FfNewRecordDialog *self,
                                guint              field,
                                const char        *title)
{
  const FfField *spec;
  GtkWidget *input;

  g_return_if_fail (FF_IS_NEW_RECORD_DIALOG (self));
  g_return_if_fail (field < self->type->n_fields);

  spec = &self->type->fields[field];
  if (spec->check == FF_CHECK_CHOICE)
    {
      g_autoptr(GListModel) model = ff_choice_model_new (spec->choices);

      input = gtk_drop_down_new (g_object_ref (model), NULL);
      gtk_widget_set_tooltip_text (input, title);
      g_signal_connect_object (input, "notify::selected", G_CALLBACK (check_all), self,
                               G_CONNECT_SWAPPED);
    }
  else
    {
      input = gtk_entry_new ();
      gtk_entry_set_placeholder_text (GTK_ENTRY (input), title);
      g_signal_connect_object (input, "changed", G_CALLBACK (check_all), self,
                               G_CONNECT_SWAPPED);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (input),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_ptr_array_index (self->inputs, field) = input;
  gtk_box_append (self->fields_box, input);

  check_all (self);
}

void
ff_new_record_dialog_add_reference (FfNewRecordDialog  *self,
                                    guint               field,
                                    const char         *title,
                                    const char * const *labels,
                                    const gint64       *ids)
{
  GtkWidget *input;
  GArray *id_array;
  guint n;

  g_return_if_fail (FF_IS_NEW_RECORD_DIALOG (self));
  g_return_if_fail (field < self->type->n_fields);
  g_return_if_fail (labels != NULL);

  n = g_strv_length ((char **) labels);
  id_array = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  g_array_append_vals (id_array, ids, n);

  input = gtk_drop_down_new_from_strings (labels);
  g_object_set_data_full (G_OBJECT (input), IDS_KEY, id_array,
                          (GDestroyNotify) g_array_unref);
  gtk_widget_set_tooltip_text (input, title);
  g_signal_connect_object (input, "notify::selected", G_CALLBACK (check_all), self,
                           G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (input),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_ptr_array_index (self->inputs, field) = input;
  gtk_box_append (self->fields_box, input);

  check_all (self);
}

const char * const *
ff_new_record_dialog_get_values (FfNewRecordDialog *self)
{
  g_return_val_if_fail (FF_IS_NEW_RECORD_DIALOG (self), NULL);

  return (const char * const *) self->values;
}
