/* ff-record-row.h — one record in a section's list: its title and what it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ff-record.h"

G_BEGIN_DECLS

#define FF_TYPE_RECORD_ROW (ff_record_row_get_type ())
G_DECLARE_FINAL_TYPE (FfRecordRow, ff_record_row, FF, RECORD_ROW, GtkWidget)

GtkWidget  *ff_record_row_new         (void);

/* Shows @record (NULL: nothing): its title, its subtitle, and whether it is archived. */
void        ff_record_row_set_record  (FfRecordRow *self,
                                       FfRecord    *record);

G_END_DECLS
