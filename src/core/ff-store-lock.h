/* ff-store-lock.h — one writer per database file, also across computers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FfStoreLock FfStoreLock;

/* Who holds a lock, as its file says. */
typedef struct
{
  char      *user;
  char      *host;
  gint64     pid;
  GDateTime *since;  /* UTC */
  char      *boot;   /* the computer's boot id, "" when unknown */
  char      *pid_namespace;  /* the namespace @pid counts in, "" when unknown */
} FfStoreLockHolder;

/* How long a lock file may go untouched before it counts as left by a crash, where
 * its process cannot be asked (another computer or sandbox); its holder touches it every FF_STORE_LOCK_HEARTBEAT_SECONDS. */
#define FF_STORE_LOCK_STALE_SECONDS (10 * 60)
#define FF_STORE_LOCK_HEARTBEAT_SECONDS 60

/* "FILE.lock", beside the database (newly allocated). */
char              *ff_store_lock_path           (const char         *db_path);

/* Takes the lock of @db_path: creates its lock file (0600) holding this user, host,
 * process and time, and keeps it fresh from a thread of its own. A lock left by a
 * crash (its process gone on this computer, or untouched for
 * FF_STORE_LOCK_STALE_SECONDS) is cleared and taken. A live one is refused with
 * FF_STORE_ERROR_IN_USE ("in use by USER on HOST since TIME"). A process that holds
 * the lock already shares it: it is let go when every taker has released it. */
FfStoreLock       *ff_store_lock_acquire        (const char         *db_path,
                                                 GError            **error);

/* Stops the heartbeat and removes the lock file. NULL is ignored. */
void               ff_store_lock_release        (FfStoreLock        *lock);

/* As the process ends: lets go of every lock it holds, whoever still holds a
 * connection to the files. */
void               ff_store_lock_release_all    (void);

/* The holder recorded in the lock file at @lock_path, or NULL when there is none or
 * it cannot be read. */
FfStoreLockHolder *ff_store_lock_read_holder    (const char         *lock_path);

/* Whether @holder's lock was left by a crash: see ff_store_lock_acquire(). */
gboolean           ff_store_lock_holder_is_stale (const FfStoreLockHolder *holder,
                                                  gint64              age_seconds);

void               ff_store_lock_holder_free    (FfStoreLockHolder  *holder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FfStoreLockHolder, ff_store_lock_holder_free)

G_END_DECLS
