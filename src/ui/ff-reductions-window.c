/* ff-reductions-window.c — the reductions of the introduction benefit for all the
 * participants of a programme, per payment period, for whoever pays the benefit
 *
 * One call to ff_course_reductions() fills the list; its lines are items over that one
 * array, drawn by a column view as they scroll into sight.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ff-course-absence.h"
#include "ff-field-error.h"
#include "ff-format.h"
#include "ff-course-documents.h"
#include "ff-reductions-window.h"
#include "ff-validate.h"

enum
{
  COLUMN_NAME,
  COLUMN_PERIOD,
  COLUMN_PAYMENT,
  COLUMN_PLANNED,
  COLUMN_UNEXCUSED,
  COLUMN_REDUCTION,
  COLUMN_DECISION,
  N_COLUMNS
};

/* One line of the list: a row of the array the list was read into. */
#define FF_TYPE_REDUCTION_LINE (ff_reduction_line_get_type ())
G_DECLARE_FINAL_TYPE (FfReductionLine, ff_reduction_line, FF, REDUCTION_LINE, GObject)

struct _FfReductionLine
{
  GObject   parent_instance;

  GArray   *rows;        /* FfReductionRow, shared by the lines of one list */
  guint     index;
};

G_DEFINE_FINAL_TYPE (FfReductionLine, ff_reduction_line, G_TYPE_OBJECT)

static void
ff_reduction_line_finalize (GObject *object)
{
  FfReductionLine *self = FF_REDUCTION_LINE (object);

  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (ff_reduction_line_parent_class)->finalize (object);
}

static void
ff_reduction_line_class_init (FfReductionLineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ff_reduction_line_finalize;
}

static void
ff_reduction_line_init (FfReductionLine *self)
{
}

static const FfReductionRow *
line_row (FfReductionLine *line)
{
  return &g_array_index (line->rows, FfReductionRow, line->index);
}

struct _FfReductionsWindow
{
  AdwWindow        parent_instance;

  FfStore         *store;
  gint64           programme_id;
  GListStore      *lines;          /* FfReductionLine */
  char             from[11];       /* the days of the list shown */
  char             to[11];
  guint            reload_id;

  /* template children */
  AdwWindowTitle  *window_title;
  GtkEditable     *from_entry;
  GtkEditable     *to_entry;
  GtkStack        *stack;
  AdwStatusPage   *empty_page;
  GtkColumnView   *column_view;
  GtkColumnViewColumn *columns[N_COLUMNS];
  GtkLabel        *totals_label;
};

G_DEFINE_FINAL_TYPE (FfReductionsWindow, ff_reductions_window, ADW_TYPE_WINDOW)

/* What the menu's actions do with the list shown (ff-course-documents.h). */
static const struct
{
  const char *action;
  void (*output) (GtkWindow  *parent,
                  FfStore    *store,
                  gint64      programme_id,
                  const char *from,
                  const char *to);
} outputs[] = {
  { "reductions.print", ff_course_documents_print_reductions },
  { "reductions.export-pdf", ff_course_documents_export_reductions_pdf },
  { "reductions.export-csv", ff_course_documents_export_reductions_csv },
};

static char *
hours_of (guint minutes)
{
  return ff_format_hours (minutes / 60.0, NULL);
}

