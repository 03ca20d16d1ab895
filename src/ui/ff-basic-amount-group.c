/* ff-basic-amount-group.c — G, the basic amount of the National Insurance, in the
 * preferences: each value with the day it applies from, and a new one added
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-basic-amount.h"
#include "ff-basic-amount-group.h"
#include "ff-field-error.h"
#include "ff-format.h"

struct _FfBasicAmountGroup
{
  AdwPreferencesGroup  parent_instance;

  FfStore             *store;

  /* template children */
  GtkListBox          *values_list;
  GtkEditable         *from_row;
  GtkEditable         *amount_row;
};

G_DEFINE_FINAL_TYPE (FfBasicAmountGroup, ff_basic_amount_group, ADW_TYPE_PREFERENCES_GROUP)

static void
reload (FfBasicAmountGroup *self)
{
  g_autoptr(GArray) table = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->values_list))) != NULL)
    gtk_list_box_remove (self->values_list, child);

  table = ff_basic_amount_table (self->store, &error);
  if (table == NULL)
    {
      g_warning ("Could not read G: %s", error->message);
      return;
    }

  /* The latest first: the one in force today is at the top. */
  for (guint i = table->len; i > 0; i--)
    {
      const FfBasicAmount *g = &g_array_index (table, FfBasicAmount, i - 1);
      g_autofree char *amount = ff_format_money (g->amount, NULL);
      g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&g->valid_from),
                                              g_date_get_month (&g->valid_from),
                                              g_date_get_day (&g->valid_from));
      g_autofree char *day = ff_format_date (iso, NULL);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      /* Translators: the day a value of G applies from, "From 01.05.2025" */
      subtitle = g_strdup_printf (_("From %s"), day);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), amount);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->values_list, row);
    }
}

/* Checks one field as the record type does; a refusal is marked on @row. */
static gboolean
check_field (FfBasicAmountField  field,
             GtkEditable        *row)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalized = NULL;

  if (!ff_record_validate (&ff_basic_amount_type, field, gtk_editable_get_text (row),
                           &normalized, &error))
    {
      ff_field_error_show (GTK_WIDGET (row), NULL, error->message);
      return FALSE;
    }

  ff_field_error_show (GTK_WIDGET (row), NULL, NULL);
  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FfBasicAmountGroup *self = FF_BASIC_AMOUNT_GROUP (widget);
  g_autoptr(GError) error = NULL;
  gboolean valid;

  if (self->store == NULL)
    return;

  valid = check_field (FF_BASIC_AMOUNT_VALID_FROM, self->from_row);
  valid &= check_field (FF_BASIC_AMOUNT_AMOUNT, self->amount_row);
  if (!valid)
    return;

  /* What is left to refuse is the amount: above 0, at most 100 million kr. */
  if (ff_basic_amount_set (self->store, gtk_editable_get_text (self->from_row),
                           gtk_editable_get_text (self->amount_row), &error) == 0)
    {
      ff_field_error_show (GTK_WIDGET (self->amount_row), NULL, error->message);
      return;
    }

  /* The list is read again when the store says G changed. */
  gtk_editable_set_text (self->from_row, "");
  gtk_editable_set_text (self->amount_row, "");
}

static void
store_changed_cb (FfStore            *store,
                  FfRecordKind        kind,
                  gint64              id,
                  FfBasicAmountGroup *self)
{
  reload (self);
}

static void
ff_basic_amount_group_dispose (GObject *object)
{
  FfBasicAmountGroup *self = FF_BASIC_AMOUNT_GROUP (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_basic_amount_group_parent_class)->dispose (object);
}

static void
ff_basic_amount_group_class_init (FfBasicAmountGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_basic_amount_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-basic-amount-group.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBasicAmountGroup, values_list);
  gtk_widget_class_bind_template_child (widget_class, FfBasicAmountGroup, from_row);
  gtk_widget_class_bind_template_child (widget_class, FfBasicAmountGroup, amount_row);

  gtk_widget_class_install_action (widget_class, "basic-amount.add", NULL, add_action);
}

static void
ff_basic_amount_group_init (FfBasicAmountGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
ff_basic_amount_group_set_store (FfBasicAmountGroup *self,
                                 FfStore            *store)
{
  g_return_if_fail (FF_IS_BASIC_AMOUNT_GROUP (self));
  g_return_if_fail (FF_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  /* A change of G is announced as one of courses (ff-basic-amount.h). */
  g_signal_connect_object (store, "changed::course", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);
}

GtkWidget *
ff_basic_amount_group_get_list (FfBasicAmountGroup *self)
{
  g_return_val_if_fail (FF_IS_BASIC_AMOUNT_GROUP (self), NULL);
  return GTK_WIDGET (self->values_list);
}

GtkWidget *
ff_basic_amount_group_get_from_row (FfBasicAmountGroup *self)
{
  g_return_val_if_fail (FF_IS_BASIC_AMOUNT_GROUP (self), NULL);
  return GTK_WIDGET (self->from_row);
}

GtkWidget *
ff_basic_amount_group_get_amount_row (FfBasicAmountGroup *self)
{
  g_return_val_if_fail (FF_IS_BASIC_AMOUNT_GROUP (self), NULL);
  return GTK_WIDGET (self->amount_row);
}
