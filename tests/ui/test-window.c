/* test-window.c — the window and the participants list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-employer.h"
#include "ff-participant.h"
#include "ff-participant-list-model.h"
#include "ff-participant-page.h"
#include "ff-programme.h"
#include "ff-record-section.h"
#include "ff-ui-test.h"
#include "ff-window.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
record_change_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static gint64
add_participant (FfStore    *store,
                 const char *given,
                 const char *family)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ff_participant_create (store, given, family, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static char *
display_name_at (GListModel *model,
                 guint       position)
{
  g_autoptr(FfParticipant) participant = g_list_model_get_item (model, position);

  g_assert_nonnull (participant);

  return g_strdup (ff_participant_get_display_name (participant));
}

static void
test_list_model_small_change_is_one_change (void)
{
  g_autofree char *tmpdir = NULL;
  FfStore *store = ff_test_store_new (&tmpdir);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autofree char *name = NULL;
  FfParticipantListModel *model;
  Change *change;

  add_participant (store, "Olena", "Kovalenko");
  add_participant (store, "Ahmad", "Ahmadi");
  add_participant (store, "Sahra", "Abdi");

  model = ff_participant_list_model_new (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  g_signal_connect (model, "items-changed", G_CALLBACK (record_change_cb), changes);

  /* A small change is said at once, and only where the list changes. */
  ff_record_list_model_set_search (FF_RECORD_LIST_MODEL (model), "ahmad");
  g_assert_cmpuint (changes->len, ==, 1);
  change = &g_array_index (changes, Change, 0);
  g_assert_cmpuint (change->position, ==, 0);
  g_assert_cmpuint (change->removed, ==, 3);
  g_assert_cmpuint (change->added, ==, 1);
  name = display_name_at (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (name, ==, "Ahmad Ahmadi");

  /* The same search again asks nothing and changes nothing. */
  ff_record_list_model_set_search (FF_RECORD_LIST_MODEL (model), "ahmad");
  g_assert_cmpuint (changes->len, ==, 1);

  ff_record_list_model_clear_filters (FF_RECORD_LIST_MODEL (model));
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);

  g_assert_finalize_object (model);
  ff_test_store_close (store, g_steal_pointer (&tmpdir));
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} ListWait;

static gboolean
list_has_n_items (gpointer data)
{
  ListWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n_items;
}

static void
list_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "heading");
  gtk_list_item_set_child (item, label);
}

static void
list_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       ff_participant_get_display_name (gtk_list_item_get_item (item)));
}

/* The first row the list view shows. */
static char *
first_shown_name (GtkWidget *list)
{
  g_autoptr(GPtrArray) labels = ff_ui_test_find_all (list, GTK_TYPE_LABEL, "heading");

  g_assert_cmpuint (labels->len, >, 0);

  return g_strdup (gtk_label_get_label (g_ptr_array_index (labels, 0)));
}

static void
test_list_model_search_loads_only_what_is_shown (void)
{
  g_autofree char *tmpdir = NULL;
  FfStore *store = ff_test_store_new (&tmpdir);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autofree char *first = NULL;
  g_autofree char *shown = NULL;
  FfParticipantListModel *model;
  GtkWidget *window, *scrolled, *list;
  ListWait wait;
  guint loaded;

  /* Many matches, more than a list view keeps rows for. */
  for (guint i = 0; i < 900; i++)
    {
      g_autofree char *given = g_strdup_printf ("Parwana%03u", i);

      add_participant (store, given, "Haidari");
    }
  for (guint i = 0; i < 100; i++)
    {
      g_autofree char *given = g_strdup_printf ("Olena%03u", i);

      add_participant (store, given, "Kovalenko");
    }

  model = ff_participant_list_model_new (store);
  g_signal_connect (factory, "setup", G_CALLBACK (list_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (list_bind_cb), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                              G_LIST_MODEL (g_object_ref (model)))),
                            g_object_ref (factory));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 400);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  gtk_window_present (GTK_WINDOW (window));
  ff_ui_test_spin (100);

  ff_record_list_model_set_search (FF_RECORD_LIST_MODEL (model), "kovalenko");
  wait = (ListWait) { G_LIST_MODEL (model), 100 };
  g_assert_true (ff_ui_test_wait_until (list_has_n_items, &wait, 5));
  ff_ui_test_spin (100);

  /* From 100 matches to 900 others: only the rows the list shows (and keeps around
   * them) are read, not every match. */
  loaded = ff_record_list_model_get_n_loaded (FF_RECORD_LIST_MODEL (model));
  ff_record_list_model_set_search (FF_RECORD_LIST_MODEL (model), "haidari");
  wait.n_items = 900;
  g_assert_true (ff_ui_test_wait_until (list_has_n_items, &wait, 5));
  ff_ui_test_spin (100);
  g_assert_cmpuint (ff_record_list_model_get_n_loaded (FF_RECORD_LIST_MODEL (model)) - loaded, <, 900 / 2);

  first = display_name_at (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (first, ==, "Parwana000 Haidari");
  shown = first_shown_name (list);
  g_assert_cmpstr (shown, ==, first);
  g_clear_pointer (&shown, g_free);

  /* Back to everyone: the list still begins with the same participant. */
  ff_record_list_model_set_search (FF_RECORD_LIST_MODEL (model), NULL);
  wait.n_items = 1000;
  g_assert_true (ff_ui_test_wait_until (list_has_n_items, &wait, 5));
  ff_ui_test_spin (100);
  shown = first_shown_name (list);
  g_assert_cmpstr (shown, ==, first);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (model);
  ff_test_store_close (store, g_steal_pointer (&tmpdir));
}

