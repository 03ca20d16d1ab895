/* test-record-page.c — pages and sections of records: the programme page and the
 * employer register save what is typed, refuse what is wrong, and can be searched,
 * archived, deleted and brought back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-employer.h"
#include "ff-employer-page.h"
#include "ff-programme.h"
#include "ff-programme-page.h"
#include "ff-record-section.h"
#include "ff-ui-test.h"

typedef struct
{
  char            *tmpdir;
  FfStore         *store;
  gint64           programme_id;
  GtkWidget       *window;
  FfProgrammePage *page;
} PageFixture;

static void
page_set_up (PageFixture   *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->programme_id = ff_programme_create (fixture->store, "Etableringskurs",
                                               FF_PROGRAMME_KIND_ESTABLISHMENT, &error);
  g_assert_no_error (error);
  g_assert_true (ff_programme_set_field (fixture->store, fixture->programme_id,
                                         FF_PROGRAMME_START_DATE, "2025-03-01", &error));
  g_assert_no_error (error);

  fixture->window = gtk_window_new ();
  fixture->page = g_object_new (FF_TYPE_PROGRAMME_PAGE, NULL);
  g_object_ref_sink (fixture->page);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  ff_record_page_set_store (FF_RECORD_PAGE (fixture->page), fixture->store);
  ff_record_page_set_record_id (FF_RECORD_PAGE (fixture->page), fixture->programme_id);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
page_tear_down (PageFixture   *fixture,
                gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->page);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

/* The page's entry rows in order: name, organisation, funder, start, end, notes. */
static GtkWidget *
page_row (PageFixture *fixture,
          guint        index)
{
  g_autoptr(GPtrArray) rows = ff_ui_test_find_all (GTK_WIDGET (fixture->page),
                                                   ADW_TYPE_ENTRY_ROW, NULL);

  g_assert_cmpuint (rows->len, ==, 6);

  return g_ptr_array_index (rows, index);
}

static char *
stored (PageFixture      *fixture,
        FfProgrammeField  field)
{
  g_autoptr(FfProgramme) programme = ff_programme_load (fixture->store,
                                                        fixture->programme_id, NULL);

  return g_strdup (ff_programme_get_field (programme, field));
}

static gboolean
funder_saved (gpointer data)
{
  g_autofree char *funder = stored (data, FF_PROGRAMME_FUNDER);

  return g_strcmp0 (funder, "Innovasjon Norge") == 0;
}

static void
test_programme_page_saves_after_a_pause (PageFixture   *fixture,
                                         gconstpointer  data)
{
  gint64 started;

  gtk_editable_set_text (GTK_EDITABLE (page_row (fixture, 2)), "Innovasjon Norge");
  started = g_get_monotonic_time ();

  /* Nothing is written while the typing may still go on ... */
  g_assert_false (funder_saved (fixture));
  ff_ui_test_spin (300);
  if (g_get_monotonic_time () - started < 450 * G_TIME_SPAN_MILLISECOND)
    g_assert_false (funder_saved (fixture));

  /* ... and the value is, once the pause of half a second is over. */
  g_assert_true (ff_ui_test_wait_until (funder_saved, fixture, 5));
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 500 * G_TIME_SPAN_MILLISECOND);
}

static void
test_programme_page_refuses_end_before_start (PageFixture   *fixture,
                                              gconstpointer  data)
{
  GtkWidget *end_row = page_row (fixture, 4);
  g_autofree char *end = NULL;
  g_autofree char *later = NULL;

  gtk_editable_set_text (GTK_EDITABLE (end_row), "01.02.2025");
  ff_record_page_flush (FF_RECORD_PAGE (fixture->page));

  g_assert_nonnull (ff_ui_test_refusal (end_row));
  end = stored (fixture, FF_PROGRAMME_END_DATE);
  g_assert_cmpstr (end, ==, "");

  /* Fixing it takes the mark away and saves. */
  gtk_editable_set_text (GTK_EDITABLE (end_row), "31.12.2025");
  ff_record_page_flush (FF_RECORD_PAGE (fixture->page));
  g_assert_null (ff_ui_test_refusal (end_row));
  later = stored (fixture, FF_PROGRAMME_END_DATE);
  g_assert_cmpstr (later, ==, "2025-12-31");
}

/* The employer register */

typedef struct
{
  char             *tmpdir;
  FfStore          *store;
  GtkWidget        *window;
  GtkWidget        *overlay;
  FfRecordSection  *section;
  gint64            rema;
  gint64            coop;
} SectionFixture;