/* The text of one cell, as the list shows it. */
static char *
cell_text (const FfReductionRow *row,
           guint                 column)
{
  switch (column)
    {
    case COLUMN_NAME:
      return g_strdup (row->name);
    case COLUMN_PERIOD:
      {
        g_autofree char *first = ff_format_date (row->first_day, NULL);
        g_autofree char *last = ff_format_date (row->last_day, NULL);

        /* Translators: a payment period, from its first to its last day */
        return g_strdup_printf (C_("payment period", "%s – %s"), first, last);
      }
    case COLUMN_PAYMENT:
      return ff_format_money (row->reduction.payment, NULL);
    case COLUMN_PLANNED:
      return hours_of (row->planned_minutes);
    case COLUMN_UNEXCUSED:
      return hours_of (row->unexcused_minutes);
    case COLUMN_REDUCTION:
      return ff_format_money (row->reduction.reduction, NULL);
    case COLUMN_DECISION:
      /* Translators: in the column "Individual decision" of the reductions list */
      return g_strdup (row->reduction.individual_decision ? C_("individual decision", "Needed")
                                                          : "");
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  gboolean number = column >= COLUMN_PAYMENT && column <= COLUMN_REDUCTION;
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", number ? 1.0f : 0.0f,
                                   "ellipsize", column == COLUMN_NAME ? PANGO_ELLIPSIZE_END
                                                                      : PANGO_ELLIPSIZE_NONE,
                                   NULL);

  if (number)
    gtk_widget_add_css_class (label, "numeric");
  if (column == COLUMN_DECISION)
    {
      gtk_widget_add_css_class (label, "error");
      gtk_widget_add_css_class (label, "heading");
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  FfReductionLine *line = gtk_list_item_get_item (item);
  g_autofree char *text = cell_text (line_row (line), GPOINTER_TO_UINT (user_data));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
show_totals (FfReductionsWindow *self,
             GArray             *rows)
{
  gint64 payment = 0, reduction = 0, paid = 0;
  guint decisions = 0;
  g_autofree char *payment_text = NULL;
  g_autofree char *reduction_text = NULL;
  g_autofree char *paid_text = NULL;
  g_autofree char *sums = NULL;
  g_autofree char *flagged = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      const FfReductionRow *row = &g_array_index (rows, FfReductionRow, i);

      payment += row->reduction.payment;
      reduction += row->reduction.reduction;
      paid += row->reduction.paid;
      decisions += row->reduction.individual_decision ? 1 : 0;
    }

  payment_text = ff_format_money (payment, NULL);
  reduction_text = ff_format_money (reduction, NULL);
  paid_text = ff_format_money (paid, NULL);
  /* Translators: the totals under the reductions list: payments before reductions, the
   * reductions, and what is paid */
  sums = g_strdup_printf (_("Total: payments %s, reductions %s, to be paid %s"), payment_text,
                          reduction_text, paid_text);
  /* Translators: under the reductions list; %u is a number of payment periods */
  flagged = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u payment period needs an individual decision",
                                          "%u payment periods need an individual decision",
                                          decisions), decisions);
  text = g_strdup_printf (C_("reductions totals", "%s · %s"), sums, flagged);
  gtk_label_set_text (self->totals_label, text);
}

/* Checks a day typed; a refusal is marked on its field. */
static gboolean
read_day (GtkEditable  *entry,
          char        **day)
{
  g_autoptr(GError) error = NULL;

  if (!ff_validate_date (gtk_editable_get_text (entry), FF_DATE_ANY, day, &error)
      || *day == NULL || **day == '\0')
    {
      ff_field_error_show (GTK_WIDGET (entry), NULL,
                           error != NULL ? error->message : _("Type a date, as 01.04.2025."));
      return FALSE;
    }

  ff_field_error_show (GTK_WIDGET (entry), NULL, NULL);
  return TRUE;
}

