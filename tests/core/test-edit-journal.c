/* test-edit-journal.c — what was typed and not yet saved survives the process, and is
 * offered back once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "ff-edit-journal.h"
#include "ff-employer.h"
#include "ff-person.h"
#include "ff-test-store.h"
#include "ff-test-util.h"

typedef FfTestStore Fixture;

/* A text with what a key file must escape: line breaks, leading and trailing spaces,
 * brackets, an equals sign, a backslash, and letters beyond ASCII. */
#define NOTES "  Første samtale [uke 3]:\n\tmål = jobb i barnehage\\kafé;\nПочинає " \
  "курс у вересні.  "
/* The same as the store keeps it, without the spaces around it. */
#define NOTES_STORED "Første samtale [uke 3]:\n\tmål = jobb i barnehage\\kafé;\nПочинає " \
  "курс у вересні."

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

static void
timed_out_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Runs the main loop until the journal file is there, or 5 s pass (a slow machine, not
 * a measurement); returns whether it is. */
static gboolean
wait_for_journal (Fixture *fixture)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_once (5000, timed_out_cb, &timed_out);

  while (!journal_exists (fixture) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return journal_exists (fixture);
}

/* The edits an earlier process left, as the next start finds them: the journal of this
 * process is let go, as a killed one is, and the file read afresh. */
static FfEditJournal *
next_start (Fixture       *fixture,
            FfEditJournal *journal)
{
  g_assert_finalize_object (journal);

  return ff_edit_journal_get (fixture->store);
}

static void
test_kept_until_restored (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = journal_path (fixture);
  g_autofree char *notes = NULL;
  g_autofree char *contents = NULL;
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);
  FfEditJournalEntry *entry;
  GPtrArray *left;
  GPtrArray *refused;
  GStatBuf st;
  gint64 amina = ff_test_add_participant (fixture->store, "Amina", "Hassan");
  gint64 audit_rows = ff_test_count_audit (fixture->store, &ff_participant_type, amina, NULL);

  ff_edit_journal_set (journal, &ff_participant_type, amina, FF_PARTICIPANT_NOTES, "Notes",
                       NOTES);

  /* In the file without anything else happening, private, and not in the store. */
  g_assert_true (wait_for_journal (fixture));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "barnehage"));
  notes = ff_test_record_field (fixture->store, &ff_participant_type, amina,
                                FF_PARTICIPANT_NOTES);
  g_assert_cmpstr (notes, ==, "");

  /* The next start finds it, as it was typed, with where it was typed. */
  journal = next_start (fixture, journal);
  left = ff_edit_journal_get_left (journal, fixture->store);
  g_assert_cmpuint (left->len, ==, 1);
  entry = g_ptr_array_index (left, 0);
  g_assert_true (entry->type == &ff_participant_type);
  g_assert_cmpint (entry->id, ==, amina);
  g_assert_cmpuint (entry->field, ==, FF_PARTICIPANT_NOTES);
  g_assert_cmpstr (entry->label, ==, "Notes");
  g_assert_cmpstr (entry->text, ==, NOTES);
  g_assert_cmpstr (entry->title, ==, "Amina Hassan");

  /* Restored, it is saved as if typed: one change in the audit log; nothing is left. */
  refused = ff_edit_journal_restore_left (journal, fixture->store);
  g_assert_null (refused);
  g_clear_pointer (&notes, g_free);
  notes = ff_test_record_field (fixture->store, &ff_participant_type, amina,
                                FF_PARTICIPANT_NOTES);
  g_assert_cmpstr (notes, ==, NOTES_STORED);
  g_assert_cmpint (ff_test_count_audit (fixture->store, &ff_participant_type, amina, NULL),
                   ==, audit_rows + 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (ff_edit_journal_get_left (journal, fixture->store)->len, ==, 0);

  journal = next_start (fixture, journal);
  g_assert_cmpuint (ff_edit_journal_get_left (journal, fixture->store)->len, ==, 0);
  g_assert_finalize_object (journal);
}

static void
test_saved_edit_leaves_nothing (Fixture       *fixture,
                                gconstpointer  data)
{
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);
  gint64 amina = ff_test_add_participant (fixture->store, "Amina", "Hassan");
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");

  ff_edit_journal_set (journal, &ff_participant_type, amina, FF_PARTICIPANT_GOALS,
                       "Goals", "Fagbrev");
  ff_edit_journal_set (journal, &ff_participant_type, olena, FF_PARTICIPANT_GOALS,
                       "Goals", "Sykepleier");
  g_assert_true (wait_for_journal (fixture));

  /* Saved one by one, as the form writes them: once both are, the file is gone at
   * once, not at the next write. */
  ff_test_set_participant (fixture->store, amina, FF_PARTICIPANT_GOALS, "Fagbrev");
  ff_edit_journal_remove (journal, &ff_participant_type, amina, FF_PARTICIPANT_GOALS);
  ff_test_set_participant (fixture->store, olena, FF_PARTICIPANT_GOALS, "Sykepleier");
  ff_edit_journal_remove (journal, &ff_participant_type, olena, FF_PARTICIPANT_GOALS);
  g_assert_false (journal_exists (fixture));

  journal = next_start (fixture, journal);
  g_assert_cmpuint (ff_edit_journal_get_left (journal, fixture->store)->len, ==, 0);
  g_assert_finalize_object (journal);
}

