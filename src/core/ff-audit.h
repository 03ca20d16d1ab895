/* ff-audit.h — what the audit log says of disclosures: a national id shown, a record
 * printed or exported
 *
 * Changes are recorded where they are made (ff_store_audit ()). What is recorded here
 * changes nothing: personal data left the mask on the screen, or the file. Such a row
 * has no field and no old value; its new value is "EVENT:WHAT", an event of
 * FF_AUDIT_SHOWN, FF_AUDIT_PRINTED or FF_AUDIT_EXPORTED and what was disclosed (a
 * field's key, or a document's: "national_id", "plan", "job-log", "business-plan",
 * "placement-agreement", "follow-ups", "list").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

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

/* What the audit log calls a participant's documents. */
#define FF_AUDIT_PLAN    "plan"
#define FF_AUDIT_JOB_LOG "job-log"
#define FF_AUDIT_BUSINESS_PLAN "business-plan"
/* What the audit log calls the documents of a course and a programme, recorded for
 * every participant they name. */
#define FF_AUDIT_ATTENDANCE "attendance"
#define FF_AUDIT_SIGN_IN "sign-in"
#define FF_AUDIT_ABSENCE_REDUCTIONS "absence-reductions"
#define FF_AUDIT_PLACEMENT_AGREEMENT "placement-agreement"
#define FF_AUDIT_FOLLOW_UPS "follow-ups"

/* Records that participant @participant_id's @what (FF_AUDIT_PLAN …) is being printed:
 * call it before the document goes to the printer, and print only on TRUE. On a file
 * that cannot be written the error says that nothing was printed, and why. */
gboolean ff_audit_log_print        (FfStore       *store,
                                    gint64         participant_id,
                                    const char    *what,
                                    GError       **error);

/* As ff_audit_log_print () for a document of @n_ids participants @participant_ids
 * (a course's attendance): one row for each, all recorded or none. */
gboolean ff_audit_log_prints       (FfStore       *store,
                                    const gint64  *participant_ids,
                                    guint          n_ids,
                                    const char    *what,
                                    GError       **error);

/* Writes a file of personal data to @path: @write called with @path and @user_data. */
typedef gboolean (*FfAuditWriteFunc) (const char  *path,
                                      gpointer     user_data,
                                      GError     **error);

/* Exports @what of the @n_ids participants @participant_ids to @path: records the
 * export (one row for each), writes the file with @write, and keeps the rows only when
 * it was written; when they cannot be kept, the file is removed. Nothing is written
 * unless it is recorded, and nothing is recorded that was not written. */
gboolean ff_audit_export_file      (FfStore           *store,
                                    const gint64      *participant_ids,
                                    guint              n_ids,
                                    const char        *what,
                                    const char        *path,
                                    FfAuditWriteFunc   write,
                                    gpointer           user_data,
                                    GError           **error);

/* The audit log of participant @id, newest first: an FfAuditEntry for each change and
 * disclosure of their own row and of every row that is theirs (ff_person_tables():
 * enrolments, plans, job applications …), described in the user's language. The
 * values of sensitive fields and of free texts are not shown, only that they changed. */
GListModel *ff_audit_entries_for_participant (FfStore  *store,
                                              gint64    id,
                                              GError  **error);

G_END_DECLS