static void
test_list_model_follows_the_store (void)
{
  g_autofree char *tmpdir = NULL;
  FfStore *store = ff_test_store_new (&tmpdir);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autofree char *name = NULL;
  FfParticipantListModel *model;
  gint64 olena, ahmad;
  guint position;

  olena = add_participant (store, "Olena", "Kovalenko");
  ahmad = add_participant (store, "Ahmad", "Ahmadi");

  model = ff_participant_list_model_new (store);
  g_signal_connect (model, "items-changed", G_CALLBACK (record_change_cb), changes);

  /* A change that keeps the order shows as a change of that one row. */
  g_assert_true (ff_participant_set_field (store, olena, FF_PARTICIPANT_NATIVE_NAME,
                                           "Олена Коваленко", NULL));
  position = ff_record_list_model_find (FF_RECORD_LIST_MODEL (model), olena);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (changes, Change, 0).position, ==, position);
  g_assert_cmpuint (g_array_index (changes, Change, 0).removed, ==, 1);
  g_assert_cmpuint (g_array_index (changes, Change, 0).added, ==, 1);
  {
    g_autoptr(FfParticipant) participant = g_list_model_get_item (G_LIST_MODEL (model),
                                                                  position);

    g_assert_cmpstr (ff_participant_get_field (participant, FF_PARTICIPANT_NATIVE_NAME), ==,
                     "Олена Коваленко");
  }

  add_participant (store, "Sahra", "Abdi");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  name = display_name_at (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (name, ==, "Sahra Abdi");

  g_assert_true (ff_participant_delete (store, ahmad, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  g_assert_cmpuint (ff_record_list_model_find (FF_RECORD_LIST_MODEL (model), ahmad), ==, G_MAXUINT);

  g_assert_finalize_object (model);
  ff_test_store_close (store, g_steal_pointer (&tmpdir));
}

static void
test_list_model_items_are_right_and_kept (void)
{
  g_autofree char *tmpdir = NULL;
  FfStore *store = ff_test_store_new (&tmpdir);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  FfParticipantListModel *model;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *family = g_strdup_printf ("Family%03u", i);
      gint64 id = add_participant (store, "Given", family);

      g_array_append_val (ids, id);
    }

  model = ff_participant_list_model_new (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 300);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == FF_TYPE_PARTICIPANT);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 300));

  /* Sorted by family name, so position i is the i-th one created. */
  for (guint i = 0; i < 300; i += 37)
    {
      g_autoptr(FfParticipant) first = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autoptr(FfParticipant) again = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_cmpint (ff_participant_get_id (first), ==, g_array_index (ids, gint64, i));
      /* Scrolling back and forth does not load a row twice. */
      g_assert_true (first == again);
    }

  g_assert_finalize_object (model);
  ff_test_store_close (store, g_steal_pointer (&tmpdir));
}

typedef struct
{
  char               *tmpdir;
  FfStore            *store;
  GtkWidget          *window;
  FfRecordSection    *view;
} ViewFixture;