/* Killed between saving a field and writing the file again: what the file still holds
 * is in the store, and is not offered. */
static void
test_saved_before_kill_not_offered (Fixture       *fixture,
                                    gconstpointer  data)
{
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);
  gint64 amina = ff_test_add_participant (fixture->store, "Amina", "Hassan");

  ff_edit_journal_set (journal, &ff_participant_type, amina, FF_PARTICIPANT_BIRTH_DATE,
                       "Birth date", "12.04.1988");
  g_assert_true (wait_for_journal (fixture));
  ff_test_set_participant (fixture->store, amina, FF_PARTICIPANT_BIRTH_DATE, "1988-04-12");

  journal = next_start (fixture, journal);
  g_assert_cmpuint (ff_edit_journal_get_left (journal, fixture->store)->len, ==, 0);
  g_assert_false (journal_exists (fixture));
  g_assert_finalize_object (journal);
}

static void
test_discarded (Fixture       *fixture,
                gconstpointer  data)
{
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);
  gint64 amina = ff_test_add_participant (fixture->store, "Amina", "Hassan");
  gint64 audit_rows = ff_test_count_audit (fixture->store, &ff_participant_type, amina, NULL);
  g_autofree char *phone = NULL;

  ff_edit_journal_set (journal, &ff_participant_type, amina, FF_PARTICIPANT_PHONE, "Phone",
                       "+47 412 34 567");
  g_assert_true (wait_for_journal (fixture));

  journal = next_start (fixture, journal);
  g_assert_cmpuint (ff_edit_journal_get_left (journal, fixture->store)->len, ==, 1);
  ff_edit_journal_discard_left (journal);
  g_assert_false (journal_exists (fixture));

  phone = ff_test_record_field (fixture->store, &ff_participant_type, amina,
                                FF_PARTICIPANT_PHONE);
  g_assert_cmpstr (phone, ==, "");
  g_assert_cmpint (ff_test_count_audit (fixture->store, &ff_participant_type, amina, NULL),
                   ==, audit_rows);

  journal = next_start (fixture, journal);
  g_assert_cmpuint (ff_edit_journal_get_left (journal, fixture->store)->len, ==, 0);
  g_assert_finalize_object (journal);
}

/* Left unanswered (the question closed), the edits stay for the next start, also
 * beside new ones. */
static void
test_unanswered_kept (Fixture       *fixture,
                      gconstpointer  data)
{
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);
  gint64 amina = ff_test_add_participant (fixture->store, "Amina", "Hassan");
  GPtrArray *left;

  ff_edit_journal_set (journal, &ff_participant_type, amina, FF_PARTICIPANT_COUNTRY,
                       "Country of origin", "Somalia");
  g_assert_true (wait_for_journal (fixture));

  journal = next_start (fixture, journal);
  g_assert_cmpuint (ff_edit_journal_get_left (journal, fixture->store)->len, ==, 1);
  ff_edit_journal_set (journal, &ff_participant_type, amina, FF_PARTICIPANT_LANGUAGES,
                       "Languages", "Somali, arabisk");
  g_assert_true (ff_edit_journal_write (journal, NULL));

  journal = next_start (fixture, journal);
  left = ff_edit_journal_get_left (journal, fixture->store);
  g_assert_cmpuint (left->len, ==, 2);
  g_assert_cmpstr (((FfEditJournalEntry *) left->pdata[0])->text, ==, "Somalia");
  g_assert_cmpstr (((FfEditJournalEntry *) left->pdata[1])->text, ==, "Somali, arabisk");
  ff_edit_journal_discard_left (journal);
  g_assert_finalize_object (journal);
}

/* A value the field does not take (a date typed halfway) is not lost: it is handed
 * back with the reason, and the store is as it was. */
