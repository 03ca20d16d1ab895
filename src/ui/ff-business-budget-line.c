/* ff-business-budget-line.c — one line of a business plan's 12-month budget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-plan.h"
#include "ff-business-budget-line.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-validate.h"

#define BUDGET_TYPE (&ff_business_part_types[FF_BUSINESS_PART_BUDGET])

struct _FfBusinessBudgetLine
{
  GtkBox       parent_instance;

  FfStore     *store;
  FfAutosave  *autosave;
  gint64       id;
  gboolean     revenue;
  gint64       months[FF_BUSINESS_MONTHS];

  /* template children */
  GtkWidget   *title_entry;
  GtkWidget   *cells[FF_BUSINESS_MONTHS];
  GtkLabel    *total_label;
  GtkWidget   *quick_entry;
  GtkPopover  *quick_popover;
};

G_DEFINE_FINAL_TYPE (FfBusinessBudgetLine, ff_business_budget_line, GTK_TYPE_BOX)

enum
{
  SIGNAL_EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
parse_ore (const char *stored)
{
  return stored != NULL && *stored != '\0' ? g_ascii_strtoll (stored, NULL, 10) : 0;
}

static void
update_total (FfBusinessBudgetLine *self)
{
  gint64 total = 0;
  g_autofree char *text = NULL;

  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    total += self->months[m];
  text = ff_format_money (total, NULL);
  if (g_strcmp0 (gtk_label_get_label (self->total_label), text) != 0)
    gtk_label_set_label (self->total_label, text);
}

/* What a cell shows counts as soon as it is a valid amount; a refused one counts as
 * what is stored, as that is what stays. */
static void
cell_changed_cb (FfBusinessBudgetLine *self,
                 GtkEditable          *cell)
{
  g_autofree char *normalized = NULL;
  const char *stored = NULL;
  gint64 value;
  guint m;

  for (m = 0; m < FF_BUSINESS_MONTHS && self->cells[m] != GTK_WIDGET (cell); m++)
    ;
  if (m == FF_BUSINESS_MONTHS)
    return;

  if (ff_validate_amount (gtk_editable_get_text (cell), &normalized, NULL))
    value = parse_ore (normalized);
  else
    {
      ff_autosave_lookup (self->autosave, BUDGET_TYPE, self->id,
                          FF_BUSINESS_BUDGET_MONTH_1 + m, &stored, NULL);
      value = parse_ore (stored);
    }

  if (value == self->months[m])
    return;

  self->months[m] = value;
  update_total (self);
  g_signal_emit (self, signals[SIGNAL_EDITED], 0);
}

static void
fill (FfBusinessBudgetLine *self,
      gboolean              yearly)
{
  g_autoptr(GError) error = NULL;
  const char *amount = gtk_editable_get_text (GTK_EDITABLE (self->quick_entry));

  /* What is pending in the cells would overwrite the amounts filled in. */
  ff_autosave_flush (self->autosave);
  if (!ff_business_budget_line_fill (self->store, self->id, amount, yearly, &error))
    {
      ff_field_error_show (self->quick_entry, NULL, error->message);
      return;
    }

  ff_field_error_show (self->quick_entry, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->quick_entry), "");
  gtk_popover_popdown (self->quick_popover);
}

static void
fill_monthly_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  fill (FF_BUSINESS_BUDGET_LINE (widget), FALSE);
}

static void
fill_yearly_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  fill (FF_BUSINESS_BUDGET_LINE (widget), TRUE);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfBusinessBudgetLine *self = FF_BUSINESS_BUDGET_LINE (widget);

  gtk_widget_activate_action (widget, "budget.remove-line", "x", self->id);
}

static void
ff_business_budget_line_dispose (GObject *object)
{
  FfBusinessBudgetLine *self = FF_BUSINESS_BUDGET_LINE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_BUSINESS_BUDGET_LINE);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_business_budget_line_parent_class)->dispose (object);
}

