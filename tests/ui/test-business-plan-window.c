/* test-business-plan-window.c — business plans from the participant's page: made, written,
 * budgeted and sent for review in their window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-business-budget.h"
#include "ff-business-plan.h"
#include "ff-business-plan-dialog.h"
#include "ff-business-plan-group.h"
#include "ff-business-feedback-group.h"
#include "ff-business-funding-group.h"
#include "ff-business-milestone-group.h"
#include "ff-business-plan-window.h"
#include "ff-format.h"
#include "ff-participant-page.h"
#include "ff-test-store.h"
#include "ff-test-util.h"
#include "ff-ui-test.h"

#define BUDGET_TYPE (&ff_business_part_types[FF_BUSINESS_PART_BUDGET])
#define ITEM_TYPE (&ff_business_part_types[FF_BUSINESS_PART_CHECKLIST])

typedef struct
{
  char                 *tmpdir;
  FfStore              *store;
  gint64                participant_id;
  GtkWidget            *window;
  FfParticipantPage    *page;
  FfBusinessPlanWindow *plan_window;
} Fixture;

static GObject *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type))
        return item;
    }

  return NULL;
}

static gboolean
plan_window_is_open (gpointer data)
{
  return find_toplevel (FF_TYPE_BUSINESS_PLAN_WINDOW) != NULL;
}

static gboolean
milestone_group_is_made (gpointer data)
{
  g_autoptr(GPtrArray) groups = ff_ui_test_find_all (GTK_WIDGET (data),
                                                     FF_TYPE_BUSINESS_MILESTONE_GROUP, NULL);

  return groups->len == 1;
}

static FfBusinessPlanGroup *
find_group (Fixture *fixture)
{
  g_autoptr(GPtrArray) groups = ff_ui_test_find_all (GTK_WIDGET (fixture->page),
                                                     FF_TYPE_BUSINESS_PLAN_GROUP, NULL);

  g_assert_cmpuint (groups->len, ==, 1);
  return g_ptr_array_index (groups, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->participant_id = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
  fixture->page = FF_PARTICIPANT_PAGE (ff_participant_page_new (fixture->store));
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  ff_participant_page_set_participant_id (fixture->page, fixture->participant_id);
  ff_participant_page_set_view (fixture->page, "work");
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->plan_window != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->plan_window));
      g_assert_finalize_object (fixture->plan_window);
    }
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (10);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

/* A plan made through the store, opened in its window. */
static gint64
open_new_plan (Fixture *fixture)
{
  const char *values[FF_BUSINESS_PLAN_N_FIELDS] = { NULL };
  g_autoptr(GError) error = NULL;
  gint64 plan_id;

  values[FF_BUSINESS_PLAN_TITLE] = "Varenyky";
  values[FF_BUSINESS_PLAN_KIND] = "food-production";
  plan_id = ff_business_plan_create (fixture->store, fixture->participant_id, values, &error);
  g_assert_no_error (error);

  fixture->plan_window = g_object_ref (ff_business_plan_window_open (fixture->store, plan_id,
                                                                     GTK_WINDOW (fixture->window)));
  ff_business_plan_window_show_budget (fixture->plan_window);
  ff_ui_test_spin (50);

  return plan_id;
}

typedef struct
{
  FfStore *store;
  gint64   plan_id;
  guint    field;
  const char *value;
} StoredField;

static gboolean
plan_field_is_stored (gpointer data)
{
  StoredField *expected = data;
  g_autofree char *value = ff_test_record_field (expected->store, &ff_business_plan_type,
                                                 expected->plan_id, expected->field);

  return g_strcmp0 (value, expected->value) == 0;
}

