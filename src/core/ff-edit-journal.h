/* ff-edit-journal.h — what was typed and not yet saved, kept where a killed process
 * cannot lose it
 *
 * A field is written to the store only once typing pauses (ff-autosave.h): written at
 * every key, each key would be a row of the audit log. A process killed before the pause
 * ends would lose what was typed last, so every edit not yet saved is kept here as well,
 * in a small private file beside the database ("FILE.unsaved", 0600). The file is
 * written whole at most FF_EDIT_JOURNAL_DELAY_MS after a change (a new file renamed over
 * the old, so that a kill leaves one or the other), and removed once all it held is
 * saved. The next start finds what a process that ended without saving left there, and
 * offers it back: restored through ff_record_set_field(), as if typed again, or
 * discarded.
 *
 * The file is not synced to disk at every change: it is kept for a process that is
 * killed or crashes, which the kernel outlives; the store itself is synced at every
 * commit.
 *
 * One journal per database file in a process, shared by all who edit it, used from the
 * main thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-record.h"

G_BEGIN_DECLS

/* At most this long after a change, the change is in the file. */
#define FF_EDIT_JOURNAL_DELAY_MS 40

/* One field of one record as it was typed. */
typedef struct
{
  const FfRecordType  *type;
  gint64               id;
  guint                field;
  char                *label;    /* the field as its row was titled, "" when unknown */
  char                *text;     /* as typed */
  char                *title;    /* for an edit left by an earlier process: the title
                                  * of its record now ("" when it has none) */
  char                *message;  /* for one that could not be restored: why */
} FfEditJournalEntry;

void                 ff_edit_journal_entry_free (FfEditJournalEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FfEditJournalEntry, ff_edit_journal_entry_free)

#define FF_TYPE_EDIT_JOURNAL (ff_edit_journal_get_type ())
G_DECLARE_FINAL_TYPE (FfEditJournal, ff_edit_journal, FF, EDIT_JOURNAL, GObject)

/* "FILE.unsaved", beside the database @database_path (newly allocated). */
char                *ff_edit_journal_path      (const char           *database_path);

/* The journal of @store's file (a new reference): made when first asked for, when it
 * reads what an earlier process left in the file. While another process that is still
 * running keeps the file (a second window on a file opened only for reading), this one
 * neither reads nor writes it. */
FfEditJournal       *ff_edit_journal_get       (FfStore              *store);

/* Keeps @text as typed into @field of record @id of @type, with the field's @label. */
void                 ff_edit_journal_set       (FfEditJournal        *self,
                                                const FfRecordType   *type,
                                                gint64                id,
                                                guint                 field,
                                                const char           *label,
                                                const char           *text);

/* Forgets the edit of @field of record @id of @type: it is saved, or given up. */
void                 ff_edit_journal_remove    (FfEditJournal        *self,
                                                const FfRecordType   *type,
                                                gint64                id,
                                                guint                 field);

/* Writes the file now (removes it when nothing is left unsaved). */
gboolean             ff_edit_journal_write     (FfEditJournal        *self,
                                                GError              **error);

/* The edits an earlier process left unsaved (FfEditJournalEntry, with their record's
 * title), not counting those whose record is gone or holds the same value now: the same
 * array until they are restored or discarded (empty then). */
GPtrArray           *ff_edit_journal_get_left  (FfEditJournal        *self,
                                                FfStore              *store);

/* Writes each edit left unsaved into @store, as typed; forgets them all. Returns those
 * that could not be written (a value the field refuses, a signed plan …), each with
 * its message, or NULL when all were. */
GPtrArray           *ff_edit_journal_restore_left (FfEditJournal     *self,
                                                   FfStore           *store);

/* Forgets every edit, unsaved in this process or left by an earlier one, of a record
 * that is no longer in @store's file (erased or purged, not merely deleted), and writes
 * the file at once, so that nothing of it is kept there (after ff_person_erase()). */
gboolean             ff_edit_journal_forget_gone  (FfEditJournal     *self,
                                                   FfStore           *store,
                                                   GError           **error);

/* Forgets the edits left unsaved. */
void                 ff_edit_journal_discard_left (FfEditJournal     *self);

G_END_DECLS