static void
ff_business_budget_line_class_init (FfBusinessBudgetLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_business_budget_line_dispose;

  signals[SIGNAL_EDITED] =
    g_signal_new ("edited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-business-budget-line.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetLine, title_entry);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetLine, total_label);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetLine, quick_entry);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetLine, quick_popover);
  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    {
      g_autofree char *id = g_strdup_printf ("month_%u", m + 1);

      gtk_widget_class_bind_template_child_full (widget_class, id, FALSE,
                                                 G_STRUCT_OFFSET (FfBusinessBudgetLine, cells)
                                                 + m * sizeof (GtkWidget *));
    }

  gtk_widget_class_install_action (widget_class, "budget-line.fill-monthly", NULL,
                                   fill_monthly_action);
  gtk_widget_class_install_action (widget_class, "budget-line.fill-yearly", NULL,
                                   fill_yearly_action);
  gtk_widget_class_install_action (widget_class, "budget-line.remove", NULL, remove_action);
}

static void
ff_business_budget_line_init (FfBusinessBudgetLine *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    {
      /* Translators: the name a screen reader gives a cell of a budget line; %u is the
       * month of the budget, 1–12 */
      g_autofree char *name = g_strdup_printf (_("Month %u"), m + 1);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells[m]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_signal_connect_object (self->cells[m], "changed", G_CALLBACK (cell_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

GtkWidget *
ff_business_budget_line_new (FfStore    *store,
                             FfAutosave *autosave,
                             FfRecord   *line)
{
  FfBusinessBudgetLine *self;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);
  g_return_val_if_fail (FF_IS_AUTOSAVE (autosave), NULL);
  g_return_val_if_fail (FF_IS_RECORD (line), NULL);

  self = g_object_new (FF_TYPE_BUSINESS_BUDGET_LINE, NULL);
  self->store = g_object_ref (store);
  self->autosave = g_object_ref (autosave);
  self->id = ff_record_get_id (line);
  self->revenue = g_strcmp0 (ff_record_get (line, FF_BUSINESS_BUDGET_SIDE), "revenue") == 0;

  ff_autosave_bind (autosave, self->title_entry, BUDGET_TYPE, self->id, FF_BUSINESS_BUDGET_TITLE);
  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    ff_autosave_bind (autosave, self->cells[m], BUDGET_TYPE, self->id,
                      FF_BUSINESS_BUDGET_MONTH_1 + m);
  ff_autosave_load (autosave, BUDGET_TYPE, line);
  ff_business_budget_line_update (self, line);

  return GTK_WIDGET (self);
}

gint64
ff_business_budget_line_get_id (FfBusinessBudgetLine *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_BUDGET_LINE (self), 0);

  return self->id;
}

gboolean
ff_business_budget_line_is_revenue (FfBusinessBudgetLine *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_BUDGET_LINE (self), FALSE);

  return self->revenue;
}

void
ff_business_budget_line_update (FfBusinessBudgetLine *self,
                                FfRecord             *line)
{
  g_return_if_fail (FF_IS_BUSINESS_BUDGET_LINE (self));

  ff_autosave_refresh (self->autosave, line);
  /* Amounts being typed keep counting as typed. */
  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    {
      g_autofree char *normalized = NULL;

      if (ff_validate_amount (gtk_editable_get_text (GTK_EDITABLE (self->cells[m])),
                              &normalized, NULL))
        self->months[m] = parse_ore (normalized);
      else
        self->months[m] = parse_ore (ff_record_get (line, FF_BUSINESS_BUDGET_MONTH_1 + m));
    }
  update_total (self);
}

const gint64 *
ff_business_budget_line_get_months (FfBusinessBudgetLine *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_BUDGET_LINE (self), NULL);

  return self->months;
}

GtkWidget *
ff_business_budget_line_get_cell (FfBusinessBudgetLine *self,
                                  guint                 month)
{
  g_return_val_if_fail (FF_IS_BUSINESS_BUDGET_LINE (self), NULL);
  g_return_val_if_fail (month >= 1 && month <= FF_BUSINESS_MONTHS, NULL);

  return self->cells[month - 1];
}

GtkWidget *
ff_business_budget_line_get_title_entry (FfBusinessBudgetLine *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_BUDGET_LINE (self), NULL);

  return self->title_entry;
}

GtkWidget *
ff_business_budget_line_get_quick_entry (FfBusinessBudgetLine *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_BUDGET_LINE (self), NULL);

  return self->quick_entry;
}