static void
test_create_from_page (Fixture       *fixture,
                       gconstpointer  data)
{
  FfBusinessPlanGroup *group = find_group (fixture);
  FfBusinessPlanDialog *dialog;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *summary;
  StoredField expected = { fixture->store, 0, FF_BUSINESS_PLAN_SUMMARY,
                           "Dumplings from Poltava, sold frozen" };

  g_assert_cmpuint (ff_business_plan_group_get_n_plans (group), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "business-plans.new", NULL));
  dialog = FF_BUSINESS_PLAN_DIALOG (find_toplevel (FF_TYPE_BUSINESS_PLAN_DIALOG));
  g_assert_nonnull (dialog);

  /* A plan needs a title. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "business-plan-dialog.create",
                                             NULL));
  g_assert_nonnull (ff_ui_test_refusal (ff_business_plan_dialog_get_title_row (dialog)));
  g_assert_false (plan_window_is_open (NULL));

  gtk_editable_set_text (GTK_EDITABLE (ff_business_plan_dialog_get_title_row (dialog)),
                         "Varenyky");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ff_business_plan_dialog_get_kind_row (dialog)),
                              FF_BUSINESS_KIND_FOOD_PRODUCTION);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "business-plan-dialog.create",
                                             NULL));
  g_assert_true (ff_ui_test_wait_until (plan_window_is_open, NULL, 5.0));
  fixture->plan_window =
    g_object_ref (FF_BUSINESS_PLAN_WINDOW (find_toplevel (FF_TYPE_BUSINESS_PLAN_WINDOW)));

  ids = ff_business_plan_query_ids (fixture->store, fixture->participant_id, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  expected.plan_id = g_array_index (ids, gint64, 0);
  g_assert_cmpint (ff_business_plan_window_get_plan_id (fixture->plan_window), ==,
                   expected.plan_id);

  /* It is listed on the page, and starts with the checklist of its kind. */
  g_assert_cmpuint (ff_business_plan_group_get_n_plans (group), ==, 1);
  g_assert_nonnull (ff_business_plan_group_get_row (group, expected.plan_id));
  items = ff_ui_test_find_all (ff_business_plan_window_get_checklist (fixture->plan_window),
                               ADW_TYPE_COMBO_ROW, NULL);
  g_assert_cmpuint (items->len, >=, 4);

  /* A section is saved as it is typed. */
  summary = ff_business_plan_window_get_field (fixture->plan_window, FF_BUSINESS_PLAN_SUMMARY);
  g_assert_true (GTK_IS_TEXT_VIEW (summary));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (summary)),
                            expected.value, -1);
  g_assert_true (ff_ui_test_wait_until (plan_field_is_stored, &expected, 5.0));

  /* Opening it again shows the same window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "business-plans.open", "x",
                                             expected.plan_id));
  g_assert_true (find_toplevel (FF_TYPE_BUSINESS_PLAN_WINDOW) == G_OBJECT (fixture->plan_window));
}

static void
test_new_plan_from (Fixture       *fixture,
                    gconstpointer  data)
{
  FfBusinessPlanGroup *group = find_group (fixture);
  const char *values[FF_BUSINESS_PLAN_N_FIELDS] = { NULL };
  const char *line[FF_BUSINESS_BUDGET_N_FIELDS] = { NULL };
  FfBusinessPlanDialog *dialog;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *kind = NULL;
  gint64 other, source, copy;

  other = ff_test_add_participant (fixture->store, "Taras", "Shevchuk");
  values[FF_BUSINESS_PLAN_TITLE] = "Taras’ food truck";
  values[FF_BUSINESS_PLAN_KIND] = "food-truck";
  values[FF_BUSINESS_PLAN_SUMMARY] = "Shawarma for Taras's village";
  source = ff_business_plan_create (fixture->store, other, values, NULL);
  g_assert_cmpint (source, >, 0);
  line[FF_BUSINESS_BUDGET_SIDE] = "cost";
  line[FF_BUSINESS_BUDGET_TITLE] = "Diesel";
  line[FF_BUSINESS_BUDGET_MONTH_1] = "1500";
  g_assert_cmpint (ff_record_insert (fixture->store, BUDGET_TYPE, source, line, NULL), >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "business-plans.new-from",
                                             NULL));
  dialog = FF_BUSINESS_PLAN_DIALOG (find_toplevel (FF_TYPE_BUSINESS_PLAN_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (ff_business_plan_dialog_get_source_row (dialog)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (ff_business_plan_dialog_get_source_row (dialog)), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "business-plan-dialog.create",
                                             NULL));
  g_assert_true (ff_ui_test_wait_until (plan_window_is_open, NULL, 5.0));
  fixture->plan_window =
    g_object_ref (FF_BUSINESS_PLAN_WINDOW (find_toplevel (FF_TYPE_BUSINESS_PLAN_WINDOW)));

  ids = ff_business_plan_query_ids (fixture->store, fixture->participant_id, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  copy = g_array_index (ids, gint64, 0);
  g_assert_cmpint (copy, !=, source);
  ff_business_plan_window_show_budget (fixture->plan_window);
  kind = ff_test_record_field (fixture->store, &ff_business_plan_type, copy,
                               FF_BUSINESS_PLAN_KIND);
  g_assert_cmpstr (kind, ==, "food-truck");
  g_assert_cmpuint (ff_business_budget_view_get_n_lines (
                      ff_business_plan_window_get_budget_view (fixture->plan_window)), ==, 1);
  g_assert_cmpuint (ff_business_plan_group_get_n_plans (group), ==, 1);
}

#define MILESTONE_TYPE (&ff_business_part_types[FF_BUSINESS_PART_MILESTONE])

static void
test_milestone (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 plan_id = open_new_plan (fixture);
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) dates = NULL;
  g_autoptr(GPtrArray) switches = NULL;
  GtkWidget *group;
  FfRecord *milestone;

  /* The groups below the sections come after the window's first frame, by themselves. */
  g_assert_true (ff_ui_test_wait_until (milestone_group_is_made, fixture->plan_window, 5.0));
  groups = ff_ui_test_find_all (GTK_WIDGET (fixture->plan_window),
                                FF_TYPE_BUSINESS_MILESTONE_GROUP, NULL);
  g_assert_cmpuint (groups->len, ==, 1);
  group = g_ptr_array_index (groups, 0);
  g_assert_true (group == ff_business_plan_window_get_milestone_group (fixture->plan_window));

  /* The sections made after the first frame stand in their place, between the first
   * sections and the groups below, and save what is typed in them. */
  {
    const char *expected[] = { "Summary", "Business idea", "Product or service",
                               "Customers and market", "Competitors", "Marketing",
                               "Organisation and legal form", "Permits and Registrations" };
    g_autoptr(GPtrArray) all = ff_ui_test_find_all (GTK_WIDGET (fixture->plan_window),
                                                    ADW_TYPE_PREFERENCES_GROUP, NULL);
    g_autoptr(GPtrArray) views = NULL;
    g_autofree char *competitors = NULL;
    guint next = 0;

    for (guint i = 0; i < all->len && next < G_N_ELEMENTS (expected); i++)
      if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (all, i)),
                     expected[next]) == 0)
        next++;
    g_assert_cmpuint (next, ==, G_N_ELEMENTS (expected));

    views = ff_ui_test_find_all (GTK_WIDGET (fixture->plan_window), GTK_TYPE_TEXT_VIEW, NULL);
    for (next = 0; next < views->len; next++)
      if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (views, next)), "competitors") == 0)
        break;
    g_assert_cmpuint (next, <, views->len);
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (g_ptr_array_index (views, next)),
                              "Two kebab shops in town", -1);
    ff_business_plan_window_flush (fixture->plan_window);
    competitors = ff_test_record_field (fixture->store, &ff_business_plan_type, plan_id,
                                        FF_BUSINESS_PLAN_COMPETITORS);
    g_assert_cmpstr (competitors, ==, "Two kebab shops in town");
  }
  g_assert_true (gtk_widget_activate_action (group, "milestones.add", NULL));

  rows = ff_ui_test_find_all (group, ADW_TYPE_ENTRY_ROW, NULL);
  dates = ff_ui_test_find_all (group, GTK_TYPE_ENTRY, NULL);
  switches = ff_ui_test_find_all (group, GTK_TYPE_SWITCH, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, 0)), "Register the ENK");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (dates, 0)), "15.03.2027");
  gtk_switch_set_active (g_ptr_array_index (switches, 0), TRUE);
  ff_business_plan_window_flush (fixture->plan_window);

  milestones = ff_record_load_owned (fixture->store, MILESTONE_TYPE, plan_id, NULL);
  g_assert_cmpuint (milestones->len, ==, 1);
  milestone = g_ptr_array_index (milestones, 0);
  g_assert_cmpstr (ff_record_get (milestone, FF_BUSINESS_MILESTONE_WHAT), ==, "Register the ENK");
  g_assert_cmpstr (ff_record_get (milestone, FF_BUSINESS_MILESTONE_DATE), ==, "2027-03-15");
  g_assert_cmpstr (ff_record_get (milestone, FF_BUSINESS_MILESTONE_DONE), ==, "1");
}

