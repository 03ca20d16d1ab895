/* test-unsaved-dialog.c — what is typed is kept before it is saved, and what a killed run
 * left unsaved is offered back at the next start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ff-autosave.h"
#include "ff-edit-journal.h"
#include "ff-participant.h"
#include "ff-participant-page.h"
#include "ff-ui-test.h"
#include "ff-window.h"

#define QUESTION "Restore Unsaved Changes?"
#define REFUSED "Some Changes Could Not Be Restored"
#define NOTES "Ringte NAV om språkpraksis i Alta"

typedef struct
{
  char            *tmpdir;
  FfStore         *store;
  gint64           olena;
  GtkApplication  *app;
  GtkWidget       *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ff_test_store_new (&fixture->tmpdir);
  fixture->olena = ff_participant_create (fixture->store, "Olena", "Kovalenko", &error);
  g_assert_no_error (error);

  fixture->app = gtk_application_new ("io.github.fotfeste.Fotfeste.Test",
                                      G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (fixture->app), NULL, &error));
  g_assert_no_error (error);
}

static void
close_window (Fixture *fixture)
{
  if (fixture->window == NULL)
    return;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (g_steal_pointer (&fixture->window));
  ff_ui_test_spin (20);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_window (fixture);
  g_clear_object (&fixture->app);
  ff_test_store_close (fixture->store, fixture->tmpdir);
}

static char *
journal_path (Fixture *fixture)
{
  return ff_edit_journal_path (ff_store_get_path (fixture->store));
}

static gboolean
journal_exists (Fixture *fixture)
{
  g_autofree char *path = journal_path (fixture);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static char *
stored (Fixture            *fixture,
        FfParticipantField  field)
{
  return ff_test_record_field (fixture->store, &ff_participant_type, fixture->olena, field);
}

/* As a run killed after typing leaves the file: the edits, and nothing else. */
static void
leave_unsaved (Fixture            *fixture,
               FfParticipantField  field,
               const char         *label,
               const char         *text)
{
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);

  ff_edit_journal_set (journal, &ff_participant_type, fixture->olena, field, label, text);
  g_assert_true (ff_edit_journal_write (journal, NULL));
  g_object_unref (journal);
  g_assert_true (journal_exists (fixture));
}

static void
open_window (Fixture *fixture)
{
  fixture->window = g_object_ref (ff_window_new (fixture->app, fixture->store));
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (50);
}

static gboolean
question_shown (gpointer data)
{
  GtkWidget *dialog = ff_ui_test_find_message_dialog (data);

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

static gboolean
question_gone (gpointer data)
{
  return ff_ui_test_find_message_dialog (data) == NULL;
}

/* The question @heading, shown over the window, with one row per edit: "text|where". */
static GtkWidget *
wait_for_question (const char *heading,
                   char      **rows)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GPtrArray) found = NULL;
  GtkWidget *dialog;

  g_assert_true (ff_ui_test_wait_until (question_shown, (gpointer) heading, 5));
  dialog = ff_ui_test_find_message_dialog (heading);

  found = ff_ui_test_find_all (dialog, ADW_TYPE_ACTION_ROW, NULL);
  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (shown, "%s%s|%s", i > 0 ? "\n" : "",
                            adw_preferences_row_get_title (found->pdata[i]),
                            adw_action_row_get_subtitle (found->pdata[i]));
  *rows = g_strdup (shown->str);

  return dialog;
}

/* Clicks the button @label of @dialog, as a person would: the one shown (a message
 * dialog holds its buttons twice, side by side and stacked). */
static void
click_button (GtkWidget  *dialog,
              const char *label)
{
  g_autoptr(GPtrArray) buttons = ff_ui_test_find_all (dialog, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = buttons->pdata[i];

      if (g_strcmp0 (gtk_button_get_label (button), label) == 0 &&
          gtk_widget_get_mapped (GTK_WIDGET (button)))
        {
          g_signal_emit_by_name (button, "clicked");
          return;
        }
    }

  g_error ("No button %s is shown", label);
}

typedef struct
{
  Fixture            *fixture;
  FfParticipantField  field;
  const char         *value;
} Stored;