static void
view_set_up (ViewFixture   *fixture,
             gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 700);
  fixture->view = FF_RECORD_SECTION (ff_record_section_new (FF_TYPE_PARTICIPANT_PAGE));
  g_object_ref_sink (fixture->view);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->view));
  gtk_window_set_child (GTK_WINDOW (fixture->window), overlay);
}

static void
view_tear_down (ViewFixture   *fixture,
                gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->view);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

static GtkWidget *
find_one (GtkWidget  *widget,
          GType       type,
          const char *css_class)
{
  g_autoptr(GPtrArray) found = ff_ui_test_find_all (widget, type, css_class);

  g_assert_cmpuint (found->len, >, 0);

  return g_ptr_array_index (found, 0);
}

/* The section's search entry: not one of those in the drop-downs' popovers (a page's
 * filter may have one). */
static GtkEditable *
section_search (ViewFixture *fixture)
{
  g_autoptr(GPtrArray) found = ff_ui_test_find_all (GTK_WIDGET (fixture->view),
                                                    GTK_TYPE_SEARCH_ENTRY, NULL);

  for (guint i = 0; i < found->len; i++)
    if (gtk_widget_get_ancestor (g_ptr_array_index (found, i), GTK_TYPE_POPOVER) == NULL)
      return GTK_EDITABLE (g_ptr_array_index (found, i));

  g_assert_not_reached ();
}

/* The participants list: the list view styled as a sidebar (drop-downs hold list
 * views too). */
static gint64
selected_id (ViewFixture *fixture)
{
  GtkListView *list = GTK_LIST_VIEW (find_one (GTK_WIDGET (fixture->view),
                                               GTK_TYPE_LIST_VIEW, "navigation-sidebar"));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));
  FfParticipant *participant = gtk_single_selection_get_selected_item (selection);

  return participant != NULL ? ff_participant_get_id (participant) : 0;
}

static gint64
open_id (ViewFixture *fixture)
{
  GtkWidget *page = find_one (GTK_WIDGET (fixture->view), FF_TYPE_PARTICIPANT_PAGE, NULL);

  return ff_participant_page_get_participant_id (FF_PARTICIPANT_PAGE (page));
}

static gboolean
search_applied (gpointer data)
{
  ViewFixture *fixture = data;
  GtkListView *list = GTK_LIST_VIEW (find_one (GTK_WIDGET (fixture->view),
                                               GTK_TYPE_LIST_VIEW, "navigation-sidebar"));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))) == 1;
}

static void
test_view_opening_clears_a_hiding_search (ViewFixture   *fixture,
                                          gconstpointer  data)
{
  GtkEditable *search;
  gint64 ahmad;

  add_participant (fixture->store, "Olena", "Kovalenko");
  ahmad = add_participant (fixture->store, "Ahmad", "Ahmadi");
  ff_record_section_set_store (fixture->view, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));

  search = section_search (fixture);
  gtk_editable_set_text (search, "olena");
  g_assert_true (ff_ui_test_wait_until (search_applied, fixture, 5));

  ff_record_section_open (fixture->view, ahmad);

  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
  g_assert_cmpint (selected_id (fixture), ==, ahmad);
  g_assert_cmpint (open_id (fixture), ==, ahmad);
}

static gboolean
leaflet_folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

/* A window narrowed to a phone's width while a participant is open goes on showing
 * that participant, not the list. */
static void
test_view_narrowing_keeps_the_open_participant (ViewFixture   *fixture,
                                                gconstpointer  data)
{
  AdwLeaflet *leaflet;
  GtkWidget *page;
  gint64 olena;

  olena = add_participant (fixture->store, "Olena", "Kovalenko");
  add_participant (fixture->store, "Ahmad", "Ahmadi");
  ff_record_section_set_store (fixture->view, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  leaflet = ADW_LEAFLET (find_one (GTK_WIDGET (fixture->view), ADW_TYPE_LEAFLET, NULL));
  ff_ui_test_spin (100);
  g_assert_false (adw_leaflet_get_folded (leaflet));

  ff_record_section_open (fixture->view, olena);
  g_assert_cmpint (open_id (fixture), ==, olena);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 700);
  g_assert_true (ff_ui_test_wait_until (leaflet_folded, leaflet, 5));
  page = find_one (GTK_WIDGET (fixture->view), FF_TYPE_PARTICIPANT_PAGE, NULL);
  g_assert_true (gtk_widget_is_ancestor (page, adw_leaflet_get_visible_child (leaflet)));
  g_assert_cmpint (open_id (fixture), ==, olena);
}