static void
reload (FfReductionsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree FfReductionLine **lines = NULL;
  gboolean valid;

  valid = read_day (self->from_entry, &from);
  valid &= read_day (self->to_entry, &to);
  if (!valid)
    return;

  rows = ff_course_reductions (self->store, self->programme_id, from, to, &error);
  if (rows == NULL)
    {
      /* The days typed, or no G in force: said where it can be mended. */
      if (g_error_matches (error, FF_VALIDATE_ERROR, FF_VALIDATE_ERROR_IMPLAUSIBLE)
          && strcmp (from, to) > 0)
        ff_field_error_show (GTK_WIDGET (self->to_entry), NULL, error->message);
      else
        {
          adw_status_page_set_title (self->empty_page, _("Could Not Work Out the Reductions"));
          adw_status_page_set_description (self->empty_page, error->message);
          gtk_stack_set_visible_child_name (self->stack, "empty");
          g_list_store_remove_all (self->lines);
          gtk_label_set_text (self->totals_label, "");
        }
      return;
    }

  g_strlcpy (self->from, from, sizeof self->from);
  g_strlcpy (self->to, to, sizeof self->to);

  lines = g_new (FfReductionLine *, MAX (rows->len, 1));
  for (guint i = 0; i < rows->len; i++)
    {
      lines[i] = g_object_new (FF_TYPE_REDUCTION_LINE, NULL);
      lines[i]->rows = g_array_ref (rows);
      lines[i]->index = i;
    }
  g_list_store_splice (self->lines, 0, g_list_model_get_n_items (G_LIST_MODEL (self->lines)),
                       (gpointer *) lines, rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_object_unref (lines[i]);

  show_totals (self, rows);
  if (rows->len == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Payment Periods"));
      adw_status_page_set_description (self->empty_page,
                                       _("No participant of this programme is paid a benefit "
                                         "for a payment period that ends in these days. Set "
                                         "the benefit on a participant's page, under "
                                         "Programmes."));
    }
  gtk_stack_set_visible_child_name (self->stack, rows->len > 0 ? "list" : "empty");
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  reload (FF_REDUCTIONS_WINDOW (widget));
}

static void
output_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FfReductionsWindow *self = FF_REDUCTIONS_WINDOW (widget);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    if (g_strcmp0 (action_name, outputs[i].action) == 0 && *self->from != '\0')
      outputs[i].output (GTK_WINDOW (self), self->store, self->programme_id, self->from,
                         self->to);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  FfReductionsWindow *self = user_data;

  self->reload_id = 0;
  reload (self);

  return G_SOURCE_REMOVE;
}

/* Marks, courses and G are announced as changes of courses, a benefit as one of an
 * enrolment. */
static void
store_changed_cb (FfStore            *store,
                  FfRecordKind        kind,
                  gint64              id,
                  FfReductionsWindow *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

static void
ff_reductions_window_dispose (GObject *object)
{
  FfReductionsWindow *self = FF_REDUCTIONS_WINDOW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), FF_TYPE_REDUCTIONS_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->lines);

  G_OBJECT_CLASS (ff_reductions_window_parent_class)->dispose (object);
}