static void
test_refused_handed_back (Fixture       *fixture,
                          gconstpointer  data)
{
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);
  gint64 amina = ff_test_add_participant (fixture->store, "Amina", "Hassan");
  g_autoptr(GPtrArray) refused = NULL;
  g_autofree char *birth_date = NULL;
  g_autofree char *family_notes = NULL;
  FfEditJournalEntry *entry;

  ff_edit_journal_set (journal, &ff_participant_type, amina, FF_PARTICIPANT_BIRTH_DATE,
                       "Birth date", "31.02.19");
  ff_edit_journal_set (journal, &ff_participant_type, amina, FF_PARTICIPANT_FAMILY_NOTES,
                       "Family", "Two children, 4 and 7");
  g_assert_true (wait_for_journal (fixture));

  journal = next_start (fixture, journal);
  g_assert_cmpuint (ff_edit_journal_get_left (journal, fixture->store)->len, ==, 2);
  refused = ff_edit_journal_restore_left (journal, fixture->store);
  g_assert_nonnull (refused);
  g_assert_cmpuint (refused->len, ==, 1);
  entry = g_ptr_array_index (refused, 0);
  g_assert_cmpstr (entry->text, ==, "31.02.19");
  g_assert_cmpstr (entry->label, ==, "Birth date");
  g_assert_nonnull (entry->message);
  g_assert_cmpstr (entry->message, !=, "");

  birth_date = ff_test_record_field (fixture->store, &ff_participant_type, amina,
                                     FF_PARTICIPANT_BIRTH_DATE);
  g_assert_cmpstr (birth_date, ==, "");
  family_notes = ff_test_record_field (fixture->store, &ff_participant_type, amina,
                                       FF_PARTICIPANT_FAMILY_NOTES);
  g_assert_cmpstr (family_notes, ==, "Two children, 4 and 7");
  g_assert_false (journal_exists (fixture));
  g_assert_finalize_object (journal);
}

/* An edit of a record deleted since is not offered. */
static void
test_deleted_record_not_offered (Fixture       *fixture,
                                 gconstpointer  data)
{
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);
  g_autoptr(GError) error = NULL;
  const char *values[FF_EMPLOYER_N_FIELDS] = { [FF_EMPLOYER_NAME] = "Rema 1000 Alta" };
  gint64 employer = ff_record_insert (fixture->store, &ff_employer_type, 0, values, &error);

  g_assert_no_error (error);
  ff_edit_journal_set (journal, &ff_employer_type, employer, FF_EMPLOYER_PLACE, "Place",
                       "Alta");
  g_assert_true (wait_for_journal (fixture));
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_employer_type, employer, TRUE,
                                        &error));
  g_assert_no_error (error);

  journal = next_start (fixture, journal);
  g_assert_cmpuint (ff_edit_journal_get_left (journal, fixture->store)->len, ==, 0);
  g_assert_false (journal_exists (fixture));
  g_assert_finalize_object (journal);
}

static gboolean
journal_contains (Fixture    *fixture,
                  const char *text)
{
  g_autofree char *path = journal_path (fixture);
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;

  return strstr (contents, text) != NULL;
}

/* After a participant is erased, the file of unsaved edits holds nothing of them,
 * neither what this process typed nor what an earlier one left; another's edits stay. */
static void
test_erased_participant_forgotten (Fixture       *fixture,
                                   gconstpointer  data)
{
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);
  g_autoptr(GError) error = NULL;
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");
  gint64 ahmed = ff_test_add_participant (fixture->store, "Ahmed", "Hassan");

  /* Left by an earlier process, then typed in this one. */
  ff_edit_journal_set (journal, &ff_participant_type, olena, FF_PARTICIPANT_INTERESTS,
                       "Interests", "Olena Kovalenko wants to drive a food truck");
  g_assert_true (wait_for_journal (fixture));
  journal = next_start (fixture, journal);
  ff_edit_journal_set (journal, &ff_participant_type, olena, FF_PARTICIPANT_FAMILY_NAME,
                       "Family name", "Kovalenko-Shevchenko");
  ff_edit_journal_set (journal, &ff_participant_type, ahmed, FF_PARTICIPANT_INTERESTS,
                       "Interests", "Cooking");
  g_assert_true (ff_edit_journal_write (journal, &error));
  g_assert_no_error (error);
  g_assert_true (journal_contains (fixture, "Kovalenko"));

  g_assert_true (ff_person_erase (fixture->store, olena, &error));
  g_assert_no_error (error);
  g_assert_true (ff_edit_journal_forget_gone (journal, fixture->store, &error));
  g_assert_no_error (error);

  g_assert_false (journal_contains (fixture, "Kovalenko"));
  g_assert_false (journal_contains (fixture, "food truck"));
  g_assert_true (journal_contains (fixture, "Cooking"));

  journal = next_start (fixture, journal);
  g_assert_cmpuint (ff_edit_journal_get_left (journal, fixture->store)->len, ==, 1);
  g_assert_finalize_object (journal);
}