static const char *
page_view (ViewFixture *fixture)
{
  GtkWidget *page = find_one (GTK_WIDGET (fixture->view), FF_TYPE_PARTICIPANT_PAGE, NULL);

  return ff_participant_page_get_view (FF_PARTICIPANT_PAGE (page));
}

/* Alt+1 … Alt+4 show the page's views in the switcher's order while the keyboard stays
 * in the list, where someone going from one participant to the next keeps it. */
static void
test_view_parts_from_the_keyboard (ViewFixture   *fixture,
                                   gconstpointer  data)
{
  GtkWidget *list;
  GtkWidget *focus;
  gint64 olena;

  olena = add_participant (fixture->store, "Olena", "Kovalenko");
  add_participant (fixture->store, "Ahmad", "Ahmadi");
  ff_record_section_set_store (fixture->view, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_record_section_open (fixture->view, olena);
  list = find_one (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_VIEW, "navigation-sidebar");
  gtk_widget_grab_focus (list);
  ff_ui_test_spin (100);
  g_assert_cmpstr (page_view (fixture), ==, "overview");

  ff_ui_test_press_with_alt (GDK_KEY_3);
  g_assert_cmpstr (page_view (fixture), ==, "work");
  ff_ui_test_press_with_alt (GDK_KEY_2);
  g_assert_cmpstr (page_view (fixture), ==, "details");
  ff_ui_test_press_with_alt (GDK_KEY_4);
  g_assert_cmpstr (page_view (fixture), ==, "follow-up");
  ff_ui_test_press_with_alt (GDK_KEY_1);
  g_assert_cmpstr (page_view (fixture), ==, "overview");

  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == list || gtk_widget_is_ancestor (focus, list));
  g_assert_cmpint (open_id (fixture), ==, olena);
}

static GListModel *
shown_list (ViewFixture *fixture)
{
  GtkListView *list = GTK_LIST_VIEW (find_one (GTK_WIDGET (fixture->view),
                                               GTK_TYPE_LIST_VIEW, "navigation-sidebar"));

  return G_LIST_MODEL (gtk_list_view_get_model (list));
}

static gboolean
everyone_listed (gpointer data)
{
  return g_list_model_get_n_items (shown_list (data)) == 120;
}

static void
test_view_lists_everyone_once_drawn (ViewFixture   *fixture,
                                     gconstpointer  data)
{
  gint64 last = 0;

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *family = g_strdup_printf ("Family%03u", i);

      last = add_participant (fixture->store, "Given", family);
    }
  ff_record_section_set_store (fixture->view, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));

  /* The first frame may show only the first rows; everyone follows. */
  g_assert_true (ff_ui_test_wait_until (everyone_listed, fixture, 5));

  /* Opening the last one selects it at its place. */
  ff_record_section_open (fixture->view, last);
  g_assert_cmpint (selected_id (fixture), ==, last);
  g_assert_cmpint (open_id (fixture), ==, last);
}

typedef struct
{
  ViewFixture *fixture;
  gint64       id;
} Expected;

static gboolean
result_complete_and_selected (gpointer data)
{
  Expected *expected = data;

  return g_list_model_get_n_items (shown_list (expected->fixture)) == 120 &&
         selected_id (expected->fixture) == expected->id;
}

static void
test_view_search_keeps_the_open_participant (ViewFixture   *fixture,
                                             gconstpointer  data)
{
  GtkEditable *search;
  Expected expected = { fixture, 0 };

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *family = g_strdup_printf ("Family%03u", i);
      gint64 id = add_participant (fixture->store, "Given", family);

      if (i == 100)
        expected.id = id;
      add_participant (fixture->store, "Other", family);
    }
  ff_record_section_set_store (fixture->view, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_record_section_open (fixture->view, expected.id);

  /* The result is drawn first with its top rows; the open participant lies beyond
   * them, and is selected again when the others follow. */
  search = section_search (fixture);
  gtk_editable_set_text (search, "given");
  g_assert_true (ff_ui_test_wait_until (result_complete_and_selected, &expected, 5));
  g_assert_cmpint (open_id (fixture), ==, expected.id);
}

