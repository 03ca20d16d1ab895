/* ff-audit-entry.h — one entry of the audit log as a reader sees it: when, who, what
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define FF_TYPE_AUDIT_ENTRY (ff_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (FfAuditEntry, ff_audit_entry, FF, AUDIT_ENTRY, GObject)

/* Properties (read-only): "local-time" (ff_audit_entry_dup_local_time()), "user",
 * "description".
 *
 * @time: when, UTC ISO 8601 as stored; @user: the OS user; @description: what
 * happened, translated ("Changed Phone"). */
FfAuditEntry *ff_audit_entry_new             (const char   *time,
                                              const char   *user,
                                              const char   *description);

const char   *ff_audit_entry_get_time        (FfAuditEntry *self);
const char   *ff_audit_entry_get_user        (FfAuditEntry *self);
const char   *ff_audit_entry_get_description (FfAuditEntry *self);

/* The time in the local time zone, as "31.01.2026 14:05", or the stored text when it
 * cannot be read. */
char         *ff_audit_entry_dup_local_time  (FfAuditEntry *self);

G_END_DECLS
