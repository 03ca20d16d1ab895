/* ff-audit-window.h — the audit log of one participant: who changed, printed or
 * exported what of their data, and when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-store.h"

G_BEGIN_DECLS

#define FF_TYPE_AUDIT_WINDOW (ff_audit_window_get_type ())
G_DECLARE_FINAL_TYPE (FfAuditWindow, ff_audit_window, FF, AUDIT_WINDOW, AdwWindow)

/* The audit log of participant @participant_id, transient for @parent; read again
 * whenever the store changes. NULL with @error when it cannot be read. */
GtkWidget  *ff_audit_window_new        (GtkWindow  *parent,
                                        FfStore    *store,
                                        gint64      participant_id,
                                        GError    **error);

/* The entries shown (FfAuditEntry), before the search filters them. */
GListModel *ff_audit_window_get_entries (FfAuditWindow *self);

G_END_DECLS
