/* ff-benefit-dialog.c — the introduction benefit of an enrolment: how much a year, how
 * often it is paid, and the family its sick-child days are counted for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-absence-reduction.h"
#include "ff-benefit-dialog.h"
#include "ff-field-error.h"
#include "ff-form-keys.h"

struct _FfBenefitDialog
{
  AdwWindow       parent_instance;

  FfStore        *store;
  gint64          enrolment_id;

  /* template children */
  AdwWindowTitle *window_title;
  GtkWidget      *form;
  GtkEditable    *benefit_row;
  AdwComboRow    *period_row;
  GtkStringList  *period_names;
  GtkEditable    *payment_from_row;
  GtkSpinButton  *children_spin;
  GtkSwitch      *sole_carer_switch;
};

G_DEFINE_FINAL_TYPE (FfBenefitDialog, ff_benefit_dialog, ADW_TYPE_WINDOW)

static char *
displayed (FfEnrolment      *enrolment,
           FfEnrolmentField  field)
{
  return ff_record_display (&ff_enrolment_type, field,
                            ff_record_get (FF_RECORD (enrolment), field), NULL);
}

/* The first day matters only to periods of 14 days. */
static void
period_changed_cb (FfBenefitDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->payment_from_row),
                          adw_combo_row_get_selected (self->period_row)
                          == FF_PAYMENT_FORTNIGHTLY);
}

/* Checks one field as its record type does; a refusal is marked on @row. */
static gboolean
check_field (FfBenefitDialog  *self,
             FfEnrolmentField  field,
             GtkEditable      *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;

  if (!ff_record_validate (&ff_enrolment_type, field, gtk_editable_get_text (row), &normalized,
                           &error))
    {
      ff_field_error_show (GTK_WIDGET (row), NULL, error->message);
      return FALSE;
    }

  ff_field_error_show (GTK_WIDGET (row), NULL, NULL);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FfBenefitDialog *self = FF_BENEFIT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *children = NULL;
  const char *values[FF_ENROLMENT_N_FIELDS] = { NULL };
  guint period = adw_combo_row_get_selected (self->period_row);
  gboolean valid;

  valid = check_field (self, FF_ENROLMENT_FIELD_YEARLY_BENEFIT, self->benefit_row);
  if (period == FF_PAYMENT_FORTNIGHTLY)
    valid &= check_field (self, FF_ENROLMENT_FIELD_PAYMENT_FROM, self->payment_from_row);
  if (!valid)
    return;

  children = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (self->children_spin));
  values[FF_ENROLMENT_FIELD_YEARLY_BENEFIT] = gtk_editable_get_text (self->benefit_row);
  values[FF_ENROLMENT_FIELD_PAYMENT_PERIOD] = ff_choice_list_key (&ff_payment_periods,
                                                                  period);
  if (period == FF_PAYMENT_FORTNIGHTLY)
    values[FF_ENROLMENT_FIELD_PAYMENT_FROM] = gtk_editable_get_text (self->payment_from_row);
  values[FF_ENROLMENT_FIELD_CHILDREN] = children;
  values[FF_ENROLMENT_FIELD_SOLE_CARER] = gtk_switch_get_active (self->sole_carer_switch)
                                          ? "1" : "0";

  /* What is checked across fields is the amount: above 0, at most 100 million kr. */
  if (!ff_record_update (self->store, &ff_enrolment_type, self->enrolment_id, values, &error))
    {
      ff_field_error_show (GTK_WIDGET (self->benefit_row), NULL, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->benefit_row));
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
ff_benefit_dialog_dispose (GObject *object)
{
  FfBenefitDialog *self = FF_BENEFIT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_BENEFIT_DIALOG);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_benefit_dialog_parent_class)->dispose (object);
}