static gboolean
is_stored (gpointer data)
{
  Stored *expected = data;
  g_autofree char *value = stored (expected->fixture, expected->field);

  return g_strcmp0 (value, expected->value) == 0;
}

typedef struct
{
  Fixture     *fixture;
  const char  *text;
} Kept;

static gboolean
is_kept (gpointer data)
{
  Kept *kept = data;
  g_autofree char *path = journal_path (kept->fixture);
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) &&
         strstr (contents, kept->text) != NULL;
}

static gboolean
not_kept (gpointer data)
{
  return !journal_exists (data);
}

/* What is typed is in the file of unsaved edits before the autosave's pause ends, and
 * goes from there once it is saved. */
static void
test_typing_kept_until_saved (Fixture       *fixture,
                              gconstpointer  data)
{
  Kept kept = { fixture, "Ringte NAV" };
  Stored saved = { fixture, FF_PARTICIPANT_NOTES, "Ringte NAV" };
  g_autofree char *notes = NULL;
  FfParticipantPage *page = FF_PARTICIPANT_PAGE (ff_participant_page_new (fixture->store));
  GtkWidget *field;
  gint64 typed;

  fixture->window = g_object_ref (gtk_window_new ());
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 800, 900);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (page));
  ff_participant_page_set_participant_id (page, fixture->olena);
  ff_participant_page_set_view (page, "details");
  gtk_window_present (GTK_WINDOW (fixture->window));
  ff_ui_test_spin (50);

  field = ff_record_page_get_field_widget (FF_RECORD_PAGE (page), FF_PARTICIPANT_NOTES);
  g_assert_true (GTK_IS_TEXT_VIEW (field));
  gtk_widget_grab_focus (field);
  ff_ui_test_spin (20);
  ff_ui_test_type ("Ringte NAV");
  typed = g_get_monotonic_time ();

  g_assert_true (ff_ui_test_wait_until (is_kept, &kept, 5));
  /* Kept well before it is saved: the pause in typing has not ended yet. */
  if (g_get_monotonic_time () - typed < FF_AUTOSAVE_DELAY_MS * 1000 / 2)
    {
      notes = stored (fixture, FF_PARTICIPANT_NOTES);
      g_assert_cmpstr (notes, ==, "");
    }

  g_assert_true (ff_ui_test_wait_until (is_stored, &saved, 5));
  g_assert_true (ff_ui_test_wait_until (not_kept, fixture, 5));
}

static void
test_offered_and_restored (Fixture       *fixture,
                           gconstpointer  data)
{
  Stored restored = { fixture, FF_PARTICIPANT_NOTES, NOTES };
  g_autofree char *rows = NULL;
  gint64 audit_rows = ff_test_count_audit (fixture->store, &ff_participant_type,
                                           fixture->olena, NULL);

  leave_unsaved (fixture, FF_PARTICIPANT_NOTES, "Notes", NOTES);
  open_window (fixture);

  /* It says what was typed, where, and of whom. */
  wait_for_question (QUESTION, &rows);
  g_assert_cmpstr (rows, ==, NOTES "|Notes — Olena Kovalenko");

  /* Restore is the default: Return. */
  ff_ui_test_press_keys (GDK_KEY_Return, 0);
  g_assert_true (ff_ui_test_wait_until (is_stored, &restored, 5));
  g_assert_true (ff_ui_test_wait_until (question_gone, QUESTION, 5));
  g_assert_false (journal_exists (fixture));
  g_assert_cmpint (ff_test_count_audit (fixture->store, &ff_participant_type, fixture->olena,
                                        NULL), ==, audit_rows + 1);

  /* Nothing is offered again. */
  close_window (fixture);
  open_window (fixture);
  ff_ui_test_spin (200);
  g_assert_null (ff_ui_test_find_message_dialog (QUESTION));
}

static void
test_discarded (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *rows = NULL;
  g_autofree char *notes = NULL;
  GtkWidget *dialog;

  leave_unsaved (fixture, FF_PARTICIPANT_NOTES, "Notes", NOTES);
  open_window (fixture);

  dialog = wait_for_question (QUESTION, &rows);
  click_button (dialog, "_Discard");
  g_assert_true (ff_ui_test_wait_until (question_gone, QUESTION, 5));

  notes = stored (fixture, FF_PARTICIPANT_NOTES);
  g_assert_cmpstr (notes, ==, "");
  g_assert_false (journal_exists (fixture));

  close_window (fixture);
  open_window (fixture);
  ff_ui_test_spin (200);
  g_assert_null (ff_ui_test_find_message_dialog (QUESTION));
}