static guint
count_items (FfBusinessPlanWindow *window,
             const char           *title)
{
  g_autoptr(GPtrArray) items = NULL;
  guint n = 0;

  items = ff_ui_test_find_all (ff_business_plan_window_get_checklist (window),
                               ADW_TYPE_COMBO_ROW, NULL);
  for (guint i = 0; i < items->len; i++)
    if (title == NULL ||
        g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (items, i)), title) == 0)
      n++;

  return n;
}

/* An item typed in is added; any item can be removed, and comes back with Undo. */
static void
test_checklist_add_remove (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 plan_id = open_new_plan (fixture);
  GtkWidget *list = ff_business_plan_window_get_checklist (fixture->plan_window);
  GtkWidget *new_item = ff_business_plan_window_get_new_item_row (fixture->plan_window);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  guint before = count_items (fixture->plan_window, NULL);
  GtkWidget *row;
  gint64 id;

  /* A blank item is refused in place. */
  gtk_editable_set_text (GTK_EDITABLE (new_item), "   ");
  g_signal_emit_by_name (new_item, "entry-activated");
  g_assert_nonnull (ff_ui_test_refusal (new_item));
  g_assert_cmpuint (count_items (fixture->plan_window, NULL), ==, before);

  gtk_editable_set_text (GTK_EDITABLE (new_item), "Food truck parking permit");
  g_signal_emit_by_name (new_item, "entry-activated");
  g_assert_null (ff_ui_test_refusal (new_item));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (new_item)), ==, "");
  g_assert_cmpuint (count_items (fixture->plan_window, "Food truck parking permit"), ==, 1);
  stored = ff_record_load_owned (fixture->store, ITEM_TYPE, plan_id, NULL);
  g_assert_cmpuint (stored->len, ==, before + 1);
  g_clear_pointer (&stored, g_ptr_array_unref);

  /* Its Remove button takes it off the list and out of the plan. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), before));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Food truck parking permit");
  buttons = ff_ui_test_find_all (row, GTK_TYPE_BUTTON, NULL);
  id = 0;
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)),
                   "checklist.remove") == 0)
      {
        id = g_variant_get_int64 (gtk_actionable_get_action_target_value (
                                    g_ptr_array_index (buttons, i)));
        g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
      }
  g_assert_cmpint (id, !=, 0);
  g_assert_cmpuint (count_items (fixture->plan_window, "Food truck parking permit"), ==, 0);
  stored = ff_record_load_owned (fixture->store, ITEM_TYPE, plan_id, NULL);
  g_assert_cmpuint (stored->len, ==, before);
  g_clear_pointer (&stored, g_ptr_array_unref);

  g_assert_true (gtk_widget_activate_action (list, "checklist.undo-remove", "x", id));
  g_assert_cmpuint (count_items (fixture->plan_window, "Food truck parking permit"), ==, 1);
  stored = ff_record_load_owned (fixture->store, ITEM_TYPE, plan_id, NULL);
  g_assert_cmpuint (stored->len, ==, before + 1);
}

static void
test_feedback (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 plan_id = open_new_plan (fixture);
  g_autoptr(GPtrArray) comments = NULL;
  FfBusinessFeedbackGroup *group;

  group = FF_BUSINESS_FEEDBACK_GROUP (ff_business_plan_window_get_feedback_group (
                                        fixture->plan_window));

  /* A comment needs its reviewer's name. */
  gtk_editable_set_text (GTK_EDITABLE (ff_business_feedback_group_get_text_row (group)),
                         "Price the dumplings higher");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "feedback.add", NULL));
  g_assert_nonnull (ff_ui_test_refusal (ff_business_feedback_group_get_author_row (group)));
  g_assert_cmpuint (ff_business_feedback_group_get_n_comments (group), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (ff_business_feedback_group_get_author_row (group)),
                         "Ivar the chef");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "feedback.add", NULL));
  g_assert_cmpuint (ff_business_feedback_group_get_n_comments (group), ==, 1);
  comments = ff_record_load_owned (fixture->store,
                                   &ff_business_part_types[FF_BUSINESS_PART_FEEDBACK],
                                   plan_id, NULL);
  g_assert_cmpuint (comments->len, ==, 1);
  g_assert_cmpstr (ff_record_get (g_ptr_array_index (comments, 0), FF_BUSINESS_FEEDBACK_AUTHOR),
                   ==, "Ivar the chef");
}