static gint64
add_employer (FfStore    *store,
              const char *name,
              const char *org_number)
{
  g_autoptr(GError) error = NULL;
  const char *values[FF_EMPLOYER_N_FIELDS] = {
    [FF_EMPLOYER_NAME] = name,
    [FF_EMPLOYER_ORG_NUMBER] = org_number,
  };
  gint64 id = ff_record_insert (store, &ff_employer_type, 0, values, &error);

  g_assert_no_error (error);
  return id;
}

static void
section_set_up (SectionFixture *fixture,
                gconstpointer   data)
{
  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->rema = add_employer (fixture->store, "Rema 1000 Burfjord", "974760673");
  fixture->coop = add_employer (fixture->store, "Coop Nordvik", "");
  add_employer (fixture->store, "Kvænangen kommune", "");

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 700);
  fixture->overlay = adw_toast_overlay_new ();
  fixture->section = FF_RECORD_SECTION (ff_record_section_new (FF_TYPE_EMPLOYER_PAGE));
  g_object_ref_sink (fixture->section);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay),
                               GTK_WIDGET (fixture->section));
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->overlay);
  ff_record_section_set_store (fixture->section, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
section_tear_down (SectionFixture *fixture,
                   gconstpointer   data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->section);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

static FfRecordPage *
section_page (SectionFixture *fixture)
{
  return ff_record_section_get_page (fixture->section);
}

static GtkWidget *
field_row (SectionFixture  *fixture,
           FfEmployerField  field)
{
  GtkWidget *row = ff_record_page_get_field_widget (section_page (fixture), field);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return row;
}

static char *
stored_employer (FfStore         *store,
                 gint64           id,
                 FfEmployerField  field)
{
  g_autoptr(FfRecord) employer = ff_record_load (store, &ff_employer_type, id, NULL);

  return g_strdup (employer != NULL ? ff_record_get (employer, field) : "(gone)");
}

typedef struct
{
  SectionFixture *fixture;
  gint64          id;
  FfEmployerField field;
  const char     *value;
} Expectation;

static gboolean
employer_holds (gpointer data)
{
  Expectation *e = data;
  g_autofree char *value = stored_employer (e->fixture->store, e->id, e->field);

  return g_strcmp0 (value, e->value) == 0;
}

static void
test_employer_page_saves_a_field (SectionFixture *fixture,
                                  gconstpointer   data)
{
  Expectation industry = { fixture, fixture->coop, FF_EMPLOYER_INDUSTRY, "Daglivarehandel" };
  GtkWidget *row;

  ff_record_section_open (fixture->section, fixture->coop);
  g_assert_cmpint (ff_record_page_get_record_id (section_page (fixture)), ==, fixture->coop);
  row = field_row (fixture, FF_EMPLOYER_INDUSTRY);

  gtk_editable_set_text (GTK_EDITABLE (row), "Daglivarehandel");
  g_assert_false (employer_holds (&industry));
  g_assert_true (ff_ui_test_wait_until (employer_holds, &industry, 5));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
}

static void
test_employer_page_refuses_a_bad_number (SectionFixture *fixture,
                                         gconstpointer   data)
{
  GtkWidget *row;
  g_autofree char *kept = NULL;
  g_autofree char *fixed = NULL;

  ff_record_section_open (fixture->section, fixture->rema);
  row = field_row (fixture, FF_EMPLOYER_ORG_NUMBER);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "974 760 673");

  /* A wrong check digit is marked, explained and not saved ... */
  gtk_editable_set_text (GTK_EDITABLE (row), "974 760 674");
  ff_record_page_flush (section_page (fixture));
  g_assert_nonnull (strstr (ff_ui_test_refusal (row), "check digit"));
  kept = stored_employer (fixture->store, fixture->rema, FF_EMPLOYER_ORG_NUMBER);
  g_assert_cmpstr (kept, ==, "974760673");

  /* ... and so are letters and the wrong length. */
  gtk_editable_set_text (GTK_EDITABLE (row), "NO 974 760 673");
  ff_record_page_flush (section_page (fixture));
  g_assert_nonnull (strstr (ff_ui_test_refusal (row), "9 digits"));
  gtk_editable_set_text (GTK_EDITABLE (row), "97476067");
  ff_record_page_flush (section_page (fixture));
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  /* A valid one is saved, and shown in groups of three once left. */
  gtk_editable_set_text (GTK_EDITABLE (row), "923609016");
  ff_record_page_flush (section_page (fixture));
  g_assert_null (ff_ui_test_refusal (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Organisation number");
  fixed = stored_employer (fixture->store, fixture->rema, FF_EMPLOYER_ORG_NUMBER);
  g_assert_cmpstr (fixed, ==, "923609016");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "923 609 016");
}

static guint
n_listed (SectionFixture *fixture)
{
  return g_list_model_get_n_items (ff_record_section_get_model (fixture->section));
}

static gboolean
lists_one (gpointer data)
{
  return n_listed (data) == 1;
}

static void
test_section_searches_archives_and_undoes (SectionFixture *fixture,
                                           gconstpointer   data)
{
  GtkWidget *search = ff_record_section_get_search_entry (fixture->section);
  g_autofree char *name = NULL;

  g_assert_cmpuint (n_listed (fixture), ==, 3);

  /* Search as one types. */
  gtk_editable_set_text (GTK_EDITABLE (search), "nordvik");
  g_assert_true (ff_ui_test_wait_until (lists_one, fixture, 5));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  ff_ui_test_spin (400);
  g_assert_cmpuint (n_listed (fixture), ==, 3);

  /* Archived: out of the list, still open. */
  ff_record_section_open (fixture->section, fixture->coop);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->section),
                                             "section.archived", NULL));
  g_assert_cmpuint (n_listed (fixture), ==, 2);
  g_assert_cmpint (ff_record_page_get_record_id (section_page (fixture)), ==, fixture->coop);
  g_assert_true (ff_record_get_archived (ff_record_page_get_record (section_page (fixture))));

  /* Deleted: gone, with a way back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->section),
                                             "section.delete", NULL));
  g_assert_cmpint (ff_record_page_get_record_id (section_page (fixture)), ==, 0);
  g_assert_null (ff_record_load (fixture->store, &ff_employer_type, fixture->coop, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->section),
                                             "section.undo-delete", "x", fixture->coop));
  g_assert_cmpint (ff_record_page_get_record_id (section_page (fixture)), ==, fixture->coop);
  name = stored_employer (fixture->store, fixture->coop, FF_EMPLOYER_NAME);
  g_assert_cmpstr (name, ==, "Coop Nordvik");
  /* Opening an archived one shows the archived ones too. */
  g_assert_cmpuint (n_listed (fixture), ==, 3);
}

