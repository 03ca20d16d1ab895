/* ff-edit-journal.c — what was typed and not yet saved, kept where a killed process
 * cannot lose it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "ff-edit-journal.h"

/* The file is a key file: a group that says what it is, then one group per edit. */
#define HEADER_GROUP "Unsaved Edits"
#define EDIT_GROUP_PREFIX "Edit "
#define FORMAT_VERSION 1

struct _FfEditJournal
{
  GObject     parent_instance;

  char       *key;         /* the database's canonical path: its place in @journals */
  char       *path;        /* the journal file */
  GPtrArray  *entries;     /* FfEditJournalEntry: typed in this process, unsaved */
  GPtrArray  *left;        /* FfEditJournalEntry: left unsaved by an earlier process */
  gboolean    left_checked;  /* @left holds only what differs from the store */
  gboolean    inactive;    /* the store is open only for reading: another process has
                            * the file, and its journal */
  gboolean    dirty;       /* the file is behind */
  gboolean    warned;      /* a failure to write was told once */
  guint       timeout_id;
};

G_DEFINE_FINAL_TYPE (FfEditJournal, ff_edit_journal, G_TYPE_OBJECT)

/* Every journal alive in this process, by its key; the journals are not owned. */
static GHashTable *journals;

void
ff_edit_journal_entry_free (FfEditJournalEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->label);
  g_free (entry->text);
  g_free (entry->title);
  g_free (entry->message);
  g_free (entry);
}

static FfEditJournalEntry *
entry_new (const FfRecordType *type,
           gint64              id,
           guint               field,
           const char         *label,
           const char         *text)
{
  FfEditJournalEntry *entry = g_new0 (FfEditJournalEntry, 1);

  entry->type = type;
  entry->id = id;
  entry->field = field;
  entry->label = g_strdup (label != NULL ? label : "");
  entry->text = g_strdup (text != NULL ? text : "");

  return entry;
}

static GPtrArray *
entries_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ff_edit_journal_entry_free);
}