static void
ff_benefit_dialog_class_init (FfBenefitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_benefit_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-benefit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBenefitDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfBenefitDialog, form);
  gtk_widget_class_bind_template_child (widget_class, FfBenefitDialog, benefit_row);
  gtk_widget_class_bind_template_child (widget_class, FfBenefitDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, FfBenefitDialog, period_names);
  gtk_widget_class_bind_template_child (widget_class, FfBenefitDialog, payment_from_row);
  gtk_widget_class_bind_template_child (widget_class, FfBenefitDialog, children_spin);
  gtk_widget_class_bind_template_child (widget_class, FfBenefitDialog, sole_carer_switch);

  gtk_widget_class_install_action (widget_class, "benefit.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ff_benefit_dialog_init (FfBenefitDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ff_form_keys_attach (GTK_WINDOW (self), self->form);

  for (guint i = 0; i < ff_payment_periods.n_choices; i++)
    gtk_string_list_append (self->period_names, ff_choice_list_label (&ff_payment_periods, i));
  g_signal_connect_object (self->period_row, "notify::selected",
                           G_CALLBACK (period_changed_cb), self, G_CONNECT_SWAPPED);
  period_changed_cb (self);
}

GtkWidget *
ff_benefit_dialog_new (FfStore     *store,
                       FfEnrolment *enrolment)
{
  FfBenefitDialog *self;
  g_autofree char *benefit = NULL;
  g_autofree char *payment_from = NULL;
  const char *children;
  int period = FF_PAYMENT_MONTHLY;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (FF_IS_ENROLMENT (enrolment), NULL);

  self = g_object_new (FF_TYPE_BENEFIT_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->enrolment_id = ff_record_get_id (FF_RECORD (enrolment));
  adw_window_title_set_subtitle (self->window_title,
                                 ff_enrolment_get_programme_name (enrolment));

  benefit = displayed (enrolment, FF_ENROLMENT_FIELD_YEARLY_BENEFIT);
  payment_from = displayed (enrolment, FF_ENROLMENT_FIELD_PAYMENT_FROM);
  period = (int) ff_choice_list_index (&ff_payment_periods,
                                       ff_record_get (FF_RECORD (enrolment),
                                                      FF_ENROLMENT_FIELD_PAYMENT_PERIOD));
  children = ff_record_get (FF_RECORD (enrolment), FF_ENROLMENT_FIELD_CHILDREN);

  gtk_editable_set_text (self->benefit_row, benefit);
  adw_combo_row_set_selected (self->period_row, period >= 0 ? (guint) period : 0);
  gtk_editable_set_text (self->payment_from_row, payment_from);
  gtk_spin_button_set_value (self->children_spin,
                             children != NULL ? g_ascii_strtod (children, NULL) : 0);
  gtk_switch_set_active (self->sole_carer_switch,
                         g_strcmp0 (ff_record_get (FF_RECORD (enrolment),
                                                   FF_ENROLMENT_FIELD_SOLE_CARER), "1") == 0);

  return GTK_WIDGET (self);
}

GtkWidget *
ff_benefit_dialog_get_benefit_row (FfBenefitDialog *self)
{
  g_return_val_if_fail (FF_IS_BENEFIT_DIALOG (self), NULL);
  return GTK_WIDGET (self->benefit_row);
}

GtkWidget *
ff_benefit_dialog_get_period_row (FfBenefitDialog *self)
{
  g_return_val_if_fail (FF_IS_BENEFIT_DIALOG (self), NULL);
  return GTK_WIDGET (self->period_row);
}

GtkWidget *
ff_benefit_dialog_get_payment_from_row (FfBenefitDialog *self)
{
  g_return_val_if_fail (FF_IS_BENEFIT_DIALOG (self), NULL);
  return GTK_WIDGET (self->payment_from_row);
}

GtkWidget *
ff_benefit_dialog_get_children_spin (FfBenefitDialog *self)
{
  g_return_val_if_fail (FF_IS_BENEFIT_DIALOG (self), NULL);
  return GTK_WIDGET (self->children_spin);
}

GtkWidget *
ff_benefit_dialog_get_sole_carer_switch (FfBenefitDialog *self)
{
  g_return_val_if_fail (FF_IS_BENEFIT_DIALOG (self), NULL);
  return GTK_WIDGET (self->sole_carer_switch);
}