static gint64
line_id (Fixture *fixture,
         gint64   plan_id,
         guint    index)
{
  g_autoptr(GPtrArray) lines = ff_record_load_owned (fixture->store, BUDGET_TYPE, plan_id, NULL);

  g_assert_cmpuint (lines->len, >, index);
  return ff_record_get_id (g_ptr_array_index (lines, index));
}

static GtkWidget *
cell (FfBusinessBudgetView *view,
      gint64                line,
      guint                 month)
{
  FfBusinessBudgetLine *widgets = ff_business_budget_view_get_line (view, line);

  g_assert_nonnull (widgets);
  return ff_business_budget_line_get_cell (widgets, month);
}

static void
assert_money (const char *shown,
              gint64      ore)
{
  g_autofree char *expected = ff_format_money (ore, NULL);

  g_assert_cmpstr (shown, ==, expected);
}

static void
test_budget (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 plan_id = open_new_plan (fixture);
  FfBusinessBudgetView *view = ff_business_plan_window_get_budget_view (fixture->plan_window);
  FfBusinessBudget stored;
  gint64 rent, stove, sales;
  GtkWidget *quick;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "budget.add-cost", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "budget.add-cost", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "budget.add-revenue", NULL));
  g_assert_cmpuint (ff_business_budget_view_get_n_lines (view), ==, 3);
  rent = line_id (fixture, plan_id, 0);
  stove = line_id (fixture, plan_id, 1);
  sales = line_id (fixture, plan_id, 2);
  assert_money (ff_business_budget_view_get_result_text (view), 0);
  g_assert_cmpstr (ff_business_budget_view_get_break_even_text (view), ==, "Never");

  /* Rent: 3 000 every month, by quick entry. */
  quick = ff_business_budget_line_get_quick_entry (ff_business_budget_view_get_line (view, rent));
  gtk_editable_set_text (GTK_EDITABLE (quick), "3 000");
  g_assert_true (gtk_widget_activate_action (
                   GTK_WIDGET (ff_business_budget_view_get_line (view, rent)),
                   "budget-line.fill-monthly", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell (view, rent, 7))), !=, "");

  /* A stove in the first month, and sales of 8 000 a month, typed. */
  gtk_editable_set_text (GTK_EDITABLE (cell (view, stove, 1)), "20000");
  for (guint m = 1; m <= FF_BUSINESS_MONTHS; m++)
    gtk_editable_set_text (GTK_EDITABLE (cell (view, sales, m)), "8 000");

  /* The figures follow the typing, before anything is saved. */
  assert_money (ff_business_budget_view_get_revenue_text (view), 9600000);
  assert_money (ff_business_budget_view_get_cost_text (view), 5600000);
  assert_money (ff_business_budget_view_get_result_text (view), 4000000);
  g_assert_cmpstr (ff_business_budget_view_get_break_even_text (view), ==, "Month 5");
  g_assert_true (ff_business_budget_view_get_vat_shown (view));

  /* … and are those of the database once saved. */
  ff_business_plan_window_flush (fixture->plan_window);
  g_assert_true (ff_business_budget_read (fixture->store, plan_id, &stored, NULL));
  g_assert_cmpint (stored.revenue_total, ==, 9600000);
  g_assert_cmpint (stored.cost_total, ==, 5600000);
  g_assert_cmpint (stored.result_total, ==, 4000000);
  g_assert_cmpuint (stored.break_even_month, ==, 5);
  assert_money (ff_business_budget_view_get_result_text (view), 4000000);
}