static gboolean
find_entry (GPtrArray          *entries,
            const FfRecordType *type,
            gint64              id,
            guint               field,
            guint              *index)
{
  for (guint i = 0; i < entries->len; i++)
    {
      FfEditJournalEntry *entry = g_ptr_array_index (entries, i);

      if (entry->type == type && entry->id == id && entry->field == field)
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Removes the entries of @entries whose record is gone; whether any was. */
static gboolean
remove_gone (GPtrArray *entries,
             FfStore   *store)
{
  gboolean removed = FALSE;

  for (guint i = entries->len; i > 0; i--)
    {
      FfEditJournalEntry *entry = g_ptr_array_index (entries, i - 1);

      if (!ff_record_exists (store, entry->type, entry->id))
        {
          g_ptr_array_remove_index (entries, i - 1);
          removed = TRUE;
        }
    }

  return removed;
}

/* The file */

static void
add_groups (GKeyFile  *file,
            GPtrArray *entries,
            guint     *n)
{
  for (guint i = 0; i < entries->len; i++)
    {
      FfEditJournalEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *group = g_strdup_printf (EDIT_GROUP_PREFIX "%u", (*n)++);

      g_key_file_set_string (file, group, "Table", entry->type->table);
      g_key_file_set_int64 (file, group, "Id", entry->id);
      g_key_file_set_string (file, group, "Field", entry->type->fields[entry->field].key);
      g_key_file_set_string (file, group, "Label", entry->label);
      g_key_file_set_string (file, group, "Text", entry->text);
    }
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += written;
      length -= (gsize) written;
    }

  return TRUE;
}

/* Puts @data in place of the file in one step: written beside it, then renamed over
 * it. A kill leaves the old file or the new one, never part of one. */
static gboolean
replace_file (const char  *path,
              const char  *data,
              gsize        length,
              GError     **error)
{
  g_autofree char *temp = g_strconcat (path, ".new", NULL);
  int saved_errno;
  int fd;

  fd = g_open (temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    goto fail;

  /* A file left by a kill between its creation and its rename keeps its mode. */
  if (fchmod (fd, 0600) != 0 || !write_all (fd, data, length))
    {
      saved_errno = errno;
      close (fd);
      g_unlink (temp);
      errno = saved_errno;
      goto fail;
    }

  if (close (fd) != 0 || g_rename (temp, path) != 0)
    {
      saved_errno = errno;
      g_unlink (temp);
      errno = saved_errno;
      goto fail;
    }

  return TRUE;

fail:
  saved_errno = errno;
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s: %s", path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_now (FfEditJournal  *self,
           GError        **error)
{
  g_autoptr(GKeyFile) file = NULL;
  g_autofree char *data = NULL;
  gsize length;
  guint n = 0;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->dirty = FALSE;

  if (self->inactive)
    return TRUE;

  if (self->entries->len == 0 && self->left->len == 0)
    {
      if (g_unlink (self->path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       "%s: %s", self->path, g_strerror (saved_errno));
          return FALSE;
        }
      return TRUE;
    }

  file = g_key_file_new ();
  g_key_file_set_integer (file, HEADER_GROUP, "Version", FORMAT_VERSION);
  add_groups (file, self->left, &n);
  add_groups (file, self->entries, &n);
  data = g_key_file_to_data (file, &length, NULL);

  return replace_file (self->path, data, length, error);
}

static void
write_or_warn (FfEditJournal *self)
{
  g_autoptr(GError) error = NULL;

  if (!write_now (self, &error) && !self->warned)
    {
      /* Saving goes on; only the protection against a kill is lost. */
      g_warning ("Cannot keep unsaved edits in %s", error->message);
      self->warned = TRUE;
    }
}

static gboolean
timeout_cb (gpointer user_data)
{
  FfEditJournal *self = user_data;

  self->timeout_id = 0;
  write_or_warn (self);

  return G_SOURCE_REMOVE;
}

/* The file is written at most FF_EDIT_JOURNAL_DELAY_MS from now. The first change
 * starts the wait and later ones join it, so that steady typing is written too. */
static void
schedule_write (FfEditJournal *self)
{
  self->dirty = TRUE;

  if (self->timeout_id == 0)
    self->timeout_id = g_timeout_add (FF_EDIT_JOURNAL_DELAY_MS, timeout_cb, self);
}

/* What an earlier process left in the file; edits of kinds or fields this version
 * does not know are passed over. */
static void
read_left (FfEditJournal *self)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_auto(GStrv) groups = NULL;

  if (!g_key_file_load_from_file (file, self->path, G_KEY_FILE_NONE, NULL) ||
      g_key_file_get_integer (file, HEADER_GROUP, "Version", NULL) != FORMAT_VERSION)
    return;

  groups = g_key_file_get_groups (file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *table = NULL;
      g_autofree char *key = NULL;
      g_autofree char *label = NULL;
      g_autofree char *text = NULL;
      const FfRecordType *type;
      gint64 id;
      int field;
      guint index;

      if (!g_str_has_prefix (groups[i], EDIT_GROUP_PREFIX))
        continue;

      table = g_key_file_get_string (file, groups[i], "Table", NULL);
      key = g_key_file_get_string (file, groups[i], "Field", NULL);
      label = g_key_file_get_string (file, groups[i], "Label", NULL);
      text = g_key_file_get_string (file, groups[i], "Text", NULL);
      id = g_key_file_get_int64 (file, groups[i], "Id", NULL);
      type = ff_record_type_find (table);
      field = type != NULL ? ff_record_type_find_field (type, key) : -1;

      if (field < 0 || id <= 0 || text == NULL)
        continue;

      /* One edit per field: a later group is the later text. */
      if (find_entry (self->left, type, id, (guint) field, &index))
        g_ptr_array_remove_index (self->left, index);
      g_ptr_array_add (self->left, entry_new (type, id, (guint) field, label, text));
    }
}

/* The object */

static void
ff_edit_journal_finalize (GObject *object)
{
  FfEditJournal *self = FF_EDIT_JOURNAL (object);

  /* Edits not given up by those who typed them, and those left unanswered, stay. */
  if (self->dirty)
    write_or_warn (self);
  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (journals != NULL && g_hash_table_lookup (journals, self->key) == self)
    g_hash_table_remove (journals, self->key);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->left, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->key, g_free);

  G_OBJECT_CLASS (ff_edit_journal_parent_class)->finalize (object);
}

static void
ff_edit_journal_class_init (FfEditJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ff_edit_journal_finalize;
}

static void
ff_edit_journal_init (FfEditJournal *self)
{
  self->entries = entries_new ();
  self->left = entries_new ();
}

/* Public */

char *
ff_edit_journal_path (const char *database_path)
{
  g_return_val_if_fail (database_path != NULL, NULL);

  return g_strconcat (database_path, ".unsaved", NULL);
}

FfEditJournal *
ff_edit_journal_get (FfStore *store)
{
  FfEditJournal *self;
  g_autofree char *key = NULL;

  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  key = g_canonicalize_filename (ff_store_get_path (store), NULL);

  if (journals == NULL)
    journals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self = g_hash_table_lookup (journals, key);
  if (self != NULL)
    return g_object_ref (self);

  self = g_object_new (FF_TYPE_EDIT_JOURNAL, NULL);
  self->key = g_strdup (key);
  self->path = ff_edit_journal_path (key);
  self->inactive = ff_store_is_read_only (store);
  if (!self->inactive)
    read_left (self);
  g_hash_table_insert (journals, g_steal_pointer (&key), self);

  return self;
}

