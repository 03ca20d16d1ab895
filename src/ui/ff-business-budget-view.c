/* ff-business-budget-view.c — a business plan's 12-month operating budget, its figures
 * computed as they are typed
 *
 * A keystroke in a cell changes the amounts of its line only; the figures are summed
 * again from the lines' amounts (twelve additions a line) and only the labels whose
 * text changes are set. The lines are made again only when lines come or go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-business-plan.h"
#include "ff-business-budget-view.h"
#include "ff-format.h"
#include "ff-toast.h"

#define BUDGET_TYPE (&ff_business_part_types[FF_BUSINESS_PART_BUDGET])

/* The columns lined up: the title, twelve months, the total. Their widths are fixed, as
 * size groups would measure every cell of a column again at each keystroke. */
#define N_COLUMNS (FF_BUSINESS_MONTHS + 2)
#define TITLE_WIDTH 160
#define MONTH_WIDTH 88
#define TOTAL_WIDTH 104

static int
column_width (guint column)
{
  return column == 0 ? TITLE_WIDTH : column == N_COLUMNS - 1 ? TOTAL_WIDTH : MONTH_WIDTH;
}

struct _FfBusinessBudgetView
{
  GtkBox             parent_instance;

  FfStore           *store;
  FfAutosave        *autosave;
  gint64             plan_id;
  GHashTable        *lines;             /* line id → FfBusinessBudgetLine */
  FfBusinessBudget   budget;
  GtkWidget         *result_labels[N_COLUMNS];
  GtkWidget         *liquidity_labels[N_COLUMNS];

  /* template children */
  GtkWidget         *months_box;
  GtkWidget         *revenue_box;
  GtkWidget         *cost_box;
  GtkWidget         *result_box;
  GtkWidget         *liquidity_box;
  GtkWidget         *vat_row;
  GtkLabel          *revenue_total_label;
  GtkLabel          *cost_total_label;
  GtkLabel          *result_total_label;
  GtkLabel          *break_even_label;
  GtkLabel          *opening_label;
  GtkLabel          *gap_label;
};

G_DEFINE_FINAL_TYPE (FfBusinessBudgetView, ff_business_budget_view, GTK_TYPE_BOX)

static void
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

static void
set_money (GtkWidget *label,
           gint64     ore)
{
  g_autofree char *text = ff_format_money (ore, NULL);

  set_label (GTK_LABEL (label), text);
}

static void
recompute (FfBusinessBudgetView *self)
{
  gint64 startup = self->budget.startup_total;
  gint64 financing = self->budget.financing_total;
  g_autofree char *break_even = NULL;
  GHashTableIter iter;
  gpointer line;

  ff_business_budget_init (&self->budget);
  self->budget.startup_total = startup;
  self->budget.financing_total = financing;

  g_hash_table_iter_init (&iter, self->lines);
  while (g_hash_table_iter_next (&iter, NULL, &line))
    ff_business_budget_add_line (&self->budget, ff_business_budget_line_is_revenue (line),
                                 ff_business_budget_line_get_months (line));
  ff_business_budget_compute (&self->budget);

  for (guint m = 0; m < FF_BUSINESS_MONTHS; m++)
    {
      set_money (self->result_labels[m + 1], self->budget.result[m]);
      set_money (self->liquidity_labels[m + 1], self->budget.liquidity[m]);
    }
  set_money (self->result_labels[N_COLUMNS - 1], self->budget.result_total);
  set_money (self->liquidity_labels[N_COLUMNS - 1],
             self->budget.liquidity[FF_BUSINESS_MONTHS - 1]);

  set_money (GTK_WIDGET (self->revenue_total_label), self->budget.revenue_total);
  set_money (GTK_WIDGET (self->cost_total_label), self->budget.cost_total);
  set_money (GTK_WIDGET (self->result_total_label), self->budget.result_total);
  set_money (GTK_WIDGET (self->opening_label), self->budget.opening);
  set_money (GTK_WIDGET (self->gap_label), self->budget.financing_gap);

  if (self->budget.break_even_month == 0)
    /* Translators: the break-even month of a budget whose result stays below zero */
    break_even = g_strdup (C_("break-even", "Never"));
  else
    /* Translators: the break-even month of a budget; %u is 1–12 */
    break_even = g_strdup_printf (_("Month %u"), self->budget.break_even_month);
  set_label (self->break_even_label, break_even);

  gtk_widget_set_visible (self->vat_row, ff_business_budget_needs_vat (&self->budget));
}

static void
line_edited_cb (FfBusinessBudgetView *self)
{
  recompute (self);
}

static void
add_to_columns (GtkWidget *widgets[N_COLUMNS])
{
  for (guint c = 0; c < N_COLUMNS; c++)
    gtk_widget_set_size_request (widgets[c], column_width (c), -1);
}

static void
line_columns (FfBusinessBudgetLine *line,
              GtkWidget            *widgets[N_COLUMNS])
{
  widgets[0] = gtk_widget_get_parent (ff_business_budget_line_get_title_entry (line));
  for (guint m = 1; m <= FF_BUSINESS_MONTHS; m++)
    widgets[m] = gtk_widget_get_parent (ff_business_budget_line_get_cell (line, m));
  widgets[N_COLUMNS - 1] = gtk_widget_get_next_sibling (widgets[FF_BUSINESS_MONTHS]);
}