/* A participant only deleted can still come back with Undo: their edits stay. */
static void
test_deleted_participant_kept (Fixture       *fixture,
                               gconstpointer  data)
{
  FfEditJournal *journal = ff_edit_journal_get (fixture->store);
  g_autoptr(GError) error = NULL;
  gint64 olena = ff_test_add_participant (fixture->store, "Olena", "Kovalenko");

  ff_edit_journal_set (journal, &ff_participant_type, olena, FF_PARTICIPANT_INTERESTS,
                       "Interests", "Baking");
  g_assert_true (ff_record_set_deleted (fixture->store, &ff_participant_type, olena, TRUE,
                                        &error));
  g_assert_no_error (error);
  g_assert_true (ff_edit_journal_forget_gone (journal, fixture->store, &error));
  g_assert_no_error (error);

  g_assert_true (journal_contains (fixture, "Baking"));
  g_assert_finalize_object (journal);
}

typedef struct
{
  Fixture       *fixture;
  FfEditJournal *journal;
  gint64         id;
  guint          keys;
  gboolean       written_while_typing;
} Typing;

static gboolean
key_cb (gpointer user_data)
{
  Typing *typing = user_data;
  g_autofree char *text = g_strnfill (++typing->keys, 'a');

  if (journal_exists (typing->fixture))
    {
      typing->written_while_typing = TRUE;
      return G_SOURCE_REMOVE;
    }

  ff_edit_journal_set (typing->journal, &ff_participant_type, typing->id,
                       FF_PARTICIPANT_INTERESTS, "Interests", text);

  return typing->keys < 500 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Typing that never pauses is kept all the same: each change does not put the file
 * off again. A key every 10 ms, much quicker than the journal's delay, for up to 5 s. */
static void
test_written_while_typing (Fixture       *fixture,
                           gconstpointer  data)
{
  Typing typing = {
    .fixture = fixture,
    .journal = ff_edit_journal_get (fixture->store),
    .id = ff_test_add_participant (fixture->store, "Amina", "Hassan"),
  };

  g_assert_cmpint (FF_EDIT_JOURNAL_DELAY_MS, >, 10);
  g_timeout_add (10, key_cb, &typing);
  while (!typing.written_while_typing && typing.keys < 500)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (typing.written_while_typing);
  g_assert_true (ff_edit_journal_write (typing.journal, NULL));
  typing.journal = next_start (fixture, typing.journal);
  g_assert_cmpuint (ff_edit_journal_get_left (typing.journal, fixture->store)->len, ==, 1);
  ff_edit_journal_discard_left (typing.journal);
  g_assert_finalize_object (typing.journal);
}

/* A file of unsaved edits names records by their table: every table of records is
 * found again. */
static void
test_every_record_table_found (Fixture       *fixture,
                               gconstpointer  data)
{
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (ff_store_get_db (fixture->store),
                                       "SELECT m.name FROM sqlite_schema m"
                                       " WHERE m.type = 'table' AND EXISTS"
                                       " (SELECT 1 FROM pragma_table_info (m.name)"
                                       "  WHERE name = 'deleted_at')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      const FfRecordType *type = ff_record_type_find (table);

      g_assert_nonnull (type);
      g_assert_cmpstr (type->table, ==, table);
      n++;
    }
  sqlite3_finalize (stmt);

  g_assert_cmpuint (n, >=, 10);
  g_assert_null (ff_record_type_find ("audit"));
  g_assert_null (ff_record_type_find ("no_such_table"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ff_test_store_add ("/core/edit-journal/kept-until-restored", test_kept_until_restored);
  ff_test_store_add ("/core/edit-journal/saved-edit-leaves-nothing",
                     test_saved_edit_leaves_nothing);
  ff_test_store_add ("/core/edit-journal/saved-before-kill-not-offered",
                     test_saved_before_kill_not_offered);
  ff_test_store_add ("/core/edit-journal/discarded", test_discarded);
  ff_test_store_add ("/core/edit-journal/unanswered-kept", test_unanswered_kept);
  ff_test_store_add ("/core/edit-journal/refused-handed-back", test_refused_handed_back);
  ff_test_store_add ("/core/edit-journal/deleted-record-not-offered",
                     test_deleted_record_not_offered);
  ff_test_store_add ("/core/edit-journal/erased-participant-forgotten",
                     test_erased_participant_forgotten);
  ff_test_store_add ("/core/edit-journal/deleted-participant-kept",
                     test_deleted_participant_kept);
  ff_test_store_add ("/core/edit-journal/written-while-typing", test_written_while_typing);
  ff_test_store_add ("/core/record-type/every-record-table-found",
                     test_every_record_table_found);

  return g_test_run ();
}