void
ff_edit_journal_set (FfEditJournal      *self,
                     const FfRecordType *type,
                     gint64              id,
                     guint               field,
                     const char         *label,
                     const char         *text)
{
  FfEditJournalEntry *entry;
  guint index;

  g_return_if_fail (FF_IS_EDIT_JOURNAL (self));
  g_return_if_fail (type != NULL && field < type->n_fields);
  g_return_if_fail (id > 0);

  if (self->inactive)
    return;

  if (find_entry (self->entries, type, id, field, &index))
    {
      entry = g_ptr_array_index (self->entries, index);
      if (g_strcmp0 (entry->text, text) == 0)
        return;
      g_free (entry->text);
      entry->text = g_strdup (text != NULL ? text : "");
      if (label != NULL && *label != '\0' && g_strcmp0 (entry->label, label) != 0)
        {
          g_free (entry->label);
          entry->label = g_strdup (label);
        }
    }
  else
    g_ptr_array_add (self->entries, entry_new (type, id, field, label, text));

  schedule_write (self);
}

void
ff_edit_journal_remove (FfEditJournal      *self,
                        const FfRecordType *type,
                        gint64              id,
                        guint               field)
{
  guint index;

  g_return_if_fail (FF_IS_EDIT_JOURNAL (self));

  if (!find_entry (self->entries, type, id, field, &index))
    return;

  g_ptr_array_remove_index (self->entries, index);

  /* Nothing unsaved is left: no file should say otherwise, even if the process ends
   * in the next moment. */
  if (self->entries->len == 0 && self->left->len == 0)
    write_or_warn (self);
  else
    schedule_write (self);
}

gboolean
ff_edit_journal_write (FfEditJournal  *self,
                       GError        **error)
{
  g_return_val_if_fail (FF_IS_EDIT_JOURNAL (self), FALSE);

  return write_now (self, error);
}

GPtrArray *
ff_edit_journal_get_left (FfEditJournal *self,
                          FfStore       *store)
{
  guint n;

  g_return_val_if_fail (FF_IS_EDIT_JOURNAL (self), NULL);
  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  if (self->left_checked)
    return self->left;

  self->left_checked = TRUE;
  n = self->left->len;

  for (guint i = self->left->len; i > 0; i--)
    {
      FfEditJournalEntry *entry = g_ptr_array_index (self->left, i - 1);
      g_autoptr(FfRecord) record = ff_record_load (store, entry->type, entry->id, NULL);
      g_autofree char *normalized = NULL;

      /* Gone since, or saved after all (the process was killed between saving a
       * field and writing this file). */
      if (record == NULL ||
          (ff_record_validate (entry->type, entry->field, entry->text, &normalized, NULL) &&
           g_strcmp0 (normalized, ff_record_get (record, entry->field)) == 0))
        {
          g_ptr_array_remove_index (self->left, i - 1);
          continue;
        }

      g_free (entry->title);
      entry->title = g_strdup (ff_record_get_title (record));
      if (entry->title == NULL)
        entry->title = g_strdup ("");
    }

  if (self->left->len != n)
    write_or_warn (self);

  return self->left;
}

GPtrArray *
ff_edit_journal_restore_left (FfEditJournal *self,
                              FfStore       *store)
{
  g_autoptr(GPtrArray) refused = entries_new ();

  g_return_val_if_fail (FF_IS_EDIT_JOURNAL (self), NULL);
  g_return_val_if_fail (FF_IS_STORE (store), NULL);

  ff_edit_journal_get_left (self, store);

  while (self->left->len > 0)
    {
      FfEditJournalEntry *entry = g_ptr_array_steal_index (self->left, 0);
      g_autoptr(GError) error = NULL;

      if (ff_record_set_field (store, entry->type, entry->id, entry->field, entry->text,
                               &error))
        {
          ff_edit_journal_entry_free (entry);
          continue;
        }

      entry->message = g_strdup (error->message);
      g_ptr_array_add (refused, entry);
    }

  write_or_warn (self);

  return refused->len > 0 ? g_steal_pointer (&refused) : NULL;
}

gboolean
ff_edit_journal_forget_gone (FfEditJournal  *self,
                             FfStore        *store,
                             GError        **error)
{
  gboolean entries_gone;
  gboolean left_gone;

  g_return_val_if_fail (FF_IS_EDIT_JOURNAL (self), FALSE);
  g_return_val_if_fail (FF_IS_STORE (store), FALSE);

  entries_gone = remove_gone (self->entries, store);
  left_gone = remove_gone (self->left, store);

  /* At once, not after a pause: what the file still says of them must go now. */
  if (entries_gone || left_gone || self->dirty)
    return write_now (self, error);

  return TRUE;
}

void
ff_edit_journal_discard_left (FfEditJournal *self)
{
  g_return_if_fail (FF_IS_EDIT_JOURNAL (self));

  g_ptr_array_set_size (self->left, 0);
  write_or_warn (self);
}