static void
remove_line_widget (FfBusinessBudgetView *self,
                    FfBusinessBudgetLine *line)
{
  /* What is pending in it is written first. */
  ff_autosave_unbind (self->autosave, BUDGET_TYPE, ff_business_budget_line_get_id (line));
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (line))), GTK_WIDGET (line));
}

void
ff_business_budget_view_reload (FfBusinessBudgetView *self)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GError) error = NULL;
  FfBusinessBudget stored;
  GHashTableIter iter;
  gpointer line;

  g_return_if_fail (FF_IS_BUSINESS_BUDGET_VIEW (self));

  if (self->plan_id == 0)
    return;

  records = ff_record_load_owned (self->store, BUDGET_TYPE, self->plan_id, &error);
  if (records == NULL || !ff_business_budget_read (self->store, self->plan_id, &stored, &error))
    {
      g_warning ("Could not read the budget of a business plan: %s", error->message);
      return;
    }
  self->budget.startup_total = stored.startup_total;
  self->budget.financing_total = stored.financing_total;

  seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < records->len; i++)
    {
      FfRecord *record = g_ptr_array_index (records, i);
      gint64 id = ff_record_get_id (record);

      line = g_hash_table_lookup (self->lines, &id);
      if (line != NULL)
        ff_business_budget_line_update (line, record);
      else
        {
          GtkWidget *widgets[N_COLUMNS];
          gint64 *key = g_new (gint64, 1);

          line = ff_business_budget_line_new (self->store, self->autosave, record);
          gtk_box_append (GTK_BOX (ff_business_budget_line_is_revenue (line)
                                   ? self->revenue_box : self->cost_box),
                          GTK_WIDGET (line));
          line_columns (line, widgets);
          add_to_columns (widgets);
          g_signal_connect_object (line, "edited", G_CALLBACK (line_edited_cb), self,
                                   G_CONNECT_SWAPPED);
          *key = id;
          g_hash_table_insert (self->lines, key, line);
        }
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
    }

  g_hash_table_iter_init (&iter, self->lines);
  while (g_hash_table_iter_next (&iter, NULL, &line))
    {
      gint64 id = ff_business_budget_line_get_id (line);

      if (!g_hash_table_contains (seen, &id))
        {
          remove_line_widget (self, line);
          g_hash_table_iter_remove (&iter);
        }
    }

  recompute (self);
}

/* Actions */

static void
add_line (FfBusinessBudgetView *self,
          FfBusinessSide        side)
{
  const char *values[FF_BUSINESS_BUDGET_N_FIELDS] = { NULL };
  g_autoptr(GError) error = NULL;
  FfBusinessBudgetLine *line;
  GtkWidget *title;
  gint64 id;

  if (self->plan_id == 0)
    return;

  values[FF_BUSINESS_BUDGET_SIDE] = ff_choice_list_key (&ff_business_sides, side);
  values[FF_BUSINESS_BUDGET_TITLE] = side == FF_BUSINESS_REVENUE
                                     /* Translators: the title of a budget line just added */
                                     ? C_("budget line", "New revenue")
                                     /* Translators: the title of a budget line just added */
                                     : C_("budget line", "New cost");
  id = ff_record_insert (self->store, BUDGET_TYPE, self->plan_id, values, &error);
  if (id == 0)
    {
      ff_toast_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  /* The window reads the budget again when the store says it changed. */
  ff_business_budget_view_reload (self);
  line = g_hash_table_lookup (self->lines, &id);
  if (line == NULL)
    return;
  title = ff_business_budget_line_get_title_entry (line);
  gtk_widget_grab_focus (title);
  gtk_editable_select_region (GTK_EDITABLE (title), 0, -1);
}

static void
add_revenue_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  add_line (FF_BUSINESS_BUDGET_VIEW (widget), FF_BUSINESS_REVENUE);
}

static void
add_cost_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  add_line (FF_BUSINESS_BUDGET_VIEW (widget), FF_BUSINESS_COST);
}

static void
remove_line_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FfBusinessBudgetView *self = FF_BUSINESS_BUDGET_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(FfRecord) line = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* An undo brings the line back as it was last typed. */
  ff_autosave_flush (self->autosave);
  line = ff_record_load (self->store, BUDGET_TYPE, id, &error);
  if (line == NULL || !ff_record_set_deleted (self->store, BUDGET_TYPE, id, TRUE, &error))
    {
      ff_toast_show_message (widget, error->message);
      return;
    }

  ff_business_budget_view_reload (self);
  /* Translators: after a record (a participant, an employer …) was deleted; %s is its
   * name */
  message = g_strdup_printf (_("“%s” deleted"), ff_record_get_title (line));
  ff_toast_show_undo (widget, message, "budget.undo-remove-line", id);
}