static void
test_bad_amount (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *bad[] = { "lots", "-500", "200 000 000" };
  gint64 plan_id = open_new_plan (fixture);
  FfBusinessBudgetView *view = ff_business_plan_window_get_budget_view (fixture->plan_window);
  gint64 line;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "budget.add-cost", NULL));
  line = line_id (fixture, plan_id, 0);
  gtk_editable_set_text (GTK_EDITABLE (cell (view, line, 2)), "1 500");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *m1 = NULL;
      g_autofree char *m2 = NULL;

      gtk_editable_set_text (GTK_EDITABLE (cell (view, line, 1)), bad[i]);
      ff_business_plan_window_flush (fixture->plan_window);
      g_assert_nonnull (ff_ui_test_refusal (cell (view, line, 1)));
      g_assert_null (ff_ui_test_refusal (cell (view, line, 2)));
      /* Not saved, and nothing else lost: the refused text stays to be mended. */
      m1 = ff_test_record_field (fixture->store, BUDGET_TYPE, line, FF_BUSINESS_BUDGET_MONTH_1);
      m2 = ff_test_record_field (fixture->store, BUDGET_TYPE, line,
                                 FF_BUSINESS_BUDGET_MONTH_1 + 1);
      g_assert_true (m1 == NULL || *m1 == '\0' || g_strcmp0 (m1, "0") == 0);
      g_assert_cmpstr (m2, ==, "150000");
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cell (view, line, 1))), ==, bad[i]);
      assert_money (ff_business_budget_view_get_cost_text (view), 150000);
    }

  gtk_editable_set_text (GTK_EDITABLE (cell (view, line, 1)), "500");
  ff_business_plan_window_flush (fixture->plan_window);
  g_assert_null (ff_ui_test_refusal (cell (view, line, 1)));
  assert_money (ff_business_budget_view_get_cost_text (view), 200000);
}