/* The toast's button, once shown, and its title said what went. */
static GtkWidget *
find_undo (GtkWidget  *window,
           const char *title)
{
  g_autoptr(GPtrArray) buttons = ff_ui_test_find_all (window, GTK_TYPE_BUTTON, NULL);
  g_autoptr(GPtrArray) labels = ff_ui_test_find_all (window, GTK_TYPE_LABEL, NULL);
  gboolean said = FALSE;

  for (guint i = 0; i < labels->len; i++)
    said |= g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), title) == 0;

  for (guint i = 0; said && i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Undo") == 0)
        return g_ptr_array_index (buttons, i);
    }

  return NULL;
}

static gboolean
undo_shown (gpointer data)
{
  ViewFixture *fixture = data;

  return find_undo (fixture->window, "“Olena Bondarenko” deleted") != NULL;
}

static gboolean
participant_back (gpointer data)
{
  ViewFixture *fixture = data;

  return selected_id (fixture) != 0 && open_id (fixture) == selected_id (fixture);
}

static void
test_view_delete_offers_undo (ViewFixture   *fixture,
                              gconstpointer  data)
{
  FfParticipantQuery query = { NULL, 0, FF_ENROLMENT_STATUS_ANY, FF_PARTICIPANT_SORT_NAME };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page;
  gint64 olena;

  olena = add_participant (fixture->store, "Olena", "Kovalenko");
  ff_record_section_set_store (fixture->view, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_record_section_open (fixture->view, olena);

  /* An edit not yet written is written before the participant goes. */
  page = find_one (GTK_WIDGET (fixture->view), FF_TYPE_PARTICIPANT_PAGE, NULL);
  gtk_editable_set_text (GTK_EDITABLE (ff_record_page_get_field_widget (FF_RECORD_PAGE (page),
                                                                        FF_PARTICIPANT_FAMILY_NAME)),
                         "Bondarenko");
  g_assert_true (gtk_widget_activate_action (page, "section.delete", NULL));

  g_assert_null (ff_participant_load (fixture->store, olena, NULL));
  g_assert_cmpint (open_id (fixture), ==, 0);
  ids = ff_participant_query_ids (fixture->store, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_true (ff_ui_test_wait_until (undo_shown, fixture, 5));

  /* Undo brings back what was typed, and opens it again. */
  g_signal_emit_by_name (find_undo (fixture->window, "“Olena Bondarenko” deleted"), "clicked");

  g_assert_true (ff_ui_test_wait_until (participant_back, fixture, 5));
  g_assert_cmpint (open_id (fixture), ==, olena);
  {
    g_autoptr(FfParticipant) participant = ff_participant_load (fixture->store, olena, NULL);

    g_assert_nonnull (participant);
    g_assert_cmpstr (ff_participant_get_field (participant, FF_PARTICIPANT_FAMILY_NAME), ==,
                     "Bondarenko");
  }
}

static const char *
main_page (FfWindow *window)
{
  GtkWidget *overlay = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  GtkWidget *stack = adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay));

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static void
test_window_welcomes_an_empty_store (void)
{
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  FfStore *store = ff_test_store_new (&tmpdir);
  FfWindow *window;

  app = gtk_application_new ("io.github.fotfeste.Fotfeste.Test", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = FF_WINDOW (ff_window_new (app, store));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (main_page (window), ==, "welcome");

  g_assert_cmpint (ff_programme_create (store, "Mentorordning", FF_PROGRAMME_KIND_MENTOR,
                                        &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (main_page (window), ==, "content");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  ff_test_store_close (store, g_steal_pointer (&tmpdir));
}

static gboolean
sample_data_ended (gpointer data)
{
  return g_strcmp0 (main_page (data), "loading") != 0;
}

static gint64
count_records (FfStore            *store,
               const FfRecordType *type)
{
  FfRecordQuery query = { .include_archived = TRUE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ff_record_query_ids (store, type, &query, &error);

  g_assert_no_error (error);
  return ids->len;
}

static void
count_change_cb (FfStore      *store,
                 FfRecordKind  kind,
                 gint64        id,
                 guint        *changes)
{
  (*changes)++;
}

static GtkApplication *
make_app (void)
{
  GtkApplication *app;
  g_autoptr(GError) error = NULL;

  app = gtk_application_new ("io.github.fotfeste.Fotfeste.Test", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

static void
test_window_loads_sample_data (void)
{
  g_autoptr(GtkApplication) app = make_app ();
  g_autofree char *tmpdir = NULL;
  FfStore *store = ff_test_store_new (&tmpdir);
  g_autoptr(GPtrArray) bars = NULL;
  FfWindow *window;
  guint changes = 0;
  gulong handler;

  window = FF_WINDOW (ff_window_new (app, store));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (main_page (window), ==, "welcome");
  handler = g_signal_connect (store, "changed::participant", G_CALLBACK (count_change_cb),
                              &changes);

  /* Added by a worker on its own connection; the window shows the progress meanwhile,
   * and offers to cancel. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample-data",
                                             NULL));
  g_assert_cmpstr (main_page (window), ==, "loading");
  g_assert_true (ff_ui_test_wait_until (sample_data_ended, window, 60));

  /* The window's own connection finds what the worker wrote, and the lists were told. */
  g_assert_cmpstr (main_page (window), ==, "content");
  g_assert_cmpint (ff_participant_count (store), ==, 200);
  g_assert_cmpint (count_records (store, &ff_programme_type), ==, 5);
  g_assert_cmpint (count_records (store, &ff_employer_type), >=, 24);
  g_assert_cmpuint (changes, >, 0);
  g_signal_handler_disconnect (store, handler);

  /* The bar reached the end: progress came to the window's main context. */
  bars = ff_ui_test_find_all (GTK_WIDGET (window), GTK_TYPE_PROGRESS_BAR, NULL);
  g_assert_cmpuint (bars->len, ==, 1);
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (bars->pdata[0]), ==, 1.0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  ff_test_store_close (store, g_steal_pointer (&tmpdir));
}

static void
test_window_cancels_sample_data (void)
{
  g_autoptr(GtkApplication) app = make_app ();
  g_autofree char *tmpdir = NULL;
  FfStore *store = ff_test_store_new (&tmpdir);
  FfWindow *window;

  window = FF_WINDOW (ff_window_new (app, store));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample-data",
                                             NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-sample-data",
                                             NULL));
  g_assert_true (ff_ui_test_wait_until (sample_data_ended, window, 60));

  /* 200 participants are one batch: cancelled, none of them was kept, and the window
   * can load sample data again. */
  g_assert_cmpint (ff_participant_count (store), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.load-sample-data",
                                             NULL));
  g_assert_cmpstr (main_page (window), ==, "loading");
  g_assert_true (ff_ui_test_wait_until (sample_data_ended, window, 60));
  g_assert_cmpint (ff_participant_count (store), ==, 200);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  ff_test_store_close (store, g_steal_pointer (&tmpdir));
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/participant-list-model/small-change-is-one-change",
                   test_list_model_small_change_is_one_change);
  g_test_add_func ("/ui/participant-list-model/search-loads-only-what-is-shown",
                   test_list_model_search_loads_only_what_is_shown);
  g_test_add_func ("/ui/participant-list-model/follows-the-store",
                   test_list_model_follows_the_store);
  g_test_add_func ("/ui/participant-list-model/items-are-right-and-kept",
                   test_list_model_items_are_right_and_kept);
  g_test_add ("/ui/participants-section/opening-clears-a-hiding-search", ViewFixture, NULL,
              view_set_up, test_view_opening_clears_a_hiding_search, view_tear_down);
  g_test_add ("/ui/participants-section/lists-everyone-once-drawn", ViewFixture, NULL,
              view_set_up, test_view_lists_everyone_once_drawn, view_tear_down);
  g_test_add ("/ui/participants-section/search-keeps-the-open-participant", ViewFixture, NULL,
              view_set_up, test_view_search_keeps_the_open_participant, view_tear_down);
  g_test_add ("/ui/participants-section/narrowing-keeps-the-open-participant", ViewFixture,
              NULL, view_set_up, test_view_narrowing_keeps_the_open_participant,
              view_tear_down);
  g_test_add ("/ui/participants-section/parts-from-the-keyboard", ViewFixture, NULL,
              view_set_up, test_view_parts_from_the_keyboard, view_tear_down);
  g_test_add ("/ui/participants-section/delete-offers-undo", ViewFixture, NULL,
              view_set_up, test_view_delete_offers_undo, view_tear_down);
  g_test_add_func ("/ui/window/welcomes-an-empty-store", test_window_welcomes_an_empty_store);
  g_test_add_func ("/ui/window/loads-sample-data", test_window_loads_sample_data);
  g_test_add_func ("/ui/window/cancels-sample-data", test_window_cancels_sample_data);

  return g_test_run ();
}