/* Escape decides nothing: the edits are kept, and asked about at the next start. */
static void
test_escape_asks_again (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *rows = NULL;
  g_autofree char *rows_again = NULL;
  g_autofree char *notes = NULL;
  GtkWidget *dialog;

  leave_unsaved (fixture, FF_PARTICIPANT_NOTES, "Notes", NOTES);
  open_window (fixture);

  wait_for_question (QUESTION, &rows);
  ff_ui_test_press_keys (GDK_KEY_Escape, 0);
  g_assert_true (ff_ui_test_wait_until (question_gone, QUESTION, 5));
  notes = stored (fixture, FF_PARTICIPANT_NOTES);
  g_assert_cmpstr (notes, ==, "");
  g_assert_true (journal_exists (fixture));

  close_window (fixture);
  g_assert_true (journal_exists (fixture));
  open_window (fixture);
  dialog = wait_for_question (QUESTION, &rows_again);
  g_assert_cmpstr (rows_again, ==, rows);
  click_button (dialog, "_Discard");
}

/* A value its field refuses is not written, and not lost: it is shown with the reason,
 * while the others are restored. */
static void
test_refused_shown (Fixture       *fixture,
                    gconstpointer  data)
{
  Stored restored = { fixture, FF_PARTICIPANT_NOTES, NOTES };
  g_autofree char *rows = NULL;
  g_autofree char *refused_rows = NULL;
  g_autofree char *birth_date = NULL;
  GtkWidget *dialog;
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);

  ff_edit_journal_set (journal, &ff_participant_type, fixture->olena,
                       FF_PARTICIPANT_BIRTH_DATE, "Birth date", "31.02.19");
  ff_edit_journal_set (journal, &ff_participant_type, fixture->olena, FF_PARTICIPANT_NOTES,
                       "Notes", NOTES);
  g_assert_true (ff_edit_journal_write (journal, NULL));
  g_object_unref (journal);
  open_window (fixture);

  dialog = wait_for_question (QUESTION, &rows);
  g_assert_cmpstr (rows, ==, "31.02.19|Birth date — Olena Kovalenko\n"
                             NOTES "|Notes — Olena Kovalenko");
  click_button (dialog, "_Restore");

  g_assert_true (ff_ui_test_wait_until (is_stored, &restored, 5));
  dialog = wait_for_question (REFUSED, &refused_rows);
  g_assert_true (g_str_has_prefix (refused_rows, "31.02.19|Birth date — Olena Kovalenko\n"));
  g_assert_cmpuint (strlen (refused_rows), >, strlen ("31.02.19|Birth date — Olena "
                                                      "Kovalenko\n"));
  g_assert_null (strchr (strchr (refused_rows, '\n') + 1, '\n'));
  birth_date = stored (fixture, FF_PARTICIPANT_BIRTH_DATE);
  g_assert_cmpstr (birth_date, ==, "");
  g_assert_false (journal_exists (fixture));

  click_button (dialog, "_Close");
  g_assert_true (ff_ui_test_wait_until (question_gone, REFUSED, 5));
}

int
main (int   argc,
      char *argv[])
{
  ff_ui_test_init (&argc, &argv);

  g_test_add ("/ui/unsaved/typing-kept-until-saved", Fixture, NULL, fixture_set_up,
              test_typing_kept_until_saved, fixture_tear_down);
  g_test_add ("/ui/unsaved/offered-and-restored", Fixture, NULL, fixture_set_up,
              test_offered_and_restored, fixture_tear_down);
  g_test_add ("/ui/unsaved/discarded", Fixture, NULL, fixture_set_up, test_discarded,
              fixture_tear_down);
  g_test_add ("/ui/unsaved/escape-asks-again", Fixture, NULL, fixture_set_up,
              test_escape_asks_again, fixture_tear_down);
  g_test_add ("/ui/unsaved/refused-shown", Fixture, NULL, fixture_set_up, test_refused_shown,
              fixture_tear_down);

  return g_test_run ();
}