static void
test_status_marks_and_legal_form (Fixture       *fixture,
                                  gconstpointer  data)
{
  gint64 plan_id = open_new_plan (fixture);
  GtkWidget *window = GTK_WIDGET (fixture->plan_window);
  FfBusinessSectionState states[FF_BUSINESS_N_SECTIONS];
  g_autofree char *status = NULL;
  GtkWidget *legal_form;
  GtkWidget *status_row;
  GtkWidget *reminder;
  GtkWidget *mark;

  /* A draft goes to review, never straight to final. */
  gtk_widget_activate_action (window, "business-plan.to-final", NULL);
  status = ff_test_record_field (fixture->store, &ff_business_plan_type, plan_id,
                                 FF_BUSINESS_PLAN_STATUS);
  g_assert_cmpstr (status, ==, "draft");
  g_clear_pointer (&status, g_free);
  g_assert_true (gtk_widget_activate_action (window, "business-plan.to-review", NULL));
  status = ff_test_record_field (fixture->store, &ff_business_plan_type, plan_id,
                                 FF_BUSINESS_PLAN_STATUS);
  g_assert_cmpstr (status, ==, "in-review");
  status_row = ff_business_plan_window_get_status_row (fixture->plan_window);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (status_row)),
                                   "In review"));

  /* A reviewer's mark. */
  mark = ff_business_plan_window_get_mark (fixture->plan_window, FF_BUSINESS_SECTION_MARKET);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (mark), 2);
  g_assert_true (ff_business_plan_section_states (fixture->store, plan_id, states, NULL));
  g_assert_cmpint (states[FF_BUSINESS_SECTION_MARKET], ==, FF_BUSINESS_SECTION_NEEDS_WORK);

  /* An AS reminds of its share capital. */
  reminder = ff_business_plan_window_get_reminder_row (fixture->plan_window);
  g_assert_false (gtk_widget_get_visible (reminder));
  legal_form = ff_business_plan_window_get_field (fixture->plan_window,
                                                  FF_BUSINESS_PLAN_LEGAL_FORM);
  adw_combo_row_set_selected (ADW_COMBO_ROW (legal_form),
                              ff_choice_list_index (&ff_business_legal_forms, "as"));
  g_assert_true (gtk_widget_get_visible (reminder));
}

