/* ff-store.h — the one SQLite file that holds an organisation's data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ff-record-kind.h"

G_BEGIN_DECLS

#define FF_STORE_ERROR (ff_store_error_quark ())

typedef enum
{
  FF_STORE_ERROR_NOT_OURS,   /* not a SQLite file, or a SQLite file of another application */
  FF_STORE_ERROR_CORRUPT,    /* damaged or truncated */
  FF_STORE_ERROR_TOO_NEW,    /* written by a newer version of Fotfeste */
  FF_STORE_ERROR_IO,         /* cannot read, write or create */
  FF_STORE_ERROR_NOT_FOUND,  /* no such record */
  FF_STORE_ERROR_INVALID,    /* a value that does not validate (see also FF_VALIDATE_ERROR) */
  FF_STORE_ERROR_IN_USE,     /* another process has the file open for writing */
  FF_STORE_ERROR_READ_ONLY,  /* a change to a store opened read-only */
  FF_STORE_ERROR_FAILED,
} FfStoreError;

/* The 32-bit application_id in the SQLite header: "Ffst". */
#define FF_STORE_APPLICATION_ID 0x46667374
/* The schema version this build writes (PRAGMA user_version). */
#define FF_STORE_SCHEMA_VERSION 10

#define FF_TYPE_STORE (ff_store_get_type ())
G_DECLARE_FINAL_TYPE (FfStore, ff_store, FF, STORE, GObject)

GQuark       ff_store_error_quark        (void);

/* $XDG_DATA_HOME/fotfeste/fotfeste.sqlite3 (newly allocated). */
char        *ff_store_default_path       (void);

/* Opens @path, creating the file (0600) and its folder (0700) if they do not exist.
 * A file that is not ours, is corrupt or truncated, or is from a newer version is
 * refused with a translated error and left byte-for-byte untouched. An older schema
 * is migrated in one transaction after a backup beside the file.
 *
 * One process at a time may open a file so: it holds the file's lock
 * (ff-store-lock.h) until the store is finalized. Another is refused with
 * FF_STORE_ERROR_IN_USE, whose message names who has it, and since when. */
FfStore     *ff_store_open               (const char    *path,
                                          GError       **error);

/* Opens @path, which must exist and be up to date, only to read it, whoever has it
 * open: every change is refused with FF_STORE_ERROR_READ_ONLY. */
FfStore     *ff_store_open_read_only     (const char    *path,
                                          GError       **error);

/* Whether the store was opened with ff_store_open_read_only(). */
gboolean     ff_store_is_read_only       (FfStore       *self);

const char  *ff_store_get_path           (FfStore       *self);

/* TRUE when the file holds no programme and no participant (first start). */
gboolean     ff_store_is_empty           (FfStore       *self);

/* TRUE when the file lies on a network file system (NFS, SMB/CIFS, sshfs …). */
gboolean     ff_store_is_on_network_share (FfStore      *self);

/* Full integrity check (PRAGMA integrity_check and foreign_key_check); on return
 * @problems holds one translated line per problem found (empty when all is well). */
gboolean     ff_store_check              (FfStore       *self,
                                          GPtrArray    **problems,
                                          GError       **error);

/* Writes a consistent copy of the database to @dest (0600). */
gboolean     ff_store_backup             (FfStore       *self,
                                          const char    *dest,
                                          GError       **error);

/* Emitted after every committed change, detailed by the kind's nick
 * ("changed::participant"): @kind the kind of record (a plan also for a change of its
 * sub-goals, activities or review dates, with the plan's id), @id the record changed
 * (0 when many records changed at once). */
/* signal: void (*changed) (FfStore *store, FfRecordKind kind, gint64 id, gpointer data) */

/* Emits ::changed; for core code after a committed write (inside a transaction it
 * waits for the outermost commit). */
void         ff_store_emit_changed       (FfStore       *self,
                                          FfRecordKind   kind,
                                          gint64         id);

G_END_DECLS
