/* ff-audit.h — what the audit log says of disclosures: a national id shown, a record
 * printed or exported
 *
 * Changes are recorded where they are made (ff_store_audit ()). What is recorded here
 * changes nothing: personal data left the mask on the screen, or the file. Such a row
 * has no field and no old value; its new value is "EVENT:WHAT", an event of
 * FF_AUDIT_SHOWN, FF_AUDIT_PRINTED or FF_AUDIT_EXPORTED and what was disclosed (a
 * field's key, or a document's: "national_id", "plan", "job-log", "list").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_AUDIT_SHOWN    "shown"
#define FF_AUDIT_PRINTED  "printed"
#define FF_AUDIT_EXPORTED "exported"

/* Records, in a transaction of its own, that @what of row @id of @table was disclosed
 * by @event. On a file open read-only nothing can be recorded, so this is refused
 * (FF_STORE_ERROR_READ_ONLY), and the caller must not disclose. */
gboolean ff_audit_log_disclosure  (FfStore       *store,
                                   const char    *table,
                                   gint64         id,
                                   const char    *event,
                                   const char    *what,
                                   GError       **error);

/* As ff_audit_log_disclosure () for each of @n_ids rows (a list exported), in one
 * transaction: all are recorded or none. */
gboolean ff_audit_log_disclosures (FfStore       *store,
                                   const char    *table,
                                   const gint64  *ids,
                                   guint          n_ids,
                                   const char    *event,
                                   const char    *what,
                                   GError       **error);

G_END_DECLS