static void
ff_reductions_window_class_init (FfReductionsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ff_reductions_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ff-reductions-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FfReductionsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FfReductionsWindow, from_entry);
  gtk_widget_class_bind_template_child (widget_class, FfReductionsWindow, to_entry);
  gtk_widget_class_bind_template_child (widget_class, FfReductionsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FfReductionsWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, FfReductionsWindow, column_view);
  gtk_widget_class_bind_template_child_full (widget_class, "name_column", FALSE,
                                             G_STRUCT_OFFSET (FfReductionsWindow,
                                                              columns[COLUMN_NAME]));
  gtk_widget_class_bind_template_child_full (widget_class, "period_column", FALSE,
                                             G_STRUCT_OFFSET (FfReductionsWindow,
                                                              columns[COLUMN_PERIOD]));
  gtk_widget_class_bind_template_child_full (widget_class, "payment_column", FALSE,
                                             G_STRUCT_OFFSET (FfReductionsWindow,
                                                              columns[COLUMN_PAYMENT]));
  gtk_widget_class_bind_template_child_full (widget_class, "planned_column", FALSE,
                                             G_STRUCT_OFFSET (FfReductionsWindow,
                                                              columns[COLUMN_PLANNED]));
  gtk_widget_class_bind_template_child_full (widget_class, "unexcused_column", FALSE,
                                             G_STRUCT_OFFSET (FfReductionsWindow,
                                                              columns[COLUMN_UNEXCUSED]));
  gtk_widget_class_bind_template_child_full (widget_class, "reduction_column", FALSE,
                                             G_STRUCT_OFFSET (FfReductionsWindow,
                                                              columns[COLUMN_REDUCTION]));
  gtk_widget_class_bind_template_child_full (widget_class, "decision_column", FALSE,
                                             G_STRUCT_OFFSET (FfReductionsWindow,
                                                              columns[COLUMN_DECISION]));
  gtk_widget_class_bind_template_child (widget_class, FfReductionsWindow, totals_label);

  gtk_widget_class_install_action (widget_class, "reductions.show", NULL, show_action);
  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    gtk_widget_class_install_action (widget_class, outputs[i].action, NULL, output_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
entry_activate_cb (FfReductionsWindow *self)
{
  reload (self);
}

static void
ff_reductions_window_init (FfReductionsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->lines = g_list_store_new (FF_TYPE_REDUCTION_LINE);
  gtk_column_view_set_model (self->column_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (
                               G_LIST_MODEL (g_object_ref (self->lines)))));
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (i));
      gtk_column_view_column_set_factory (self->columns[i], factory);
      g_object_unref (factory);
    }

  g_signal_connect_object (self->from_entry, "activate", G_CALLBACK (entry_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_entry, "activate", G_CALLBACK (entry_activate_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
ff_reductions_window_new (GtkWindow  *parent,
                          FfStore    *store,
                          gint64      programme_id,
                          const char *programme_name)
{
  FfReductionsWindow *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) this_month = NULL;
  g_autoptr(GDateTime) last_month = NULL;
  g_autoptr(GDateTime) last_day = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  self = g_object_new (FF_TYPE_REDUCTIONS_WINDOW, "transient-for", parent, NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->store = g_object_ref (store);
  self->programme_id = programme_id;
  adw_window_title_set_subtitle (self->window_title, programme_name);

  /* Last month, at first. */
  this_month = g_date_time_new_local (g_date_time_get_year (now),
                                      g_date_time_get_month (now), 1, 0, 0, 0);
  last_month = g_date_time_add_months (this_month, -1);
  last_day = g_date_time_add_days (this_month, -1);
  from = g_date_time_format (last_month, "%d.%m.%Y");
  to = g_date_time_format (last_day, "%d.%m.%Y");
  gtk_editable_set_text (self->from_entry, from);
  gtk_editable_set_text (self->to_entry, to);

  g_signal_connect_object (store, "changed::course", G_CALLBACK (store_changed_cb), self, 0);
  g_signal_connect_object (store, "changed::enrolment", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);

  return GTK_WIDGET (self);
}

GtkWidget *
ff_reductions_window_get_from_entry (FfReductionsWindow *self)
{
  g_return_val_if_fail (FF_IS_REDUCTIONS_WINDOW (self), NULL);
  return GTK_WIDGET (self->from_entry);
}

GtkWidget *
ff_reductions_window_get_to_entry (FfReductionsWindow *self)
{
  g_return_val_if_fail (FF_IS_REDUCTIONS_WINDOW (self), NULL);
  return GTK_WIDGET (self->to_entry);
}

GtkWidget *
ff_reductions_window_get_totals_label (FfReductionsWindow *self)
{
  g_return_val_if_fail (FF_IS_REDUCTIONS_WINDOW (self), NULL);
  return GTK_WIDGET (self->totals_label);
}

guint
ff_reductions_window_get_n_lines (FfReductionsWindow *self)
{
  g_return_val_if_fail (FF_IS_REDUCTIONS_WINDOW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->lines));
}

char *
ff_reductions_window_dup_cell (FfReductionsWindow *self,
                               guint               line,
                               guint               column)
{
  g_autoptr(FfReductionLine) item = NULL;

  g_return_val_if_fail (FF_IS_REDUCTIONS_WINDOW (self), NULL);
  g_return_val_if_fail (column < N_COLUMNS, NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->lines), line);
  g_return_val_if_fail (item != NULL, NULL);

  return cell_text (line_row (item), column);
}

const char *
ff_reductions_window_get_from (FfReductionsWindow *self)
{
  g_return_val_if_fail (FF_IS_REDUCTIONS_WINDOW (self), NULL);
  return self->from;
}

const char *
ff_reductions_window_get_to (FfReductionsWindow *self)
{
  g_return_val_if_fail (FF_IS_REDUCTIONS_WINDOW (self), NULL);
  return self->to;
}