static void
test_section_new_employer (SectionFixture *fixture,
                           gconstpointer   data)
{
  g_autoptr(GPtrArray) entries = NULL;
  AdwMessageDialog *dialog;
  FfRecord *shown;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->section), "section.new",
                                             NULL));
  dialog = ADW_MESSAGE_DIALOG (ff_ui_test_find_message_dialog ("New Employer"));
  g_assert_nonnull (dialog);
  entries = ff_ui_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL);
  g_assert_cmpuint (entries->len, ==, 2);

  /* Nothing to make without a name, nor with a wrong number. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "create"));
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "Nordvik Bakeri");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "create"));
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[1]), "923609017");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "create"));
  g_assert_true (gtk_widget_has_css_class (entries->pdata[1], "error"));
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[1]), "923 609 016");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "create"));

  adw_message_dialog_response (dialog, "create");
  shown = ff_record_page_get_record (section_page (fixture));
  g_assert_nonnull (shown);
  g_assert_cmpstr (ff_record_get_title (shown), ==, "Nordvik Bakeri");
  g_assert_cmpstr (ff_record_get (shown, FF_EMPLOYER_ORG_NUMBER), ==, "923609016");
  g_assert_cmpuint (n_listed (fixture), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add ("/ui/programme-page/saves-after-a-pause", PageFixture, NULL,
              page_set_up, test_programme_page_saves_after_a_pause, page_tear_down);
  g_test_add ("/ui/programme-page/refuses-end-before-start", PageFixture, NULL,
              page_set_up, test_programme_page_refuses_end_before_start, page_tear_down);
  g_test_add ("/ui/employer-page/saves-a-field", SectionFixture, NULL,
              section_set_up, test_employer_page_saves_a_field, section_tear_down);
  g_test_add ("/ui/employer-page/refuses-a-bad-organisation-number", SectionFixture, NULL,
              section_set_up, test_employer_page_refuses_a_bad_number, section_tear_down);
  g_test_add ("/ui/record-section/searches-archives-deletes-and-undoes", SectionFixture, NULL,
              section_set_up, test_section_searches_archives_and_undoes, section_tear_down);
  g_test_add ("/ui/record-section/new-employer-asks-name-and-number", SectionFixture, NULL,
              section_set_up, test_section_new_employer, section_tear_down);

  return g_test_run ();
}
