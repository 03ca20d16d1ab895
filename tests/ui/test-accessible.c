/* test-accessible.c — the names a screen reader says, set once for every widget
 * (src/ui/ff-accessible.c), and the refused value a field shows and tells
 * (src/ui/ff-field-error.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ff-field-error.h"
#include "ff-ui-test.h"

typedef struct
{
  GtkWindow *window;
  GtkBox    *box;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->box));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Shows the window: the names are set when a widget is first shown. */
static void
show (Fixture *fixture)
{
  gtk_window_present (fixture->window);
  g_assert_true (ff_ui_test_wait_until (is_mapped, fixture->window, 5));
}

static void
assert_label (GtkWidget  *widget,
              const char *expected)
{
  gtk_test_accessible_assert_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
}

/* Named @clean: by that label, or, with no label, by its own child label (which reads
 * without the underscore), as GTK names a button. */
static void
assert_named (GtkWidget  *widget,
              const char *clean)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    assert_label (widget, clean);
  else
    g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY));
}

static void
test_mnemonic_button (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *button = gtk_button_new_with_mnemonic ("C_reate");
  GtkWidget *plain = gtk_button_new_with_label ("Save_as");

  gtk_box_append (fixture->box, button);
  gtk_box_append (fixture->box, plain);

  /* GTK names it "C_reate", and by its label, "Create", too. */
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "C_reate");
  show (fixture);

  /* The label alone names it: "Create". */
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  /* And after a change of its text. */
  gtk_button_set_label (GTK_BUTTON (button), "C_hange");
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* An underscore without use-underline is a character like any other. */
  assert_label (plain, "Save_as");
}

static void
test_mnemonic_check_button_and_row (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkWidget *check = gtk_check_button_new_with_mnemonic ("_Show archived");
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Sub__goal _text");
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (fixture->box, check);
  gtk_box_append (fixture->box, list);
  show (fixture);

  assert_named (check, "Show archived");
  assert_named (row, "Sub_goal text");

  gtk_check_button_set_label (GTK_CHECK_BUTTON (check), "Show _deleted");
  assert_named (check, "Show deleted");
}

static void
test_no_type_names (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *untitled = adw_preferences_group_new ();
  GtkWidget *untitled_row = adw_action_row_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *bin = adw_bin_new ();
  GtkWidget *icon_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *tooltip_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkStackPage *page;
  GtkWidget *list;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), "Identity");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), adw_action_row_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (untitled),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "Programme and status",
                                  -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (untitled), untitled_row);
  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("shown"), "page");
  gtk_widget_set_tooltip_text (tooltip_button, "Add a sub-goal");
  gtk_box_append (fixture->box, group);
  gtk_box_append (fixture->box, untitled);
  gtk_box_append (fixture->box, stack);
  gtk_box_append (fixture->box, bin);
  gtk_box_append (fixture->box, icon_button);
  gtk_box_append (fixture->box, tooltip_button);
  show (fixture);

  /* A layout widget and an untitled stack page say nothing ("" rather than "AdwBin",
   * "GtkStackPage"). */
  assert_label (bin, "");
  page = gtk_stack_get_page (GTK_STACK (stack), gtk_stack_get_visible_child (GTK_STACK (stack)));
  gtk_test_accessible_assert_property (page, GTK_ACCESSIBLE_PROPERTY_LABEL, "");

  /* An untitled group's list is named by the group. */
  list = gtk_widget_get_parent (untitled_row);
  g_assert_true (GTK_IS_LIST_BOX (list));
  gtk_test_accessible_assert_relation (list, GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       untitled, NULL);

  /* An icon-only button is named by its tooltip, or what its icon means. */
  assert_label (tooltip_button, "Add a sub-goal");
  assert_label (icon_button, "Add");
}

static void
test_field_error (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *next = adw_entry_row_new ();
  GtkWidget *entry = gtk_entry_new ();
  const char *message = "The check digits do not match: look for a typing error, "
                        "and mind that a D-nummer starts with 4 to 7.";

  gtk_widget_set_tooltip_text (row, "11 digits");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_list_box_append (GTK_LIST_BOX (list), next);
  gtk_box_append (fixture->box, list);
  gtk_box_append (fixture->box, entry);
  gtk_window_set_default_size (fixture->window, 360, -1);
  show (fixture);
  g_assert_null (ff_ui_test_refusal (row));

  /* Whole, under the row, in the same list; the hint stays the tooltip. */
  ff_field_error_show (row, "11 digits", message);
  g_assert_cmpstr (ff_ui_test_refusal (row), ==, message);
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (ff_field_error_get_for (row))) == list);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, "11 digits");
  g_assert_null (ff_ui_test_refusal (next));

  /* Another message takes its place; no second line. */
  ff_field_error_show (row, "11 digits", "Type 11 digits.");
  g_assert_cmpstr (ff_ui_test_refusal (row), ==, "Type 11 digits.");
  g_assert_true (gtk_widget_get_next_sibling (
    gtk_widget_get_next_sibling (row)) == next);

  /* Hidden with its field. */
  gtk_widget_set_visible (row, FALSE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (ff_field_error_get_for (row))));
  gtk_widget_set_visible (row, TRUE);

  /* Valid again: gone, and so is the state. */
  ff_field_error_show (row, "11 digits", NULL);
  g_assert_null (ff_ui_test_refusal (row));
  g_assert_true (gtk_widget_get_next_sibling (row) == next);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "11 digits");

  /* In a box, as in the New dialogs: a line after the entry. */
  ff_field_error_show (entry, NULL, message);
  g_assert_cmpstr (ff_ui_test_refusal (entry), ==, message);
  ff_field_error_show (entry, NULL, NULL);
  g_assert_null (ff_ui_test_refusal (entry));
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add ("/ui/accessible/mnemonic-button-reads-without-underscore", Fixture, NULL,
              fixture_set_up, test_mnemonic_button, fixture_tear_down);
  g_test_add ("/ui/accessible/mnemonic-check-button-and-row-read-without-underscore",
              Fixture, NULL,
              fixture_set_up, test_mnemonic_check_button_and_row, fixture_tear_down);
  g_test_add ("/ui/accessible/no-widget-type-names", Fixture, NULL,
              fixture_set_up, test_no_type_names, fixture_tear_down);
  g_test_add ("/ui/field-error/shows-the-whole-message-and-tells-it", Fixture, NULL,
              fixture_set_up, test_field_error, fixture_tear_down);

  return g_test_run ();
}