static void
test_funding_gap (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 plan_id = open_new_plan (fixture);
  GtkWidget *group = ff_business_plan_window_get_funding_group (fixture->plan_window);
  FfBusinessBudgetView *view = ff_business_plan_window_get_budget_view (fixture->plan_window);
  g_autoptr(GPtrArray) amounts = NULL;
  FfBusinessBudget stored;

  g_assert_true (gtk_widget_activate_action (group, "funding.add-startup", NULL));
  g_assert_true (gtk_widget_activate_action (group, "funding.add-financing", NULL));
  amounts = ff_ui_test_find_all (group, GTK_TYPE_ENTRY, NULL);
  g_assert_cmpuint (amounts->len, ==, 2);

  /* A van of 50 000 kr, 20 000 kr of one's own: 30 000 kr are missing. */
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (amounts, 0)), "50 000");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (amounts, 1)), "20000");
  ff_business_plan_window_flush (fixture->plan_window);

  g_assert_true (ff_business_budget_read (fixture->store, plan_id, &stored, NULL));
  g_assert_cmpint (stored.startup_total, ==, 5000000);
  g_assert_cmpint (stored.financing_total, ==, 2000000);
  assert_money (ff_business_funding_group_get_gap_text (FF_BUSINESS_FUNDING_GROUP (group)),
                3000000);
  g_assert_cmpint (ff_business_budget_view_get_budget (view)->financing_gap, ==, 3000000);
}

/* Export as PDF from the window: what was typed a moment ago is in it, with the
 * budget's totals, and the export is in the audit log. */
static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->tmpdir, "varenyky.pdf", NULL);
  g_autofree char *text = NULL;
  const char *line[FF_BUSINESS_BUDGET_N_FIELDS] = { NULL };
  GtkWidget *summary;
  gint64 plan_id;

  plan_id = open_new_plan (fixture);
  line[FF_BUSINESS_BUDGET_SIDE] = "revenue";
  line[FF_BUSINESS_BUDGET_TITLE] = "Dumplings at the market";
  line[FF_BUSINESS_BUDGET_MONTH_1] = "12500";
  g_assert_cmpint (ff_record_insert (fixture->store, BUDGET_TYPE, plan_id, line, &error), >, 0);
  g_assert_no_error (error);
  ff_ui_test_spin (20);

  /* Typed, and exported before the pause that would save it. */
  summary = ff_business_plan_window_get_field (fixture->plan_window, FF_BUSINESS_PLAN_SUMMARY);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (summary)),
                            "Dumplings from Kyiv in Kvænangen", -1);
  g_assert_true (ff_business_plan_window_export_to_path (fixture->plan_window, path, FALSE,
                                                         &error));
  g_assert_no_error (error);
  g_assert_cmpint (ff_test_query_int (fixture->store, "SELECT count(*) FROM audit"
                                                      " WHERE new_value = 'exported:business-plan'"),
                   ==, 1);

  text = ff_test_pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (text, "Varenyky"));
  g_assert_nonnull (strstr (text, "Dumplings from Kyiv in Kvænangen"));
  g_assert_nonnull (strstr (text, "Dumplings at the market"));
  g_assert_nonnull (strstr (text, "12 500"));
}

int
main (int    argc,
      char **argv)
{
  ff_ui_test_init (&argc, &argv);

  g_test_add ("/ui/business-plan/create-from-page", Fixture, NULL, fixture_set_up,
              test_create_from_page, fixture_tear_down);
  g_test_add ("/ui/business-plan/budget/totals-follow-typing", Fixture, NULL, fixture_set_up,
              test_budget, fixture_tear_down);
  g_test_add ("/ui/business-plan/budget/bad-amount-marked-not-saved", Fixture, NULL,
              fixture_set_up, test_bad_amount, fixture_tear_down);
  g_test_add ("/ui/business-plan/status-marks-legal-form", Fixture, NULL, fixture_set_up,
              test_status_marks_and_legal_form, fixture_tear_down);

  g_test_add ("/ui/business-plan/new-plan-from", Fixture, NULL, fixture_set_up,
              test_new_plan_from, fixture_tear_down);
  g_test_add ("/ui/business-plan/milestone", Fixture, NULL, fixture_set_up,
              test_milestone, fixture_tear_down);
  g_test_add ("/ui/business-plan/checklist-add-remove", Fixture, NULL, fixture_set_up,
              test_checklist_add_remove, fixture_tear_down);
  g_test_add ("/ui/business-plan/feedback", Fixture, NULL, fixture_set_up,
              test_feedback, fixture_tear_down);
  g_test_add ("/ui/business-plan/export-pdf", Fixture, NULL, fixture_set_up,
              test_export_pdf, fixture_tear_down);
  g_test_add ("/ui/business-plan/funding-gap", Fixture, NULL, fixture_set_up,
              test_funding_gap, fixture_tear_down);

  return g_test_run ();
}
