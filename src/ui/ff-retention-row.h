/* ff-retention-row.h — one participant due for a retention review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ff-retention.h"

G_BEGIN_DECLS

#define FF_TYPE_RETENTION_ROW (ff_retention_row_get_type ())
G_DECLARE_FINAL_TYPE (FfRetentionRow, ff_retention_row, FF, RETENTION_ROW, AdwActionRow)

/* A row of @entry's name, last programme and the day it ended, with buttons that
 * activate "retention.open" and "retention.erase" with the participant's id. */
GtkWidget  *ff_retention_row_new             (const FfRetentionEntry *entry);

gint64      ff_retention_row_get_participant (FfRetentionRow         *self);
const char *ff_retention_row_get_name        (FfRetentionRow         *self);

G_END_DECLS