static void
undo_remove_line_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FfBusinessBudgetView *self = FF_BUSINESS_BUDGET_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!ff_record_set_deleted (self->store, BUDGET_TYPE, g_variant_get_int64 (parameter),
                              FALSE, &error))
    ff_toast_show_message (widget, error->message);
  ff_business_budget_view_reload (self);
}

/* The object */

static void
ff_business_budget_view_dispose (GObject *object)
{
  FfBusinessBudgetView *self = FF_BUSINESS_BUDGET_VIEW (object);

  g_clear_pointer (&self->lines, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_BUSINESS_BUDGET_VIEW);
  g_clear_object (&self->autosave);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ff_business_budget_view_parent_class)->dispose (object);
}

static void
ff_business_budget_view_class_init (FfBusinessBudgetViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_business_budget_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-business-budget-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, months_box);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, revenue_box);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, cost_box);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, result_box);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, liquidity_box);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, vat_row);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, revenue_total_label);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, cost_total_label);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, result_total_label);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, break_even_label);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, opening_label);
  gtk_widget_class_bind_template_child (widget_class, FfBusinessBudgetView, gap_label);

  gtk_widget_class_install_action (widget_class, "budget.add-revenue", NULL, add_revenue_action);
  gtk_widget_class_install_action (widget_class, "budget.add-cost", NULL, add_cost_action);
  gtk_widget_class_install_action (widget_class, "budget.remove-line", "x", remove_line_action);
  gtk_widget_class_install_action (widget_class, "budget.undo-remove-line", "x",
                                   undo_remove_line_action);
}

/* A row of labels lined up with the lines' columns: @title first, then @texts (NULL:
 * empty labels, set later). */
static void
fill_row (FfBusinessBudgetView *self,
          GtkWidget            *box,
          const char           *title,
          GtkWidget            *labels[N_COLUMNS],
          gboolean              heading)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      if (c == 0)
        {
          gtk_label_set_label (GTK_LABEL (label), title);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
        }
      else
        gtk_label_set_xalign (GTK_LABEL (label), 1);
      if (heading)
        gtk_widget_add_css_class (label, "heading");
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (box), label);
      gtk_widget_set_size_request (label, column_width (c), -1);
      labels[c] = label;
    }
}

static void
ff_business_budget_view_init (FfBusinessBudgetView *self)
{
  GtkWidget *months[N_COLUMNS];

  self->lines = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: the head of the column of the titles of budget lines */
  fill_row (self, self->months_box, C_("budget", "Month"), months, TRUE);
  for (guint m = 1; m <= FF_BUSINESS_MONTHS; m++)
    {
      g_autofree char *number = g_strdup_printf ("%u", m);

      gtk_label_set_label (GTK_LABEL (months[m]), number);
    }
  /* Translators: the head of the column of the yearly totals of budget lines */
  gtk_label_set_label (GTK_LABEL (months[N_COLUMNS - 1]), C_("budget", "Year"));

  fill_row (self, self->result_box, _("Result"), self->result_labels, FALSE);
  fill_row (self, self->liquidity_box, _("Liquidity"), self->liquidity_labels, FALSE);
  ff_business_budget_init (&self->budget);
}

void
ff_business_budget_view_set_plan (FfBusinessBudgetView *self,
                                  FfStore              *store,
                                  FfAutosave           *autosave,
                                  gint64                plan_id)
{
  g_return_if_fail (FF_IS_BUSINESS_BUDGET_VIEW (self));
  g_return_if_fail (FF_IS_STORE (store));
  g_return_if_fail (FF_IS_AUTOSAVE (autosave));

  g_set_object (&self->store, store);
  g_set_object (&self->autosave, autosave);
  self->plan_id = plan_id;
  ff_business_budget_view_reload (self);
}

const FfBusinessBudget *
ff_business_budget_view_get_budget (FfBusinessBudgetView *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_BUDGET_VIEW (self), NULL);

  return &self->budget;
}

FfBusinessBudgetLine *
ff_business_budget_view_get_line (FfBusinessBudgetView *self,
                                  gint64                line_id)
{
  g_return_val_if_fail (FF_IS_BUSINESS_BUDGET_VIEW (self), NULL);

  return g_hash_table_lookup (self->lines, &line_id);
}

guint
ff_business_budget_view_get_n_lines (FfBusinessBudgetView *self)
{
  g_return_val_if_fail (FF_IS_BUSINESS_BUDGET_VIEW (self), 0);

  return g_hash_table_size (self->lines);
}

const char *
ff_business_budget_view_get_break_even_text (FfBusinessBudgetView *self)
{
  return gtk_label_get_label (self->break_even_label);
}

const char *
ff_business_budget_view_get_result_text (FfBusinessBudgetView *self)
{
  return gtk_label_get_label (self->result_total_label);
}

const char *
ff_business_budget_view_get_revenue_text (FfBusinessBudgetView *self)
{
  return gtk_label_get_label (self->revenue_total_label);
}

const char *
ff_business_budget_view_get_cost_text (FfBusinessBudgetView *self)
{
  return gtk_label_get_label (self->cost_total_label);
}

gboolean
ff_business_budget_view_get_vat_shown (FfBusinessBudgetView *self)
{
  return gtk_widget_get_visible (self->vat_row);
}
